#include "http/json_text.h"

#include <gtest/gtest.h>

#include <limits>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace linli::http {
namespace {

TEST(JsonText, WritesWhatBoostJsonReadsBack) {
  JsonText j;
  j.BeginArray();
  j.BeginObject()
      .Key("id")
      .String("17")
      .Key("text")
      .String("楼道\"灯\"\\不亮\n\t\x01")
      .Key("n")
      .Int(-42)
      .Key("lat")
      .Double(39.9042)
      .Key("none")
      .Null()
      .Key("list")
      .BeginArray()
      .Int(1)
      .Int(2)
      .EndArray()
      .Key("empty")
      .BeginObject()
      .EndObject()
      .EndObject();
  j.BeginObject().Key("opt").Double(std::optional<double>()).EndObject();
  j.EndArray();
  const std::string text = j.Take();
  const auto v = boost::json::parse(text);
  EXPECT_EQ(boost::json::serialize(v), boost::json::serialize(boost::json::parse(
                                           R"([{"id":"17","text":"楼道\"灯\"\\不亮\n\t\u0001",)"
                                           R"("n":-42,"lat":39.9042,"none":null,"list":[1,2],)"
                                           R"("empty":{}},{"opt":null}])")));
  EXPECT_NE(text.find("39.9042"), std::string::npos);  // shortest form, not 3.9042E1
}

TEST(JsonText, AnEmptyArrayAndANonFiniteNumber) {
  JsonText j;
  j.BeginArray().Double(std::numeric_limits<double>::infinity()).EndArray();
  EXPECT_EQ(j.Take(), "[null]");
  JsonText e;
  e.BeginArray().EndArray();
  EXPECT_EQ(e.Take(), "[]");
}

TEST(JsonText, BooleansAndRawValuesTakeTheirCommas) {
  JsonText j;
  j.BeginObject().Key("yes").Bool(true).Key("no").Bool(false);
  j.Key("detail").Raw(R"({"kind":"accept"})").Key("after").Int(1).EndObject();
  EXPECT_EQ(j.Take(), R"({"yes":true,"no":false,"detail":{"kind":"accept"},"after":1})");
}

}  // namespace
}  // namespace linli::http
