// Forms of the orgs module: raw JSON in, validated structs out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/field.h"
#include "core/result.h"

namespace linli::orgs {

struct CreateOrgForm {
  std::optional<int64_t> parent_id;  // none: a root organisation
  std::string kind;
  std::string name;
  int64_t area_id = 0;
  bool joint = false;
};

struct UpdateOrgForm {
  std::optional<std::string> name;
  std::optional<bool> joint;
  std::optional<int64_t> area_id;
};

struct MoveOrgForm {
  int64_t parent_id = 0;
};

struct AddMemberForm {
  int64_t person_id = 0;
  std::string status;                    // full | probationary
  std::optional<std::string> joined_on;  // YYYY-MM-DD
};

struct UpdateMemberForm {
  std::optional<std::string> status;
  std::optional<std::string> joined_on;
  bool clear_joined_on = false;  // "joined_on": null
};

// The fields of each body, as the form reads them and the route documents them.
std::span<const Field> CreateFields();
std::span<const Field> UpdateFields();
std::span<const Field> MoveFields();
std::span<const Field> AddMemberFields();
std::span<const Field> UpdateMemberFields();

Result<CreateOrgForm> ParseCreate(std::string_view body);
Result<UpdateOrgForm> ParseUpdate(std::string_view body);
Result<MoveOrgForm> ParseMove(std::string_view body);
Result<AddMemberForm> ParseAddMember(std::string_view body);
Result<UpdateMemberForm> ParseUpdateMember(std::string_view body);

}  // namespace linli::orgs
