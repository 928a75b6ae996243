#include "core/settings.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "core/settings_registry.h"

namespace linli::settings {
namespace {

struct Item {
  std::string code;
  int64_t weight = 1;
};
struct Sample {
  int count = 3;
  bool on = false;
  std::vector<Item> items = {{"a", 1}};
};

Section<Item> ItemSection() {
  return {"item", "", {Text("code", &Item::code, "c"), Number("weight", &Item::weight, "w", 1, 9)}};
}
Section<Sample> SampleSection() {
  return {"sample",
          "A sample section.",
          {Number("count", &Sample::count, "how many", 1, 10), Flag("on", &Sample::on, "on"),
           List("items", &Sample::items, ItemSection(), "the items")},
          [](Sample& s, const std::string& where, Errors& errors) {
            if (s.on && s.count < 2) errors.push_back(where + ".count must be 2 or more when on");
          }};
}

Errors ReadInto(const std::string& json, Sample& out) {
  Errors errors;
  Read(SampleSection(), boost::json::parse(json), out, "sample", errors);
  return errors;
}

TEST(Settings, ReadsOverTheDefaults) {
  Sample s;
  EXPECT_TRUE(
      ReadInto(R"({"on": true, "items": [{"code": "x", "weight": 5}, {"code": "y"}]})", s).empty());
  EXPECT_EQ(s.count, 3);
  EXPECT_TRUE(s.on);
  ASSERT_EQ(s.items.size(), 2U);
  EXPECT_EQ(s.items[0].weight, 5);
  EXPECT_EQ(s.items[1].weight, 1);
}

TEST(Settings, NamesEveryBadKey) {
  Sample s;
  const Errors e = ReadInto(
      R"({"count": 11, "on": 1, "items": [{"code": "x", "weight": 0, "size": 2}], "extra": 1})", s);
  const std::string all = Join(e);
  for (const char* key :
       {"sample.count must be from 1 to 10", "sample.on must be true or false",
        "sample.items[0].weight must be from 1 to 9", "sample.items[0].size is not a known setting",
        "sample.extra is not a known setting"}) {
    EXPECT_NE(all.find(key), std::string::npos) << all;
  }
  EXPECT_EQ(s.count, 3);  // a bad value leaves the default
}

TEST(Settings, RunsTheSectionCheck) {
  Sample s;
  const Errors e = ReadInto(R"({"on": true, "count": 1})", s);
  ASSERT_EQ(e.size(), 1U);
  EXPECT_EQ(e[0], "sample.count must be 2 or more when on");
}

TEST(Settings, DescribesKeysWithTheirDefaults) {
  const auto d = Describe(SampleSection());
  EXPECT_EQ(d.at("doc").as_string(), "A sample section.");
  const auto& keys = d.at("keys").as_object();
  EXPECT_EQ(keys.at("count").at("default").as_int64(), 3);
  EXPECT_EQ(keys.at("count").at("doc").as_string(), "how many");
  EXPECT_EQ(keys.at("items").at("default").as_array().at(0).at("code").as_string(), "a");
}

TEST(SettingsRegistry, LoadsBoundSectionsAndRefusesUnknownOnes) {
  Registry r;
  r.Bind(SampleSection());
  EXPECT_THROW(r.Get<Sample>(), std::logic_error);  // not loaded yet
  Errors errors;
  r.Load(boost::json::parse(R"({"sample": {"count": 7}, "http": {}, "samples": {}})").as_object(),
         {"http"}, errors);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0], "samples is not a known setting");
  EXPECT_EQ(r.Get<Sample>().count, 7);
  EXPECT_TRUE(r.Describe().contains("sample"));
  EXPECT_THROW(r.Bind(SampleSection()), std::logic_error);
}

}  // namespace
}  // namespace linli::settings
