// The routes of service posts and service records.
#include <string_view>

#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/report_in/answers.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/params.h"
#include "modules/report_in/routes.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/service_records.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;

// The list's filter from ?community_id, ?area_id, ?person_id, ?report_in_id, ?post_id, ?status
// and ?year; the first bad parameter is the error.
Result<ServiceFilter> ParseServiceFilter(const http::Request& req) {
  ServiceFilter f;
  if (Status st = http::QueryIds(req, {{"community_id", &f.community_id},
                                       {"area_id", &f.area_id},
                                       {"person_id", &f.person_id},
                                       {"report_in_id", &f.report_in_id},
                                       {"post_id", &f.post_id}});
      !st) {
    return st.error();
  }
  auto status = http::QueryEnum(req, "status", ServiceStates());
  if (!status) return status.error();
  auto year = QueryYear(req, "year");
  if (!year) return year.error();
  f.status = *status;
  f.year = *year;
  return f;
}

}  // namespace

void ServicePostRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/service-posts",
         .handler = routes::FormAnswer(
             ParsePost,
             [&db](const http::Request& req, const auto& form) {
               return CreatePost(db.Conn(), req.Actor(), form);
             },
             201),
         .tag = "report_in",
         .summary = "Offer a service post in a community for reported-in members to claim",
         .request = s::Body(PostFields()),
         .response = shape::RefOf<PostAnswer>(),
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
           auto res =
               ListPosts(db.Conn(), req.Actor(), {*community, *open, mine->value_or(false)}, *page);
           if (!res) return res.error();
           return http::JsonWritten(200,
                                    shape::JsonOf(routes::PageOf(res->items, *page, res->total)));
         },
         .tag = "report_in",
         .summary = "List service posts: the caller's communities', or those of the community "
                    "a member reported in to",
         .response = shape::SchemaOf<shape::PageOf<PostAnswer>>(),
         .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                  {"open", "only open (true) or closed (false) posts", s::Bool()},
                                  {"mine", "only posts the caller has claimed", s::Bool()}})});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/service-posts/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetPost(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "One service post",
         .response = shape::RefOf<PostAnswer>()});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/service-posts/{id}",
         .handler = routes::FormAnswer(ParsePostUpdate,
                                       [&db](const http::Request& req, const auto& form) {
                                         return UpdatePost(db.Conn(), req.Actor(), req.PathId("id"),
                                                           form);
                                       }),
         .tag = "report_in",
         .summary = "Rename, describe, open or close a service post",
         .request = s::Body(PostUpdateFields()),
         .response = shape::RefOf<PostAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/service-posts/{id}/claims",
         .handler = routes::FormAnswer(
             ParseClaim,
             [&db](const http::Request& req, const auto& form) {
               return Claim(db.Conn(), req.Actor(), req.PathId("id"), form);
             },
             201),
         .tag = "report_in",
         .summary = "Claim a service post (a reported-in member), or assign a member to it "
                    "(the community's staff)",
         .request = s::Body(ClaimFields()),
         .response = shape::RefOf<PostAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kDelete,
         .pattern = "/api/v1/service-posts/{id}/claims/{person_id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return Unclaim(db.Conn(), req.Actor(), req.PathId("id"), req.PathId("person_id"));
         }),
         .tag = "report_in",
         .summary = "Withdraw a claim on a service post (the member, or the community's staff "
                    "for them); hours already logged stay",
         .response = shape::RefOf<PostAnswer>()});
}

void ServiceRecordRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/service-records",
         .handler = routes::FormAnswer(
             ParseService,
             [&db](const http::Request& req, const auto& form) {
               return LogService(db.Conn(), req.Actor(), form);
             },
             201),
         .tag = "report_in",
         .summary = "Log service one did on a claimed post (for oneself only)",
         .request = s::Body(ServiceFields()),
         .response = shape::RefOf<ServiceRecordAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/service-records",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(req, {"community_id", "area_id", "person_id",
                                                 "report_in_id", "post_id", "status", "year"});
           if (!page) return page.error();
           auto f = ParseServiceFilter(req);
           if (!f) return f.error();
           auto res = ListServices(db.Conn(), req.Actor(), *f, *page);
           if (!res) return res.error();
           const ServiceRecordPage out{routes::PageOf(res->items, *page, res->total),
                                       HoursOf(res->minutes)};
           return http::JsonWritten(200, shape::JsonOf(out));
         },
         .tag = "report_in",
         .summary = "List service records, with the hours of every row the filter matches",
         .response = shape::RefOf<ServiceRecordPage>(),
         .query = http::WithPage({{"community_id", "only this community's", s::Int()},
                                  {"area_id", "only communities in this area", s::Int()},
                                  {"person_id", "only this member's", s::Int()},
                                  {"report_in_id", "only under this report-in", s::Int()},
                                  {"post_id", "only on this post", s::Int()},
                                  {"status", "only in this state", s::Enum(ServiceStates())},
                                  {"year", "only served in this year", s::Int()}})});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/service-records/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return GetService(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "One service record",
         .response = shape::RefOf<ServiceRecordAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/service-records/{id}/confirm",
         .handler = routes::Answer([&db](const http::Request& req) {
           return ConfirmService(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "report_in",
         .summary = "Confirm the hours of a logged service record (the community)",
         .response = shape::RefOf<ServiceRecordAnswer>(),
         .bodiless = true});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/service-records/{id}/reject",
         .handler = routes::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return RejectService(db.Conn(), req.Actor(),
                                                              req.PathId("id"), form);
                                       }),
         .tag = "report_in",
         .summary = "Reject a logged service record, with the reason",
         .request = s::Body(ReasonFields()),
         .response = shape::RefOf<ServiceRecordAnswer>()});
}

}  // namespace linli::report_in
