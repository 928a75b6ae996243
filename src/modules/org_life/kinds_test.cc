#include "modules/org_life/kinds.h"

#include <gtest/gtest.h>

namespace linli::org_life {
namespace {

TEST(OrgLifeKinds, WhoHoldsWhat) {
  struct Case {
    std::string_view org_kind;
    std::string_view kind;
    bool holds;
    bool required_without_committee;
    bool required_with_committee;
  } cases[] = {
      {"branch", "general_meeting", true, true, true},
      {"branch", "committee_meeting", true, false, true},
      {"branch", "group_meeting", false, false, false},
      {"branch", "party_lecture", true, true, true},
      {"branch", "theme_day", true, true, true},
      {"branch", "life_review", true, true, true},
      {"branch", "member_appraisal", true, true, true},
      {"group", "group_meeting", true, true, true},
      {"group", "general_meeting", false, false, false},
      {"group", "theme_day", false, false, false},
      {"general_branch", "committee_meeting", true, true, true},
      {"general_branch", "general_meeting", false, false, false},
      {"committee", "committee_meeting", true, true, true},
      {"committee", "party_lecture", false, false, false},
      {"branch", "picnic", false, false, false},
      {"club", "committee_meeting", false, false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MayHold(c.org_kind, c.kind), c.holds) << c.org_kind << " " << c.kind;
    EXPECT_EQ(Required(c.org_kind, c.kind, false), c.required_without_committee)
        << c.org_kind << " " << c.kind;
    EXPECT_EQ(Required(c.org_kind, c.kind, true), c.required_with_committee)
        << c.org_kind << " " << c.kind;
  }
}

TEST(OrgLifeKinds, CommitteeMeetingsBindNoOne) {
  for (std::string_view k : Kinds()) EXPECT_EQ(BindsMembers(k), k != "committee_meeting") << k;
  EXPECT_FALSE(BindsMembers("picnic"));
}

TEST(OrgLifeKinds, FrequenciesComeFromTheRules) {
  OrgLifeRules rules;
  EXPECT_EQ(MonthsOf(rules, "general_meeting"), 3);
  EXPECT_EQ(MonthsOf(rules, "committee_meeting"), 1);
  EXPECT_EQ(MonthsOf(rules, "group_meeting"), 1);
  EXPECT_EQ(MonthsOf(rules, "party_lecture"), 3);
  EXPECT_EQ(MonthsOf(rules, "theme_day"), 1);
  EXPECT_EQ(MonthsOf(rules, "life_review"), 12);
  EXPECT_EQ(MonthsOf(rules, "member_appraisal"), 12);
  rules.party_lecture_months = 6;
  EXPECT_EQ(MonthsOf(rules, "party_lecture"), 6);
}

}  // namespace
}  // namespace linli::org_life
