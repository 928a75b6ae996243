// HTTP handlers of the report_in module: parse → command or query → JSON. No rules here.
#include <array>

#include <boost/json/array.hpp>

#include "core/clock.h"
#include "http/answer.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/report_in/feedback_sheets.h"
#include "modules/report_in/figures.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/manifest.h"
#include "modules/report_in/params.h"
#include "modules/report_in/period.h"
#include "modules/report_in/receipt.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/schemas.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/service_records.h"
#include "modules/report_in/work_units.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;
constexpr std::array<std::string_view, 2> kReportInKinds = {"member", "unit"};
constexpr std::array<std::string_view, 4> kReportInStates = {"submitted", "confirmed", "declined",
                                                             "withdrawn"};
constexpr std::array<std::string_view, 3> kServiceStates = {"logged", "confirmed", "rejected"};
constexpr std::array<std::string_view, 3> kSheetStates = {"draft", "sent", "acknowledged"};

std::vector<std::string_view> List(std::span<const std::string_view> v) {
  return {v.begin(), v.end()};
}

template <class T>
boost::json::object Page(const std::vector<T>& items, const http::Page& page, int64_t total) {
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

boost::json::value Reason() {
  return s::Obj({{"reason", s::Str("at most 500 characters")}}, {"reason"});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "report_in";
  m.routes = [&db](http::Router& r) {
    AddSchemas(r);

    // ----- work units ---------------------------------------------------------------------
    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/work-units",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto page = http::ParseListPage(req, {"q"});
             if (!page) return page.error();
             auto q = http::QueryText(req, "q");
             if (!q) return q.error();
             auto res = ListUnits(db.Conn(), req.Actor(), *q, *page);
             if (!res) return res.error();
             return http::Ok(Page(res->items, *page, res->total));
           },
           .tag = "report_in",
           .summary = "List the work units (where in-service members work), by name",
           .response = s::PageOf(s::Ref("WorkUnit")),
           .query = http::WithPage({{"q", "part of the name", s::Str()}})});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/work-units",
           .handler = http::FormAnswer(
               ParseUnit,
               [&db](const http::Request& req, const auto& form) {
                 return CreateUnit(db.Conn(), req.Actor(), form);
               },
               201),
           .tag = "report_in",
           .summary = "Register a work unit with its party organisation",
           .request = s::Obj({{"name", s::Str("unique, at most 100 characters")},
                              {"kind", s::Enum(List(UnitKinds()))},
                              {"org_id", s::Int("the unit's party organisation, one per unit")}},
                             {"name", "kind", "org_id"}),
           .response = s::Ref("WorkUnit"),
           .success = 201});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/work-units/{id}",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return GetUnit(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "One work unit",
           .response = s::Ref("WorkUnit")});

    // ----- report-ins ---------------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/report-ins",
           .handler = http::FormAnswer(
               ParseReportIn,
               [&db](const http::Request& req, const auto& form) {
                 return Submit(db.Conn(), req.Actor(), form);
               },
               201),
           .tag = "report_in",
           .summary = "Report in to a community: a member (for themself) or a whole work unit",
           .request = s::Obj(
               {{"kind", s::Enum(List(kReportInKinds))},
                {"person_id", s::Int("a member report-in: defaults to the caller; another "
                                     "person only for the community's staff")},
                {"unit_id", s::Int("the work unit")},
                {"community_id", s::Int("a member's defaults to their community of residence; "
                                        "required for a unit")},
                {"note", s::Str("what the member or unit offers, at most 2000 characters")}},
               {"unit_id"}),
           .response = s::Ref("ReportIn"),
           .success = 201});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/report-ins",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto page = http::ParseListPage(req, {"community_id", "area_id", "unit_id",
                                                   "person_id", "kind", "status", "as_of"});
             if (!page) return page.error();
             ReportInFilter f;
             if (Status st = QueryPlaceAndPersonIds(req, f); !st) return st.error();
             auto kind = http::QueryEnum(req, "kind", kReportInKinds);
             if (!kind) return kind.error();
             auto status = http::QueryEnum(req, "status", kReportInStates);
             if (!status) return status.error();
             auto as_of = QueryDate(req, "as_of");
             if (!as_of) return as_of.error();
             f.kind = *kind;
             f.status = *status;
             f.as_of = *as_of;
             auto res = ListReportIns(db.Conn(), req.Actor(), f, *page);
             if (!res) return res.error();
             return http::Ok(Page(res->items, *page, res->total));
           },
           .tag = "report_in",
           .summary = "List report-ins: one's own, one's communities', one's unit's",
           .response = s::PageOf(s::Ref("ReportIn")),
           .query = http::WithPage(
               {{"community_id", "only report-ins to this community", s::Int()},
                {"area_id", "only report-ins to communities in this area", s::Int()},
                {"unit_id", "only report-ins of members of, or by, this work unit", s::Int()},
                {"person_id", "only this member's", s::Int()},
                {"kind", "member or unit", s::Enum(List(kReportInKinds))},
                {"status", "only in this state", s::Enum(List(kReportInStates))},
                {"as_of", "submitted by this date; with status=confirmed, confirmed by it",
                 s::Date()}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/report-ins/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             store::Connection& c = db.Conn();
             store::Tx tx(c, store::Tx::kRead);
             auto v = VisibleReportIn(c, req.Actor(), req.PathId("id"));
             if (!v) return v.error();
             auto out = ToJson(ViewOf(c, *v));
             tx.Commit();
             return http::Ok(out);
           },
           .tag = "report_in",
           .summary = "One report-in",
           .response = s::Ref("ReportIn")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/report-ins/{id}/confirm",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return Confirm(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "Confirm a submitted report-in, issuing its receipt (报到回执卡)",
           .response = s::Ref("ReportIn"),
           .bodiless = true});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/report-ins/{id}/decline",
           .handler = http::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return Decline(db.Conn(), req.Actor(), req.PathId("id"),
                                                        form);
                                       }),
           .tag = "report_in",
           .summary = "Decline a submitted report-in, with the reason",
           .request = Reason(),
           .response = s::Ref("ReportIn")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/report-ins/{id}/withdraw",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = ParseEmpty(req.body); !st) return st.error();
             auto v = Withdraw(db.Conn(), req.Actor(), req.PathId("id"));
             if (!v) return v.error();
             return http::Ok(ToJson(*v));
           },
           .tag = "report_in",
           .summary = "Withdraw one's own report-in before the community decides it (the member, "
                      "or a unit's representative); the record keeps it, status withdrawn",
           .request = s::Obj({}),
           .response = s::Ref("ReportIn")});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/report-ins/{id}/receipt",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return GetReceipt(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "The receipt of a confirmed report-in, as the work unit's organisation "
                      "receives it",
           .response = s::Ref("Receipt")});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/report-ins/{id}/receipt.html",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto v = GetReceipt(db.Conn(), req.Actor(), req.PathId("id"));
             if (!v) return v.error();
             return HtmlResponse(ToPage(*v));
           },
           .tag = "report_in",
           .summary = "The receipt card (报到回执卡) as a printable page",
           .response = s::Str("a self-contained HTML page"),
           .content_type = "text/html; charset=utf-8"});

    // ----- service posts ------------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/service-posts",
           .handler = http::FormAnswer(
               ParsePost,
               [&db](const http::Request& req, const auto& form) {
                 return CreatePost(db.Conn(), req.Actor(), form);
               },
               201),
           .tag = "report_in",
           .summary = "Offer a service post in a community for reported-in members to claim",
           .request = s::Obj({{"community_id", s::Int()},
                              {"kind", s::Enum(List(PostKinds()))},
                              {"title", s::Str("at most 100 characters")},
                              {"description", s::Str("at most 2000 characters")},
                              {"duty_zone_id", s::Int("for kind duty_zone: a zone of the "
                                                      "community")}},
                             {"community_id", "kind", "title"}),
           .response = s::Ref("ServicePost"),
           .success = 201});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/service-posts",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto page = http::ParseListPage(req, {"community_id", "open", "mine"});
             if (!page) return page.error();
             auto community = http::QueryId(req, "community_id");
             if (!community) return community.error();
             auto open = QueryBool(req, "open");
             if (!open) return open.error();
             auto mine = QueryBool(req, "mine");
             if (!mine) return mine.error();
             auto res = ListPosts(db.Conn(), req.Actor(),
                                  {*community, *open, mine->value_or(false)}, *page);
             if (!res) return res.error();
             return http::Ok(Page(res->items, *page, res->total));
           },
           .tag = "report_in",
           .summary = "List service posts: the caller's communities', or those of the community "
                      "a member reported in to",
           .response = s::PageOf(s::Ref("ServicePost")),
           .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                    {"open", "only open (true) or closed (false) posts", s::Bool()},
                                    {"mine", "only posts the caller has claimed", s::Bool()}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/service-posts/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             store::Connection& c = db.Conn();
             store::Tx tx(c, store::Tx::kRead);
             auto v = VisiblePost(c, req.Actor(), req.PathId("id"));
             if (!v) return v.error();
             tx.Commit();
             return http::Ok(ToJson(*v));
           },
           .tag = "report_in",
           .summary = "One service post",
           .response = s::Ref("ServicePost")});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/service-posts/{id}",
           .handler = http::FormAnswer(ParsePostUpdate,
                                       [&db](const http::Request& req, const auto& form) {
                                         return UpdatePost(db.Conn(), req.Actor(), req.PathId("id"),
                                                           form);
                                       }),
           .tag = "report_in",
           .summary = "Rename, describe, open or close a service post",
           .request = s::Obj({{"title", s::Str()}, {"description", s::Str()}, {"open", s::Bool()}}),
           .response = s::Ref("ServicePost")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/service-posts/{id}/claims",
           .handler = http::FormAnswer(
               ParseClaim,
               [&db](const http::Request& req, const auto& form) {
                 return Claim(db.Conn(), req.Actor(), req.PathId("id"), form);
               },
               201),
           .tag = "report_in",
           .summary = "Claim a service post (a reported-in member), or assign a member to it "
                      "(the community's staff)",
           .request = s::Obj({{"person_id", s::Int("defaults to the caller")}}),
           .response = s::Ref("ServicePost"),
           .success = 201});

    r.Add({.method = http::Method::kDelete,
           .pattern = "/api/v1/service-posts/{id}/claims/{person_id}",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return Unclaim(db.Conn(), req.Actor(), req.PathId("id"), req.PathId("person_id"));
           }),
           .tag = "report_in",
           .summary = "Withdraw a claim on a service post (the member, or the community's staff "
                      "for them); hours already logged stay",
           .response = s::Ref("ServicePost")});

    // ----- service records ----------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/service-records",
           .handler = http::FormAnswer(
               ParseService,
               [&db](const http::Request& req, const auto& form) {
                 return LogService(db.Conn(), req.Actor(), form);
               },
               201),
           .tag = "report_in",
           .summary = "Log service one did on a claimed post (for oneself only)",
           .request = s::Obj(
               {{"post_id", s::Int()},
                {"person_id", s::Int("the caller; no one logs for another")},
                {"served_on", s::Date()},
                {"hours",
                 {{"type", "number"}, {"description", "above 0, at most 24, in quarter hours"}}},
                {"note", s::Str("what was done, at most 2000 characters")}},
               {"post_id", "served_on", "hours"}),
           .response = s::Ref("ServiceRecord"),
           .success = 201});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/service-records",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto page = http::ParseListPage(req, {"community_id", "area_id", "person_id",
                                                   "report_in_id", "post_id", "status", "year"});
             if (!page) return page.error();
             ServiceFilter f;
             if (Status st = http::QueryIds(req, {{"community_id", &f.community_id},
                                                  {"area_id", &f.area_id},
                                                  {"person_id", &f.person_id},
                                                  {"report_in_id", &f.report_in_id},
                                                  {"post_id", &f.post_id}});
                 !st) {
               return st.error();
             }
             auto status = http::QueryEnum(req, "status", kServiceStates);
             if (!status) return status.error();
             auto year = QueryYear(req, "year");
             if (!year) return year.error();
             f.status = *status;
             f.year = *year;
             auto res = ListServices(db.Conn(), req.Actor(), f, *page);
             if (!res) return res.error();
             boost::json::object body = Page(res->items, *page, res->total);
             body["hours"] = HoursOf(res->minutes);
             return http::Ok(body);
           },
           .tag = "report_in",
           .summary = "List service records, with the hours of every row the filter matches",
           .response =
               [] {
                 boost::json::value v = s::PageOf(s::Ref("ServiceRecord"));
                 v.as_object()["properties"].as_object()["hours"] = {
                     {"type", "number"}, {"description", "the hours of all matching rows"}};
                 return v;
               }(),
           .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                    {"area_id", "only communities in this area", s::Int()},
                                    {"person_id", "only this member's", s::Int()},
                                    {"report_in_id", "only under this report-in", s::Int()},
                                    {"post_id", "only on this post", s::Int()},
                                    {"status", "only in this state", s::Enum(List(kServiceStates))},
                                    {"year", "only served in this year", s::Int()}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/service-records/{id}",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return GetService(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "One service record",
           .response = s::Ref("ServiceRecord")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/service-records/{id}/confirm",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return ConfirmService(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "Confirm the hours of a logged service record (the community)",
           .response = s::Ref("ServiceRecord"),
           .bodiless = true});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/service-records/{id}/reject",
           .handler = http::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return RejectService(db.Conn(), req.Actor(),
                                                              req.PathId("id"), form);
                                       }),
           .tag = "report_in",
           .summary = "Reject a logged service record, with the reason",
           .request = Reason(),
           .response = s::Ref("ServiceRecord")});

    // ----- feedback sheets ----------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/feedback-sheets/generate",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseGenerate(req.body);
             if (!form) return form.error();
             auto v = Generate(db.Conn(), req.Actor(), *form);
             if (!v) return v.error();
             boost::json::array sheets;
             for (const auto& sh : v->sheets) sheets.push_back(ToJson(sh));
             boost::json::array skipped;
             for (const auto& k : v->skipped) {
               skipped.push_back(
                   {{"report_in_id", k.report_in_id},
                    {"sheet_id", k.sheet_id ? boost::json::value(*k.sheet_id) : nullptr},
                    {"reason", k.reason}});
             }
             return http::Ok({{"sheets", std::move(sheets)}, {"skipped", std::move(skipped)}});
           },
           .tag = "report_in",
           .summary = "Generate the year's feedback sheets (社区表现情况反馈单) of a community, or "
                      "of one report-in, from the confirmed service records",
           .request = s::Obj({{"community_id", s::Int()},
                              {"year", s::Int("a year that has begun")},
                              {"report_in_id", s::Int("only this member report-in")},
                              {"evaluation", s::Str("the community's evaluation; with "
                                                    "report_in_id only")}},
                             {"community_id", "year"}),
           .response = s::Obj({{"sheets", s::Arr(s::Ref("FeedbackSheet"))},
                               {"skipped", s::Arr(s::Obj({{"report_in_id", s::Int()},
                                                          {"sheet_id", s::Nullable(s::Int())},
                                                          {"reason", s::Str()}}))}})});

    r.Add(
        {.method = http::Method::kGet,
         .pattern = "/api/v1/feedback-sheets",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(
               req, {"community_id", "area_id", "year", "status", "sent", "unit_id", "person_id"});
           if (!page) return page.error();
           SheetFilter f;
           if (Status st = QueryPlaceAndPersonIds(req, f); !st) return st.error();
           auto year = QueryYear(req, "year");
           if (!year) return year.error();
           auto status = http::QueryEnum(req, "status", kSheetStates);
           if (!status) return status.error();
           auto sent = QueryBool(req, "sent");
           if (!sent) return sent.error();
           f.year = *year;
           f.status = *status;
           f.sent = *sent;
           auto res = ListSheets(db.Conn(), req.Actor(), f, *page);
           if (!res) return res.error();
           return http::Ok(Page(res->items, *page, res->total));
         },
         .tag = "report_in",
         .summary = "List feedback sheets: the community's (drafts included), a unit's and a "
                    "member's once sent",
         .response = s::PageOf(s::Ref("FeedbackSheet")),
         .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                  {"area_id", "only communities in this area", s::Int()},
                                  {"year", "only this year's", s::Int()},
                                  {"status", "only in this state", s::Enum(List(kSheetStates))},
                                  {"sent", "true: sent or acknowledged; false: drafts", s::Bool()},
                                  {"unit_id", "only this work unit's members'", s::Int()},
                                  {"person_id", "only this member's", s::Int()}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/feedback-sheets/{id}",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return GetSheet(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "One feedback sheet",
           .response = s::Ref("FeedbackSheet")});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/feedback-sheets/{id}",
           .handler = http::FormAnswer(ParseSheetUpdate,
                                       [&db](const http::Request& req, const auto& form) {
                                         return UpdateSheet(db.Conn(), req.Actor(),
                                                            req.PathId("id"), form);
                                       }),
           .tag = "report_in",
           .summary = "Write the community's evaluation on a draft sheet (null clears it)",
           .request = s::Obj({{"evaluation", s::Nullable(s::Str("at most 2000 characters"))}},
                             {"evaluation"}),
           .response = s::Ref("FeedbackSheet")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/feedback-sheets/{id}/send",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return SendSheet(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "report_in",
           .summary = "Send a draft sheet to the work unit; its figures are recomputed and frozen",
           .response = s::Ref("FeedbackSheet"),
           .bodiless = true});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/feedback-sheets/{id}/acknowledge",
           .handler = http::FormAnswer(ParseAcknowledge,
                                       [&db](const http::Request& req, const auto& form) {
                                         return Acknowledge(db.Conn(), req.Actor(),
                                                            req.PathId("id"), form);
                                       }),
           .tag = "report_in",
           .summary = "Acknowledge a sent sheet (a rep of the work unit), with an optional reply",
           .request = s::Obj({{"reply", s::Str("the unit's answer, at most 2000 characters")}}),
           .response = s::Ref("FeedbackSheet")});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/feedback-sheets/{id}/sheet.html",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto v = GetSheet(db.Conn(), req.Actor(), req.PathId("id"));
             if (!v) return v.error();
             return HtmlResponse(ToPage(*v));
           },
           .tag = "report_in",
           .summary = "The feedback sheet as a printable page",
           .response = s::Str("a self-contained HTML page"),
           .content_type = "text/html; charset=utf-8"});

    // ----- figures ------------------------------------------------------------------------
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
             return http::Ok(ToJson(*v));
           },
           .tag = "report_in",
           .summary = "Report-in figures of a year per community under an area, each with the "
                      "list query behind it",
           .response = s::Ref("ReportInFigures"),
           .query = {{"area_id", "a community or an area above", s::Int(), true},
                     {"year", "defaults to the current year", s::Int()}}});
  };
  return m;
}

}  // namespace linli::report_in
