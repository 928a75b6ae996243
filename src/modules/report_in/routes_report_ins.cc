// The routes of work units and report-ins.
#include <string_view>

#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/report_in/answers.h"
#include "modules/report_in/params.h"
#include "modules/report_in/receipt.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/routes.h"
#include "modules/report_in/work_units.h"
#include "printing/page.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;

// The list's filter from ?community_id, ?area_id, ?unit_id, ?person_id, ?kind, ?status and
// ?as_of; the first bad parameter is the error.
Result<ReportInFilter> ParseReportInFilter(const http::Request& req) {
  ReportInFilter f;
  if (Status st = routes::QueryPlaceAndPersonIds(req, f); !st) return st.error();
  auto kind = http::QueryEnum(req, "kind", ReportInKinds());
  if (!kind) return kind.error();
  auto status = http::QueryEnum(req, "status", ReportInStates());
  if (!status) return status.error();
  auto as_of = QueryDate(req, "as_of");
  if (!as_of) return as_of.error();
  f.kind = *kind;
  f.status = *status;
  f.as_of = *as_of;
  return f;
}

}  // namespace

void WorkUnitRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/work-units",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(req, {"q"});
           if (!page) return page.error();
           auto q = http::QueryText(req, "q");
           if (!q) return q.error();
           auto res = ListUnits(db.Conn(), req.Actor(), *q, *page);
           if (!res) return res.error();
           return http::JsonWritten(200,
                                    shape::JsonOf(routes::PageOf(res->items, *page, res->total)));
         },
         .tag = "report_in",
         .summary = "List the work units (where in-service members work), by name",
         .response = shape::SchemaOf<shape::PageOf<WorkUnitAnswer>>(),
         .query = http::WithPage({{"q", "part of the name", s::Str()}})});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/work-units",
         .handler = routes::FormAnswer(
             ParseUnit,
             [&db](const http::Request& req, const auto& form) {
               return CreateUnit(db.Conn(), req.Actor(), form);
             },
             201),
         .tag = "report_in",
         .summary = "Register a work unit with its party organisation",
         .request = s::Body(UnitFields()),
         .response = shape::RefOf<WorkUnitAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/work-units/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetUnit(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "One work unit",
         .response = shape::RefOf<WorkUnitAnswer>()});
}

void ReportInRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/report-ins",
         .handler = routes::FormAnswer(
             ParseReportIn,
             [&db](const http::Request& req, const auto& form) {
               return Submit(db.Conn(), req.Actor(), form);
             },
             201),
         .tag = "report_in",
         .summary = "Report in to a community: a member (for themself) or a whole work unit",
         .request = s::Body(ReportInFields()),
         .response = shape::RefOf<ReportInAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/report-ins",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(
               req, {"community_id", "area_id", "unit_id", "person_id", "kind", "status", "as_of"});
           if (!page) return page.error();
           auto f = ParseReportInFilter(req);
           if (!f) return f.error();
           auto res = ListReportIns(db.Conn(), req.Actor(), *f, *page);
           if (!res) return res.error();
           return http::JsonWritten(200,
                                    shape::JsonOf(routes::PageOf(res->items, *page, res->total)));
         },
         .tag = "report_in",
         .summary = "List report-ins: one's own, one's communities', one's unit's",
         .response = shape::SchemaOf<shape::PageOf<ReportInAnswer>>(),
         .query = http::WithPage(
             {{"community_id", "only report-ins to this community", s::Int()},
              {"area_id", "only report-ins to communities in this area", s::Int()},
              {"unit_id", "only report-ins of members of, or by, this work unit", s::Int()},
              {"person_id", "only this member's", s::Int()},
              {"kind", "member or unit", s::Enum(ReportInKinds())},
              {"status", "only in this state", s::Enum(ReportInStates())},
              {"as_of", "submitted by this date; with status=confirmed, confirmed by it",
               s::Date()}})});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/report-ins/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetReportIn(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "One report-in",
         .response = shape::RefOf<ReportInAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/report-ins/{id}/confirm",
         .handler = routes::Answer([&db](const http::Request& req) {
           return Confirm(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "Confirm a submitted report-in, issuing its receipt (报到回执卡)",
         .response = shape::RefOf<ReportInAnswer>(),
         .bodiless = true});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/report-ins/{id}/decline",
         .handler = routes::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return Decline(db.Conn(), req.Actor(), req.PathId("id"),
                                                        form);
                                       }),
         .tag = "report_in",
         .summary = "Decline a submitted report-in, with the reason",
         .request = s::Body(ReasonFields()),
         .response = shape::RefOf<ReportInAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/report-ins/{id}/withdraw",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = ParseEmpty(req.body); !st) return st.error();
           auto v = Withdraw(db.Conn(), req.Actor(), req.PathId("id"));
           if (!v) return v.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*v)));
         },
         .tag = "report_in",
         .summary = "Withdraw one's own report-in before the community decides it (the member, "
                    "or a unit's representative); the record keeps it, status withdrawn",
         .request = s::Obj({}),
         .response = shape::RefOf<ReportInAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/report-ins/{id}/receipt",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetReceipt(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "The receipt of a confirmed report-in, as the work unit's organisation "
                    "receives it",
         .response = shape::RefOf<ReceiptAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/report-ins/{id}/receipt.html",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto v = GetReceipt(db.Conn(), req.Actor(), req.PathId("id"));
           if (!v) return v.error();
           return printing::HtmlResponse(ToPage(*v));
         },
         .tag = "report_in",
         .summary = "The receipt card (报到回执卡) as a printable page",
         .response = s::Str("a self-contained HTML page"),
         .content_type = "text/html; charset=utf-8"});
}

}  // namespace linli::report_in
