#include "modules/orgs/queries.h"

#include <fmt/format.h>

#include "store/sql.h"

#include "modules/orgs/permissions.h"

namespace linli::orgs {
namespace {

constexpr std::string_view kAreaPath = "SELECT path FROM areas WHERE id = ?";
constexpr std::string_view kOrgsInSubtree = "SELECT count(*) FROM party_orgs WHERE path LIKE ?";

// The rows of `kOrgFrom` the actor may read: a role held on the area an organisation sits in
// (or above it), or on the organisation (or above it).
struct Scope {
  std::string sql;
  std::vector<store::Value> params;
  bool none = false;
};

Scope ReadScope(const auth::Actor& actor) {
  const auth::ScopeFilter by_area = auth::AreaScope(actor, ReadRoles(), "a.path");
  const auth::ScopeFilter by_org = auth::OrgScope(actor, ReadRoles(), "o.path");
  Scope s;
  if (by_area.unrestricted || by_org.unrestricted) {
    s.sql = "1=1";
    return s;
  }
  if (by_area.none && by_org.none) {
    s.none = true;
    s.sql = "1=0";
    return s;
  }
  s.sql = fmt::format("({} OR {})", by_area.sql, by_org.sql);
  s.params.insert(s.params.end(), by_area.params.begin(), by_area.params.end());
  s.params.insert(s.params.end(), by_org.params.begin(), by_org.params.end());
  return s;
}

}  // namespace

Result<Org> VisibleOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                       std::string_view what) {
  auto o = Load(c, id);
  if (!o || !Allowed(actor, Action::kRead, *o)) {
    return Error::NotFound(fmt::format("no {} {}", what, id));
  }
  return *o;
}

Result<OrgPage> ListOrgs(store::Connection& c, const auth::Actor& actor, const OrgFilter& f,
                         const store::Page& page) {
  const Scope scope = ReadScope(actor);
  OrgPage out;
  if (scope.none) return out;
  std::string where = scope.sql;
  std::vector<store::Value> params = scope.params;
  if (f.parent_id) {
    where += " AND o.parent_id = ?";
    params.emplace_back(*f.parent_id);
  }
  if (f.area_id) {
    auto row = c.QueryOne(kAreaPath, {*f.area_id});
    if (!row) return Error::Invalid("?area_id", fmt::format("no area {}", *f.area_id));
    where += " AND a.path LIKE ?";
    params.emplace_back(row->Text(0) + "%");
  }
  if (f.kind) {
    where += " AND o.kind = ?";
    params.emplace_back(*f.kind);
  }
  if (f.q) {
    where += " AND o.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::ContainsPattern(*f.q));
  }
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kOrgFrom, where), params)
                  .front()
                  .Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY o.path"
                                           " LIMIT ? OFFSET ?",
                                           kOrgColumns, kOrgFrom, where),
                               params)) {
    out.items.push_back(FromRow(r));
  }
  return out;
}

Result<OrgView> GetOrg(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = VisibleOrg(c, actor, id);
  if (!o) return o.error();
  OrgView v;
  v.ancestors = Ancestors(c, *o);
  v.direct = DirectCounts(c, *o);
  v.subtree = SubtreeCounts(c, *o);
  v.org = std::move(*o);
  tx.Commit();
  return v;
}

Result<Subtree> GetSubtree(store::Connection& c, const auth::Actor& actor, int64_t id,
                           int64_t limit) {
  auto o = VisibleOrg(c, actor, id);
  if (!o) return o.error();
  const Scope scope = ReadScope(actor);
  std::vector<store::Value> params{o->path + "%"};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  params.emplace_back(id);
  params.emplace_back(limit + 1);
  Subtree out;
  out.items.push_back(*o);
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE o.path LIKE ? AND {}"
                                           " AND o.id <> ? ORDER BY o.path LIMIT ?",
                                           kOrgColumns, kOrgFrom, scope.sql),
                               params)) {
    out.items.push_back(FromRow(r));
  }
  if (static_cast<int64_t>(out.items.size()) > limit) {
    out.items.resize(static_cast<size_t>(limit));
    out.truncated = true;
  }
  return out;
}

Result<ChecksReport> GetChecks(store::Connection& c, const auth::Actor& actor, int64_t id,
                               const OrgRules& rules) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = VisibleOrg(c, actor, id);
  if (!o) return o.error();
  ChecksReport r;
  r.counts = SubtreeCounts(c, *o);
  r.orgs_counted = c.QueryInt(kOrgsInSubtree, {o->path + "%"});
  r.checks = CheckFormation({o->kind, o->joint, r.counts.members, r.counts.full}, rules);
  r.org = std::move(*o);
  tx.Commit();
  return r;
}

}  // namespace linli::orgs
