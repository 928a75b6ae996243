// Actor: who is making a request, with every role they hold and where they hold it.
// A role held on an area or party organisation grants its actions on everything below it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace linli::auth {

enum class Role {
  kResident,
  kMember,
  kVolunteer,
  kGridWorker,
  kStaff,
  kUnitRep,
  kProvider,
  kSubdistrictAdmin,
  kDistrictAdmin,
  kSystemAdmin,
};

std::string_view RoleName(Role r);
std::optional<Role> RoleFromName(std::string_view name);
std::span<const std::string_view> RoleNames();

// Where a role is held. An empty area_path and org_path means everywhere (system admin).
struct Grant {
  Role role;
  std::optional<int64_t> area_id;
  std::string area_path;  // "/1/4/9/" of the area, or ""
  std::optional<int64_t> org_id;
  std::string org_path;  // "/3/7/" of the party organisation, or ""
};

// The place of a subject a permission is decided on: the area it belongs to and, when it
// belongs to a party organisation, that organisation.
struct Place {
  std::string area_path;
  std::string org_path;
};

struct Actor {
  int64_t account_id = 0;
  int64_t person_id = 0;
  std::string login;
  std::vector<Grant> grants;
  std::string session_id;  // digest of the session token

  bool Holds(Role r) const;
  // True when a grant of one of `roles` covers `place` (the place is at or below it).
  bool Allows(std::span<const Role> roles, const Place& place) const;
  // True when `area_path` is an ancestor of (or equal to) a place one of `roles` covers: lets a
  // resident see the names of the areas above their household.
  bool SeesAbove(std::span<const Role> roles, std::string_view area_path) const;
};

// The end of the range of the paths at or below `path`: everything below "/1/4/" lies in
// ["/1/4/", "/1/40") since '0' follows '/'. A range an index on a path column answers, where
// LIKE 'path%' (case-insensitive by default) would scan the table.
std::string PathRangeEnd(std::string path);

// The ids of the areas on `path`, from the top: "/1/4/9/" -> {1, 4, 9}. The ancestors of a place
// looked up by id, where "? LIKE path || '%'" would scan every row it is matched against.
std::vector<int64_t> PathIds(std::string_view path);

// SQL fragment restricting rows to the areas where `roles` are held:
//   sql = "((col >= ? AND col < ?) OR ...)", params = {"/1/4/", "/1/40", ...}: each grant's
//   subtree as a range of paths, which an index on the column answers.
// `unrestricted` is true when a grant covers everything (sql is then "1=1").
// `none` is true when no grant of `roles` is held (sql is then "1=0").
struct ScopeFilter {
  std::string sql;
  std::vector<std::string> params;
  bool unrestricted = false;
  bool none = false;
};
ScopeFilter AreaScope(const Actor& a, std::span<const Role> roles, std::string_view column);
ScopeFilter OrgScope(const Actor& a, std::span<const Role> roles, std::string_view column);

}  // namespace linli::auth
