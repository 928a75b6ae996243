#include "modules/duty_zones/zone.h"

#include <fmt/format.h>

namespace linli::duty_zones {
namespace {
constexpr size_t kPersonColumnCount = 13;  // columns of people::kPersonColumns
}  // namespace

const std::string_view kZoneColumns =
    "z.id, z.grid_id, g.name, g.path, z.name, z.created_at, z.updated_at";
const std::string_view kZoneFrom = "duty_zones z JOIN areas g ON g.id = z.grid_id";

Zone FromRow(const store::Row& r) {
  Zone z;
  z.id = r.Int(0);
  z.grid_id = r.Int(1);
  z.grid_name = r.Text(2);
  z.grid_path = r.Text(3);
  z.name = r.Text(4);
  z.created_at = r.Int(5);
  z.updated_at = r.Int(6);
  return z;
}

std::optional<Zone> Load(store::Connection& c, int64_t id) {
  auto row =
      c.QueryOne(fmt::format("SELECT {} FROM {} WHERE z.id = ?", kZoneColumns, kZoneFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

std::vector<ZoneMember> MembersOf(store::Connection& c, int64_t zone_id) {
  std::vector<ZoneMember> out;
  for (const auto& r :
       c.Query(fmt::format(
                   "SELECT {}, m.org_id, m.status FROM duty_zone_members zm"
                   " JOIN persons p ON p.id = zm.person_id LEFT JOIN areas a ON a.id = p.area_id"
                   " LEFT JOIN party_members m ON m.person_id = p.id"
                   " WHERE zm.zone_id = ? ORDER BY p.name, p.id",
                   people::kPersonColumns),
               {zone_id})) {
    ZoneMember m;
    m.person = people::FromRow(r);
    m.org_id = r.OptInt(kPersonColumnCount);
    m.status = r.OptText(kPersonColumnCount + 1);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace linli::duty_zones
