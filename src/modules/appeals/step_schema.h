// The OpenAPI request schema of a step's body, built from its row in the step table (steps.h).
#pragma once

#include <boost/json/value.hpp>

#include "modules/appeals/steps.h"

namespace linli::appeals {

// An object of the row's fields, then the note every step may have (kNoteField); the required
// ones listed in the same order; no other member allowed.
boost::json::value StepRequestSchema(const StepRow& step);

}  // namespace linli::appeals
