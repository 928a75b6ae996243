#include "modules/appeals/queries.h"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

#include "modules/appeals/flow.h"
#include "modules/appeals/partners.h"
#include "modules/appeals/permissions.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/people/person.h"
#include "store/sql.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kFollowsMine =
    "SELECT 1 FROM appeals WHERE merged_into = ? AND resident_id = ? LIMIT 1";
constexpr std::string_view kZoneMembers =
    "SELECT z.id, z.name, m.person_id FROM duty_zones z JOIN duty_zone_members m"
    " ON m.zone_id = z.id WHERE z.grid_id = ? ORDER BY z.name, m.person_id";
constexpr std::string_view kGridWorkers =
    "SELECT DISTINCT person_id FROM role_grants WHERE role = 'grid_worker' AND area_id = ?"
    " ORDER BY person_id";
constexpr std::string_view kGridName = "SELECT name FROM areas WHERE id = ?";
constexpr std::array kUnitReps = {auth::Role::kUnitRep};
// Below this many code points the trigram index cannot match; LIKE answers instead.
constexpr size_t kTrigram = 3;

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// An FTS5 phrase: the text in double quotes, inner quotes doubled.
std::string Phrase(std::string_view q) {
  std::string out = "\"";
  for (const char ch : q) {
    out += ch;
    if (ch == '"') out += '"';
  }
  return out + "\"";
}

// SQL true for the appeals dispatched to the actor: to them as a person, to a provider they are
// listed for, or to a unit whose party organisation they are a unit rep of (IsAssignee).
std::string AssignedTo(const auth::Actor& actor, std::vector<store::Value>& params) {
  const auth::ScopeFilter reps = auth::OrgScope(actor, kUnitReps, "o.path");
  params.emplace_back(actor.person_id);
  params.emplace_back(actor.person_id);
  params.insert(params.end(), reps.params.begin(), reps.params.end());
  return fmt::format(
      "((a.assignee_kind = 'person' AND a.assignee_id = ?) OR (a.assignee_kind = 'provider' AND"
      " a.assignee_id IN (SELECT provider_id FROM service_provider_people WHERE person_id = ?))"
      " OR (a.assignee_kind = 'unit' AND a.assignee_id IN (SELECT u.id FROM work_units u"
      " JOIN party_orgs o ON o.id = u.org_id WHERE {})))",
      reps.sql);
}

}  // namespace

Result<AppealPage> ListAppeals(store::Connection& c, const auth::Actor& actor,
                               const AppealFilter& f, const http::Page& page) {
  std::vector<store::Value> assigned_params;
  const std::string assigned = AssignedTo(actor, assigned_params);
  // The filters, ANDed to each part of the visible set below.
  std::string where;
  std::vector<store::Value> params;
  if (f.state) {
    where += " AND a.state = ?";
    params.emplace_back(*f.state);
  }
  if (f.category) {
    where += " AND a.category = ?";
    params.emplace_back(*f.category);
  }
  if (f.area_id) {
    auto area = areas::Load(c, *f.area_id);
    if (!area || !areas::Allowed(actor, areas::Action::kRead, *area)) {
      return Error::NotFoundField("?area_id", fmt::format("no area {}", *f.area_id));
    }
    where += " AND a.area_path >= ? AND a.area_path < ?";
    params.emplace_back(area->path);
    params.emplace_back(auth::PathRangeEnd(area->path));
  }
  if (f.assigned_to_me) {
    where += " AND " + assigned;
    params.insert(params.end(), assigned_params.begin(), assigned_params.end());
  }
  if (f.overdue) {
    where += fmt::format(" AND {}({})", *f.overdue ? "" : "NOT ", kpi::kOverdueCondition);
  }
  if (f.kpi) where += fmt::format(" AND ({})", kpi::Def(*f.kpi).condition);
  if (f.supervised) {
    where += *f.supervised ? " AND EXISTS (SELECT 1 FROM appeal_supervisions s"
                             " WHERE s.appeal_id = a.id)"
                           : " AND NOT EXISTS (SELECT 1 FROM appeal_supervisions s"
                             " WHERE s.appeal_id = a.id)";
  }
  if (f.from_ms) {
    where += " AND a.created_at >= ?";
    params.emplace_back(*f.from_ms);
  }
  if (f.to_ms) {
    where += " AND a.created_at < ?";
    params.emplace_back(*f.to_ms);
  }
  if (f.q) {
    if (CodePoints(*f.q) >= kTrigram) {
      where += " AND a.id IN (SELECT rowid FROM appeals_fts WHERE appeals_fts MATCH ?)";
      params.emplace_back(Phrase(*f.q));
    } else {
      where += " AND a.description LIKE ? ESCAPE '\\'";
      params.emplace_back(store::ContainsPattern(*f.q));
    }
  }
  // What the caller sees is the appeals of their areas, and outside them their own and those
  // assigned to them. Counted and paged as two parts (the second excludes the first), so the
  // areas' part reads its index alone; one OR of both made SQLite fetch every row of the scope.
  const auth::ScopeFilter scope = auth::AreaScope(actor, ReadRoles(), "a.area_path");
  std::vector<store::Value> mine_params{actor.person_id};
  mine_params.insert(mine_params.end(), assigned_params.begin(), assigned_params.end());
  const std::string mine = "(a.resident_id = ? OR " + assigned + ")";
  const std::string in_scope = scope.sql + where;
  const std::string outside = fmt::format("{} AND NOT {}{}", mine, scope.sql, where);
  std::vector<store::Value> in_params(scope.params.begin(), scope.params.end());
  in_params.insert(in_params.end(), params.begin(), params.end());
  std::vector<store::Value> out_params = mine_params;
  out_params.insert(out_params.end(), scope.params.begin(), scope.params.end());
  out_params.insert(out_params.end(), params.begin(), params.end());
  const auto count = [&c](const std::string& w, const std::vector<store::Value>& p) {
    return c.Query(fmt::format("SELECT count(*) FROM appeals a WHERE {}", w), p).front().Int(0);
  };
  AppealPage out;
  out.total = (scope.none ? 0 : count(in_scope, in_params)) +
              (scope.unrestricted ? 0 : count(outside, out_params));
  // The page's ids first, from each part's newest (enough of them to reach the page), then the
  // rows and their joins for those ids only.
  const int64_t reach = page.per_page + page.Offset();
  std::vector<store::Value> all = in_params;
  all.emplace_back(reach);
  all.insert(all.end(), out_params.begin(), out_params.end());
  all.emplace_back(reach);
  all.emplace_back(page.per_page);
  all.emplace_back(page.Offset());
  const std::string ids = fmt::format(
      "SELECT id FROM (SELECT a.id AS id FROM appeals a WHERE {} ORDER BY a.id DESC LIMIT ?)"
      " UNION ALL SELECT id FROM (SELECT a.id AS id FROM appeals a WHERE {} ORDER BY a.id DESC"
      " LIMIT ?) ORDER BY id DESC LIMIT ? OFFSET ?",
      in_scope, outside);
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE a.id IN ({}) ORDER BY a.id"
                                           " DESC",
                                           kAppealColumns, kAppealFrom, ids),
                               all)) {
    out.items.push_back(FromRow(r));
  }
  return out;
}

Result<AppealView> GetAppeal(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto a = Load(c, id);
  const bool seen = a && (MayRead(actor, *a) || (actor.person_id != 0 &&
                                                 c.QueryOne(kFollowsMine, {id, actor.person_id})));
  if (!seen) return Error::NotFound(fmt::format("no appeal {}", id));
  AppealView v{*a, StepsOf(c, id), SupervisionsOf(c, id), std::nullopt, PhotosOf(c, id)};
  if (a->merged_into) v.follows = Load(c, *a->merged_into);
  return v;
}

Result<boost::json::array> Suggest(store::Connection& c, const auth::Actor& actor,
                                   const AppealsConfig& config, int64_t id) {
  auto a = Load(c, id);
  if (!a || !MayRead(actor, *a)) return Error::NotFound(fmt::format("no appeal {}", id));
  if (!Is(actor, Party::kHandler, *a) && !Is(actor, Party::kSupervisor, *a)) {
    return Error::Forbidden("only those who dispatch appeals see the suggestions");
  }
  // The groups in the default order; the category's suggest_first group goes first.
  std::vector<std::pair<std::string, boost::json::array>> groups = {
      {"duty_zone_member", {}}, {"grid_worker", {}}, {"unit", {}}, {"provider", {}}};
  auto entry = [&](int64_t person_id, std::string_view role, std::string reason) {
    auto p = people::Load(c, person_id);
    boost::json::object o{{"assignee_kind", "person"},
                          {"assignee_id", person_id},
                          {"role", role},
                          {"reason", std::move(reason)}};
    o["person"] = p ? boost::json::value(people::ToJson(*p)) : nullptr;
    return o;
  };
  if (a->grid_id) {  // above grid level: no one to suggest from the place
    const std::string grid = c.QueryOne(kGridName, {*a->grid_id})->Text(0);
    for (const auto& r : c.Query(kZoneMembers, {*a->grid_id})) {
      auto o = entry(r.Int(2), "duty_zone_member",
                     fmt::format("serves duty zone {} on grid {}", r.Text(1), grid));
      o["zone_id"] = r.Int(0);
      groups[0].second.push_back(std::move(o));
    }
    for (const auto& r : c.Query(kGridWorkers, {*a->grid_id})) {
      groups[1].second.push_back(
          entry(r.Int(0), "grid_worker", fmt::format("grid worker of {}", grid)));
    }
  }
  if (auto community = areas::OnPathOfKind(c, a->area_path, "community")) {
    for (auto& v : SuggestPartners(c, config, community->id, a->category)) {
      auto& o = v.as_object();
      (o.at("role") == "unit" ? groups[2] : groups[3]).second.push_back(std::move(o));
    }
  }
  const AppealCategory* cat = CategoryOf(config, a->category);
  if (cat) {
    std::stable_partition(groups.begin(), groups.end(),
                          [&](const auto& g) { return g.first == cat->suggest_first; });
  }
  boost::json::array out;
  for (auto& g : groups) {
    for (auto& o : g.second) out.push_back(std::move(o));
  }
  return out;
}

}  // namespace linli::appeals
