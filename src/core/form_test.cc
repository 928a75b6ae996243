#include "core/form.h"

#include <array>

#include <gtest/gtest.h>

namespace linli {
namespace {

constexpr std::array<std::string_view, 2> kKinds = {"a", "b"};

// Each body is refused and the error names the field at fault.
TEST(Form, RefusesBadInputNamingTheField) {
  struct Case {
    std::string body;
    std::string pointer;
  } cases[] = {
      {"", ""},
      {"{", ""},
      {"[1]", ""},
      {"\"text\"", ""},
      {"{\"name\": 5, \"kind\": \"a\"}", "/name"},
      {"{\"kind\": \"a\"}", "/name"},
      {"{\"name\": \"\", \"kind\": \"a\"}", "/name"},
      {"{\"name\": \"x\", \"kind\": \"c\"}", "/kind"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"extra\": 1}", "/extra"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"count\": 1e300}", "/count"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"count\": 18446744073709551615}", "/count"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"count\": -1}", "/count"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"count\": 1.5}", "/count"},
      {"{\"name\": \"a\\u0000b\", \"kind\": \"a\"}", "/name"},
      {"{\"name\": \"x\", \"kind\": \"a\", \"day\": \"2023-02-29\"}", "/day"},
  };
  for (const auto& c : cases) {
    auto f = Form::Parse(c.body);
    if (!f) {
      ASSERT_FALSE(f.error().fields.empty()) << c.body;
      EXPECT_EQ(f.error().fields.front().pointer, c.pointer) << c.body;
      continue;
    }
    f->RequiredString("name");
    f->RequiredEnum("kind", kKinds);
    f->OptionalInt("count", 0, 100);
    f->OptionalDate("day");
    Status s = f->Finish();
    ASSERT_FALSE(s.ok()) << c.body;
    ASSERT_FALSE(s.error().fields.empty());
    EXPECT_EQ(s.error().fields.front().pointer, c.pointer) << c.body;
  }
}

TEST(Form, AcceptsAValidBody) {
  auto f = Form::Parse(R"({"name": "灵峰社区", "kind": "b", "count": 7, "day": "2024-02-29"})");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->RequiredString("name"), "灵峰社区");
  EXPECT_EQ(f->RequiredEnum("kind", kKinds), "b");
  EXPECT_EQ(f->OptionalInt("count", 0, 100), 7);
  EXPECT_EQ(f->OptionalDate("day"), "2024-02-29");
  EXPECT_TRUE(f->Finish().ok());
}

TEST(Utf8, ValidatesAndCounts) {
  EXPECT_TRUE(ValidUtf8("邻里"));
  EXPECT_EQ(Utf8Length("邻里ab"), 4u);
  EXPECT_FALSE(ValidUtf8("\xff"));
  EXPECT_FALSE(ValidUtf8("\xe9\x82"));      // truncated
  EXPECT_FALSE(ValidUtf8("\xc0\xaf"));      // overlong
  EXPECT_FALSE(ValidUtf8("\xed\xa0\x80"));  // surrogate
}

TEST(Form, ParsesTimes) {
  EXPECT_EQ(ParseTime("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(ParseTime("1970-01-01T08:00:00+08:00"), 0);
  EXPECT_EQ(ParseTime("1970-01-01T00:00:01.5Z"), 1500);
  EXPECT_EQ(ParseTime("2026-05-01T16:30:00+08:00"), ParseTime("2026-05-01T08:30:00Z"));
  for (std::string_view bad :
       {"", "2026-05-01", "2026-02-30T00:00:00Z", "2026-05-01T24:00:00Z", "2026-05-01T08:30:00",
        "2026-05-01T08:30:00+8:00", "2026-05-01 08:30:00Z", "2026-05-01T08:30:00.Z"}) {
    EXPECT_FALSE(ParseTime(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace linli
