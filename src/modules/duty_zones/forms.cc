#include "modules/duty_zones/forms.h"

#include <array>

#include "core/form.h"

namespace linli::duty_zones {
namespace {
constexpr size_t kMaxName = 100;
constexpr size_t kMaxListed = 50;  // far above any configured zone size

enum Create { kGrid, kName, kMembers };
constexpr std::array kCreateFields = std::to_array<Field>({
    {.name = "grid_id",
     .type = FieldType::kId,
     .required = true,
     .description = "an area of kind grid"},
    {.name = "name", .required = true, .max = kMaxName, .description = "unique on the grid"},
    {.name = "member_ids",
     .type = FieldType::kIdList,
     .required = true,
     .max = kMaxListed,
     .description = "person ids of party members"},
});
enum Update { kNewName, kNewMembers };
constexpr std::array kUpdateFields = std::to_array<Field>({
    {.name = "name", .max = kMaxName, .description = "unique on the grid"},
    {.name = "member_ids",
     .type = FieldType::kIdList,
     .max = kMaxListed,
     .description = "person ids of party members: the whole new list"},
});

std::optional<std::string> Text(FieldValue v) {
  if (auto* s = std::get_if<std::string>(&v)) return std::move(*s);
  return std::nullopt;
}
std::optional<std::vector<int64_t>> Ids(FieldValue v) {
  if (auto* ids = std::get_if<std::vector<int64_t>>(&v)) return std::move(*ids);
  return std::nullopt;
}

}  // namespace

std::span<const Field> CreateFields() { return kCreateFields; }
std::span<const Field> UpdateFields() { return kUpdateFields; }

Result<CreateZoneForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CreateZoneForm out;
  const FieldValue grid = ReadField(f, kCreateFields[kGrid]);
  if (const auto* id = std::get_if<int64_t>(&grid)) out.grid_id = *id;
  out.name = Text(ReadField(f, kCreateFields[kName])).value_or("");
  out.member_ids = Ids(ReadField(f, kCreateFields[kMembers])).value_or(std::vector<int64_t>{});
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<UpdateZoneForm> ParseUpdate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UpdateZoneForm out;
  for (std::string_view key : {"name", "member_ids"}) {
    if (f.IsNull(key)) f.Fail(key, "cannot be cleared");
  }
  out.name = Text(ReadField(f, kUpdateFields[kNewName]));
  out.member_ids = Ids(ReadField(f, kUpdateFields[kNewMembers]));
  if (!f.Has("name") && !f.Has("member_ids") && !f.IsNull("name") && !f.IsNull("member_ids")) {
    f.Fail("", "give at least one of name, member_ids");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::duty_zones
