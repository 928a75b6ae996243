#include "modules/appeals/forms.h"

#include <array>
#include <vector>

#include "core/form.h"
#include "core/personal_data.h"
#include "modules/appeals/vocabulary.h"

namespace linli::appeals {
namespace {

constexpr size_t kMaxName = 100;
constexpr size_t kPhoneDigits = 11;

constexpr std::array kPointFields = std::to_array<Field>({
    {.name = "lng", .type = FieldType::kNumber, .required = true, .min = -180, .bound = 180},
    {.name = "lat", .type = FieldType::kNumber, .required = true, .min = -90, .bound = 90},
    {.name = "grid_id",
     .type = FieldType::kId,
     .required = true,
     .description = "the grid the point lies in"},
});
constexpr std::array kResidentFields = std::to_array<Field>({
    {.name = "name", .type = FieldType::kString, .required = true, .max = kMaxName},
    {.name = "phone",
     .type = FieldType::kString,
     .required = true,
     .max = kPhoneDigits,
     .description = "an 11-digit mobile number beginning with 1"},
});

enum Intake {
  kChannel,
  kCategory,
  kUrgency,
  kDescription,
  kArea,
  kPoint,
  kResidentId,
  kResident,
  kPhotos
};
constexpr std::array kIntakeFields = std::to_array<Field>({
    {.name = "channel", .type = FieldType::kEnum, .required = true, .values = IntakeChannels()},
    {.name = "category",
     .type = FieldType::kEnum,
     .required = true,
     .description = "a code of GET /api/v1/appeal-categories"},
    {.name = "urgency", .type = FieldType::kEnum, .values = Urgencies(), .fallback = "normal"},
    {.name = "description", .type = FieldType::kText, .required = true, .max = kMaxDescription},
    {.name = "area_id",
     .type = FieldType::kId,
     .description = "the place: a household, building, grid, ... (or point)"},
    {.name = "point", .type = FieldType::kObject, .fields = kPointFields},
    {.name = "resident_id",
     .type = FieldType::kId,
     .description = "a worker raising it for a resident on record"},
    {.name = "resident", .type = FieldType::kObject, .fields = kResidentFields},
    {.name = "photo_ids",
     .type = FieldType::kIdList,
     .max = kMaxPhotoIds,
     .description = "a photo the caller uploaded (POST /api/v1/photos)"},
});

std::string Text(FieldValue v) {
  auto* s = std::get_if<std::string>(&v);
  return s ? std::move(*s) : std::string();
}
std::optional<int64_t> Id(const FieldValue& v) {
  const auto* n = std::get_if<int64_t>(&v);
  if (!n) return std::nullopt;
  return *n;
}

std::optional<Point> ParsePoint(Form& f) {
  auto sub = ReadObject(f, kIntakeFields[kPoint]);
  if (!sub) return std::nullopt;
  const FieldValue lng = ReadField(*sub, kPointFields[0]);
  const FieldValue lat = ReadField(*sub, kPointFields[1]);
  const int64_t grid = Id(ReadField(*sub, kPointFields[2])).value_or(0);
  Absorb(f, *sub);
  const auto* x = std::get_if<double>(&lng);
  const auto* y = std::get_if<double>(&lat);
  if (!x || !y || grid == 0) return std::nullopt;
  return Point{*x, *y, grid};
}

std::optional<NewResident> ParseNewResident(Form& f) {
  auto sub = ReadObject(f, kIntakeFields[kResident]);
  if (!sub) return std::nullopt;
  NewResident r;
  r.name = Text(ReadField(*sub, kResidentFields[0]));
  r.phone = Text(ReadField(*sub, kResidentFields[1]));
  if (!r.phone.empty() && !ValidPhone(r.phone)) {
    sub->Fail("phone", "must be an 11-digit mobile number beginning with 1");
  }
  const bool ok = sub->Finish().ok();
  Absorb(f, *sub);
  if (!ok) return std::nullopt;
  return r;
}

}  // namespace

std::span<const Field> IntakeFields() { return kIntakeFields; }

Result<IntakeForm> ParseIntake(std::string_view body, const AppealsConfig& config) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  std::vector<std::string_view> codes;
  for (const auto& c : config.categories) codes.emplace_back(c.code);
  Field category = kIntakeFields[kCategory];
  category.values = codes;
  IntakeForm out;
  out.channel = Text(ReadField(f, kIntakeFields[kChannel]));
  out.category = Text(ReadField(f, category));
  out.urgency = Text(ReadField(f, kIntakeFields[kUrgency]));
  out.description = Text(ReadField(f, kIntakeFields[kDescription]));
  out.area_id = Id(ReadField(f, kIntakeFields[kArea]));
  out.point = ParsePoint(f);
  if (out.area_id && f.Has("point")) f.Fail("", "give the place as area_id or point, not both");
  if (!f.Has("area_id") && !f.Has("point")) f.Fail("area_id", "is required (or a point)");
  out.resident_id = Id(ReadField(f, kIntakeFields[kResidentId]));
  out.resident = ParseNewResident(f);
  FieldValue photos = ReadField(f, kIntakeFields[kPhotos]);
  if (auto* ids = std::get_if<std::vector<int64_t>>(&photos)) out.photo_ids = std::move(*ids);
  if (f.Has("resident_id") && f.Has("resident")) {
    f.Fail("", "give the resident as resident_id or resident, not both");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::appeals
