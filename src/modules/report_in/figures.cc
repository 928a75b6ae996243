#include "modules/report_in/figures.h"

#include <map>

#include <fmt/format.h>

#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/report_in/period.h"
#include "modules/report_in/permissions.h"

namespace linli::report_in {
namespace {

// Each statement yields (community id, figure...) for the communities under a path (bound
// as "<path>%"), grouped by community; the first has one row per community, even with none.
constexpr std::string_view kCommunities =
    "SELECT id, name FROM areas WHERE kind = 'community' AND path LIKE ? ORDER BY path";
constexpr std::string_view kReportIns =
    "SELECT r.community_id,"
    " sum(CASE WHEN r.kind = 'member' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN r.kind = 'member' AND r.status = 'confirmed' AND r.decided_at < ?"
    " THEN 1 ELSE 0 END),"
    " sum(CASE WHEN r.kind = 'unit' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN r.kind = 'unit' AND r.status = 'confirmed' AND r.decided_at < ?"
    " THEN 1 ELSE 0 END)"
    " FROM report_ins r JOIN areas c ON c.id = r.community_id"
    " WHERE c.path LIKE ? AND r.submitted_at < ? GROUP BY r.community_id";
constexpr std::string_view kService =
    "SELECT s.community_id, count(DISTINCT s.person_id), count(*), sum(s.minutes)"
    " FROM service_records s JOIN areas c ON c.id = s.community_id"
    " WHERE c.path LIKE ? AND s.status = 'confirmed' AND s.served_on BETWEEN ? AND ?"
    " GROUP BY s.community_id";
constexpr std::string_view kActiveInArea =
    "SELECT count(DISTINCT s.person_id) FROM service_records s"
    " JOIN areas c ON c.id = s.community_id"
    " WHERE c.path LIKE ? AND s.status = 'confirmed' AND s.served_on BETWEEN ? AND ?";
constexpr std::string_view kSheets =
    "SELECT f.community_id, sum(CASE WHEN f.sent_at IS NOT NULL THEN 1 ELSE 0 END),"
    " sum(CASE WHEN f.status = 'acknowledged' THEN 1 ELSE 0 END)"
    " FROM feedback_sheets f JOIN areas c ON c.id = f.community_id"
    " WHERE c.path LIKE ? AND f.year = ? GROUP BY f.community_id";

void Add(FigureSet& to, const FigureSet& f) {
  to.reported_in += f.reported_in;
  to.confirmed += f.confirmed;
  to.units_reported_in += f.units_reported_in;
  to.units_confirmed += f.units_confirmed;
  to.minutes += f.minutes;
  to.services += f.services;
  to.sheets_sent += f.sheets_sent;
  to.sheets_acknowledged += f.sheets_acknowledged;
}

}  // namespace

Result<Figures> GetFigures(store::Connection& c, const auth::Actor& actor, int64_t area_id,
                           int64_t year) {
  store::Tx tx(c, store::Tx::kRead);
  auto area = areas::Load(c, area_id);
  if (!area || !areas::Allowed(actor, areas::Action::kRead, *area)) {
    return Error::NotFoundField("?area_id", fmt::format("no area {}", area_id));
  }
  if (areas::KindRank(area->kind) > areas::KindRank("community")) {
    return Error::Invalid("?area_id", fmt::format("{} is a {}: figures are kept per community "
                                                  "and the areas above",
                                                  area->name, area->kind));
  }
  if (!Allowed(actor, Action::kFigures, {area->path, "", 0, false})) return Error::Forbidden();
  const Year y = YearOf(year);
  const std::string under = area->path + "%";
  std::map<int64_t, FigureSet> by;
  Figures out{area->id, area->name, area->kind, year, {}, {}};
  for (const auto& r : c.Query(kCommunities, {under})) {
    out.communities.push_back({r.Int(0), r.Text(1), {}});
  }
  for (const auto& r : c.Query(kReportIns, {y.end_ms, y.end_ms, under, y.end_ms})) {
    FigureSet& f = by[r.Int(0)];
    f.reported_in = r.Int(1);
    f.confirmed = r.Int(2);
    f.units_reported_in = r.Int(3);
    f.units_confirmed = r.Int(4);
  }
  for (const auto& r : c.Query(kService, {under, y.first_day, y.last_day})) {
    FigureSet& f = by[r.Int(0)];
    f.active = r.Int(1);
    f.services = r.Int(2);
    f.minutes = r.Int(3);
  }
  for (const auto& r : c.Query(kSheets, {under, year})) {
    FigureSet& f = by[r.Int(0)];
    f.sheets_sent = r.Int(1);
    f.sheets_acknowledged = r.Int(2);
  }
  for (auto& cf : out.communities) {
    cf.figures = by[cf.id];
    Add(out.totals, cf.figures);
  }
  out.totals.active = c.QueryInt(kActiveInArea, {under, y.first_day, y.last_day});
  tx.Commit();
  return out;
}

}  // namespace linli::report_in
