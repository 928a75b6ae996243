#include "modules/people/queries.h"

#include <fmt/format.h>

#include "store/sql.h"

#include "modules/people/permissions.h"
#include "modules/people/role_source.h"

namespace linli::people {
Result<PersonPage> ListPeople(store::Connection& c, const auth::Actor& actor, const PersonFilter& f,
                              const store::Page& page, const RoleSource* roles) {
  const auth::ScopeFilter scope = auth::AreaScope(actor, ReadRoles(), "a.path");
  PersonPage out;
  if (scope.none) return Error::Forbidden("your role does not list people");
  std::string where = scope.sql;
  std::vector<store::Value> params(scope.params.begin(), scope.params.end());
  if (scope.unrestricted) where = "1=1";
  if (f.area_id) {
    // An area that does not exist and one outside the caller's scope answer alike, so that
    // ids cannot be probed.
    auto row = c.QueryOne("SELECT path FROM areas WHERE id = ?", {*f.area_id});
    const std::string path = row ? row->Text(0) : "";
    if (!row || !(actor.Allows(ReadRoles(), {path, ""}) || actor.SeesAbove(ReadRoles(), path))) {
      return Error::NotFoundField("?area_id", fmt::format("no area {}", *f.area_id));
    }
    where += " AND a.path LIKE ?";
    params.emplace_back(row->Text(0) + "%");
  }
  if (f.q) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::ContainsPattern(*f.q));
  }
  if (f.role) {
    // Without a source of roles nobody holds one.
    where += roles ? " AND " + roles->HoldsRole("p.id") : std::string(" AND 0");
    if (roles) params.emplace_back(*f.role);
  }
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kPersonFrom, where), params)
                  .front()
                  .Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY p.id LIMIT ? OFFSET ?",
                           kPersonColumns, kPersonFrom, where),
               params)) {
    out.items.push_back(FromRow(r));
  }
  return out;
}

Result<Person> GetPerson(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto p = Load(c, id);
  if (!p || !Allowed(actor, Action::kRead, *p)) {
    return Error::NotFound(fmt::format("no person {}", id));
  }
  return *p;
}

}  // namespace linli::people
