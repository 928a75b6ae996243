// The JSON answers of the organisation's plan and of the coverage, which no record's ToJson
// writes.
#pragma once

#include <boost/json/object.hpp>

#include "modules/org_life/queries.h"

namespace linli::org_life {

// The year's plan of an organisation: each kind of meeting with its periods.
boost::json::object PlanJson(const Plan& p);
// The coverage of a range: organisations with their missed periods, members with their
// misses, and the share of members complete.
boost::json::object CoverageJson(const Coverage& cov);

}  // namespace linli::org_life
