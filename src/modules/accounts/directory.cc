#include "modules/accounts/directory.h"

#include <fmt/format.h>

#include "store/sql.h"

namespace linli::accounts {
namespace {

// {} = one ? per area.
constexpr std::string_view kSupervisors =
    "SELECT DISTINCT ac.id FROM role_grants r JOIN accounts ac ON ac.person_id = r.person_id"
    " WHERE r.area_id IN ({}) AND r.role IN ('subdistrict_admin', 'district_admin',"
    " 'system_admin') AND ac.disabled = 0";

constexpr std::string_view kWorksAt =
    "SELECT 1 FROM role_grants r JOIN areas ar ON ar.id = r.area_id WHERE r.person_id = ?"
    " AND r.role IN ('grid_worker', 'staff', 'subdistrict_admin')"
    " AND (? LIKE ar.path || '%' OR ar.path LIKE ?) LIMIT 1";
constexpr std::string_view kGridWorkers =
    "SELECT DISTINCT person_id FROM role_grants WHERE role = 'grid_worker' AND area_id = ?"
    " ORDER BY person_id";

}  // namespace

bool WorksAt(store::Connection& c, int64_t person_id, std::string_view area_path,
             std::string_view community_path) {
  return c
      .QueryOne(kWorksAt, {person_id, std::string(area_path), std::string(community_path) + "%"})
      .has_value();
}

std::vector<int64_t> GridWorkersOf(store::Connection& c, int64_t grid_id) {
  std::vector<int64_t> out;
  for (const auto& r : c.Query(kGridWorkers, {grid_id})) out.push_back(r.Int(0));
  return out;
}

std::vector<int64_t> SupervisorAccountsOn(store::Connection& c, std::span<const int64_t> area_ids) {
  std::vector<int64_t> out;
  if (area_ids.empty()) return out;
  const std::vector<store::Value> ids(area_ids.begin(), area_ids.end());
  for (const auto& r :
       c.Query(fmt::format(fmt::runtime(kSupervisors), store::Marks(ids.size())), ids)) {
    out.push_back(r.Int(0));
  }
  return out;
}

}  // namespace linli::accounts
