#include "modules/orgs/org.h"

#include <gtest/gtest.h>

namespace linli::orgs {
namespace {

TEST(OrgKinds, RankFromTheTopDown) {
  EXPECT_EQ(KindRank("committee"), 0);
  EXPECT_EQ(KindRank("general_branch"), 1);
  EXPECT_EQ(KindRank("branch"), 2);
  EXPECT_EQ(KindRank("group"), 3);
  EXPECT_EQ(KindRank("cell"), -1);
  EXPECT_EQ(Kinds().size(), 4u);
}

// Every (parent, child) pair of kinds: only the four listed may nest.
TEST(OrgKinds, WhichKindMayHoldWhich) {
  struct Case {
    std::string_view parent;
    std::string_view child;
    bool allowed;
  } cases[] = {
      {"committee", "committee", false},
      {"committee", "general_branch", true},
      {"committee", "branch", true},
      {"committee", "group", false},
      {"general_branch", "committee", false},
      {"general_branch", "general_branch", false},
      {"general_branch", "branch", true},
      {"general_branch", "group", false},
      {"branch", "committee", false},
      {"branch", "general_branch", false},
      {"branch", "branch", false},
      {"branch", "group", true},
      {"group", "committee", false},
      {"group", "general_branch", false},
      {"group", "branch", false},
      {"group", "group", false},
      {"committee", "cell", false},
      {"cell", "branch", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MayContain(c.parent, c.child), c.allowed) << c.parent << " > " << c.child;
    // Whatever may nest ranks strictly below its parent.
    if (c.allowed) {
      EXPECT_GT(KindRank(c.child), KindRank(c.parent));
    }
  }
}

TEST(OrgKinds, RootsAndJointBranches) {
  EXPECT_TRUE(MayStandAlone("committee"));
  EXPECT_TRUE(MayStandAlone("general_branch"));
  EXPECT_TRUE(MayStandAlone("branch"));
  EXPECT_FALSE(MayStandAlone("group"));
  EXPECT_FALSE(MayStandAlone("cell"));
  EXPECT_TRUE(MayBeJoint("branch"));
  EXPECT_FALSE(MayBeJoint("general_branch"));
  EXPECT_FALSE(MayBeJoint("committee"));
  EXPECT_FALSE(MayBeJoint("group"));
}

}  // namespace
}  // namespace linli::orgs
