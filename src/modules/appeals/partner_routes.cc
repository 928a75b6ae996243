#include "modules/appeals/partner_routes.h"

#include "http/query.h"
#include "http/schema.h"
#include "modules/appeals/answers.h"
#include "modules/appeals/partners.h"

namespace linli::appeals {

namespace s = http::schema;

void AddPartnerRoutes(http::Router& r, store::Database& db, const AppealsConfig& config) {
  std::vector<std::string_view> codes;
  for (const auto& c : config.categories) codes.emplace_back(c.code);
  shape::AddComponents<PartnerAnswer>(r);
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/appeal-partners",
         .handler = [&db, &config](const http::Request& req) -> Result<http::Response> {
           auto form = ParsePartner(req.body, config);
           if (!form) return form.error();
           auto out = RegisterPartner(db.Conn(), req.Actor(), *form);
           if (!out) return out.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*out)));
         },
         .tag = "appeals",
         .summary = "Register a co-building unit (reported in to the community) or a service "
                    "provider with a community, for the appeal categories it takes; a unit "
                    "registered again has its categories replaced",
         .request = s::Obj({{"kind", s::Enum(PartnerKinds())},
                            {"community_id", s::Int()},
                            {"categories", s::Arr(s::Enum(codes))},
                            {"unit_id", s::Int("kind unit: a work unit")},
                            {"name", s::Str("kind provider")},
                            {"services", s::Str("kind provider: what it offers")},
                            {"person_ids", s::Arr(s::Int("kind provider: who acts for it"))}},
                           {"kind", "community_id", "categories"}),
         .response = shape::RefOf<PartnerAnswer>(),
         .success = 201});
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/appeal-partners",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"community_id"}); !st) return st.error();
           auto id = http::QueryId(req, "community_id");
           if (!id) return id.error();
           if (!*id) return Error::Invalid("?community_id", "is required");
           auto items = ListPartners(db.Conn(), req.Actor(), **id);
           if (!items) return items.error();
           shape::ListOf<PartnerAnswer> out;
           for (const auto& p : *items) out.items.push_back(AnswerOf(p));
           return http::JsonWritten(200, shape::JsonOf(out, 2048));
         },
         .tag = "appeals",
         .summary = "The units and providers registered with a community for appeals",
         .response = shape::SchemaOf<shape::ListOf<PartnerAnswer>>(),
         .query = {{"community_id", "the community", s::Int(), true}}});
}

}  // namespace linli::appeals
