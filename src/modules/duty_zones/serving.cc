#include "modules/duty_zones/serving.h"

namespace linli::duty_zones {
namespace {

constexpr std::string_view kServesUnder =
    "SELECT 1 FROM duty_zone_members m JOIN duty_zones z ON z.id = m.zone_id"
    " JOIN areas g ON g.id = z.grid_id WHERE m.person_id = ? AND g.path LIKE ? LIMIT 1";
constexpr std::string_view kServingOnGrid =
    "SELECT z.id, z.name, m.person_id FROM duty_zones z JOIN duty_zone_members m"
    " ON m.zone_id = z.id WHERE z.grid_id = ? ORDER BY z.name, m.person_id";

}  // namespace

bool ServesUnder(store::Connection& c, int64_t person_id, std::string_view path) {
  return c.QueryOne(kServesUnder, {person_id, std::string(path) + "%"}).has_value();
}

std::vector<Serving> ServingOnGrid(store::Connection& c, int64_t grid_id) {
  std::vector<Serving> out;
  for (const auto& r : c.Query(kServingOnGrid, {grid_id})) {
    out.push_back({r.Int(0), r.Text(1), r.Int(2)});
  }
  return out;
}

}  // namespace linli::duty_zones
