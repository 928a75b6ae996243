// The org_life module's settings, config.json section "org_life_rules" (三会一课, DOMAIN.md
// part 5): how often each kind of meeting is due, as the months one period spans (1 monthly,
// 3 quarterly, 6 half-yearly, 12 yearly; a divisor of 12), and the size from which a branch has
// a committee and so holds committee meetings.
#pragma once

#include "core/settings.h"

namespace linli::org_life {

struct OrgLifeRules {
  int general_meeting_months = 3;     // 支部党员大会, quarterly
  int committee_meeting_months = 1;   // 支委会, monthly
  int group_meeting_months = 1;       // 党小组会, monthly
  int party_lecture_months = 3;       // 党课, quarterly
  int theme_day_months = 1;           // 主题党日, monthly
  int life_review_months = 12;        // 组织生活会, yearly
  int member_appraisal_months = 12;   // 民主评议党员, yearly
  int branch_committee_min_full = 7;  // full members from which a branch elects a committee
};

settings::Section<OrgLifeRules> OrgLifeRulesSection();

}  // namespace linli::org_life
