#include "modules/appeals/forms.h"

#include <array>
#include <vector>

#include <fmt/format.h>

#include "core/form.h"
#include "core/personal_data.h"

namespace linli::appeals {
namespace {

constexpr std::array<std::string_view, 5> kChannels = {"desk", "hotline", "mailbox", "contact_card",
                                                       "online"};
constexpr std::array<std::string_view, 2> kUrgencies = {"normal", "urgent"};
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

}  // namespace linli::appeals
