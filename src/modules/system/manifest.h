// The system module: liveness, metrics, the API description, the audit trail of a subject, and
// a bare ping for benchmarks.
#pragma once

#include "http/metrics.h"
#include "modules/module.h"

namespace linli::system {

Manifest Module(Services& services);
// Gives the module the metrics to expose; REQUIRES: called before the routes are served.
void SetMetrics(http::Metrics* metrics);

}  // namespace linli::system
