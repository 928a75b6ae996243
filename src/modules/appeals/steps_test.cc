#include "modules/appeals/steps.h"

#include <algorithm>
#include <set>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "modules/appeals/step_schema.h"
#include "modules/appeals/vocabulary.h"

namespace linli::appeals {
namespace {

// A valid value of `field`: the last of an enum's values, so that escalate goes to a
// department and may name it.
boost::json::value Valid(const Field& field) {
  switch (field.type) {
    case FieldType::kString:
    case FieldType::kText:
      return "x";
    case FieldType::kEnum:
      return boost::json::string(field.values.back());
    case FieldType::kId:
      return 7;
    case FieldType::kIdList:
      return boost::json::array{3, 4};
    case FieldType::kDateTime:
      return "2026-05-01T08:30:00+08:00";
  }
  return nullptr;
}

// A body with the note and every field of the row.
boost::json::object FullBody(const StepRow& row) {
  boost::json::object body{{"note", "x"}};
  for (const StepField& f : row.fields) body[f.field.name] = Valid(f.field);
  return body;
}

// True when the member `field` fills holds a value.
bool Filled(const StepForm& form, const StepField& field) {
  struct Visit {
    const StepForm& form;
    bool operator()(std::optional<std::string> StepForm::*m) const { return (form.*m).has_value(); }
    bool operator()(std::optional<int64_t> StepForm::*m) const { return (form.*m).has_value(); }
    bool operator()(std::vector<int64_t> StepForm::*m) const { return !(form.*m).empty(); }
  };
  return std::visit(Visit{form}, field.into);
}

// The pointers of a refusal, with their details.
std::set<std::string> Named(const Result<StepForm>& r) {
  std::set<std::string> out;
  if (r.ok()) return out;
  for (const auto& f : r.error().fields) out.insert(f.pointer + " " + f.detail);
  return out;
}

TEST(StepTable, NamesEveryStepOnceWithItsEvent) {
  const std::vector<std::string_view> api = {"accept",   "dispatch",         "take",  "arrive",
                                             "resolve",  "follow_up",        "close", "refer",
                                             "escalate", "close_unresolved", "merge"};
  EXPECT_EQ(std::vector<std::string_view>(Steps().begin(), Steps().end()), api);
  std::set<std::string_view> names;
  for (const StepRow& row : StepTable()) {
    EXPECT_TRUE(names.insert(row.name).second) << "twice: " << row.name;
    EXPECT_EQ(row.event, fmt::format("appeal.{}", row.name));
    EXPECT_EQ(FindStep(row.name), &row);
    EXPECT_FALSE(row.from.empty()) << row.name;
    const bool system = row.who == Party::kSystem;
    EXPECT_EQ(row.apply == nullptr, system) << row.name;
    EXPECT_EQ(row.summary.empty(), system) << row.name;
  }
  EXPECT_TRUE(names.contains("reopen"));
  EXPECT_EQ(FindStep("reopen")->who, Party::kSystem);
  // The module's record actions are the raise, one per step row, and a missed deadline.
  std::vector<std::string_view> events = {"appeal.raise"};
  for (const StepRow& row : StepTable()) events.push_back(row.event);
  events.emplace_back("appeal.overdue");
  EXPECT_EQ(std::set<std::string_view>(events.begin(), events.end()),
            std::set<std::string_view>(Events().begin(), Events().end()));
  EXPECT_EQ(events.size(), Events().size());
  EXPECT_EQ(FindStep("nope"), nullptr);
}

// The refusal of a step out of order names these states, in this order.
TEST(StepTable, FromStatesInTheirOrder) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"accept", "received"},
      {"dispatch", "accepted, dispatched, escalated"},
      {"take", "dispatched"},
      {"arrive", "taken"},
      {"resolve", "taken, on_site"},
      {"follow_up", "resolved"},
      {"close", "followed_up, resolved"},
      {"refer", "received, accepted, dispatched, taken, on_site, escalated"},
      {"escalate", "received, accepted, dispatched, taken, on_site"},
      {"close_unresolved", "received, accepted, dispatched, taken, on_site, escalated"},
      {"merge", "received, accepted, dispatched, taken, on_site, escalated"},
      {"reopen", "followed_up"},
  };
  for (const auto& [step, from] : cases) EXPECT_EQ(FromStatesOf(step), from) << step;
}

// Every row's fields parse a valid body into their members; a missing required field, a text
// over its limit and an unknown field are refused, each naming the field.
TEST(StepTable, FieldsParseAndRefuseByName) {
  for (const std::string_view step : Steps()) {
    const StepRow& row = *FindStep(step);
    const boost::json::object full = FullBody(row);
    auto parsed = ParseStep(step, boost::json::serialize(full));
    ASSERT_TRUE(parsed.ok()) << step << ": " << parsed.error().detail;
    EXPECT_EQ(parsed->note, "x") << step;
    for (const StepField& f : row.fields) EXPECT_TRUE(Filled(*parsed, f)) << step << f.field.name;
    for (const StepField& f : row.fields) {
      const std::string pointer = fmt::format("/{}", f.field.name);
      if (f.field.required) {
        boost::json::object body = full;
        body.erase(f.field.name);
        EXPECT_TRUE(
            Named(ParseStep(step, boost::json::serialize(body))).contains(pointer + " is required"))
            << step << pointer;
      }
      if (f.field.type == FieldType::kString || f.field.type == FieldType::kText) {
        boost::json::object body = full;
        body[f.field.name] = std::string(f.field.max + 1, 'x');
        EXPECT_TRUE(
            Named(ParseStep(step, boost::json::serialize(body)))
                .contains(fmt::format("{} must be at most {} characters", pointer, f.field.max)))
            << step << pointer;
      }
    }
    boost::json::object unknown = full;
    unknown["extra"] = 1;
    EXPECT_TRUE(Named(ParseStep(step, boost::json::serialize(unknown)))
                    .contains("/extra is not a known field"))
        << step;
    const bool any_required = std::any_of(row.fields.begin(), row.fields.end(),
                                          [](const StepField& f) { return f.field.required; });
    EXPECT_EQ(ParseStep(step, "").ok(), !any_required) << step;
  }
}

TEST(StepTable, KeepsEachStepsLimitsAndDefaults) {
  auto dispatch = ParseStep("dispatch", R"({"assignee_id":5})");
  ASSERT_TRUE(dispatch.ok());
  EXPECT_EQ(dispatch->assignee_kind, "person");
  EXPECT_FALSE(dispatch->due_at.has_value());
  EXPECT_TRUE(Named(ParseStep("dispatch", R"({"assignee_id":5,"due_at":"soon"})"))
                  .contains("/due_at must be a date-time such as 2026-05-01T08:30:00+08:00"));
  EXPECT_TRUE(
      Named(ParseStep("refer", R"({"to":"  ","reason":"r"})")).contains("/to must not be blank"));
  EXPECT_TRUE(Named(ParseStep("refer", R"({"to":"a\nb","reason":"r"})"))
                  .contains("/to must not contain control characters"));
  EXPECT_TRUE(ParseStep("close_unresolved", R"({"reason":"a\nb"})").ok());
  EXPECT_TRUE(Named(ParseStep("follow_up", R"({"rating":"meh"})"))
                  .contains("/rating must be one of: satisfied, basically_satisfied, "
                            "not_satisfied"));
  std::string many = "[1";
  for (int i = 2; i <= 51; ++i) many += fmt::format(",{}", i);
  many += "]";
  EXPECT_TRUE(Named(ParseStep("resolve", R"({"result":"r","photo_ids":)" + many + "}"))
                  .contains("/photo_ids must have at most 50 items"));
}

// escalate: a department is named exactly when the appeal goes to one.
TEST(StepTable, EscalateChecksTheDepartment) {
  EXPECT_TRUE(Named(ParseStep("escalate", R"({"to":"department","reason":"r"})"))
                  .contains("/department is required when escalating to a department"));
  EXPECT_TRUE(Named(ParseStep("escalate", R"({"to":"subdistrict","department":"d","reason":"r"})"))
                  .contains("/department applies only when escalating to a department"));
  EXPECT_TRUE(ParseStep("escalate", R"({"to":"subdistrict","reason":"r"})").ok());
}

// The request schema of each step lists exactly the row's fields and the note, and requires
// exactly the required ones.
TEST(StepTable, SchemaListsTheRowsFields) {
  for (const std::string_view step : Steps()) {
    const StepRow& row = *FindStep(step);
    const boost::json::value schema = StepRequestSchema(row);
    const auto& props = schema.at("properties").as_object();
    std::vector<std::string> listed;
    for (const auto& kv : props) listed.emplace_back(kv.key());
    std::vector<std::string> declared;
    std::vector<std::string> required;
    for (const StepField& f : row.fields) {
      declared.emplace_back(f.field.name);
      if (f.field.required) required.emplace_back(f.field.name);
    }
    declared.emplace_back("note");
    EXPECT_EQ(listed, declared) << step;
    std::vector<std::string> listed_required;
    if (const auto* r = schema.as_object().if_contains("required")) {
      for (const auto& k : r->as_array()) listed_required.emplace_back(k.as_string());
    }
    EXPECT_EQ(listed_required, required) << step;
    EXPECT_EQ(schema.at("additionalProperties"), false) << step;
  }
}

}  // namespace
}  // namespace linli::appeals
