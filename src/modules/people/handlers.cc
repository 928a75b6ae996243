// HTTP handlers of the people module.
#include "http/query.h"
#include "http/schema.h"
#include "modules/people/answers.h"
#include "modules/people/commands.h"
#include "modules/people/forms.h"
#include "modules/people/manifest.h"
#include "modules/people/queries.h"
#include "modules/people/role_source.h"

namespace linli::people {

namespace s = http::schema;

Manifest Module(Services& services) {
  store::Database& db = services.db;
  const Crypto& crypto = services.crypto;
  Manifest m;
  m.name = "people";
  const Ports& ports = services.ports;
  m.routes = [&db, &crypto, &ports](http::Router& r) {
    // Found when the routes are made: every manifest, and so every provider, exists by then.
    const auto* roles = ports.Find<RoleSource>();
    shape::AddComponents<PersonAnswer, PersonView, PersonalValue>(r);

    r.Add(
        {.method = http::Method::kGet,
         .pattern = "/api/v1/people",
         .handler = [&db, roles](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"area_id", "q", "role", "page", "per_page"}); !st)
             return st.error();
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto area = http::QueryId(req, "area_id");
           if (!area) return area.error();
           auto q = http::QueryText(req, "q", 50);
           if (!q) return q.error();
           auto role = http::QueryEnum(req, "role", auth::RoleNames());
           if (!role) return role.error();
           auto res = ListPeople(db.Conn(), req.Actor(), {*area, *q, *role}, *page, roles);
           if (!res) return res.error();
           shape::PageOf<PersonAnswer> out{{}, page->page, page->per_page, res->total};
           out.items.reserve(res->items.size());
           for (const auto& p : res->items) out.items.push_back(AnswerOf(p));
           return http::JsonWritten(200, shape::JsonOf(out, 400 * out.items.size() + 64));
         },
         .tag = "people",
         .summary = "List people in the caller's area, ID numbers and phones masked",
         .response = shape::SchemaOf<shape::PageOf<PersonAnswer>>(),
         .query = {{"area_id", "the area and everything below it", s::Int()},
                   {"q", "part of the name", s::Str()},
                   {"role", "holds this role", s::Enum(auth::RoleNames())},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/people/{id}",
           .handler = [&db, roles](const http::Request& req) -> Result<http::Response> {
             auto p = GetPerson(db.Conn(), req.Actor(), req.PathId("id"));
             if (!p) return p.error();
             const auto held = roles ? roles->RolesOf(db.Conn(), p->id) : std::vector<PersonRole>{};
             return http::JsonWritten(200, shape::JsonOf(ViewOf(*p, held)));
           },
           .tag = "people",
           .summary = "One person, masked, with the roles they hold",
           .response = shape::RefOf<PersonView>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseCreate(req.body);
             if (!form) return form.error();
             auto p = CreatePerson(db.Conn(), crypto, req.Actor(), *form);
             if (!p) return p.error();
             return http::JsonWritten(201, shape::JsonOf(AnswerOf(*p)));
           },
           .tag = "people",
           .summary = "Enter a person once; gender and birth date follow from the ID number",
           .request = s::Body(CreateFields()),
           .response = shape::RefOf<PersonAnswer>(),
           .success = 201});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/people/{id}",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseUpdate(req.body);
             if (!form) return form.error();
             auto p = UpdatePerson(db.Conn(), crypto, req.Actor(), req.PathId("id"), *form);
             if (!p) return p.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*p)));
           },
           .tag = "people",
           .summary = "Correct a person's record (phone null removes it)",
           .request = s::Body(UpdateFields()),
           .response = shape::RefOf<PersonAnswer>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people/{id}/reveal",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseReveal(req.body);
             if (!form) return form.error();
             auto v = RevealPersonal(db.Conn(), crypto, req.Actor(), req.PathId("id"), form->field,
                                     form->reason);
             if (!v) return v.error();
             const PersonalValue out{{form->field == PersonalField::kPhone ? "phone" : "id_number"},
                                     *v};
             return http::JsonWritten(200, shape::JsonOf(out));
           },
           .tag = "people",
           .summary = "Reveal one personal field to a role that needs it; the reveal is audited",
           .request = s::Body(RevealFields()),
           .response = shape::RefOf<PersonalValue>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people/lookup",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseLookup(req.body);
             if (!form) return form.error();
             const auto found =
                 FindByPersonal(db.Conn(), crypto, req.Actor(), form->field, form->value);
             shape::ListOf<PersonAnswer> out;
             for (const auto& p : found) out.items.push_back(AnswerOf(p));
             return http::JsonWritten(200, shape::JsonOf(out));
           },
           .tag = "people",
           .summary = "Find people by exact ID number or phone (sent in the body, never the URL)",
           .request = s::Body(LookupFields()),
           .response = shape::SchemaOf<shape::ListOf<PersonAnswer>>()});
  };
  return m;
}

}  // namespace linli::people
