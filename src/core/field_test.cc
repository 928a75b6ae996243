#include "core/field.h"

#include <array>

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

#include "http/schema.h"

namespace linli {
namespace {

constexpr std::array<std::string_view, 2> kKinds = {"a", "b"};

// The failure recorded for the body, or "" when it reads.
std::string Failure(std::string_view body, const Field& field) {
  auto f = Form::Parse(body);
  if (!f) return "parse";
  ReadField(*f, field);
  Status s = f->Finish();
  if (s) return "";
  return s.error().fields.front().pointer + " " + s.error().fields.front().detail;
}

TEST(Field, ReadsEachTypeAndNamesTheField) {
  const Field name{.name = "n", .required = true, .max = 3};
  const Field text{.name = "n", .type = FieldType::kText, .max = 3};
  const Field kind{.name = "n", .type = FieldType::kEnum, .values = kKinds, .fallback = "b"};
  const Field id{.name = "n", .type = FieldType::kId, .required = true};
  const Field ids{.name = "n", .type = FieldType::kIdList, .required = true, .max = 2};
  const Field at{.name = "n", .type = FieldType::kDateTime, .required = true};
  struct Case {
    std::string_view body;
    const Field& field;
    std::string failure;
  } cases[] = {
      {R"({"n":"abc"})", name, ""},
      {R"({})", name, "/n is required"},
      {R"({"n":"abcd"})", name, "/n must be at most 3 characters"},
      {R"({"n":" "})", name, "/n must not be blank"},
      {R"({"n":"a\nb"})", text, ""},
      {R"({})", text, ""},
      {R"({"n":""})", text, "/n must not be empty"},
      {R"({})", kind, ""},
      {R"({"n":"c"})", kind, "/n must be one of: a, b"},
      {R"({"n":0})", id, "/n must be a whole number from 1 to 9007199254740991"},
      {R"({})", ids, "/n is required"},
      {R"({"n":[1,2,3]})", ids, "/n must have at most 2 items"},
      {R"({"n":"2026-05-01T08:30:00Z"})", at, ""},
      {R"({})", at, "/n is required"},
      {R"({"n":"2026-05-01"})", at, "/n must be a date-time such as 2026-05-01T08:30:00+08:00"},
  };
  for (const auto& c : cases) EXPECT_EQ(Failure(c.body, c.field), c.failure) << c.body;
}

TEST(Field, GivesTheValueOfItsType) {
  auto f = Form::Parse(R"({"s":"x","i":5,"l":[1,2],"t":"1970-01-01T00:00:01Z"})");
  ASSERT_TRUE(f.ok());
  const Field kind{.name = "k", .type = FieldType::kEnum, .values = kKinds, .fallback = "b"};
  EXPECT_EQ(std::get<std::string>(ReadField(*f, {.name = "s", .max = 5})), "x");
  EXPECT_EQ(std::get<int64_t>(ReadField(*f, {.name = "i", .type = FieldType::kId})), 5);
  EXPECT_EQ(std::get<std::vector<int64_t>>(
                ReadField(*f, {.name = "l", .type = FieldType::kIdList, .max = 5})),
            (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(std::get<int64_t>(ReadField(*f, {.name = "t", .type = FieldType::kDateTime})), 1000);
  EXPECT_EQ(std::get<std::string>(ReadField(*f, kind)), "b");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(ReadField(*f, {.name = "absent"})));
  EXPECT_TRUE(f->Finish().ok());
}

TEST(Field, ReadsANumberWithinItsBounds) {
  const Field lng{.name = "n", .type = FieldType::kNumber, .required = true, .min = -1, .bound = 1};
  struct Case {
    std::string_view body;
    std::string failure;
  } cases[] = {
      {R"({"n":0.5})", ""},
      {R"({})", "/n is required"},
      {R"({"n":"0"})", "/n must be a number"},
      {R"({"n":2})", "/n must be from -1 to 1"},
  };
  for (const auto& c : cases) EXPECT_EQ(Failure(c.body, lng), c.failure) << c.body;
}

TEST(Field, ReadsAnObjectWithAFormOfItsOwn) {
  constexpr std::array<Field, 1> kInner = {Field{.name = "a", .type = FieldType::kId}};
  const Field outer{.name = "o", .type = FieldType::kObject, .fields = kInner};
  auto f = Form::Parse(R"({"o":{"a":0,"b":1}})");
  ASSERT_TRUE(f.ok());
  auto sub = ReadObject(*f, outer);
  ASSERT_TRUE(sub.has_value());
  ReadField(*sub, kInner[0]);
  Absorb(*f, *sub);
  Status s = f->Finish();
  ASSERT_FALSE(s.ok());
  ASSERT_EQ(s.error().fields.size(), 2u);
  EXPECT_EQ(s.error().fields[0].pointer, "/o/a");
  EXPECT_EQ(s.error().fields[1].pointer, "/o/b");
  EXPECT_EQ(s.error().fields[1].detail, "is not a known field");

  auto g = Form::Parse(R"({"o":1})");
  ASSERT_TRUE(g.ok());
  EXPECT_FALSE(ReadObject(*g, outer).has_value());
  EXPECT_EQ(g->Finish().error().fields.front().detail, "must be an object {a}");
}

TEST(Field, ReadsTheNewerTypesWithTheFormAccessorsMessages) {
  const Field flag{.name = "n", .type = FieldType::kBool, .required = true};
  const Field day{.name = "n", .type = FieldType::kDate};
  const Field month{.name = "n", .type = FieldType::kMonth, .required = true};
  const Field count{.name = "n", .type = FieldType::kInt, .min = 0, .bound = 10};
  const Field code{.name = "n", .required = true, .max = 6, .min_length = 6};
  const Field note{.name = "n", .type = FieldType::kText, .max = 9, .min_length = 2};
  struct Case {
    std::string_view body;
    const Field& field;
    std::string failure;
  } cases[] = {
      {R"({"n":true})", flag, ""},
      {R"({})", flag, "/n is required"},
      {R"({"n":1})", flag, "/n must be true or false"},
      {R"({"n":"2026-02-28"})", day, ""},
      {R"({})", day, ""},
      {R"({"n":"2026-02-30"})", day, "/n must be a date written YYYY-MM-DD"},
      {R"({"n":"2026-05"})", month, ""},
      {R"({})", month, "/n is required"},
      {R"({"n":"2026-13"})", month, "/n must be a month YYYY-MM"},
      {R"({"n":"2026-1"})", month, "/n must be at least 7 characters"},
      {R"({"n":10})", count, ""},
      {R"({"n":11})", count, "/n must be a whole number from 0 to 10"},
      {R"({"n":1.5})", count, "/n must be a whole number from 0 to 10"},
      {R"({"n":"123456"})", code, ""},
      {R"({"n":"12345"})", code, "/n must be at least 6 characters"},
      {R"({"n":"a"})", note, "/n must be at least 2 characters"},
  };
  for (const auto& c : cases) EXPECT_EQ(Failure(c.body, c.field), c.failure) << c.body;
  EXPECT_TRUE(ValidMonth("1900-01"));
  EXPECT_FALSE(ValidMonth("1899-12"));
  EXPECT_FALSE(ValidMonth("2026-00"));
}

TEST(Field, GivesTheNewerValuesAndSaysWhenANullableFieldIsCleared) {
  auto f = Form::Parse(R"({"b":false,"d":"2026-05-01","m":"2026-05","i":3,"x":null,"y":null})");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(std::get<bool>(ReadField(*f, {.name = "b", .type = FieldType::kBool})), false);
  EXPECT_EQ(std::get<std::string>(ReadField(*f, {.name = "d", .type = FieldType::kDate})),
            "2026-05-01");
  EXPECT_EQ(std::get<std::string>(ReadField(*f, {.name = "m", .type = FieldType::kMonth})),
            "2026-05");
  EXPECT_EQ(std::get<int64_t>(ReadField(*f, {.name = "i", .type = FieldType::kInt, .bound = 5})),
            3);
  const Field cleared{.name = "x", .type = FieldType::kDate, .nullable = true};
  const Field plain{.name = "y", .type = FieldType::kDate};
  EXPECT_TRUE(std::holds_alternative<std::monostate>(ReadField(*f, cleared)));
  EXPECT_TRUE(IsCleared(*f, cleared));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(ReadField(*f, plain)));
  EXPECT_FALSE(IsCleared(*f, plain));
  EXPECT_TRUE(f->Finish().ok());
}

TEST(Field, AnOptionalTextThatMayBeEmptyTakesTheEmptyString) {
  auto f = Form::Parse(R"({"note":""})");
  ASSERT_TRUE(f.ok());
  const Field note{.name = "note", .max = 9, .may_be_empty = true};
  EXPECT_EQ(std::get<std::string>(ReadField(*f, note)), "");
  EXPECT_TRUE(f->Finish().ok());
  auto g = Form::Parse(R"({"note":""})");
  ASSERT_TRUE(g.ok());
  ReadField(*g, {.name = "note", .max = 9});
  EXPECT_FALSE(g->Finish().ok()) << "without may_be_empty the empty string is refused";
  EXPECT_EQ(boost::json::serialize(http::schema::Of(note)), R"({"type":"string","maxLength":9})");
}

TEST(Field, DocumentsEachTypeWithItsLimits) {
  namespace s = http::schema;
  auto of = [](const Field& field) { return boost::json::serialize(s::Of(field)); };
  EXPECT_EQ(of({.name = "n", .type = FieldType::kBool}), R"({"type":"boolean"})");
  EXPECT_EQ(of({.name = "n", .type = FieldType::kDate}), R"({"type":"string","format":"date"})");
  EXPECT_EQ(of({.name = "n", .type = FieldType::kMonth}),
            R"({"type":"string","pattern":"^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$",)"
            R"("description":"a month, YYYY-MM"})");
  EXPECT_EQ(of({.name = "n", .type = FieldType::kInt, .min = 0, .bound = 10}),
            R"({"type":"integer","minimum":0,"maximum":10})");
  EXPECT_EQ(of({.name = "n", .max = 6, .min_length = 6}),
            R"({"type":"string","minLength":6,"maxLength":6})");
  EXPECT_EQ(of({.name = "n", .type = FieldType::kDate, .nullable = true}),
            R"({"anyOf":[{"type":"string","format":"date"},{"type":"null"}]})");
  EXPECT_EQ(of({.name = "n", .max = 9, .description = "why", .nullable = true}),
            R"({"anyOf":[{"type":"string","minLength":1,"maxLength":9,"description":"why"},)"
            R"({"type":"null"}]})");
}

}  // namespace
}  // namespace linli
