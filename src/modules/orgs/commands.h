// One command per use case on the organisation tree. Each checks permission, validates its
// rules, writes in one transaction with its event, and returns the organisation as it now is.
#pragma once

#include "auth/actor.h"
#include "core/result.h"
#include "modules/orgs/forms.h"
#include "modules/orgs/org.h"
#include "store/database.h"

namespace linli::orgs {

// A new organisation. An area or parent the caller cannot see is a 404 naming the field.
// Rules: the caller may write in the area (403 otherwise); under a parent, the kind is one the
// parent's kind may hold (MayContain) and the area lies in the parent's area or below it;
// without a parent, the kind may stand alone; the name is free among its siblings (among the
// roots of its area for a root).
Result<Org> CreateOrg(store::Connection& c, const auth::Actor& actor, const CreateOrgForm& f);
// Renames, sets the joint flag (a branch only), or moves the organisation to another area,
// which must lie in the parent's area and hold the areas of its children.
Result<Org> UpdateOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                      const UpdateOrgForm& f);
// Moves an organisation with its whole subtree under a new parent. Rules: not under itself or
// below it; the new parent's kind may hold it; its area lies in the new parent's area; the name
// is free among the new siblings.
Result<Org> MoveOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                    const MoveOrgForm& f);

}  // namespace linli::orgs
