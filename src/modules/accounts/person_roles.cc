#include "modules/accounts/person_roles.h"

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace linli::accounts {
namespace {

constexpr std::string_view kRoles =
    "SELECT g.id, g.role, g.area_id, ar.name, g.org_id, o.name FROM role_grants g"
    " LEFT JOIN areas ar ON ar.id = g.area_id LEFT JOIN party_orgs o ON o.id = g.org_id"
    " WHERE g.person_id = ? ORDER BY g.id";

class Grants : public people::RoleSource {
 public:
  std::vector<people::PersonRole> RolesOf(store::Connection& c, int64_t person_id) const override {
    std::vector<people::PersonRole> out;
    for (const auto& g : c.Query(kRoles, {person_id})) {
      people::PersonRole r{.id = g.Int(0), .role = g.Text(1)};
      if (!g.IsNull(2)) {
        r.area_id = g.Int(2);
        r.area_name = g.Text(3);
      }
      if (!g.IsNull(4)) {
        r.org_id = g.Int(4);
        r.org_name = g.Text(5);
      }
      out.push_back(std::move(r));
    }
    return out;
  }
  std::string HoldsRole(std::string_view person_id) const override {
    return fmt::format("EXISTS (SELECT 1 FROM role_grants g WHERE g.person_id = {} AND g.role = ?)",
                       person_id);
  }
};

}  // namespace

std::shared_ptr<const people::RoleSource> PersonRoles() { return std::make_shared<Grants>(); }

}  // namespace linli::accounts
