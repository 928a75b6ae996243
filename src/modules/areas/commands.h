// One command per use case. Each validates its rules, checks permission, writes in one
// transaction with its event, and returns the area as it now is.
#pragma once

#include "auth/actor.h"
#include "core/result.h"
#include "modules/areas/area.h"
#include "modules/areas/forms.h"
#include "store/database.h"

namespace linli::areas {

// A new area under form.parent_id (a root city when absent). Rules: the kind ranks below the
// parent's; the name is unique among its siblings.
Result<Area> CreateArea(store::Connection& c, const auth::Actor& actor, const CreateAreaForm& f);
Result<Area> UpdateArea(store::Connection& c, const auth::Actor& actor, int64_t id,
                        const UpdateAreaForm& f);
// Moves an area with its whole subtree under a new parent. Rules: the new parent is not the
// area itself nor below it; kinds still rank downward; the name is free among new siblings.
Result<Area> MoveArea(store::Connection& c, const auth::Actor& actor, int64_t id,
                      const MoveAreaForm& f);

}  // namespace linli::areas
