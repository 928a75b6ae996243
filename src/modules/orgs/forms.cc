#include "modules/orgs/forms.h"

#include <array>

#include "core/form.h"
#include "modules/orgs/org.h"

namespace linli::orgs {
namespace {
constexpr size_t kMaxName = 100;

enum Create { kParent, kKind, kName, kArea, kJoint };
constexpr std::array kCreateFields = std::to_array<Field>({
    {.name = "parent_id", .type = FieldType::kId, .description = "none for a root"},
    {.name = "kind", .type = FieldType::kEnum, .required = true, .values = Kinds()},
    {.name = "name", .required = true, .max = kMaxName},
    {.name = "area_id",
     .type = FieldType::kId,
     .required = true,
     .description = "the area it sits in"},
    {.name = "joint", .type = FieldType::kBool, .description = "a joint branch; only for a branch"},
});
enum Update { kNewName, kNewJoint, kNewArea };
constexpr std::array kUpdateFields = std::to_array<Field>({
    {.name = "name", .max = kMaxName},
    {.name = "joint", .type = FieldType::kBool},
    {.name = "area_id", .type = FieldType::kId},
});
constexpr std::array kMoveFields = std::to_array<Field>({
    {.name = "parent_id", .type = FieldType::kId, .required = true},
});
enum AddMember { kPerson, kStatus, kJoined };
constexpr std::array kAddMemberFields = std::to_array<Field>({
    {.name = "person_id", .type = FieldType::kId, .required = true},
    {.name = "status", .type = FieldType::kEnum, .required = true, .values = MemberStatuses()},
    {.name = "joined_on", .type = FieldType::kDate},
});
enum UpdateMember { kNewStatus, kNewJoined };
constexpr std::array kUpdateMemberFields = std::to_array<Field>({
    {.name = "status", .type = FieldType::kEnum, .values = MemberStatuses()},
    {.name = "joined_on", .type = FieldType::kDate, .nullable = true},
});
}  // namespace

std::span<const Field> CreateFields() { return kCreateFields; }
std::span<const Field> UpdateFields() { return kUpdateFields; }
std::span<const Field> MoveFields() { return kMoveFields; }
std::span<const Field> AddMemberFields() { return kAddMemberFields; }
std::span<const Field> UpdateMemberFields() { return kUpdateMemberFields; }

Result<CreateOrgForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  CreateOrgForm out;
  out.parent_id = As<int64_t>(ReadField(f, kCreateFields[kParent]));
  out.kind = As<std::string>(ReadField(f, kCreateFields[kKind])).value_or("");
  out.name = As<std::string>(ReadField(f, kCreateFields[kName])).value_or("");
  out.area_id = As<int64_t>(ReadField(f, kCreateFields[kArea])).value_or(0);
  out.joint = As<bool>(ReadField(f, kCreateFields[kJoint])).value_or(false);
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
  out.name = As<std::string>(ReadField(f, kUpdateFields[kNewName]));
  out.joint = As<bool>(ReadField(f, kUpdateFields[kNewJoint]));
  out.area_id = As<int64_t>(ReadField(f, kUpdateFields[kNewArea]));
  for (const Field& field : kUpdateFields) {
    if (f.IsNull(field.name)) f.Fail(field.name, "cannot be cleared");
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
  out.person_id = As<int64_t>(ReadField(f, kAddMemberFields[kPerson])).value_or(0);
  out.status = As<std::string>(ReadField(f, kAddMemberFields[kStatus])).value_or("");
  out.joined_on = As<std::string>(ReadField(f, kAddMemberFields[kJoined]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<UpdateMemberForm> ParseUpdateMember(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UpdateMemberForm out;
  out.status = As<std::string>(ReadField(f, kUpdateMemberFields[kNewStatus]));
  out.clear_joined_on = IsCleared(f, kUpdateMemberFields[kNewJoined]);
  out.joined_on = As<std::string>(ReadField(f, kUpdateMemberFields[kNewJoined]));
  if (f.IsNull("status")) f.Fail("status", "cannot be cleared");
  if (!f.Has("status") && !f.Has("joined_on") && !out.clear_joined_on) {
    f.Fail("", "give at least one of status, joined_on");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::orgs
