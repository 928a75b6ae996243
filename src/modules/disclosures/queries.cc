#include "modules/disclosures/queries.h"

#include <set>

#include <fmt/format.h>

#include "modules/disclosures/permissions.h"
#include "modules/orgs/grant_places.h"

namespace linli::disclosures {
namespace {

constexpr std::string_view kAreaPath = "SELECT path FROM areas WHERE id = ?";

// The paths of every area at or above a place the actor holds a role in ("/1/4/9/" gives
// "/1/", "/1/4/" and "/1/4/9/").
std::set<std::string> PathsAbove(const auth::Actor& actor) {
  std::set<std::string> out;
  for (const auto& g : actor.grants) {
    const std::string& p = g.area_path;
    for (size_t i = 1; i < p.size(); ++i) {
      if (p[i] == '/') out.insert(p.substr(0, i + 1));
    }
  }
  return out;
}

}  // namespace

Result<Disclosure> Visible(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto d = Load(c, id);
  const auth::Actor who = orgs::WithOrgAreas(c, actor);
  if (!d || !(Allowed(who, Action::kWrite, d->area_path) ||
              (d->state == "published" && Allowed(who, Action::kRead, d->area_path)))) {
    return Error::NotFound(fmt::format("no disclosure {}", id));
  }
  return *d;
}

Result<Disclosure> GetDisclosure(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto d = Visible(c, actor, id);
  if (!d) return d.error();
  tx.Commit();
  return d;
}

Result<DisclosurePage> List(store::Connection& c, const auth::Actor& actor, const Filter& f,
                            const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  const auth::Actor who = orgs::WithOrgAreas(c, actor);
  const auth::ScopeFilter below = auth::AreaScope(who, ReadRoles(), "a.path");
  const auth::ScopeFilter writes = auth::AreaScope(who, WriteRoles(), "a.path");
  std::vector<store::Value> params(below.params.begin(), below.params.end());
  std::string read = below.sql;
  const auto above = PathsAbove(who);
  if (!above.empty()) {
    read += " OR a.path IN (";
    for (const auto& p : above) {
      read += params.size() > below.params.size() ? ", ?" : "?";
      params.emplace_back(p);
    }
    read += ")";
  }
  params.insert(params.end(), writes.params.begin(), writes.params.end());
  std::string where = fmt::format("((d.state = 'published' AND ({})) OR {})", read, writes.sql);
  const std::string state = f.state.value_or("published");
  if (state != "all") {
    where += " AND d.state = ?";
    params.emplace_back(state);
  }
  if (f.area_id) {
    auto row = c.QueryOne(kAreaPath, {*f.area_id});
    if (!row) return Error::Invalid("?area_id", fmt::format("no area {}", *f.area_id));
    const std::string path = row->Text(0);
    where += " AND a.path >= ? AND a.path < ?";
    params.emplace_back(path);
    params.emplace_back(auth::PathRangeEnd(path));
  }
  if (f.category) {
    where += " AND d.category = ?";
    params.emplace_back(*f.category);
  }
  if (f.mode) {
    where += " AND d.mode = ?";
    params.emplace_back(*f.mode);
  }
  DisclosurePage out;
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, where), params).front().Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY d.published_at DESC, d.id DESC"
                           " LIMIT ? OFFSET ?",
                           kColumns, kFrom, where),
               params)) {
    out.items.push_back(FromRow(r));
  }
  tx.Commit();
  return out;
}

}  // namespace linli::disclosures
