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

}  // namespace

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
