#include "modules/people/queries.h"

#include <fmt/format.h>

#include "store/sql.h"

#include "modules/people/permissions.h"

namespace linli::people {
namespace {
constexpr std::string_view kRoles =
    "SELECT g.id, g.role, g.area_id, ar.name, g.org_id, o.name FROM role_grants g"
    " LEFT JOIN areas ar ON ar.id = g.area_id LEFT JOIN party_orgs o ON o.id = g.org_id"
    " WHERE g.person_id = ? ORDER BY g.id";

}  // namespace

Result<PersonPage> ListPeople(store::Connection& c, const auth::Actor& actor, const PersonFilter& f,
                              const store::Page& page) {
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
    where += " AND EXISTS (SELECT 1 FROM role_grants g WHERE g.person_id = p.id AND g.role = ?)";
    params.emplace_back(*f.role);
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

std::vector<PersonRole> RolesOf(store::Connection& c, int64_t person_id) {
  std::vector<PersonRole> out;
  for (const auto& g : c.Query(kRoles, {person_id})) {
    PersonRole r{.id = g.Int(0), .role = g.Text(1)};
    if (!g.IsNull(2)) {
      r.area_id = g.Int(2);
      r.area_name = g.Text(3);
    }
    if (!g.IsNull(4)) {
      r.org_id = g.Int(4);
      r.org_name = g.Text(5);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace linli::people
