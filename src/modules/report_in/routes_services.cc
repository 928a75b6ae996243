// The routes of service posts and service records.
#include <array>
#include <string_view>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "http/answer.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/params.h"
#include "modules/report_in/routes.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/service_records.h"

namespace linli::report_in {
namespace {

namespace s = http::schema;
constexpr std::array<std::string_view, 3> kServiceStates = {"logged", "confirmed", "rejected"};

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
  auto status = http::QueryEnum(req, "status", kServiceStates);
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
         .handler = http::FormAnswer(
             ParsePost,
             [&db](const http::Request& req, const auto& form) {
               return CreatePost(db.Conn(), req.Actor(), form);
             },
             201),
         .tag = "report_in",
         .summary = "Offer a service post in a community for reported-in members to claim",
         .request = s::Obj({{"community_id", s::Int()},
                            {"kind", s::Enum(routes::List(PostKinds()))},
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
           auto res =
               ListPosts(db.Conn(), req.Actor(), {*community, *open, mine->value_or(false)}, *page);
           if (!res) return res.error();
           return http::Ok(routes::PageOf(res->items, *page, res->total));
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
         .handler = http::JsonAnswer([&db](const http::Request& req) {
           return GetPost(db.Conn(), req.Actor(), req.PathId("id"));
         }),
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
}

void ServiceRecordRoutes(http::Router& r, store::Database& db) {
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
           auto f = ParseServiceFilter(req);
           if (!f) return f.error();
           auto res = ListServices(db.Conn(), req.Actor(), *f, *page);
           if (!res) return res.error();
           boost::json::object body = routes::PageOf(res->items, *page, res->total);
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
         .query = http::WithPage(
             {{"community_id", "only this community's", s::Int()},
              {"area_id", "only communities in this area", s::Int()},
              {"person_id", "only this member's", s::Int()},
              {"report_in_id", "only under this report-in", s::Int()},
              {"post_id", "only on this post", s::Int()},
              {"status", "only in this state", s::Enum(routes::List(kServiceStates))},
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
         .request = routes::Reason(),
         .response = s::Ref("ServiceRecord")});
}

}  // namespace linli::report_in
