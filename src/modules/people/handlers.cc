// HTTP handlers of the people module.
#include <boost/json/array.hpp>

#include "http/query.h"
#include "http/schema.h"
#include "modules/people/commands.h"
#include "modules/people/forms.h"
#include "modules/people/manifest.h"
#include "modules/people/queries.h"

namespace linli::people {
namespace {

namespace s = http::schema;

boost::json::value PersonSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"name", s::Str()},
       {"gender", s::Nullable(s::Enum({"male", "female"}))},
       {"birth_date", s::Nullable(s::Date())},
       {"id_number", s::Nullable(s::Str("masked: first 6 and last 4 characters"))},
       {"phone", s::Nullable(s::Str("masked: first 3 and last 4 digits"))},
       {"address", s::Nullable(s::Str())},
       {"area",
        s::Nullable(s::Obj(
            {{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}, {"path", s::Str()}}))},
       {"roles", s::Arr({{"type", "object"}})},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "name"});
}

boost::json::value PersonInput(bool create) {
  auto o = s::Obj({{"name", s::Str("at most 50 characters")},
                   {"gender", s::Enum({"male", "female"})},
                   {"birth_date", s::Date()},
                   {"id_number", s::Str("18-character resident ID number")},
                   {"phone", create ? s::Str("11-digit mobile number") : s::Nullable(s::Str())},
                   {"area_id", s::Int("household or smallest known area")},
                   {"address", s::Str()}},
                  create ? std::vector<std::string>{"name"} : std::vector<std::string>{});
  return o;
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  const Crypto& crypto = services.crypto;
  Manifest m;
  m.name = "people";
  m.routes = [&db, &crypto](http::Router& r) {
    r.AddSchema("Person", PersonSchema());
    const std::vector<std::string_view> roles(auth::RoleNames().begin(), auth::RoleNames().end());

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
           auto role = http::QueryEnum(req, "role", roles);
           if (!role) return role.error();
           auto res = ListPeople(db.Conn(), req.Actor(), {*area, *q, *role}, *page);
           if (!res) return res.error();
           boost::json::array items;
           for (const auto& p : res->items) items.push_back(ToJson(p));
           return http::Ok(http::PageBody(std::move(items), *page, res->total));
         },
         .tag = "people",
         .summary = "List people in the caller's area, ID numbers and phones masked",
         .response = s::PageOf(s::Ref("Person")),
         .query = {{"area_id", "the area and everything below it", s::Int()},
                   {"q", "part of the name", s::Str()},
                   {"role", "holds this role", s::Enum(roles)},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/people/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto p = GetPerson(db.Conn(), req.Actor(), req.PathId("id"));
             if (!p) return p.error();
             auto o = ToJson(*p);
             o["roles"] = RolesOf(db.Conn(), p->id);
             return http::Ok(o);
           },
           .tag = "people",
           .summary = "One person, masked, with the roles they hold",
           .response = s::Ref("Person")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseCreate(req.body);
             if (!form) return form.error();
             auto p = CreatePerson(db.Conn(), crypto, req.Actor(), *form);
             if (!p) return p.error();
             return http::Created(ToJson(*p));
           },
           .tag = "people",
           .summary = "Enter a person once; gender and birth date follow from the ID number",
           .request = PersonInput(true),
           .response = s::Ref("Person"),
           .success = 201});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/people/{id}",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseUpdate(req.body);
             if (!form) return form.error();
             auto p = UpdatePerson(db.Conn(), crypto, req.Actor(), req.PathId("id"), *form);
             if (!p) return p.error();
             return http::Ok(ToJson(*p));
           },
           .tag = "people",
           .summary = "Correct a person's record (phone null removes it)",
           .request = PersonInput(false),
           .response = s::Ref("Person")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people/{id}/reveal",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseReveal(req.body);
             if (!form) return form.error();
             auto v = RevealPersonal(db.Conn(), crypto, req.Actor(), req.PathId("id"), form->field,
                                     form->reason);
             if (!v) return v.error();
             return http::Ok(
                 {{"field", form->field == PersonalField::kPhone ? "phone" : "id_number"},
                  {"value", *v}});
           },
           .tag = "people",
           .summary = "Reveal one personal field to a role that needs it; the reveal is audited",
           .request = s::Obj({{"field", s::Enum({"id_number", "phone"})},
                              {"reason", s::Str("why it is needed, 2 to 200 characters")}},
                             {"field", "reason"}),
           .response = s::Obj({{"field", s::Str()}, {"value", s::Str()}})});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/people/lookup",
           .handler = [&db, &crypto](const http::Request& req) -> Result<http::Response> {
             auto form = ParseLookup(req.body);
             if (!form) return form.error();
             boost::json::array items;
             for (const auto& p :
                  FindByPersonal(db.Conn(), crypto, req.Actor(), form->field, form->value)) {
               items.push_back(ToJson(p));
             }
             return http::Ok({{"items", std::move(items)}});
           },
           .tag = "people",
           .summary = "Find people by exact ID number or phone (sent in the body, never the URL)",
           .request = s::Obj({{"id_number", s::Str()}, {"phone", s::Str()}}),
           .response = s::Obj({{"items", s::Arr(s::Ref("Person"))}})});
  };
  return m;
}

}  // namespace linli::people
