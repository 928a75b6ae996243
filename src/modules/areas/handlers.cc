// HTTP handlers of the areas module: parse → command or query → JSON. No business rules here.
#include <boost/json/array.hpp>

#include "http/query.h"
#include "http/schema.h"
#include "modules/areas/commands.h"
#include "modules/areas/manifest.h"
#include "modules/areas/queries.h"

namespace linli::areas {
namespace {

namespace s = http::schema;
constexpr int64_t kSubtreeLimit = 5000;

boost::json::value AreaSchema() {
  return s::Obj({{"id", s::Int()},
                 {"parent_id", s::Nullable(s::Int())},
                 {"kind", s::Enum(std::vector<std::string_view>(Kinds().begin(), Kinds().end()))},
                 {"name", s::Str()},
                 {"code", s::Nullable(s::Str("administrative division code"))},
                 {"path", s::Str("materialized path of ids, \"/1/4/9/\"")},
                 {"depth", s::Int("0 for a root")},
                 {"geometry", s::Nullable({{"type", "object"},
                                           {"description", "GeoJSON Polygon or MultiPolygon"}})},
                 {"created_at", s::DateTime()},
                 {"updated_at", s::DateTime()}},
                {"id", "parent_id", "kind", "name", "path", "depth"});
}

// Reading the area tree: a list, one area, a subtree.
void ReadRoutes(http::Router& r, store::Database& db) {
  const std::vector<std::string_view> kinds(Kinds().begin(), Kinds().end());

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
           boost::json::array items;
           for (const auto& a : res.items) items.push_back(ToJson(a));
           return http::Ok(http::PageBody(std::move(items), *page, res.total));
         },
         .tag = "areas",
         .summary = "List the areas in the caller's scope",
         .response = s::PageOf(s::Ref("Area")),
         .query = {{"parent_id", "only the children of this area", s::Int()},
                   {"kind", "only areas of this kind", s::Enum(kinds)},
                   {"q", "part of the name", s::Str()},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/areas/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto res = GetArea(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           auto o = ToJson(res->first);
           boost::json::array anc;
           for (const auto& a : res->second) {
             anc.push_back({{"id", a.id}, {"kind", a.kind}, {"name", a.name}});
           }
           o["ancestors"] = std::move(anc);
           return http::Ok(o);
         },
         .tag = "areas",
         .summary = "One area, with the areas above it (ancestors, root first)",
         .response = s::Ref("Area")});

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
           boost::json::array items;
           for (const auto& a : res->items) items.push_back(ToJson(a));
           return http::Ok(
               boost::json::object{{"items", std::move(items)}, {"truncated", res->truncated}});
         },
         .tag = "areas",
         .summary = "An area and the areas below it in the caller's scope, in path order",
         .response = s::Obj({{"items", s::Arr(s::Ref("Area"))}, {"truncated", s::Bool()}}),
         .query = {{"depth", "levels below the area, 0 to 20 (default 20)", s::Int()}}});
}

// Changing the area tree: create, update, move.
void WriteRoutes(http::Router& r, store::Database& db) {
  const std::vector<std::string_view> kinds(Kinds().begin(), Kinds().end());
  const auto geometry =
      boost::json::value{{"type", "object"}, {"description", "GeoJSON Polygon or MultiPolygon"}};

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/areas",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseCreate(req.body);
           if (!form) return form.error();
           auto a = CreateArea(db.Conn(), req.Actor(), *form);
           if (!a) return a.error();
           return http::Created(ToJson(*a));
         },
         .tag = "areas",
         .summary = "Create an area under a parent (a city needs none)",
         .request = s::Obj({{"parent_id", s::Int()},
                            {"kind", s::Enum(kinds)},
                            {"name", s::Str("at most 100 characters")},
                            {"code", s::Str()},
                            {"geometry", geometry}},
                           {"kind", "name"}),
         .response = s::Ref("Area"),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/areas/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdate(req.body);
           if (!form) return form.error();
           auto a = UpdateArea(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!a) return a.error();
           return http::Ok(ToJson(*a));
         },
         .tag = "areas",
         .summary = "Rename an area, set its code or geometry (null clears the geometry)",
         .request =
             s::Obj({{"name", s::Str()}, {"code", s::Str()}, {"geometry", s::Nullable(geometry)}}),
         .response = s::Ref("Area")});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/areas/{id}/move",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseMove(req.body);
           if (!form) return form.error();
           auto a = MoveArea(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!a) return a.error();
           return http::Ok(ToJson(*a));
         },
         .tag = "areas",
         .summary = "Move an area, with everything below it, under another parent",
         .request = s::Obj({{"parent_id", s::Int()}}, {"parent_id"}),
         .response = s::Ref("Area")});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "areas";
  m.routes = [&db](http::Router& r) {
    r.AddSchema("Area", AreaSchema());
    ReadRoutes(r, db);
    WriteRoutes(r, db);
  };
  return m;
}

}  // namespace linli::areas
