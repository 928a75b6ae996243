#include "http/shape.h"

#include <array>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

namespace linli::http::shape {
namespace {

constexpr std::array<std::string_view, 2> kColours = {"red", "green"};
constexpr std::span<const std::string_view> Colours() { return kColours; }

struct Inner {
  double x = 0;
  static constexpr Doc kDocs[] = {{"x", "across"}};
};
struct Outer {
  int64_t id = 0;
  std::string_view name;
  std::optional<std::string> note;
  bool on = false;
  OneOf<&Colours> colour;
  Time at;
  std::optional<Inner> inner;
  std::vector<int64_t> ids;
  RawObject detail;
};
struct Derived : Outer {
  int64_t more = 0;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (x))
BOOST_DESCRIBE_STRUCT(Outer, (), (id, name, note, on, colour, at, inner, ids, detail))
BOOST_DESCRIBE_STRUCT(Derived, (Outer), (more))

TEST(Shape, WritesEveryMemberInItsOrder) {
  Outer o{7, "a", std::nullopt, true, {"red"}, {1000}, Inner{1.5}, {1, 2}, {R"({"k":1})"}};
  EXPECT_EQ(JsonOf(o), R"({"id":7,"name":"a","note":null,"on":true,"colour":"red","at":")" +
                           FormatTime(1000) +
                           R"(","inner":{"x":1.5},"ids":[1,2],"detail":{"k":1}})");
  Derived d;
  d.more = 3;
  const auto v = boost::json::parse(JsonOf(d));
  EXPECT_EQ(v.at("more").as_int64(), 3);
  EXPECT_EQ(v.at("detail"), boost::json::object());  // an empty RawObject is {}
  EXPECT_TRUE(v.at("inner").is_null());
}

TEST(Shape, SchemaComesFromTheSameDeclaration) {
  const auto s = SchemaOf<Derived>();
  const auto& props = s.at("properties").as_object();
  EXPECT_EQ(s.at("required").as_array().size(), 10u);  // every member, the base's too
  EXPECT_EQ(props.at("id"), boost::json::parse(R"({"type":"integer"})"));
  EXPECT_EQ(props.at("note"),
            boost::json::parse(R"({"anyOf":[{"type":"string"},{"type":"null"}]})"));
  EXPECT_EQ(props.at("colour"), boost::json::parse(R"({"type":"string","enum":["red","green"]})"));
  EXPECT_EQ(props.at("at"), boost::json::parse(R"({"type":"string","format":"date-time"})"));
  EXPECT_EQ(props.at("ids"), boost::json::parse(R"({"type":"array","items":{"type":"integer"}})"));
  EXPECT_EQ(props.at("detail"), boost::json::parse(R"({"type":"object"})"));
  const auto& inner = props.at("inner").at("anyOf").at(0);
  EXPECT_EQ(inner.at("properties").at("x").at("description").as_string(), "across");
  EXPECT_FALSE(inner.at("additionalProperties").as_bool());
}

struct Place {
  double lat = 0;
  double long_ = 0;
};
BOOST_DESCRIBE_STRUCT(Place, (), (lat, long_))

TEST(Shape, AKeywordMemberDropsItsTrailingUnderscore) {
  EXPECT_EQ(JsonOf(Place{1.5, 2.5}), R"({"lat":1.5,"long":2.5})");
  EXPECT_TRUE(SchemaOf<Place>().at("properties").as_object().contains("long"));
}

TEST(Shape, FieldSchemasStateTheirLimits) {
  constexpr std::array<std::string_view, 2> kKinds = {"a", "b"};
  const Field text{.name = "t", .type = FieldType::kText, .required = true, .max = 20};
  const Field kind{.name = "k", .type = FieldType::kEnum, .values = kKinds};
  const Field configured{.name = "c", .type = FieldType::kEnum, .required = true};
  const Field ids{.name = "l", .type = FieldType::kIdList, .max = 3};
  const Field n{.name = "n", .type = FieldType::kNumber, .min = -1, .bound = 1};
  const std::array fields = {text, kind, configured, ids, n};
  const auto body = schema::Body(fields);
  const auto& p = body.at("properties");
  EXPECT_EQ(p.at("t").at("maxLength").to_number<int>(), 20);
  EXPECT_EQ(p.at("t").at("minLength").to_number<int>(), 1);
  EXPECT_EQ(p.at("k").at("enum"), boost::json::parse(R"(["a","b"])"));
  EXPECT_EQ(p.at("c"), boost::json::parse(R"({"type":"string"})"));
  EXPECT_EQ(p.at("l").at("maxItems").to_number<int>(), 3);
  EXPECT_TRUE(p.at("l").at("uniqueItems").as_bool());
  EXPECT_EQ(p.at("n").at("maximum").to_number<double>(), 1.0);
  EXPECT_EQ(body.at("required"), boost::json::parse(R"(["t","c"])"));
}

}  // namespace
}  // namespace linli::http::shape
