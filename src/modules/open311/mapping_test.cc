#include "modules/open311/mapping.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace linli::open311 {
namespace {

TEST(Open311Status, OpenWhileWorkIsOwed) {
  EXPECT_EQ(StatusOf("received"), "open");
  EXPECT_EQ(StatusOf("escalated"), "open");
  EXPECT_EQ(StatusOf("resolved"), "closed");
  EXPECT_EQ(StatusOf("referred"), "closed");
  EXPECT_EQ(StatusOf("merged"), "closed");
  for (auto s : StatesOf("open")) EXPECT_EQ(StatusOf(s), "open") << s;
  for (auto s : StatesOf("closed")) EXPECT_EQ(StatusOf(s), "closed") << s;
}

TEST(Open311Redact, MasksNumbersAndTheResidentsName) {
  EXPECT_EQ(Redact("王秀英说楼道灯坏了，电话13812345678", "王秀英"),
            "*说楼道灯坏了，电话138****5678");
  const std::string id = Redact("身份证110101199003071234", "");
  EXPECT_EQ(id.find("1990"), std::string::npos) << id;
  EXPECT_EQ(Redact("3栋2单元401", "张三"), "3栋2单元401");  // short numbers stay
  EXPECT_EQ(Redact("座机 0774123456", ""), "座机 **********");
}

TEST(Open311Contains, PolygonWithAHole) {
  const auto square = boost::json::parse(
      R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],
          [[4,4],[6,4],[6,6],[4,6],[4,4]]]})");
  EXPECT_TRUE(Contains(square, 1, 1));
  EXPECT_FALSE(Contains(square, 5, 5));  // in the hole
  EXPECT_FALSE(Contains(square, 11, 5));
  const auto multi = boost::json::parse(
      R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],
          [[[20,20],[30,20],[30,30],[20,30],[20,20]]]]})");
  EXPECT_TRUE(Contains(multi, 25, 25));
  EXPECT_FALSE(Contains(boost::json::parse(R"({"type":"Point","coordinates":[1,1]})"), 1, 1));
  EXPECT_FALSE(Contains(boost::json::parse(R"({"type":"Polygon","coordinates":"x"})"), 1, 1));
}

}  // namespace
}  // namespace linli::open311
