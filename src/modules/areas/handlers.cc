// HTTP handlers of the areas module: parse → command or query → JSON. No business rules here.
#include "http/query.h"
#include "http/schema.h"
#include "modules/areas/answers.h"
#include "modules/areas/commands.h"
#include "modules/areas/forms.h"
#include "modules/areas/manifest.h"
#include "modules/areas/queries.h"

namespace linli::areas {
namespace {

namespace s = http::schema;
constexpr int64_t kSubtreeLimit = 5000;

// A body's schema with the geometry its field table cannot say; null clears it when `nullable`.
boost::json::value WithGeometry(boost::json::value body, bool nullable) {
  boost::json::value g = {{"type", "object"},
                          {"description",
                           "GeoJSON Polygon or MultiPolygon of closed rings in "
                           "longitude, latitude"}};
  body.as_object()["properties"].as_object()["geometry"] = nullable ? s::Nullable(g) : g;
  return body;
}

// Reading the area tree: a list, one area, a subtree.
void ReadRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/areas",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status s = http::OnlyParams(req, {"parent_id", "kind", "q", "page", "per_page"}); !s)
             return s.error();
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto parent = http::QueryId(req, "parent_id");
           if (!parent) return parent.error();
           auto kind = http::QueryEnum(req, "kind", Kinds());
           if (!kind) return kind.error();
           auto q = http::QueryText(req, "q");
           if (!q) return q.error();
           auto res = ListAreas(db.Conn(), req.Actor(), {*parent, *kind, *q}, *page);
           shape::PageOf<AreaAnswer> out{{}, page->page, page->per_page, res.total};
           out.items.reserve(res.items.size());
           for (const auto& a : res.items) out.items.push_back(AnswerOf(a));
           return http::JsonWritten(200, shape::JsonOf(out));
         },
         .tag = "areas",
         .summary = "List the areas in the caller's scope",
         .response = shape::SchemaOf<shape::PageOf<AreaAnswer>>(),
         .query = {{"parent_id", "only the children of this area", s::Int()},
                   {"kind", "only areas of this kind", s::Enum(Kinds())},
                   {"q", "part of the name", s::Str()},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/areas/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto res = GetArea(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(ViewOf(res->first, res->second)));
         },
         .tag = "areas",
         .summary = "One area, with the areas above it (ancestors, root first)",
         .response = shape::RefOf<AreaView>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/areas/{id}/subtree",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status s = http::OnlyParams(req, {"depth"}); !s) return s.error();
           int64_t depth = 20;
           if (auto d = req.Query("depth")) {
             if (d->empty() || d->size() > 2 ||
                 d->find_first_not_of("0123456789") != std::string::npos || std::stoll(*d) > 20) {
               return Error::Invalid("?depth", "must be a whole number from 0 to 20");
             }
             depth = std::stoll(*d);
           }
           auto res = GetSubtree(db.Conn(), req.Actor(), req.PathId("id"), depth, kSubtreeLimit);
           if (!res) return res.error();
           AreaSubtree out;
           out.items.reserve(res->items.size());
           for (const auto& a : res->items) out.items.push_back(AnswerOf(a));
           out.truncated = res->truncated;
           return http::JsonWritten(200, shape::JsonOf(out, 256 * out.items.size() + 64));
         },
         .tag = "areas",
         .summary = "An area and the areas below it in the caller's scope, in path order",
         .response = shape::RefOf<AreaSubtree>(),
         .query = {{"depth", "levels below the area, 0 to 20 (default 20)", s::Int()}}});
}

// Changing the area tree: create, update, move.
void WriteRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/areas",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseCreate(req.body);
           if (!form) return form.error();
           auto a = CreateArea(db.Conn(), req.Actor(), *form);
           if (!a) return a.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*a)));
         },
         .tag = "areas",
         .summary = "Create an area under a parent (a city needs none)",
         .request = WithGeometry(s::Body(CreateFields()), false),
         .response = shape::RefOf<AreaAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/areas/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdate(req.body);
           if (!form) return form.error();
           auto a = UpdateArea(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!a) return a.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*a)));
         },
         .tag = "areas",
         .summary = "Rename an area, set its code or geometry (null clears the geometry)",
         .request = WithGeometry(s::Body(UpdateFields()), true),
         .response = shape::RefOf<AreaAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/areas/{id}/move",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseMove(req.body);
           if (!form) return form.error();
           auto a = MoveArea(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!a) return a.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*a)));
         },
         .tag = "areas",
         .summary = "Move an area, with everything below it, under another parent",
         .request = s::Body(MoveFields()),
         .response = shape::RefOf<AreaAnswer>()});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "areas";
  m.routes = [&db](http::Router& r) {
    shape::AddComponents<AreaAnswer, AreaView, AreaSubtree>(r);
    ReadRoutes(r, db);
    WriteRoutes(r, db);
  };
  return m;
}

}  // namespace linli::areas
