#include "auth/actor.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace linli::auth {
namespace {

constexpr std::array<std::string_view, 10> kRoleNames = {
    "resident", "member",   "volunteer",         "grid_worker",    "staff",
    "unit_rep", "provider", "subdistrict_admin", "district_admin", "system_admin"};

bool Global(const Grant& g) { return g.area_path.empty() && g.org_path.empty(); }

bool StartsWith(std::string_view s, std::string_view prefix) {
  return !prefix.empty() && s.substr(0, prefix.size()) == prefix;
}

bool HasRole(std::span<const Role> roles, Role r) {
  return std::find(roles.begin(), roles.end(), r) != roles.end();
}

ScopeFilter Scope(const Actor& a, std::span<const Role> roles, std::string_view column, bool org) {
  ScopeFilter f;
  for (const auto& g : a.grants) {
    if (!HasRole(roles, g.role)) continue;
    if (Global(g)) {
      f.unrestricted = true;
      f.params.clear();
      f.sql = "1=1";
      return f;
    }
    const std::string& path = org ? g.org_path : g.area_path;
    if (path.empty()) continue;
    f.params.push_back(path);
    f.params.push_back(PathRangeEnd(path));
  }
  if (f.params.empty()) {
    f.none = true;
    f.sql = "1=0";
    return f;
  }
  f.sql = "(";
  for (size_t i = 0; i < f.params.size(); i += 2) {
    f.sql += fmt::format("{}({} >= ? AND {} < ?)", i ? " OR " : "", column, column);
  }
  f.sql += ")";
  return f;
}

}  // namespace

std::string PathRangeEnd(std::string path) {
  if (!path.empty()) path.back() = static_cast<char>(path.back() + 1);
  return path;
}

std::vector<int64_t> PathIds(std::string_view path) {
  std::vector<int64_t> ids;
  int64_t id = 0;
  bool digits = false;
  for (const char ch : path) {
    if (ch >= '0' && ch <= '9') {
      id = id * 10 + (ch - '0');
      digits = true;
    } else {
      if (digits) ids.push_back(id);
      id = 0;
      digits = false;
    }
  }
  if (digits) ids.push_back(id);
  return ids;
}

std::string_view RoleName(Role r) { return kRoleNames[static_cast<size_t>(r)]; }

std::optional<Role> RoleFromName(std::string_view name) {
  for (size_t i = 0; i < kRoleNames.size(); ++i) {
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  }
  return std::nullopt;
}

std::span<const std::string_view> RoleNames() { return kRoleNames; }

bool Actor::Holds(Role r) const {
  return std::any_of(grants.begin(), grants.end(), [r](const Grant& g) { return g.role == r; });
}

bool Actor::Allows(std::span<const Role> roles, const Place& place) const {
  return std::any_of(grants.begin(), grants.end(), [&](const Grant& g) {
    if (!HasRole(roles, g.role)) return false;
    if (Global(g)) return true;
    return StartsWith(place.area_path, g.area_path) || StartsWith(place.org_path, g.org_path);
  });
}

bool Actor::SeesAbove(std::span<const Role> roles, std::string_view area_path) const {
  return std::any_of(grants.begin(), grants.end(), [&](const Grant& g) {
    return HasRole(roles, g.role) && !area_path.empty() && StartsWith(g.area_path, area_path);
  });
}

ScopeFilter AreaScope(const Actor& a, std::span<const Role> roles, std::string_view column) {
  return Scope(a, roles, column, false);
}
ScopeFilter OrgScope(const Actor& a, std::span<const Role> roles, std::string_view column) {
  return Scope(a, roles, column, true);
}

}  // namespace linli::auth
