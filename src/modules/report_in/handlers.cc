// The report_in module's manifest: its schemas and its routes, one function per resource
// (routes.h), and what those functions share.
#include "http/schema.h"
#include "modules/report_in/demo.h"
#include "modules/report_in/manifest.h"
#include "modules/report_in/routes.h"
#include "modules/report_in/schemas.h"

namespace linli::report_in {

namespace routes {

std::vector<std::string_view> List(std::span<const std::string_view> v) {
  return {v.begin(), v.end()};
}

boost::json::value Reason() {
  namespace s = http::schema;
  return s::Obj({{"reason", s::Str("at most 500 characters")}}, {"reason"});
}

}  // namespace routes

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "report_in";
  m.routes = [&db](http::Router& r) {
    AddSchemas(r);
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
