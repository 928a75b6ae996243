#include "modules/appeals/forms.h"

#include <array>
#include <ctime>
#include <vector>

#include <fmt/format.h>

#include "core/form.h"
#include "core/personal_data.h"

namespace linli::appeals {
namespace {

constexpr std::array<std::string_view, 5> kChannels = {"desk", "hotline", "mailbox", "contact_card",
                                                       "online"};
constexpr std::array<std::string_view, 2> kUrgencies = {"normal", "urgent"};
constexpr std::array<std::string_view, 3> kAssigneeKinds = {"person", "unit", "provider"};
constexpr std::array<std::string_view, 3> kRatings = {"satisfied", "basically_satisfied",
                                                      "not_satisfied"};
constexpr std::array<std::string_view, 2> kEscalateTo = {"subdistrict", "department"};
constexpr size_t kMaxName = 100;

// Copies the failures of a nested form into `f` (their pointers already carry the prefix).
void Absorb(Form& f, const Form& sub) {
  Status s = sub.Finish();
  if (s) return;
  for (const auto& e : s.error().fields) f.Fail(e.pointer.substr(1), e.detail);
}

std::optional<double> Number(Form& sub, std::string_view key, double min, double max) {
  const auto* v = sub.OptionalValue(key);
  if (!v) {
    sub.Fail(key, "is required");
    return std::nullopt;
  }
  if (!v->is_number()) {
    sub.Fail(key, "must be a number");
    return std::nullopt;
  }
  const double d = v->to_number<double>();
  if (d < min || d > max) {
    sub.Fail(key, fmt::format("must be from {} to {}", min, max));
    return std::nullopt;
  }
  return d;
}

std::optional<Point> ParsePoint(Form& f) {
  const auto* v = f.OptionalValue("point");
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    f.Fail("point", "must be an object {lng, lat, grid_id}");
    return std::nullopt;
  }
  Form sub(v->as_object(), "/point");
  Point p;
  auto lng = Number(sub, "lng", -180, 180);
  auto lat = Number(sub, "lat", -90, 90);
  p.grid_id = sub.RequiredId("grid_id");
  Absorb(f, sub);
  if (!lng || !lat || p.grid_id == 0) return std::nullopt;
  p.lng = *lng;
  p.lat = *lat;
  return p;
}

std::optional<NewResident> ParseNewResident(Form& f) {
  const auto* v = f.OptionalValue("resident");
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    f.Fail("resident", "must be an object {name, phone}");
    return std::nullopt;
  }
  Form sub(v->as_object(), "/resident");
  NewResident r;
  r.name = sub.RequiredString("name", kMaxName);
  r.phone = sub.RequiredString("phone", 11);
  if (!r.phone.empty() && !ValidPhone(r.phone)) {
    sub.Fail("phone", "must be an 11-digit mobile number beginning with 1");
  }
  const bool ok = sub.Finish().ok();
  Absorb(f, sub);
  if (!ok) return std::nullopt;
  return r;
}

bool Digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::span<const std::string_view> Channels() { return kChannels; }

Result<IntakeForm> ParseIntake(std::string_view body, const AppealsConfig& config) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  std::vector<std::string_view> codes;
  for (const auto& c : config.categories) codes.emplace_back(c.code);
  IntakeForm out;
  out.channel = f.RequiredEnum("channel", kChannels);
  out.category = f.RequiredEnum("category", codes);
  out.urgency = f.OptionalEnum("urgency", kUrgencies).value_or("normal");
  out.description = f.RequiredText("description", kMaxDescription);
  out.area_id = f.OptionalId("area_id");
  out.point = ParsePoint(f);
  if (out.area_id && f.Has("point")) f.Fail("", "give the place as area_id or point, not both");
  if (!f.Has("area_id") && !f.Has("point")) f.Fail("area_id", "is required (or a point)");
  out.resident_id = f.OptionalId("resident_id");
  out.resident = ParseNewResident(f);
  out.photo_ids = f.OptionalIdList("photo_ids", kMaxPhotoIds).value_or(std::vector<int64_t>{});
  if (f.Has("resident_id") && f.Has("resident")) {
    f.Fail("", "give the resident as resident_id or resident, not both");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<StepForm> ParseStep(std::string_view step, std::string_view body) {
  auto parsed = Form::Parse(body.empty() ? std::string_view("{}") : body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  StepForm out;
  out.note = f.OptionalString("note", kMaxNote, 1, true);
  if (step == "dispatch") {
    out.assignee_kind = f.OptionalEnum("assignee_kind", kAssigneeKinds).value_or("person");
    out.assignee_id = f.RequiredId("assignee_id");
    if (auto due = f.OptionalString("due_at", 40, 1)) {
      out.due_at = ParseTime(*due);
      if (!out.due_at) f.Fail("due_at", "must be a date-time such as 2026-05-01T08:30:00+08:00");
    }
  } else if (step == "resolve") {
    out.result = f.RequiredText("result", kMaxNote);
    out.photo_ids = f.OptionalIdList("photo_ids", kMaxPhotoIds).value_or(std::vector<int64_t>{});
  } else if (step == "follow_up") {
    out.rating = f.RequiredEnum("rating", kRatings);
  } else if (step == "close") {
    out.reason = f.OptionalString("reason", kMaxNote, 1, true);
  } else if (step == "refer") {
    out.to = f.RequiredString("to", kMaxName);
    out.reason = f.RequiredText("reason", kMaxNote);
  } else if (step == "escalate") {
    out.to = f.RequiredEnum("to", kEscalateTo);
    out.department = f.OptionalString("department", kMaxName, 1);
    out.reason = f.RequiredText("reason", kMaxNote);
    if (out.to == "department" && !out.department) {
      f.Fail("department", "is required when escalating to a department");
    }
    if (out.to == "subdistrict" && out.department) {
      f.Fail("department", "applies only when escalating to a department");
    }
  } else if (step == "close_unresolved") {
    out.reason = f.RequiredText("reason", kMaxNote);
  } else if (step == "merge") {
    out.into = f.RequiredId("into");
    out.reason = f.OptionalString("reason", kMaxNote, 1, true);
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

std::optional<int64_t> ParseTime(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
      s[13] != ':' || s[16] != ':') {
    return std::nullopt;
  }
  const std::string_view parts[] = {s.substr(0, 4),  s.substr(5, 2),  s.substr(8, 2),
                                    s.substr(11, 2), s.substr(14, 2), s.substr(17, 2)};
  for (auto p : parts) {
    if (!Digits(p)) return std::nullopt;
  }
  if (!ValidDate(s.substr(0, 10))) return std::nullopt;
  const int hh = std::stoi(std::string(parts[3]));
  const int mi = std::stoi(std::string(parts[4]));
  const int ss = std::stoi(std::string(parts[5]));
  if (hh > 23 || mi > 59 || ss > 59) return std::nullopt;
  size_t i = 19;
  int64_t frac_ms = 0;
  if (i < s.size() && s[i] == '.') {
    size_t j = i + 1;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i + 1 || j - i - 1 > 9) return std::nullopt;
    std::string frac(s.substr(i + 1, j - i - 1));
    frac.resize(3, '0');
    frac_ms = std::stoll(frac.substr(0, 3));
    i = j;
  }
  int64_t offset_s = 0;
  const std::string_view zone = s.substr(i);
  if (zone == "Z" || zone == "z") {
    offset_s = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
             Digits(zone.substr(1, 2)) && Digits(zone.substr(4, 2))) {
    const int oh = std::stoi(std::string(zone.substr(1, 2)));
    const int om = std::stoi(std::string(zone.substr(4, 2)));
    if (oh > 23 || om > 59) return std::nullopt;
    offset_s = (zone[0] == '+' ? 1 : -1) * (int64_t{oh} * 3600 + int64_t{om} * 60);
  } else {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = std::stoi(std::string(parts[0])) - 1900;
  tm.tm_mon = std::stoi(std::string(parts[1])) - 1;
  tm.tm_mday = std::stoi(std::string(parts[2]));
  tm.tm_hour = hh;
  tm.tm_min = mi;
  tm.tm_sec = ss;
  const int64_t epoch = timegm(&tm);
  return (epoch - offset_s) * 1000 + frac_ms;
}

}  // namespace linli::appeals
