#include "modules/areas/queries.h"

#include <fmt/format.h>

#include "store/sql.h"

#include "modules/areas/permissions.h"

namespace linli::areas {
AreaPage ListAreas(store::Connection& c, const auth::Actor& actor, const AreaFilter& f,
                   const store::Page& page) {
  const auth::ScopeFilter scope = auth::AreaScope(actor, ReadRoles(), "a.path");
  AreaPage out;
  if (scope.none) return out;
  std::string where = scope.sql;
  std::vector<store::Value> params(scope.params.begin(), scope.params.end());
  if (f.parent_id) {
    where += " AND a.parent_id = ?";
    params.emplace_back(*f.parent_id);
  }
  if (f.kind) {
    where += " AND a.kind = ?";
    params.emplace_back(*f.kind);
  }
  if (f.q) {
    where += " AND a.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::ContainsPattern(*f.q));
  }
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM areas a WHERE {}", where), params).front().Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM areas a WHERE {} ORDER BY a.path"
                                           " LIMIT ? OFFSET ?",
                                           kAreaColumns, where),
                               params)) {
    out.items.push_back(FromRow(r));
  }
  return out;
}

Result<std::pair<Area, std::vector<Area>>> GetArea(store::Connection& c, const auth::Actor& actor,
                                                   int64_t id) {
  auto a = Load(c, id);
  if (!a || !Allowed(actor, Action::kRead, *a))
    return Error::NotFound(fmt::format("no area {}", id));
  auto anc = Ancestors(c, *a);
  return std::make_pair(std::move(*a), std::move(anc));
}

Result<Subtree> GetSubtree(store::Connection& c, const auth::Actor& actor, int64_t id,
                           int64_t max_depth, int64_t limit) {
  auto a = Load(c, id);
  if (!a || !Allowed(actor, Action::kRead, *a))
    return Error::NotFound(fmt::format("no area {}", id));
  const auth::ScopeFilter scope = auth::AreaScope(actor, ReadRoles(), "a.path");
  std::vector<store::Value> params{a->path + "%", a->depth + max_depth};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  params.emplace_back(id);
  params.emplace_back(limit + 1);
  Subtree out;
  out.items.push_back(*a);
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM areas a WHERE a.path LIKE ? AND a.depth <= ? AND {}"
                           " AND a.id <> ? ORDER BY a.path LIMIT ?",
                           kAreaColumns, scope.sql),
               params)) {
    out.items.push_back(FromRow(r));
  }
  if (static_cast<int64_t>(out.items.size()) > limit) {
    out.items.resize(static_cast<size_t>(limit));
    out.truncated = true;
  }
  return out;
}

}  // namespace linli::areas
