#include "modules/duty_zones/queries.h"

#include <fmt/format.h>

#include "modules/duty_zones/permissions.h"
#include "modules/orgs/grant_places.h"

namespace linli::duty_zones {
namespace {
constexpr std::string_view kAreaPath = "SELECT path FROM areas WHERE id = ?";
}  // namespace

Result<Zone> VisibleZone(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto z = Load(c, id);
  if (!z || !Allowed(orgs::WithOrgAreas(c, actor), Action::kRead, z->grid_path)) {
    return Error::NotFound(fmt::format("no duty zone {}", id));
  }
  return *z;
}

Result<ZonePage> ListZones(store::Connection& c, const auth::Actor& actor, const ZoneFilter& f,
                           const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  const auth::ScopeFilter scope =
      auth::AreaScope(orgs::WithOrgAreas(c, actor), ReadRoles(), "g.path");
  ZonePage out;
  if (scope.none) return out;
  std::string where = scope.sql;
  std::vector<store::Value> params(scope.params.begin(), scope.params.end());
  if (f.grid_id) {
    where += " AND z.grid_id = ?";
    params.emplace_back(*f.grid_id);
  }
  if (f.area_id) {
    auto row = c.QueryOne(kAreaPath, {*f.area_id});
    if (!row) return Error::Invalid("?area_id", fmt::format("no area {}", *f.area_id));
    where += " AND g.path LIKE ?";
    params.emplace_back(row->Text(0) + "%");
  }
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kZoneFrom, where), params)
                  .front()
                  .Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY g.path, z.name"
                                           " LIMIT ? OFFSET ?",
                                           kZoneColumns, kZoneFrom, where),
                               params)) {
    Zone z = FromRow(r);
    auto members = MembersOf(c, z.id);
    out.items.push_back({std::move(z), std::move(members)});
  }
  tx.Commit();
  return out;
}

Result<ZoneView> GetZone(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto z = VisibleZone(c, actor, id);
  if (!z) return z.error();
  ZoneView item{std::move(*z), MembersOf(c, id)};
  tx.Commit();
  return item;
}

}  // namespace linli::duty_zones
