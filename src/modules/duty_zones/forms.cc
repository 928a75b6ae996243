#include "modules/duty_zones/forms.h"

#include "core/form.h"

namespace linli::duty_zones {
namespace {
constexpr size_t kMaxName = 100;
constexpr size_t kMaxListed = 50;  // far above any configured zone size
}  // namespace

Result<CreateZoneForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CreateZoneForm out;
  out.grid_id = f.RequiredId("grid_id");
  out.name = f.RequiredString("name", kMaxName);
  const bool listed = f.Has("member_ids");
  auto ids = f.OptionalIdList("member_ids", kMaxListed);
  if (!listed) f.Fail("member_ids", "is required");
  out.member_ids = ids.value_or(std::vector<int64_t>{});
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
  out.name = f.OptionalString("name", kMaxName, 1);
  out.member_ids = f.OptionalIdList("member_ids", kMaxListed);
  if (!f.Has("name") && !f.Has("member_ids") && !f.IsNull("name") && !f.IsNull("member_ids")) {
    f.Fail("", "give at least one of name, member_ids");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::duty_zones
