#include "modules/org_life/kinds.h"

#include <algorithm>
#include <array>
#include <utility>

namespace linli::org_life {
namespace {

constexpr std::array<std::string_view, 7> kKinds = {
    "general_meeting", "committee_meeting", "group_meeting",   "party_lecture",
    "theme_day",       "life_review",       "member_appraisal"};

// (organisation kind, meeting kind) pairs: who holds what.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kHolds = {{
    {"committee", "committee_meeting"},
    {"general_branch", "committee_meeting"},
    {"branch", "general_meeting"},
    {"branch", "committee_meeting"},
    {"branch", "party_lecture"},
    {"branch", "theme_day"},
    {"branch", "life_review"},
    {"branch", "member_appraisal"},
    {"group", "group_meeting"},
}};

}  // namespace

std::span<const std::string_view> Kinds() { return kKinds; }

bool MayHold(std::string_view org_kind, std::string_view kind) {
  return std::find(kHolds.begin(), kHolds.end(), std::make_pair(org_kind, kind)) != kHolds.end();
}

bool Required(std::string_view org_kind, std::string_view kind, bool has_committee) {
  if (!MayHold(org_kind, kind)) return false;
  return !(org_kind == "branch" && kind == "committee_meeting" && !has_committee);
}

bool BindsMembers(std::string_view kind) {
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end() &&
         kind != "committee_meeting";
}

int MonthsOf(const OrgLifeRules& rules, std::string_view kind) {
  if (kind == "general_meeting") return rules.general_meeting_months;
  if (kind == "committee_meeting") return rules.committee_meeting_months;
  if (kind == "group_meeting") return rules.group_meeting_months;
  if (kind == "party_lecture") return rules.party_lecture_months;
  if (kind == "theme_day") return rules.theme_day_months;
  if (kind == "life_review") return rules.life_review_months;
  return rules.member_appraisal_months;
}

}  // namespace linli::org_life
