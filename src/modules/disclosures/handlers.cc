// HTTP handlers of the disclosures module: parse → command or query → JSON. No rules here.
#include "http/query.h"
#include "http/schema.h"
#include "modules/disclosures/answers.h"
#include "modules/disclosures/commands.h"
#include "modules/disclosures/demo.h"
#include "modules/disclosures/manifest.h"
#include "modules/disclosures/queries.h"

namespace linli::disclosures {
namespace s = http::schema;

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "disclosures";
  m.demo = DemoRows;
  m.routes = [&db](http::Router& r) {
    shape::AddComponents<DisclosureAnswer>(r);

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
             auto state = http::QueryEnum(req, "state", StateFilters());
             if (!state) return state.error();
             auto res = List(db.Conn(), req.Actor(), {*area, *category, *mode, *state}, *page);
             if (!res) return res.error();
             shape::PageOf<DisclosureAnswer> out{{}, page->page, page->per_page, res->total};
             for (const auto& d : res->items) out.items.push_back(AnswerOf(d));
             return http::JsonWritten(200, shape::JsonOf(out));
           },
           .tag = "disclosures",
           .summary = "Items made public (社区事项公开), newest first: those published in the "
                      "areas the caller holds a role in, below them and above them (a resident "
                      "reads their community's, subdistrict's and district's); withdrawn items "
                      "only where the caller may publish",
           .response = shape::SchemaOf<shape::PageOf<DisclosureAnswer>>(),
           .query = {{"area_id", "only items published in this area or below it", s::Int()},
                     {"category", "government, affairs or finance", s::Enum(Categories())},
                     {"mode", "ad_hoc (a notice, when of affairs) or periodic", s::Enum(Modes())},
                     {"state", "published (default), withdrawn or all", s::Enum(StateFilters())},
                     {"page", "page number from 1", s::Int()},
                     {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/disclosures/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto d = GetDisclosure(db.Conn(), req.Actor(), req.PathId("id"));
             if (!d) return d.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*d)));
           },
           .tag = "disclosures",
           .summary = "One item made public",
           .response = shape::RefOf<DisclosureAnswer>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/disclosures",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParsePublish(req.body);
             if (!form) return form.error();
             auto d = Publish(db.Conn(), req.Actor(), *form);
             if (!d) return d.error();
             return http::JsonWritten(201, shape::JsonOf(AnswerOf(*d)));
           },
           .tag = "disclosures",
           .summary = "Publish an item in a community or an area above it: government affairs "
                      "(政务) ad hoc or periodic, community affairs (事务) ad hoc (a notice) or "
                      "periodic, finances (财务) periodic by the month or the quarter",
           .request = s::Body(PublishFields()),
           .response = shape::RefOf<DisclosureAnswer>(),
           .success = 201});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/disclosures/{id}/withdraw",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseWithdraw(req.body);
             if (!form) return form.error();
             auto d = Withdraw(db.Conn(), req.Actor(), req.PathId("id"), *form);
             if (!d) return d.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*d)));
           },
           .tag = "disclosures",
           .summary = "Withdraw a published item, saying why; it stays on record, marked "
                      "withdrawn, and is no longer shown to readers",
           .request = s::Body(WithdrawFields()),
           .response = shape::RefOf<DisclosureAnswer>()});
  };
  return m;
}

}  // namespace linli::disclosures
