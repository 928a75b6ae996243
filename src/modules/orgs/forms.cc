#include "modules/orgs/forms.h"

#include <array>

#include "core/form.h"
#include "modules/orgs/org.h"

namespace linli::orgs {
namespace {
constexpr size_t kMaxName = 100;
constexpr std::array kMoveFields = std::to_array<Field>({
    {.name = "parent_id", .type = FieldType::kId, .required = true},
});
}  // namespace

std::span<const Field> MoveFields() { return kMoveFields; }

Result<CreateOrgForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CreateOrgForm out;
  out.parent_id = f.OptionalId("parent_id");
  out.kind = f.RequiredEnum("kind", Kinds());
  out.name = f.RequiredString("name", kMaxName);
  out.area_id = f.RequiredId("area_id");
  out.joint = f.OptionalBool("joint").value_or(false);
  if (out.joint && !out.kind.empty() && !MayBeJoint(out.kind)) {
    f.Fail("joint", "only a branch can be a joint branch");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<UpdateOrgForm> ParseUpdate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UpdateOrgForm out;
  out.name = f.OptionalString("name", kMaxName, 1);
  out.joint = f.OptionalBool("joint");
  out.area_id = f.OptionalId("area_id");
  for (std::string_view key : {"name", "joint", "area_id"}) {
    if (f.IsNull(key)) f.Fail(key, "cannot be cleared");
  }
  if (!f.Has("name") && !f.Has("joint") && !f.Has("area_id") && !f.IsNull("name") &&
      !f.IsNull("joint") && !f.IsNull("area_id")) {
    f.Fail("", "give at least one of name, joint, area_id");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<MoveOrgForm> ParseMove(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  MoveOrgForm out;
  const FieldValue parent = ReadField(f, kMoveFields[0]);
  if (const auto* id = std::get_if<int64_t>(&parent)) out.parent_id = *id;
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<AddMemberForm> ParseAddMember(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  AddMemberForm out;
  out.person_id = f.RequiredId("person_id");
  out.status = f.RequiredEnum("status", MemberStatuses());
  out.joined_on = f.OptionalDate("joined_on");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<UpdateMemberForm> ParseUpdateMember(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UpdateMemberForm out;
  out.status = f.OptionalEnum("status", MemberStatuses());
  out.clear_joined_on = f.IsNull("joined_on");
  out.joined_on = f.OptionalDate("joined_on");
  if (f.IsNull("status")) f.Fail("status", "cannot be cleared");
  if (!f.Has("status") && !f.Has("joined_on") && !out.clear_joined_on) {
    f.Fail("", "give at least one of status, joined_on");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::orgs
