#include "modules/org_life/forms.h"

#include <algorithm>
#include <array>
#include <functional>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/form.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/validity.h"

namespace linli::org_life {
namespace {

constexpr std::array<std::string_view, 4> kOutcomes = {"excellent", "qualified",
                                                       "basically_qualified", "unqualified"};
constexpr size_t kMaxTopic = 200;
constexpr size_t kMaxMinutes = 20000;
constexpr size_t kMaxName = 100;
constexpr size_t kMaxNote = 500;
constexpr size_t kMaxRoll = 1000;
constexpr int64_t kMinYear = 1921;  // the party's founding
constexpr int64_t kMaxYear = 2200;

// Reads `key` as an array of objects, each read by `item` through a Form whose pointers are
// "/key/i/..."; every failure is recorded on `f`. Each person may appear once.
template <class T>
std::optional<std::vector<T>> ReadList(Form& f, std::string_view key,
                                       const std::function<T(Form&)>& item) {
  const auto* v = f.OptionalValue(key);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    f.Fail(key, "must be an array of objects");
    return std::nullopt;
  }
  const auto& arr = v->as_array();
  if (arr.size() > kMaxRoll) {
    f.Fail(key, fmt::format("must have at most {} items", kMaxRoll));
    return std::nullopt;
  }
  std::vector<T> out;
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string at = fmt::format("{}/{}", key, i);
    if (!arr[i].is_object()) {
      f.Fail(at, "must be an object");
      continue;
    }
    Form sub(arr[i].as_object(), "/" + at);
    T t = item(sub);
    if (Status s = sub.Finish(); !s) {
      for (const auto& e : s.error().fields) f.Fail(e.pointer.substr(1), e.detail);
      continue;
    }
    if (std::any_of(out.begin(), out.end(),
                    [&](const T& o) { return o.person_id == t.person_id; })) {
      f.Fail(at + "/person_id", "is listed twice");
      continue;
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<std::vector<Listed>> ReadAttendance(Form& f) {
  return ReadList<Listed>(f, "attendance", [](Form& s) {
    Listed l;
    l.person_id = s.RequiredId("person_id");
    l.status = s.RequiredEnum("status", AttendanceStatuses());
    return l;
  });
}

std::string RequiredDate(Form& f, std::string_view key) {
  if (!f.Has(key)) {
    f.OptionalValue(key);
    f.Fail(key, "is required");
    return {};
  }
  return f.OptionalDate(key).value_or("");
}

}  // namespace

std::span<const std::string_view> Outcomes() { return kOutcomes; }

Result<MeetingForm> ParseMeeting(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  MeetingForm out;
  out.org_id = f.RequiredId("org_id");
  out.kind = f.RequiredEnum("kind", Kinds());
  out.held_on = RequiredDate(f, "held_on");
  out.topic = f.RequiredString("topic", kMaxTopic);
  out.minutes = f.OptionalString("minutes", kMaxMinutes, 0, true).value_or("");
  out.lecturer = f.OptionalString("lecturer", kMaxName, 1);
  out.valid = f.OptionalBool("valid");
  auto roll = ReadAttendance(f);
  if (!roll && !f.Has("attendance")) f.Fail("attendance", "is required");
  out.attendance = roll.value_or(std::vector<Listed>{});
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<CorrectMeetingForm> ParseCorrectMeeting(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CorrectMeetingForm out;
  out.topic = f.OptionalString("topic", kMaxTopic, 1);
  out.minutes = f.OptionalString("minutes", kMaxMinutes, 0, true);
  out.clear_lecturer = f.IsNull("lecturer");
  out.lecturer = f.OptionalString("lecturer", kMaxName, 1);
  out.attendance = ReadAttendance(f);
  out.valid = f.OptionalBool("valid");
  for (std::string_view key : {"topic", "minutes", "attendance", "valid"}) {
    if (f.IsNull(key)) f.Fail(key, "cannot be cleared");
  }
  if (!f.Has("topic") && !f.Has("minutes") && !f.Has("lecturer") && !out.clear_lecturer &&
      !f.Has("attendance")) {
    f.Fail("", "give at least one of topic, minutes, lecturer, attendance");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<AppraisalForm> ParseAppraisal(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  AppraisalForm out;
  out.org_id = f.RequiredId("org_id");
  out.year = f.RequiredInt("year", kMinYear, kMaxYear);
  out.held_on = RequiredDate(f, "held_on");
  out.topic = f.OptionalString("topic", kMaxTopic, 1);
  out.minutes = f.OptionalString("minutes", kMaxMinutes, 0, true).value_or("");
  auto results = ReadList<AppraisalResult>(f, "results", [](Form& s) {
    AppraisalResult r;
    r.person_id = s.RequiredId("person_id");
    r.outcome = s.RequiredEnum("outcome", Outcomes());
    r.note = s.OptionalString("note", kMaxNote, 0, true);
    return r;
  });
  if (!results && !f.Has("results")) f.Fail("results", "is required");
  if (results && results->empty()) f.Fail("results", "must name at least one member");
  out.results = results.value_or(std::vector<AppraisalResult>{});
  if (!out.held_on.empty() && out.year != 0 &&
      out.held_on.substr(0, 4) != std::to_string(out.year)) {
    f.Fail("held_on", fmt::format("must lie in {}", out.year));
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::org_life
