#include "modules/orgs/formation.h"

#include <vector>

#include <gtest/gtest.h>

namespace linli::orgs {
namespace {

struct Expect {
  std::string rule;
  CheckLevel level;
};

// Every kind against the thresholds' edges with the default rules (50 / 100 / 3).
TEST(Formation, ChecksEachKindAgainstTheThresholds) {
  struct Case {
    FormationFacts facts;
    std::vector<Expect> want;
  };
  const std::vector<Case> cases = {
      {{"branch", false, 3, 3},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kOk}}},
      {{"branch", false, 50, 40},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kOk}}},
      {{"branch", false, 51, 51},
       {{"branch_size", CheckLevel::kViolation}, {"full_members", CheckLevel::kOk}}},
      {{"branch", false, 5, 2},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kViolation}}},
      {{"branch", false, 0, 0},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kViolation}}},
      {{"branch", true, 2, 2},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kInfo}}},
      {{"branch", true, 4, 3},
       {{"branch_size", CheckLevel::kOk}, {"full_members", CheckLevel::kOk}}},
      {{"general_branch", false, 50, 50}, {{"general_branch_size", CheckLevel::kInfo}}},
      {{"general_branch", false, 51, 51}, {{"general_branch_size", CheckLevel::kOk}}},
      {{"general_branch", false, 100, 90}, {{"general_branch_size", CheckLevel::kOk}}},
      {{"general_branch", false, 101, 101}, {{"general_branch_size", CheckLevel::kViolation}}},
      {{"committee", false, 100, 100}, {{"committee_size", CheckLevel::kInfo}}},
      {{"committee", false, 101, 80}, {{"committee_size", CheckLevel::kOk}}},
      {{"group", false, 7, 1}, {}},
  };
  const OrgRules rules;
  for (const auto& c : cases) {
    const auto got = CheckFormation(c.facts, rules);
    const std::string label =
        std::string(c.facts.kind) + " members=" + std::to_string(c.facts.members) +
        " full=" + std::to_string(c.facts.full_members) + (c.facts.joint ? " joint" : "");
    ASSERT_EQ(got.size(), c.want.size()) << label;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].rule, c.want[i].rule) << label;
      EXPECT_EQ(got[i].level, c.want[i].level) << label << " " << got[i].message;
      EXPECT_FALSE(got[i].message.empty()) << label;
    }
  }
}

TEST(Formation, MessagesNameTheRemedy) {
  const OrgRules rules;
  EXPECT_NE(CheckFormation({"branch", false, 51, 51}, rules)[0].message.find(
                "should be a general branch"),
            std::string::npos);
  EXPECT_NE(CheckFormation({"general_branch", false, 101, 101}, rules)[0].message.find(
                "should be a committee"),
            std::string::npos);
  EXPECT_NE(CheckFormation({"branch", false, 2, 2}, rules)[1].message.find(
                "fewer than 3 full members: form a joint branch (联合支部)"),
            std::string::npos);
}

// The thresholds come from the configuration, not from constants.
TEST(Formation, FollowsConfiguredThresholds) {
  OrgRules rules;
  rules.branch_max_members = 10;
  rules.general_branch_max_members = 20;
  rules.min_full_members = 5;
  const auto branch = CheckFormation({"branch", false, 11, 4}, rules);
  ASSERT_EQ(branch.size(), 2u);
  EXPECT_EQ(branch[0].level, CheckLevel::kViolation);
  EXPECT_EQ(branch[1].level, CheckLevel::kViolation);
  EXPECT_NE(branch[1].message.find("fewer than 5 full members"), std::string::npos);
  EXPECT_EQ(CheckFormation({"general_branch", false, 21, 21}, rules)[0].level,
            CheckLevel::kViolation);
  EXPECT_EQ(CheckFormation({"committee", false, 21, 21}, rules)[0].level, CheckLevel::kOk);
}

TEST(Formation, LevelNames) {
  EXPECT_EQ(LevelName(CheckLevel::kOk), "ok");
  EXPECT_EQ(LevelName(CheckLevel::kInfo), "info");
  EXPECT_EQ(LevelName(CheckLevel::kViolation), "violation");
}

}  // namespace
}  // namespace linli::orgs
