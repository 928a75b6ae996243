// The kinds of org life (三会一课, 主题党日, 组织生活会, 民主评议党员) and the rule table of which
// organisation holds which, how often, and whom each binds.
#pragma once

#include <span>
#include <string_view>

#include "modules/org_life/settings.h"

namespace linli::org_life {

// general_meeting, committee_meeting, group_meeting, party_lecture, theme_day, life_review,
// member_appraisal.
std::span<const std::string_view> Kinds();

// True when an organisation of `org_kind` holds meetings of `kind`:
//   committee, general_branch: committee_meeting
//   branch: general_meeting, committee_meeting, party_lecture, theme_day, life_review,
//           member_appraisal
//   group:  group_meeting
bool MayHold(std::string_view org_kind, std::string_view kind);

// True when the plan requires `kind` of an organisation of `org_kind`: what it may hold, except
// that a branch owes committee meetings only when it has a committee (`has_committee`).
bool Required(std::string_view org_kind, std::string_view kind, bool has_committee);

// True when every member held by the organisation (and those below it) is expected at a meeting
// of `kind`, so that unlisted members are recorded absent and the meeting counts in their
// coverage. A committee meeting binds only the committee's members, whom the records do not
// hold yet: it binds no one.
bool BindsMembers(std::string_view kind);

// Months one period of `kind` spans, from the configuration. REQUIRES: kind is one of Kinds().
int MonthsOf(const OrgLifeRules& rules, std::string_view kind);

}  // namespace linli::org_life
