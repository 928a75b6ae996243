// The routes of the report_in module, one function per resource, each adding that resource's
// routes with their documentation; Module() (handlers.cc) adds them in the order below. A
// handler parses the request, calls one command or query and answers JSON: no rules, no
// transactions. `db` outlives the router. Each answer is the shape its AnswerOf makes
// (answers.h).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/result.h"
#include "http/answer.h"
#include "http/message.h"
#include "http/query.h"
#include "http/router.h"
#include "http/shape.h"
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

// The page of `items`, each as its AnswerOf.
template <class T>
auto PageOf(const std::vector<T>& items, const store::Page& page, int64_t total) {
  http::shape::PageOf<decltype(AnswerOf(items.front()))> out{{}, page.page, page.per_page, total};
  for (const auto& v : items) out.items.push_back(AnswerOf(v));
  return out;
}

// Routes that answer the shape of one call's value (http/answer.h).
using http::Answer;
using http::FormAnswer;

// ?community_id, ?area_id, ?unit_id and ?person_id, in that order, into the filter's fields of
// the same names (as http::QueryIds).
template <class Filter>
Status QueryPlaceAndPersonIds(const http::Request& req, Filter& f) {
  return http::QueryIds(req, {{"community_id", &f.community_id},
                              {"area_id", &f.area_id},
                              {"unit_id", &f.unit_id},
                              {"person_id", &f.person_id}});
}

}  // namespace routes
}  // namespace linli::report_in
