// The orgs module's manifest and its routes, one function per resource: parse → command or
// query → JSON. No business rules here, no transactions.
#include <array>

#include "http/query.h"
#include "http/schema.h"
#include "modules/orgs/answers.h"
#include "modules/orgs/commands.h"
#include "modules/orgs/forms.h"
#include "modules/orgs/manifest.h"
#include "modules/orgs/members.h"
#include "modules/orgs/queries.h"

namespace linli::orgs {
namespace {

namespace s = http::schema;
constexpr int64_t kSubtreeLimit = 5000;
constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};

// ?page and ?per_page, as the lists of organisations and of members document them.
std::vector<http::QueryParam> PageParams() {
  return {{"page", "page number from 1", s::Int()},
          {"per_page", "rows per page, 1 to 200", s::Int()}};
}

// /api/v1/orgs: list, read, the subtree, create, update, move.
void OrgRoutes(http::Router& r, store::Database& db) {
  auto list_query = PageParams();
  list_query.insert(list_query.begin(),
                    {{"parent_id", "only the children of this organisation", s::Int()},
                     {"area_id", "only organisations sitting in this area or below it", s::Int()},
                     {"kind", "only organisations of this kind", s::Enum(Kinds())},
                     {"q", "part of the name", s::Str()}});
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st =
                   http::OnlyParams(req, {"parent_id", "area_id", "kind", "q", "page", "per_page"});
               !st) {
             return st.error();
           }
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto parent = http::QueryId(req, "parent_id");
           if (!parent) return parent.error();
           auto area = http::QueryId(req, "area_id");
           if (!area) return area.error();
           auto kind = http::QueryEnum(req, "kind", Kinds());
           if (!kind) return kind.error();
           auto q = http::QueryText(req, "q");
           if (!q) return q.error();
           auto res = ListOrgs(db.Conn(), req.Actor(), {*parent, *area, *kind, *q}, *page);
           if (!res) return res.error();
           shape::PageOf<OrgAnswer> out{{}, page->page, page->per_page, res->total};
           out.items.reserve(res->items.size());
           for (const auto& o : res->items) out.items.push_back(AnswerOf(o));
           return http::JsonWritten(200, shape::JsonOf(out, 320 * out.items.size() + 64));
         },
         .tag = "orgs",
         .summary = "List the party organisations in the caller's scope",
         .response = shape::SchemaOf<shape::PageOf<OrgAnswer>>(),
         .query = list_query});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto res = GetOrg(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(ViewOf(*res)));
         },
         .tag = "orgs",
         .summary = "One party organisation, with those above it (root first) and its member "
                    "counts (its own, and with everything below it)",
         .response = shape::RefOf<OrgViewAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/subtree",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetSubtree(db.Conn(), req.Actor(), req.PathId("id"), kSubtreeLimit);
           if (!res) return res.error();
           OrgSubtree out;
           out.items.reserve(res->items.size());
           for (const auto& o : res->items) out.items.push_back(AnswerOf(o));
           out.truncated = res->truncated;
           return http::JsonWritten(200, shape::JsonOf(out, 320 * out.items.size() + 64));
         },
         .tag = "orgs",
         .summary = "An organisation and those below it in the caller's scope, in path order",
         .response = shape::RefOf<OrgSubtree>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseCreate(req.body);
           if (!form) return form.error();
           auto o = CreateOrg(db.Conn(), req.Actor(), *form);
           if (!o) return o.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*o)));
         },
         .tag = "orgs",
         .summary = "Create a party organisation in an area, under a parent of a higher kind",
         .request = s::Body(CreateFields()),
         .response = shape::RefOf<OrgAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/orgs/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdate(req.body);
           if (!form) return form.error();
           auto o = UpdateOrg(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!o) return o.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*o)));
         },
         .tag = "orgs",
         .summary = "Rename an organisation, set its joint flag, or seat it in another area",
         .request = s::Body(UpdateFields()),
         .response = shape::RefOf<OrgAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs/{id}/move",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseMove(req.body);
           if (!form) return form.error();
           auto o = MoveOrg(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!o) return o.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*o)));
         },
         .tag = "orgs",
         .summary = "Move an organisation, with everything below it, under another parent",
         .request = s::Body(MoveFields()),
         .response = shape::RefOf<OrgAnswer>()});
}

// GET /api/v1/orgs/{id}/checks.
void CheckRoutes(http::Router& r, store::Database& db, const OrgRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/checks",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetChecks(db.Conn(), req.Actor(), req.PathId("id"), rules);
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(ChecksOf(*res, rules)));
         },
         .tag = "orgs",
         .summary = "The formation rules (branch size, general branch size, full members) "
                    "checked against the member rows as they are now",
         .response = shape::RefOf<ChecksAnswer>()});
}

// /api/v1/orgs/{id}/members: list, add, update, remove.
void MemberRoutes(http::Router& r, store::Database& db) {
  auto member_query = PageParams();
  member_query.insert(
      member_query.begin(),
      {"subtree", "true: also the members of the organisations below", s::Enum(kBooleans)});
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/members",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"subtree", "page", "per_page"}); !st) {
             return st.error();
           }
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto subtree = http::QueryEnum(req, "subtree", kBooleans);
           if (!subtree) return subtree.error();
           auto res = ListMembers(db.Conn(), req.Actor(), req.PathId("id"),
                                  subtree->value_or("false") == "true", *page);
           if (!res) return res.error();
           shape::PageOf<MemberAnswer> out{{}, page->page, page->per_page, res->total};
           out.items.reserve(res->items.size());
           for (const auto& mem : res->items) out.items.push_back(AnswerOf(mem));
           return http::JsonWritten(200, shape::JsonOf(out, 450 * out.items.size() + 64));
         },
         .tag = "orgs",
         .summary = "The party members an organisation holds, masked, with status and "
                    "admission date",
         .response = shape::SchemaOf<shape::PageOf<MemberAnswer>>(),
         .query = member_query});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs/{id}/members",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseAddMember(req.body);
           if (!form) return form.error();
           auto mem = AddMember(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!mem) return mem.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*mem)));
         },
         .tag = "orgs",
         .summary = "Add a person as a member; someone already a member elsewhere is a 409",
         .request = s::Body(AddMemberFields()),
         .response = shape::RefOf<MemberAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/orgs/{id}/members/{person_id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdateMember(req.body);
           if (!form) return form.error();
           auto mem = UpdateMember(db.Conn(), req.Actor(), req.PathId("id"),
                                   req.PathId("person_id"), *form);
           if (!mem) return mem.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*mem)));
         },
         .tag = "orgs",
         .summary = "Change a member's status (probationary to full) or admission date",
         .request = s::Body(UpdateMemberFields()),
         .response = shape::RefOf<MemberAnswer>()});

  r.Add({.method = http::Method::kDelete,
         .pattern = "/api/v1/orgs/{id}/members/{person_id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st =
                   RemoveMember(db.Conn(), req.Actor(), req.PathId("id"), req.PathId("person_id"));
               !st) {
             return st.error();
           }
           return http::NoContent();
         },
         .tag = "orgs",
         .summary = "Remove a member from the organisation",
         .success = 204});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(OrgRulesSection());
  Manifest m;
  m.name = "orgs";
  m.routes = [&db, &services](http::Router& r) {
    const auto& rules = services.settings.Get<OrgRules>();
    shape::AddComponents<OrgAnswer, OrgViewAnswer, OrgSubtree, ChecksAnswer, MemberAnswer>(r);
    OrgRoutes(r, db);
    CheckRoutes(r, db, rules);
    MemberRoutes(r, db);
  };
  return m;
}

}  // namespace linli::orgs
