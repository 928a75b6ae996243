// The routes of the report_in module, one function per resource, each adding that resource's
// routes with their documentation; Module() (handlers.cc) adds them in the order below. A
// handler parses the request, calls one command or query and answers JSON: no rules, no
// transactions. `db` outlives the router.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/result.h"
#include "http/message.h"
#include "http/query.h"
#include "http/router.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

// GET, POST /api/v1/work-units; GET /api/v1/work-units/{id}.
void WorkUnitRoutes(http::Router& r, store::Database& db);
// /api/v1/report-ins: submit, list, read, decide, withdraw, and the receipt.
void ReportInRoutes(http::Router& r, store::Database& db);
// /api/v1/service-posts and their claims.
void ServicePostRoutes(http::Router& r, store::Database& db);
// /api/v1/service-records: log, list with the hours, read, confirm, reject.
void ServiceRecordRoutes(http::Router& r, store::Database& db);
// /api/v1/feedback-sheets: generate, list, read, evaluate, send, acknowledge, print.
void FeedbackSheetRoutes(http::Router& r, store::Database& db);
// GET /api/v1/report-in/figures.
void FigureRoutes(http::Router& r, store::Database& db);

// What the route functions share.
namespace routes {

// The values of an enumeration, for a schema.
std::vector<std::string_view> List(std::span<const std::string_view> v);

// The JSON page body of `items` (each by its ToJson).
template <class T>
boost::json::object PageOf(const std::vector<T>& items, const store::Page& page, int64_t total) {
  boost::json::array out;
  for (const auto& v : items) out.push_back(ToJson(v));
  return http::PageBody(std::move(out), page, total);
}

// ?community_id, ?area_id, ?unit_id and ?person_id, in that order, into the filter's fields of
// the same names (as http::QueryIds).
template <class Filter>
Status QueryPlaceAndPersonIds(const http::Request& req, Filter& f) {
  return http::QueryIds(req, {{"community_id", &f.community_id},
                              {"area_id", &f.area_id},
                              {"unit_id", &f.unit_id},
                              {"person_id", &f.person_id}});
}

// The request body of a decision that gives its reason.
boost::json::value Reason();

}  // namespace routes
}  // namespace linli::report_in
