#include "auth/actor.h"

#include <gtest/gtest.h>

namespace linli::auth {
namespace {

TEST(PathRangeEnd, BoundsTheSubtree) {
  EXPECT_EQ(PathRangeEnd("/1/4/"), "/1/40");
  const std::string end = PathRangeEnd("/1/4/");
  EXPECT_LT(std::string("/1/4/9/"), end);
  EXPECT_GE(std::string("/1/40/"), end);  // a sibling whose id starts with 4 lies outside
  EXPECT_EQ(PathRangeEnd(""), "");
}

TEST(PathIds, ListsTheAreasFromTheTop) {
  EXPECT_EQ(PathIds("/1/10/132/2562/"), (std::vector<int64_t>{1, 10, 132, 2562}));
  EXPECT_EQ(PathIds("/7/"), (std::vector<int64_t>{7}));
  EXPECT_EQ(PathIds("/3/5"), (std::vector<int64_t>{3, 5}));
  EXPECT_TRUE(PathIds("").empty());
  EXPECT_TRUE(PathIds("/").empty());
}

}  // namespace
}  // namespace linli::auth
