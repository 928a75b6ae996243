#include "modules/report_in/work_units.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/orgs/org.h"
#include "modules/orgs/permissions.h"
#include "modules/report_in/permissions.h"
#include "store/sql.h"

namespace linli::report_in {
namespace {

constexpr std::string_view kColumns =
    "u.id, u.name, u.kind, u.org_id, o.name, o.path, a.path, u.created_at, u.updated_at";
constexpr std::string_view kFrom =
    "work_units u JOIN party_orgs o ON o.id = u.org_id JOIN areas a ON a.id = o.area_id";
constexpr std::string_view kInsert =
    "INSERT INTO work_units (name, kind, org_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kNamed = "SELECT id FROM work_units WHERE name = ?";
constexpr std::string_view kReportedIn =
    "SELECT 1 FROM report_ins WHERE kind = 'unit' AND unit_id = ? AND community_id = ?"
    " AND status = 'confirmed' LIMIT 1";
constexpr std::string_view kOfOrg = "SELECT name FROM work_units WHERE org_id = ?";

WorkUnit FromRow(const store::Row& r) {
  return {r.Int(0),  r.Text(1), r.Text(2), r.Int(3), r.Text(4),
          r.Text(5), r.Text(6), r.Int(7),  r.Int(8)};
}

}  // namespace

std::optional<WorkUnit> LoadUnit(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE u.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

bool UnitReportedIn(store::Connection& c, int64_t unit_id, int64_t community_id) {
  return c.QueryOne(kReportedIn, {unit_id, community_id}).has_value();
}

Result<WorkUnit> CreateUnit(store::Connection& c, const auth::Actor& actor, const UnitForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto org = orgs::Load(c, f.org_id);
  if (!org || !orgs::Allowed(actor, orgs::Action::kRead, *org)) {
    return Error::NotFoundField("/org_id", fmt::format("no party organisation {}", f.org_id));
  }
  if (!Allowed(actor, Action::kWriteUnit, {org->area_path, org->path, 0, false})) {
    return Error::Forbidden();
  }
  if (auto other = c.QueryOne(kOfOrg, {f.org_id})) {
    return Error::Conflict(
        fmt::format("{} is already the party organisation of {}", org->name, other->Text(0)),
        "/org_id");
  }
  if (c.QueryOne(kNamed, {f.name})) {
    return Error::Conflict(fmt::format("a work unit named {} already exists", f.name), "/name");
  }
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsert, {f.name, f.kind, f.org_id, now, now}).front().Int(0);
  record::EventLog::Append(c, EventBy(actor, "work_unit.create", "work_unit", id, org->area_path,
                                      {{"name", f.name}, {"kind", f.kind}, {"org_id", f.org_id}}));
  auto unit = *LoadUnit(c, id);
  tx.Commit();
  return unit;
}

Result<UnitPage> ListUnits(store::Connection& c, const auth::Actor& actor,
                           const std::optional<std::string>& q, const store::Page& page) {
  if (!Allowed(actor, Action::kReadUnit, {})) return Error::Forbidden();
  store::Tx tx(c, store::Tx::kRead);
  std::string where = "1=1";
  std::vector<store::Value> params;
  if (q) {
    where += " AND u.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::ContainsPattern(*q));
  }
  UnitPage out;
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, where), params).front().Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY u.name, u.id LIMIT ? OFFSET ?",
                           kColumns, kFrom, where),
               params)) {
    out.items.push_back(FromRow(r));
  }
  tx.Commit();
  return out;
}

Result<WorkUnit> GetUnit(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto u = LoadUnit(c, id);
  if (!u || !Allowed(actor, Action::kReadUnit, {})) {
    return Error::NotFound(fmt::format("no work unit {}", id));
  }
  return *u;
}

}  // namespace linli::report_in
