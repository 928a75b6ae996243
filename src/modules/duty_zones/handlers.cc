// HTTP handlers of the duty_zones module: parse → command or query → JSON. No rules here.
#include <span>
#include <string_view>
#include <vector>

#include "core/field.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/duty_zones/answers.h"
#include "modules/duty_zones/commands.h"
#include "modules/duty_zones/demo.h"
#include "modules/duty_zones/forms.h"
#include "modules/duty_zones/manifest.h"
#include "modules/duty_zones/queries.h"

namespace linli::duty_zones {
namespace {

namespace s = http::schema;

// A body's fields, the member ids described with the zone size the rules give.
std::vector<Field> WithSize(std::span<const Field> fields, std::string_view size_doc) {
  std::vector<Field> out(fields.begin(), fields.end());
  for (Field& f : out) {
    if (f.name == "member_ids") f.description = size_doc;
  }
  return out;
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
    shape::AddComponents<MemberAnswer, ZoneAnswer>(r);
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
           shape::PageOf<ZoneAnswer> out{{}, page->page, page->per_page, res->total};
           out.items.reserve(res->items.size());
           for (const auto& v : res->items) out.items.push_back(AnswerOf(v));
           return http::JsonWritten(200, shape::JsonOf(out, 1200 * out.items.size() + 64));
         },
         .tag = "duty_zones",
         .summary = "List the duty zones on grids in the caller's scope, members masked",
         .response = shape::SchemaOf<shape::PageOf<ZoneAnswer>>(),
         .query = {{"grid_id", "only the zones on this grid", s::Int()},
                   {"area_id", "only the zones on grids in this area or below it", s::Int()},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/duty-zones/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto res = GetZone(db.Conn(), req.Actor(), req.PathId("id"));
             if (!res) return res.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*res)));
           },
           .tag = "duty_zones",
           .summary = "One duty zone with the members serving in it, masked",
           .response = shape::RefOf<ZoneAnswer>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/duty-zones",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             auto form = ParseCreate(req.body);
             if (!form) return form.error();
             auto v = CreateZone(db.Conn(), req.Actor(), rules, *form);
             if (!v) return v.error();
             return http::JsonWritten(201, shape::JsonOf(AnswerOf(*v)));
           },
           .tag = "duty_zones",
           .summary = "Create a duty zone on a grid, served by party members",
           .request = s::Body(WithSize(CreateFields(), size_doc)),
           .response = shape::RefOf<ZoneAnswer>(),
           .success = 201});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/duty-zones/{id}",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             auto form = ParseUpdate(req.body);
             if (!form) return form.error();
             auto v = UpdateZone(db.Conn(), req.Actor(), rules, req.PathId("id"), *form);
             if (!v) return v.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*v)));
           },
           .tag = "duty_zones",
           .summary = "Rename a duty zone or replace the members serving in it",
           .request = s::Body(WithSize(UpdateFields(), size_doc + ": the whole new list")),
           .response = shape::RefOf<ZoneAnswer>()});

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
