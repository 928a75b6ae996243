// The routes of feedback sheets and of the report-in figures.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/report_in/answers.h"
#include "modules/report_in/feedback_sheets.h"
#include "modules/report_in/figures.h"
#include "modules/report_in/params.h"
#include "modules/report_in/receipt.h"
#include "modules/report_in/routes.h"
#include "printing/page.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;

// The list's filter from ?community_id, ?area_id, ?unit_id, ?person_id, ?year, ?status and
// ?sent; the first bad parameter is the error.
Result<SheetFilter> ParseSheetFilter(const http::Request& req) {
  SheetFilter f;
  if (Status st = routes::QueryPlaceAndPersonIds(req, f); !st) return st.error();
  auto year = QueryYear(req, "year");
  if (!year) return year.error();
  auto status = http::QueryEnum(req, "status", SheetStates());
  if (!status) return status.error();
  auto sent = QueryBool(req, "sent");
  if (!sent) return sent.error();
  f.year = *year;
  f.status = *status;
  f.sent = *sent;
  return f;
}

}  // namespace

void FeedbackSheetRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/feedback-sheets/generate",
         .handler = routes::FormAnswer(ParseGenerate,
                                       [&db](const http::Request& req, const auto& form) {
                                         return Generate(db.Conn(), req.Actor(), form);
                                       }),
         .tag = "report_in",
         .summary = "Generate the year's feedback sheets (社区表现情况反馈单) of a community, or "
                    "of one report-in, from the confirmed service records",
         .request = s::Body(GenerateFields()),
         .response = shape::RefOf<GeneratedAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/feedback-sheets",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(
               req, {"community_id", "area_id", "year", "status", "sent", "unit_id", "person_id"});
           if (!page) return page.error();
           auto f = ParseSheetFilter(req);
           if (!f) return f.error();
           auto res = ListSheets(db.Conn(), req.Actor(), *f, *page);
           if (!res) return res.error();
           return http::JsonWritten(200,
                                    shape::JsonOf(routes::PageOf(res->items, *page, res->total)));
         },
         .tag = "report_in",
         .summary = "List feedback sheets: the community's (drafts included), a unit's and a "
                    "member's once sent",
         .response = shape::SchemaOf<shape::PageOf<SheetAnswer>>(),
         .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                  {"area_id", "only communities in this area", s::Int()},
                                  {"year", "only this year's", s::Int()},
                                  {"status", "only in this state", s::Enum(SheetStates())},
                                  {"sent", "true: sent or acknowledged; false: drafts", s::Bool()},
                                  {"unit_id", "only this work unit's members'", s::Int()},
                                  {"person_id", "only this member's", s::Int()}})});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/feedback-sheets/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetSheet(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "One feedback sheet",
         .response = shape::RefOf<SheetAnswer>()});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/feedback-sheets/{id}",
         .handler = routes::FormAnswer(ParseSheetUpdate,
                                       [&db](const http::Request& req, const auto& form) {
                                         return UpdateSheet(db.Conn(), req.Actor(),
                                                            req.PathId("id"), form);
                                       }),
         .tag = "report_in",
         .summary = "Write the community's evaluation on a draft sheet (null clears it)",
         .request = s::Body(SheetUpdateFields()),
         .response = shape::RefOf<SheetAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/feedback-sheets/{id}/send",
         .handler = routes::Answer([&db](const http::Request& req) {
           return SendSheet(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "Send a draft sheet to the work unit; its figures are recomputed and frozen",
         .response = shape::RefOf<SheetAnswer>(),
         .bodiless = true});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/feedback-sheets/{id}/acknowledge",
         .handler = routes::FormAnswer(ParseAcknowledge,
                                       [&db](const http::Request& req, const auto& form) {
                                         return Acknowledge(db.Conn(), req.Actor(),
                                                            req.PathId("id"), form);
                                       }),
         .tag = "report_in",
         .summary = "Acknowledge a sent sheet (a rep of the work unit), with an optional reply",
         .request = s::Body(AcknowledgeFields()),
         .response = shape::RefOf<SheetAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/feedback-sheets/{id}/sheet.html",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto v = GetSheet(db.Conn(), req.Actor(), req.PathId("id"));
           if (!v) return v.error();
           return printing::HtmlResponse(ToPage(*v));
         },
         .tag = "report_in",
         .summary = "The feedback sheet as a printable page",
         .response = s::Str("a self-contained HTML page"),
         .content_type = "text/html; charset=utf-8"});
}

void FigureRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/report-in/figures",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"area_id", "year"}); !st) return st.error();
           auto area = http::QueryId(req, "area_id");
           if (!area) return area.error();
           if (!*area) return Error::Invalid("?area_id", "is required");
           auto year = QueryYear(req, "year");
           if (!year) return year.error();
           const int64_t y = year->value_or(std::stoll(LocalDate(NowMs()).substr(0, 4)));
           auto v = GetFigures(db.Conn(), req.Actor(), **area, y);
           if (!v) return v.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*v)));
         },
         .tag = "report_in",
         .summary = "Report-in figures of a year per community under an area, each with the "
                    "list query behind it",
         .response = shape::RefOf<FiguresAnswer>(),
         .query = {{"area_id", "a community or an area above", s::Int(), true},
                   {"year", "defaults to the current year", s::Int()}}});
}

}  // namespace linli::report_in
