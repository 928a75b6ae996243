// A read-only interface for modules whose subjects sit in areas: a role held on a party
// organisation also covers the area that organisation sits in, for reading.
#pragma once

#include "auth/actor.h"
#include "store/database.h"

namespace linli::orgs {

// A copy of `actor` in which every grant held on an organisation also carries the path of the
// area the organisation sits in. Use it to decide reads only; writes stay with the grants as
// they are.
auth::Actor WithOrgAreas(store::Connection& c, const auth::Actor& actor);

}  // namespace linli::orgs
