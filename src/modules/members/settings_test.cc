#include "modules/members/settings.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

namespace linli::members {
namespace {

// The members_rules section of the config.json `json`, read over the defaults.
struct Loaded {
  MembersRules rules;
  settings::Errors errors;
  bool ok() const { return errors.empty(); }
};
Loaded LoadJson(const std::string& json) {
  Loaded out;
  const auto root = boost::json::parse(json).as_object();
  settings::Read(MembersRulesSection(), root.at("members_rules"), out.rules, "members_rules",
                 out.errors);
  return out;
}

TEST(MembersRulesConfig, DefaultsAreTheIssuesBrackets) {
  const MembersRules r;
  ASSERT_EQ(r.in_service.size(), 4U);
  EXPECT_EQ(r.in_service[0].up_to_fen, 300000);
  EXPECT_EQ(r.in_service[3].up_to_fen, 0);
  EXPECT_EQ(r.retired[0].rate_bp, 50);
  EXPECT_EQ(r.flat_fen, 20);
  EXPECT_EQ(r.no_letter_max_months, 3);
  EXPECT_EQ(r.certificate_max_months, 6);
}

TEST(MembersRulesConfig, ReadsBracketsAndThresholds) {
  auto c = LoadJson(
      R"({"members_rules": {"no_letter_max_months": 2, "certificate_max_months": 9,
          "in_service": [{"up_to_fen": 200000, "rate_bp": 40}, {"up_to_fen": 0, "rate_bp": 90}],
          "flat_fen": 30}})");
  ASSERT_TRUE(c.ok()) << settings::Join(c.errors);
  EXPECT_EQ(c.rules.no_letter_max_months, 2);
  EXPECT_EQ(c.rules.certificate_max_months, 9);
  ASSERT_EQ(c.rules.in_service.size(), 2U);
  EXPECT_EQ(c.rules.in_service[1].rate_bp, 90);
  EXPECT_EQ(c.rules.flat_fen, 30);
  EXPECT_EQ(c.rules.retired.size(), 2U);  // untouched
}

TEST(MembersRulesConfig, RefusesBadBrackets) {
  for (const char* bad : {
           R"({"members_rules": {"in_service": []}})",
           R"({"members_rules": {"in_service": [{"up_to_fen": 100, "rate_bp": 1}]}})",
           R"({"members_rules": {"retired": [{"up_to_fen": 500, "rate_bp": 1},
                                             {"up_to_fen": 400, "rate_bp": 2},
                                             {"up_to_fen": 0, "rate_bp": 3}]}})",
           R"({"members_rules": {"certificate_max_months": 1}})",
           R"({"members_rules": {"dues": 1}})",
       }) {
    EXPECT_FALSE(LoadJson(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace linli::members
