// Read side of the people module: lists are masked and filtered by the actor's scope.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/people/person.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::people {

struct PersonFilter {
  std::optional<int64_t> area_id;   // the area and everything below it
  std::optional<std::string> q;     // part of the name
  std::optional<std::string> role;  // holds this role somewhere
};

struct PersonPage {
  std::vector<Person> items;
  int64_t total = 0;
};

class RoleSource;
// `roles` answers the role filter (role_source.h); without one, nobody holds a role.
Result<PersonPage> ListPeople(store::Connection& c, const auth::Actor& actor, const PersonFilter& f,
                              const store::Page& page, const RoleSource* roles);
Result<Person> GetPerson(store::Connection& c, const auth::Actor& actor, int64_t id);
// A role grant a person holds, on an area or a party organisation.
// A role a person holds, as the person's page shows it (role_source.h).
struct PersonRole {
  int64_t id = 0;
  std::string role;
  std::optional<int64_t> area_id;
  std::string area_name;
  std::optional<int64_t> org_id;
  std::string org_name;
};

}  // namespace linli::people
