#include "modules/duty_zones/size_rule.h"

#include <gtest/gtest.h>

namespace linli::duty_zones {
namespace {

TEST(DutyZoneSize, DefaultsAllowTwoOrThreeMembers) {
  const DutyZoneRules rules;
  struct Case {
    size_t count;
    bool ok;
  } cases[] = {{0, false}, {1, false}, {2, true}, {3, true}, {4, false}, {50, false}};
  for (const auto& c : cases) {
    const Status s = CheckMemberCount(c.count, rules);
    EXPECT_EQ(s.ok(), c.ok) << c.count;
    if (s.ok()) continue;
    EXPECT_EQ(s.error().code, Code::kUnprocessable) << c.count;
    ASSERT_EQ(s.error().fields.size(), 1u);
    EXPECT_EQ(s.error().fields.front().pointer, "/member_ids");
    EXPECT_NE(s.error().detail.find("2 to 3"), std::string::npos) << s.error().detail;
  }
}

TEST(DutyZoneSize, FollowsConfiguredBounds) {
  DutyZoneRules rules;
  rules.min_members = 1;
  rules.max_members = 5;
  EXPECT_FALSE(CheckMemberCount(0, rules).ok());
  EXPECT_TRUE(CheckMemberCount(1, rules).ok());
  EXPECT_TRUE(CheckMemberCount(5, rules).ok());
  EXPECT_FALSE(CheckMemberCount(6, rules).ok());
}

}  // namespace
}  // namespace linli::duty_zones
