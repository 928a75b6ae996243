// The two cards of 一表双卡, generated from the records:
//   党员登记卡 (member card): one member's record for a year: membership and profile, the
//     report-in and confirmed service hours, org life attended, the appraisal outcome,
//     transfers, and the dues of the year;
//   党组织活动登记卡 (org activity card): one organisation's year: members, and every meeting
//     held with its attendance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/members/dues.h"
#include "modules/members/member.h"
#include "modules/members/settings.h"
#include "modules/members/transfers.h"
#include "modules/org_life/tallies.h"
#include "modules/orgs/org.h"
#include "printing/form.h"
#include "store/database.h"

namespace linli::members {

struct MemberCard {
  MemberView member;
  int64_t year = 0;
  std::optional<std::string> reported_in_to;
  std::optional<std::string> receipt_no;
  int64_t service_minutes = 0;  // confirmed, in the year
  int64_t services = 0;
  org_life::Attendance org_life;         // meetings of the year the member was on the roll of
  std::optional<std::string> appraisal;  // the year's outcome
  std::vector<Transfer> transfers;       // every one, newest first
  DuesTotals dues;                       // the year up to the current month
};

// The member's readers (404 otherwise).
Result<MemberCard> GetMemberCard(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id, int64_t year);
printing::Form MemberCardPage(const MemberCard& card);

struct OrgCard {
  orgs::Org org;
  int64_t year = 0;
  orgs::MemberCounts direct;
  orgs::MemberCounts subtree;
  std::vector<org_life::MeetingTally> meetings;  // of the organisation itself, by date
};

// The organisation's managers (404 unseen, 403 otherwise).
Result<OrgCard> GetOrgCard(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                           int64_t year);
printing::Form OrgCardPage(const OrgCard& card);

}  // namespace linli::members
