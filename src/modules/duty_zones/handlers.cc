// HTTP handlers of the duty_zones module: parse → command or query → JSON. No rules here.
#include <boost/json/array.hpp>

#include "http/query.h"
#include "http/schema.h"
#include "modules/duty_zones/commands.h"
#include "modules/duty_zones/demo.h"
#include "modules/duty_zones/manifest.h"
#include "modules/duty_zones/queries.h"

namespace linli::duty_zones {
namespace {

namespace s = http::schema;

// The Person schema the people module registered, with the party membership added.
boost::json::value ZoneMemberSchema(const http::Router& r) {
  boost::json::object o;
  if (auto it = r.schemas().find("Person"); it != r.schemas().end() && it->second.is_object()) {
    o = it->second.as_object();
  } else {
    o = s::Obj({}).as_object();
  }
  auto& props = o["properties"].as_object();
  props.erase("roles");
  props["org_id"] = s::Nullable(s::Int("the party organisation holding the membership"));
  props["party_status"] =
      s::Nullable(s::Enum({"full", "probationary"}));  // null: no longer a member
  return o;
}

boost::json::value ZoneSchema() {
  return s::Obj({{"id", s::Int()},
                 {"name", s::Str()},
                 {"grid", s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"path", s::Str()}})},
                 {"members", s::Arr(s::Ref("DutyZoneMember"))},
                 {"created_at", s::DateTime()},
                 {"updated_at", s::DateTime()}},
                {"id", "name", "grid", "members"});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(DutyZoneRulesSection());
  Manifest m;
  m.name = "duty_zones";
  m.demo = DemoRows;
  m.routes = [&db, &services](http::Router& r) {
    const auto& rules = services.settings.Get<DutyZoneRules>();
    r.AddSchema("DutyZoneMember", ZoneMemberSchema(r));
    r.AddSchema("DutyZone", ZoneSchema());
    const auto members_doc = s::Arr(s::Int());
    const std::string size_doc = "person ids of party members, " +
                                 std::to_string(rules.min_members) + " to " +
                                 std::to_string(rules.max_members);

    r.Add(
        {.method = http::Method::kGet,
         .pattern = "/api/v1/duty-zones",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"grid_id", "area_id", "page", "per_page"}); !st) {
             return st.error();
           }
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto grid = http::QueryId(req, "grid_id");
           if (!grid) return grid.error();
           auto area = http::QueryId(req, "area_id");
           if (!area) return area.error();
           auto res = ListZones(db.Conn(), req.Actor(), {*grid, *area}, *page);
           if (!res) return res.error();
           boost::json::array items;
           for (const auto& v : res->items) items.push_back(ToJson(v));
           return http::Ok(http::PageBody(std::move(items), *page, res->total));
         },
         .tag = "duty_zones",
         .summary = "List the duty zones on grids in the caller's scope, members masked",
         .response = s::PageOf(s::Ref("DutyZone")),
         .query = {{"grid_id", "only the zones on this grid", s::Int()},
                   {"area_id", "only the zones on grids in this area or below it", s::Int()},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/duty-zones/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto res = GetZone(db.Conn(), req.Actor(), req.PathId("id"));
             if (!res) return res.error();
             return http::Ok(ToJson(*res));
           },
           .tag = "duty_zones",
           .summary = "One duty zone with the members serving in it, masked",
           .response = s::Ref("DutyZone")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/duty-zones",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             auto form = ParseCreate(req.body);
             if (!form) return form.error();
             auto v = CreateZone(db.Conn(), req.Actor(), rules, *form);
             if (!v) return v.error();
             return http::Created(ToJson(*v));
           },
           .tag = "duty_zones",
           .summary = "Create a duty zone on a grid, served by party members",
           .request = s::Obj({{"grid_id", s::Int("an area of kind grid")},
                              {"name", s::Str("at most 100 characters, unique on the grid")},
                              {"member_ids", s::Arr(s::Int(size_doc))}},
                             {"grid_id", "name", "member_ids"}),
           .response = s::Ref("DutyZone"),
           .success = 201});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/duty-zones/{id}",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             auto form = ParseUpdate(req.body);
             if (!form) return form.error();
             auto v = UpdateZone(db.Conn(), req.Actor(), rules, req.PathId("id"), *form);
             if (!v) return v.error();
             return http::Ok(ToJson(*v));
           },
           .tag = "duty_zones",
           .summary = "Rename a duty zone or replace the members serving in it",
           .request = s::Obj({{"name", s::Str()}, {"member_ids", s::Arr(s::Int(size_doc))}}),
           .response = s::Ref("DutyZone")});

    r.Add({.method = http::Method::kDelete,
           .pattern = "/api/v1/duty-zones/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = DeleteZone(db.Conn(), req.Actor(), req.PathId("id")); !st) {
               return st.error();
             }
             return http::NoContent();
           },
           .tag = "duty_zones",
           .summary = "Delete a duty zone",
           .success = 204});
  };
  return m;
}

}  // namespace linli::duty_zones
