#include "modules/appeals/queries.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "modules/accounts/directory.h"
#include "modules/appeals/community_counts.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/partners.h"
#include "modules/appeals/permissions.h"
#include "modules/appeals/search_index.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/duty_zones/serving.h"
#include "modules/people/person.h"
#include "store/sql.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kFollowsMine =
    "SELECT 1 FROM appeals WHERE merged_into = ? AND resident_id = ? LIMIT 1";
constexpr std::string_view kGridName = "SELECT name FROM areas WHERE id = ?";
constexpr std::string_view kKindAt = "SELECT kind FROM areas WHERE path = ?";
constexpr std::string_view kNewestOfCommunity =
    "SELECT id FROM appeals WHERE community_path = ? ORDER BY id DESC LIMIT ?";
constexpr std::string_view kProvidersOf =
    "SELECT provider_id FROM service_provider_people WHERE person_id = ? ORDER BY provider_id";
constexpr std::array kUnitReps = {auth::Role::kUnitRep};
// Below this many code points the trigram index cannot match; LIKE answers instead.
constexpr size_t kTrigram = 3;

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (const char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// SQL true for the appeals dispatched to the actor: to them as a person, to a provider they are
// listed for, or to a unit whose party organisation they are a unit rep of (IsAssignee). The
// providers and units are read first (in the caller's read transaction) and written as lists,
// so that the statements using it hold no subqueries (each built a temporary table per run);
// a kind the actor stands for none of drops out.
std::string AssignedTo(store::Connection& c, const auth::Actor& actor,
                       std::vector<store::Value>& params) {
  std::string sql = "((a.assignee_kind = 'person' AND a.assignee_id = ?)";
  params.emplace_back(actor.person_id);
  const auto any_of = [&](std::string_view kind, const std::vector<store::Row>& rows) {
    if (rows.empty()) return;
    sql += fmt::format(" OR (a.assignee_kind = '{}' AND a.assignee_id IN ({}))", kind,
                       store::Marks(rows.size()));
    for (const auto& r : rows) params.emplace_back(r.Int(0));
  };
  any_of("provider", c.Query(kProvidersOf, {actor.person_id}));
  const auth::ScopeFilter reps = auth::OrgScope(actor, kUnitReps, "o.path");
  if (reps.unrestricted) {
    sql +=
        " OR (a.assignee_kind = 'unit' AND a.assignee_id IN (SELECT u.id FROM work_units u"
        " JOIN party_orgs o ON o.id = u.org_id))";
  } else if (!reps.none) {
    any_of("unit", c.Query(fmt::format("SELECT u.id FROM work_units u JOIN party_orgs o ON"
                                       " o.id = u.org_id WHERE {} ORDER BY u.id",
                                       reps.sql),
                           std::vector<store::Value>(reps.params.begin(), reps.params.end())));
  }
  return sql + ")";
}

// The caller's areas as SQL on appeals `a`: each top-most subtree of the read grants (a grant
// below another adds nothing) as its range of paths; a community's also as
// "a.community_path = ?", the same appeals (006_community.sql), which appeals_community walks
// newest first so that a page stops after its rows. The range stays beside it, so a filter
// that has an index with area_path (appeals_state) keeps using it.
struct InScope {
  std::string sql;
  std::vector<store::Value> params;
  // The subtrees' paths, when every one is a community or above one: their appeals are counted
  // by their communities' kept counts (community_counts.h).
  std::vector<std::string> counted;
};

InScope InScopeOf(store::Connection& c, const auth::ScopeFilter& scope) {
  InScope out;
  if (scope.unrestricted || scope.none) {
    out.sql = scope.sql;
    return out;
  }
  std::vector<std::string> tops;
  for (size_t i = 0; i < scope.params.size(); i += 2) tops.push_back(scope.params[i]);
  std::sort(tops.begin(), tops.end());
  tops.erase(
      std::unique(tops.begin(), tops.end(),
                  [](const std::string& above, const std::string& p) {
                    return p.starts_with(above);  // sorted: a path follows the paths above it
                  }),
      tops.end());
  // One lookup per subtree (usually one): an IN list would build a temporary table.
  std::set<std::string> communities;
  size_t counted = 0;  // subtrees at or above a community
  for (const auto& p : tops) {
    const auto kind = c.QueryOne(kKindAt, {p});
    if (!kind) continue;
    if (kind->Text(0) == "community") communities.insert(p);
    if (areas::KindRank(kind->Text(0)) <= areas::KindRank("community")) ++counted;
  }
  out.sql = "(";
  for (const auto& p : tops) {
    if (out.sql.size() > 1) out.sql += " OR ";
    if (communities.contains(p)) {
      out.sql += "(a.community_path = ? AND a.area_path >= ? AND a.area_path < ?)";
      out.params.emplace_back(p);
    } else {
      out.sql += "(a.area_path >= ? AND a.area_path < ?)";
    }
    out.params.emplace_back(p);
    out.params.emplace_back(auth::PathRangeEnd(p));
  }
  out.sql += ")";
  if (counted == tops.size()) out.counted = tops;
  return out;
}

}  // namespace

Result<AppealPage> ListAppeals(store::Connection& c, const auth::Actor& actor,
                               const AppealFilter& f, const http::Page& page) {
  // One read transaction: the total and the page are of the same moment.
  store::Tx tx(c, store::Tx::kRead);
  std::vector<store::Value> assigned_params;
  const std::string assigned = AssignedTo(c, actor, assigned_params);
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
      const SearchCondition text = ContainingText(*f.q);
      where += " AND " + text.sql;
      params.insert(params.end(), text.params.begin(), text.params.end());
    } else {
      where += " AND a.description LIKE ? ESCAPE '\\'";
      params.emplace_back(store::ContainsPattern(*f.q));
    }
  }
  // What the caller sees is the appeals of their areas, and outside them their own and those
  // assigned to them. Counted and paged as two parts (the second excludes the first), so the
  // areas' part reads its index alone; one OR of both made SQLite fetch every row of the scope.
  const auth::ScopeFilter scope = auth::AreaScope(actor, ReadRoles(), "a.area_path");
  const InScope areas_part = InScopeOf(c, scope);
  std::vector<store::Value> mine_params{actor.person_id};
  mine_params.insert(mine_params.end(), assigned_params.begin(), assigned_params.end());
  const std::string mine = "(a.resident_id = ? OR " + assigned + ")";
  const std::string in_scope = areas_part.sql + where;
  const std::string outside = fmt::format("{} AND NOT {}{}", mine, scope.sql, where);
  std::vector<store::Value> in_params = areas_part.params;
  in_params.insert(in_params.end(), params.begin(), params.end());
  std::vector<store::Value> out_params = mine_params;
  out_params.insert(out_params.end(), scope.params.begin(), scope.params.end());
  out_params.insert(out_params.end(), params.begin(), params.end());
  const auto count = [&c](const std::string& w, const std::vector<store::Value>& p) {
    return c.Query(fmt::format("SELECT count(*) FROM appeals a WHERE {}", w), p).front().Int(0);
  };
  AppealPage out;
  // Whole subtrees of communities, unfiltered: their communities' kept counts give the total.
  const bool whole = !scope.none && where.empty() && !areas_part.counted.empty();
  std::vector<CommunityCountRow> communities;
  if (whole) {
    for (const auto& top : areas_part.counted) {
      for (auto& row : CommunitiesIn(c, top)) {
        out.total += row.appeals;
        communities.push_back(std::move(row));
      }
    }
  } else if (!scope.none) {
    out.total = count(in_scope, in_params);
  }
  const int64_t in_total = out.total;
  const int64_t outside_total = scope.unrestricted ? 0 : count(outside, out_params);
  out.total += outside_total;
  // The page's ids first, from each part's newest (enough of them to reach the page; a part's
  // index walked newest first stops there), merged here; then the rows and their joins for
  // those ids only.
  const int64_t reach = page.per_page + page.Offset();
  const auto newest = [&c, reach](const std::string& w, std::vector<store::Value> p) {
    p.emplace_back(reach);
    std::vector<int64_t> ids;
    for (const auto& r : c.Query(
             fmt::format("SELECT a.id FROM appeals a WHERE {} ORDER BY a.id DESC LIMIT ?", w), p)) {
      ids.push_back(r.Int(0));
    }
    return ids;
  };
  // Whole subtrees (a subdistrict's, a district's): each community's newest from its own
  // index, merged, when that reads fewer entries (at most `reach` per community) than the
  // subtree's index read and sorted.
  std::vector<int64_t> in_ids;
  if (whole && static_cast<int64_t>(communities.size()) * reach <= std::max(in_total, reach)) {
    for (const auto& row : communities) {
      for (const auto& r : c.Query(kNewestOfCommunity, {row.community_path, reach})) {
        in_ids.push_back(r.Int(0));
      }
    }
    std::sort(in_ids.begin(), in_ids.end(), std::greater<>());
    if (static_cast<int64_t>(in_ids.size()) > reach) in_ids.resize(static_cast<size_t>(reach));
  } else if (!scope.none) {
    in_ids = newest(in_scope, in_params);
  }
  // (Usually none outside: then its ORDER BY ... LIMIT, which builds a temporary table, is not
  // run.)
  const std::vector<int64_t> out_ids =
      outside_total == 0 ? std::vector<int64_t>{} : newest(outside, out_params);
  std::vector<int64_t> merged;
  std::merge(in_ids.begin(), in_ids.end(), out_ids.begin(), out_ids.end(),
             std::back_inserter(merged), std::greater<>());
  // Each row by its id, with one prepared statement: an IN list of the ids would build a
  // temporary table per page, which cost more than the rows.
  static const std::string row_of =
      fmt::format("SELECT {} FROM {} WHERE a.id = ?", kAppealColumns, kAppealFrom);
  for (auto i = static_cast<size_t>(page.Offset());
       i < merged.size() && out.items.size() < static_cast<size_t>(page.per_page); ++i) {
    if (auto r = c.QueryOne(row_of, {merged[i]})) out.items.push_back(FromRow(*r));
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

Result<std::vector<Suggestion>> Suggest(store::Connection& c, const auth::Actor& actor,
                                        const AppealsConfig& config, int64_t id) {
  auto a = Load(c, id);
  if (!a || !MayRead(actor, *a)) return Error::NotFound(fmt::format("no appeal {}", id));
  if (!Is(actor, Party::kHandler, *a) && !Is(actor, Party::kSupervisor, *a)) {
    return Error::Forbidden("only those who dispatch appeals see the suggestions");
  }
  // The groups in the default order; the category's suggest_first group goes first.
  std::vector<std::pair<std::string, std::vector<Suggestion>>> groups = {
      {"duty_zone_member", {}}, {"grid_worker", {}}, {"unit", {}}, {"provider", {}}};
  auto entry = [&](int64_t person_id, std::string_view role, std::string reason) {
    return Suggestion{"person",          person_id,    std::string(role),         std::nullopt,
                      std::move(reason), std::nullopt, people::Load(c, person_id)};
  };
  if (a->grid_id) {  // above grid level: no one to suggest from the place
    const std::string grid = c.QueryOne(kGridName, {*a->grid_id})->Text(0);
    for (const auto& s : duty_zones::ServingOnGrid(c, *a->grid_id)) {
      auto o = entry(s.person_id, "duty_zone_member",
                     fmt::format("serves duty zone {} on grid {}", s.zone_name, grid));
      o.zone_id = s.zone_id;
      groups[0].second.push_back(std::move(o));
    }
    for (const int64_t person : accounts::GridWorkersOf(c, *a->grid_id)) {
      groups[1].second.push_back(
          entry(person, "grid_worker", fmt::format("grid worker of {}", grid)));
    }
  }
  if (auto community = areas::OnPathOfKind(c, a->area_path, "community")) {
    for (auto& o : SuggestPartners(c, config, community->id, a->category)) {
      (o.role == "unit" ? groups[2] : groups[3]).second.push_back(std::move(o));
    }
  }
  const AppealCategory* cat = CategoryOf(config, a->category);
  if (cat) {
    std::stable_partition(groups.begin(), groups.end(),
                          [&](const auto& g) { return g.first == cat->suggest_first; });
  }
  std::vector<Suggestion> out;
  for (auto& g : groups) {
    for (auto& o : g.second) out.push_back(std::move(o));
  }
  return out;
}

}  // namespace linli::appeals
