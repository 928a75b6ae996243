// The OpenAPI schemas of the org_life module's request bodies. They hold lists of objects (the
// roll, the outcomes), which a field table (core/field.h) cannot say; the answers' schemas come
// from their shapes (answers.h).
#pragma once

#include <boost/json/value.hpp>

namespace linli::org_life {

// POST /api/v1/org-life/meetings and PATCH /api/v1/org-life/meetings/{id}.
boost::json::value RecordMeetingRequest();
boost::json::value CorrectMeetingRequest();
// POST /api/v1/org-life/appraisals.
boost::json::value AppraisalRequest();

}  // namespace linli::org_life
