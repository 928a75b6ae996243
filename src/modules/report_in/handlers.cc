// The report_in module's manifest: its answers' components, its routes, one function per
// resource (routes.h), and its demo rows.
#include "modules/report_in/answers.h"
#include "modules/report_in/demo.h"
#include "modules/report_in/manifest.h"
#include "modules/report_in/routes.h"

namespace linli::report_in {

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "report_in";
  m.routes = [&db](http::Router& r) {
    AddComponents(r);
    WorkUnitRoutes(r, db);
    ReportInRoutes(r, db);
    ServicePostRoutes(r, db);
    ServiceRecordRoutes(r, db);
    FeedbackSheetRoutes(r, db);
    FigureRoutes(r, db);
  };
  m.demo = DemoRows;
  return m;
}

}  // namespace linli::report_in
