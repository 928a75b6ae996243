// Dues (党费): each member's monthly amount is computed from the recorded basis (category and
// monthly income, rules.h MonthlyDueFen); payments are recorded by the branch (no gateway), one
// per member and month; arrears are the months of a period with a basis and no payment. All
// amounts are integers in fen. Every figure links to the rows behind it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/forms.h"
#include "modules/members/member.h"
#include "modules/members/settings.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::members {

// Records the basis from a month on (replacing one recorded for the same month). The member's
// managers only (404 unseen, 403); from_month at most 12 months ahead (422 /from_month).
// Appends "dues.basis" (the income is a figure of the dues ledger, not shown in lists).
Result<DuesBasis> SetBasis(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id, const BasisForm& f);

struct Payment {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name;
  int64_t org_id = 0;
  std::string month;
  int64_t due_fen = 0;
  int64_t amount_fen = 0;
  std::string paid_on;
  std::optional<std::string> note;
  std::string recorded_by;
  int64_t recorded_at = 0;
};

// Records a month's payment: the member's managers (404, 403); the month has a basis (422
// /month), lies at most 12 months ahead (422 /month) and is not paid yet (409 /month); the
// amount is at least the month's dues (422 /amount_fen; it defaults to them); paid_on is not in
// the future (422 /paid_on). Appends "dues.pay".
Result<Payment> RecordPayment(store::Connection& c, const auth::Actor& actor,
                              const MembersRules& rules, int64_t person_id, const PaymentForm& f);

// A period of months, both ends included. REQUIRES: valid months, from <= to.
struct Period {
  std::string from;
  std::string to;
};

// One month of a member's dues: "paid", "owed" (a basis, no payment) or "no_basis".
struct DuesMonth {
  std::string month;
  std::optional<DuesBasis> basis;
  std::optional<Payment> payment;
  std::string state;
};
struct DuesTotals {
  int64_t due_fen = 0;   // the dues of the months with a basis (what was owed and what was paid)
  int64_t paid_fen = 0;  // the amounts paid for months in the period
  int64_t owed_fen = 0;  // the dues of the months owed
  int64_t months_owed = 0;
  int64_t months_without_basis = 0;
};
struct MemberDues {
  MemberView member;
  Period period;
  std::vector<DuesMonth> months;
  DuesTotals totals;
};
// The member's dues month by month (the member themself and the readers of the member). Months
// after the current one are never owed: the period ends at the current month at the latest.
Result<MemberDues> GetMemberDues(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id, Period period);

struct MemberArrears {
  people::Person person;  // masked
  int64_t org_id = 0;
  std::string org_name;
  DuesTotals totals;
};
struct OrgArrears {
  orgs::Org org;
  Period period;
  std::vector<MemberArrears> members;  // those with a month owed or without a basis
  int64_t members_counted = 0;         // every member of the organisation and those below
  DuesTotals totals;
};
// Arrears of every member held by the organisation or one below it (its managers only: 404
// unseen, 403).
Result<OrgArrears> GetOrgArrears(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t org_id, Period period);

struct PaymentFilter {
  std::optional<int64_t> person_id;
  std::optional<int64_t> org_id;  // payments of the members it or those below it hold now
  Period period;
};
struct PaymentPage {
  std::vector<Payment> items;
  int64_t total = 0;
  int64_t amount_fen = 0;  // the sum over every matching row
};
// Payments the actor may read: one member's (404 naming ?person_id when unseen) or an
// organisation's (its managers: 404 naming ?org_id otherwise). One of the two is required.
Result<PaymentPage> ListPayments(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, const PaymentFilter& f,
                                 const store::Page& page);

}  // namespace linli::members
