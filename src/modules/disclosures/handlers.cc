// HTTP handlers of the disclosures module: parse → command or query → JSON. No rules here.
#include <array>

#include <boost/json/array.hpp>

#include "http/query.h"
#include "http/schema.h"
#include "modules/disclosures/commands.h"
#include "modules/disclosures/demo.h"
#include "modules/disclosures/manifest.h"
#include "modules/disclosures/queries.h"

namespace linli::disclosures {
namespace {

namespace s = http::schema;

constexpr std::array<std::string_view, 3> kStates = {"published", "withdrawn", "all"};

boost::json::value DisclosureSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"area",
        s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}, {"path", s::Str()}})},
       {"category", s::Enum({"government", "affairs", "finance"})},
       {"mode", s::Enum({"ad_hoc", "periodic"})},
       {"period", s::Nullable(s::Str("periodic items: 2026-10, 2026-Q3, 2026-H2 or 2026"))},
       {"period_from", s::Nullable(s::Str("first day of the period, YYYY-MM-DD"))},
       {"period_to", s::Nullable(s::Str("last day of the period, YYYY-MM-DD"))},
       {"title", s::Str()},
       {"body", s::Str()},
       {"state", s::Enum({"published", "withdrawn"})},
       {"published_by", s::Str("the login that published it")},
       {"published_at", s::DateTime()},
       {"withdrawn_by", s::Nullable(s::Str())},
       {"withdrawn_at", s::Nullable(s::DateTime())},
       {"withdraw_reason", s::Nullable(s::Str())}},
      {"id", "area", "category", "mode", "title", "body", "state", "published_at"});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "disclosures";
  m.demo = DemoRows;
  m.routes = [&db](http::Router& r) {
    r.AddSchema("Disclosure", DisclosureSchema());

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/disclosures",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(
                     req, {"area_id", "category", "mode", "state", "page", "per_page"});
                 !st) {
               return st.error();
             }
             auto page = http::ParsePage(req);
             if (!page) return page.error();
             auto area = http::QueryId(req, "area_id");
             if (!area) return area.error();
             auto category = http::QueryEnum(req, "category", Categories());
             if (!category) return category.error();
             auto mode = http::QueryEnum(req, "mode", Modes());
             if (!mode) return mode.error();
             auto state = http::QueryEnum(req, "state", kStates);
             if (!state) return state.error();
             auto res = List(db.Conn(), req.Actor(), {*area, *category, *mode, *state}, *page);
             if (!res) return res.error();
             boost::json::array items;
             for (const auto& d : res->items) items.push_back(ToJson(d));
             return http::Ok(http::PageBody(std::move(items), *page, res->total));
           },
           .tag = "disclosures",
           .summary = "Items made public (社区事项公开), newest first: those published in the "
                      "areas the caller holds a role in, below them and above them (a resident "
                      "reads their community's, subdistrict's and district's); withdrawn items "
                      "only where the caller may publish",
           .response = s::PageOf(s::Ref("Disclosure")),
           .query = {{"area_id", "only items published in this area or below it", s::Int()},
                     {"category", "government, affairs or finance",
                      s::Enum({"government", "affairs", "finance"})},
                     {"mode", "ad_hoc (a notice, when of affairs) or periodic",
                      s::Enum({"ad_hoc", "periodic"})},
                     {"state", "published (default), withdrawn or all",
                      s::Enum({"published", "withdrawn", "all"})},
                     {"page", "page number from 1", s::Int()},
                     {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/disclosures/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto d = GetDisclosure(db.Conn(), req.Actor(), req.PathId("id"));
             if (!d) return d.error();
             return http::Ok(ToJson(*d));
           },
           .tag = "disclosures",
           .summary = "One item made public",
           .response = s::Ref("Disclosure")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/disclosures",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParsePublish(req.body);
             if (!form) return form.error();
             auto d = Publish(db.Conn(), req.Actor(), *form);
             if (!d) return d.error();
             return http::Created(ToJson(*d));
           },
           .tag = "disclosures",
           .summary = "Publish an item in a community or an area above it: government affairs "
                      "(政务) ad hoc or periodic, community affairs (事务) ad hoc (a notice) or "
                      "periodic, finances (财务) periodic by the month or the quarter",
           .request =
               s::Obj({{"area_id", s::Int("a community or an area above it")},
                       {"category", s::Enum({"government", "affairs", "finance"})},
                       {"mode", s::Enum({"ad_hoc", "periodic"})},
                       {"period", s::Str("periodic items only: 2026-10, 2026-Q3, 2026-H2 or 2026; "
                                         "finances by the month or the quarter")},
                       {"title", s::Str("at most 200 characters")},
                       {"body", s::Str("at most 20000 characters, several lines")}},
                      {"area_id", "category", "mode", "title", "body"}),
           .response = s::Ref("Disclosure"),
           .success = 201});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/disclosures/{id}/withdraw",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseWithdraw(req.body);
             if (!form) return form.error();
             auto d = Withdraw(db.Conn(), req.Actor(), req.PathId("id"), *form);
             if (!d) return d.error();
             return http::Ok(ToJson(*d));
           },
           .tag = "disclosures",
           .summary = "Withdraw a published item, saying why; it stays on record, marked "
                      "withdrawn, and is no longer shown to readers",
           .request = s::Obj({{"reason", s::Str("at most 1000 characters")}}, {"reason"}),
           .response = s::Ref("Disclosure")});
  };
  return m;
}

}  // namespace linli::disclosures
