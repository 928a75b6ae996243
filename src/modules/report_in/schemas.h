// The JSON Schemas documenting the module's routes (OpenAPI), registered by name.
#pragma once

#include "http/router.h"

namespace linli::report_in {

// Registers WorkUnit, ReportIn, Receipt, ServicePost, ServiceRecord, FeedbackSheet and
// ReportInFigures. REQUIRES: the people module registered Person.
void AddSchemas(http::Router& r);

}  // namespace linli::report_in
