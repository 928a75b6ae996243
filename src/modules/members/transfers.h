// Membership transfers between organisations (组织关系转接). The organisation holding the member
// issues the transfer with the letter the months away call for (rules.h LetterFor); the
// destination accepts or refuses it with a reason; until then the issuing organisation may
// cancel it, with a reason.
//   issued -> accepted | refused | cancelled
// Accepting a transfer letter moves the membership (orgs::MoveMember); accepting a certificate
// letter or a short absence keeps it where it is and marks the member mobile, taking part in
// org life at the destination.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/forms.h"
#include "modules/members/settings.h"
#include "printing/form.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::members {

struct Transfer {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name;
  int64_t from_org_id = 0;
  std::string from_org_name;
  std::string from_org_path;
  std::string from_area_path;
  int64_t to_org_id = 0;
  std::string to_org_name;
  std::string to_org_path;
  std::string to_area_path;
  std::optional<int64_t> months_away;
  std::string letter;  // none | certificate | transfer
  std::optional<std::string> letter_no;
  std::string reason;
  std::string status;  // issued | accepted | refused | cancelled
  std::optional<std::string> refusal_reason;
  std::optional<std::string> cancel_reason;
  std::string issued_by;  // login
  int64_t issued_at = 0;
  std::optional<std::string> decided_by;
  std::optional<int64_t> decided_at;
};

// Rules: the person is a member the caller can see (404 /person_id) and manages (403); the
// destination exists (404 /to_org_id) and is not the organisation that holds them already
// (422 /to_org_id); one open transfer per member (409 /person_id). A certificate or transfer
// letter is numbered by NextLetterNo. Appends "transfer.issue".
Result<Transfer> IssueTransfer(store::Connection& c, const auth::Actor& actor,
                               const MembersRules& rules, const TransferForm& f);
// Issues the next letter number of the organisation in the year of `now_ms`:
// "ZZ-<year>-<from org id>-<n>", n counted from 0001 in that year and organisation by the
// series named "ZZ-<year>-<from org id>-" (record/series.h). REQUIRES: inside the write
// transaction that records the letter.
std::string NextLetterNo(store::Connection& c, int64_t from_org_id, int64_t now_ms);
// The managers of the destination decide an issued transfer (403 for others, 409 once
// decided). Appends "transfer.accept" or "transfer.refuse".
Result<Transfer> AcceptTransfer(store::Connection& c, const auth::Actor& actor, int64_t id);
Result<Transfer> RefuseTransfer(store::Connection& c, const auth::Actor& actor, int64_t id,
                                const ReasonForm& f);
// The managers of the organisation that issued it cancel an issued transfer before the
// destination decides it (403 for others, 409 once decided or cancelled), with the reason; the
// member may then be issued another. Appends "transfer.cancel".
Result<Transfer> CancelTransfer(store::Connection& c, const auth::Actor& actor, int64_t id,
                                const ReasonForm& f);

// A transfer the actor may read: the member, the managers of either organisation; 404
// otherwise.
Result<Transfer> VisibleTransfer(store::Connection& c, const auth::Actor& actor, int64_t id);

struct TransferFilter {
  std::optional<int64_t> person_id;
  std::optional<int64_t> org_id;  // from or to this organisation
  std::optional<std::string> status;
};
struct TransferPage {
  std::vector<Transfer> items;
  int64_t total = 0;
};
Result<TransferPage> ListTransfers(store::Connection& c, const auth::Actor& actor,
                                   const TransferFilter& f, const store::Page& page);

// The letter as a printed form, sealed by the issuing organisation: a transfer letter with its
// stub and return slip (members/forms/transfer_letter.mustache), or a certificate letter
// (certificate_letter.mustache); a transfer with no letter is a 404.
Result<printing::Form> LetterPage(const Transfer& t);

}  // namespace linli::members
