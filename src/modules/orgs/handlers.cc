// The orgs module's manifest and its routes, one function per resource: parse → command or
// query → JSON. No business rules here, no transactions.
#include <array>

#include <boost/json/array.hpp>

#include "http/query.h"
#include "http/schema.h"
#include "modules/orgs/commands.h"
#include "modules/orgs/manifest.h"
#include "modules/orgs/members.h"
#include "modules/orgs/queries.h"

namespace linli::orgs {
namespace {

namespace s = http::schema;
constexpr int64_t kSubtreeLimit = 5000;
constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};

std::vector<std::string_view> KindList() { return {Kinds().begin(), Kinds().end()}; }

boost::json::value OrgSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"parent_id", s::Nullable(s::Int())},
       {"kind", s::Enum(KindList())},
       {"name", s::Str()},
       {"joint", s::Bool("a joint branch (联合支部) of several small units")},
       {"area",
        s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}, {"path", s::Str()}})},
       {"path", s::Str("materialized path of ids, \"/3/7/\"")},
       {"depth", s::Int("0 for a root")},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "parent_id", "kind", "name", "joint", "area", "path", "depth"});
}

boost::json::value CountsSchema() {
  return s::Obj({{"members", s::Int()}, {"full", s::Int()}, {"probationary", s::Int()}});
}

// PartyOrg with its ancestors and member counts, as GET /api/v1/orgs/{id} answers.
boost::json::value OrgViewSchema() {
  boost::json::value v = OrgSchema();
  auto& props = v.as_object()["properties"].as_object();
  props["ancestors"] =
      s::Arr(s::Obj({{"id", s::Int()}, {"kind", s::Enum(KindList())}, {"name", s::Str()}}));
  props["member_counts"] =
      s::Obj({{"direct", CountsSchema()}, {"subtree", CountsSchema()}}, {"direct", "subtree"});
  return v;
}

boost::json::value CountsJson(const MemberCounts& m) {
  return {{"members", m.members}, {"full", m.full}, {"probationary", m.probationary}};
}

// The Person schema the people module registered, with the membership fields added.
boost::json::value MemberSchema(const http::Router& r) {
  boost::json::object o;
  if (auto it = r.schemas().find("Person"); it != r.schemas().end() && it->second.is_object()) {
    o = it->second.as_object();
  } else {
    o = s::Obj({}).as_object();
  }
  auto& props = o["properties"].as_object();
  props.erase("roles");
  props["org_id"] = s::Int("the organisation holding the membership");
  props["status"] =
      s::Enum(std::vector<std::string_view>(MemberStatuses().begin(), MemberStatuses().end()));
  props["joined_on"] = s::Nullable(s::Date());
  props["member_since"] = s::DateTime();
  return o;
}

boost::json::value ChecksSchema() {
  return s::Obj(
      {{"org_id", s::Int()},
       {"kind", s::Enum(KindList())},
       {"joint", s::Bool()},
       {"members", s::Int("party_members rows of the organisation and those below it")},
       {"full_members", s::Int()},
       {"probationary_members", s::Int()},
       {"counted", s::Obj({{"source", s::Str()},
                           {"organisations", s::Int("organisations whose rows are counted")}})},
       {"thresholds", s::Obj({{"branch_max_members", s::Int()},
                              {"general_branch_max_members", s::Int()},
                              {"min_full_members", s::Int()}})},
       {"checks", s::Arr(s::Obj({{"rule", s::Str()},
                                 {"status", s::Enum({"ok", "info", "violation"})},
                                 {"message", s::Str()}},
                                {"rule", "status", "message"}))}},
      {"org_id", "kind", "members", "full_members", "probationary_members", "thresholds",
       "checks"});
}

// ?page and ?per_page, as the lists of organisations and of members document them.
std::vector<http::QueryParam> PageParams() {
  return {{"page", "page number from 1", s::Int()},
          {"per_page", "rows per page, 1 to 200", s::Int()}};
}

// /api/v1/orgs: list, read, the subtree, create, update, move.
void OrgRoutes(http::Router& r, store::Database& db) {
  const std::vector<std::string_view> kinds = KindList();
  auto list_query = PageParams();
  list_query.insert(list_query.begin(),
                    {{"parent_id", "only the children of this organisation", s::Int()},
                     {"area_id", "only organisations sitting in this area or below it", s::Int()},
                     {"kind", "only organisations of this kind", s::Enum(kinds)},
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
           boost::json::array items;
           for (const auto& o : res->items) items.push_back(ToJson(o));
           return http::Ok(http::PageBody(std::move(items), *page, res->total));
         },
         .tag = "orgs",
         .summary = "List the party organisations in the caller's scope",
         .response = s::PageOf(s::Ref("PartyOrg")),
         .query = list_query});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto res = GetOrg(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           auto o = ToJson(res->org);
           boost::json::array anc;
           for (const auto& a : res->ancestors) {
             anc.push_back({{"id", a.id}, {"kind", a.kind}, {"name", a.name}});
           }
           o["ancestors"] = std::move(anc);
           o["member_counts"] = {{"direct", CountsJson(res->direct)},
                                 {"subtree", CountsJson(res->subtree)}};
           return http::Ok(o);
         },
         .tag = "orgs",
         .summary = "One party organisation, with those above it (root first) and its member "
                    "counts (its own, and with everything below it)",
         .response = OrgViewSchema()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/subtree",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetSubtree(db.Conn(), req.Actor(), req.PathId("id"), kSubtreeLimit);
           if (!res) return res.error();
           boost::json::array items;
           for (const auto& o : res->items) items.push_back(ToJson(o));
           return http::Ok(
               boost::json::object{{"items", std::move(items)}, {"truncated", res->truncated}});
         },
         .tag = "orgs",
         .summary = "An organisation and those below it in the caller's scope, in path order",
         .response = s::Obj({{"items", s::Arr(s::Ref("PartyOrg"))}, {"truncated", s::Bool()}})});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseCreate(req.body);
           if (!form) return form.error();
           auto o = CreateOrg(db.Conn(), req.Actor(), *form);
           if (!o) return o.error();
           return http::Created(ToJson(*o));
         },
         .tag = "orgs",
         .summary = "Create a party organisation in an area, under a parent of a higher kind",
         .request = s::Obj({{"parent_id", s::Int("none for a root")},
                            {"kind", s::Enum(kinds)},
                            {"name", s::Str("at most 100 characters")},
                            {"area_id", s::Int("the area it sits in")},
                            {"joint", s::Bool("a joint branch; only for a branch")}},
                           {"kind", "name", "area_id"}),
         .response = s::Ref("PartyOrg"),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/orgs/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdate(req.body);
           if (!form) return form.error();
           auto o = UpdateOrg(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!o) return o.error();
           return http::Ok(ToJson(*o));
         },
         .tag = "orgs",
         .summary = "Rename an organisation, set its joint flag, or seat it in another area",
         .request = s::Obj({{"name", s::Str()}, {"joint", s::Bool()}, {"area_id", s::Int()}}),
         .response = s::Ref("PartyOrg")});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs/{id}/move",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseMove(req.body);
           if (!form) return form.error();
           auto o = MoveOrg(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!o) return o.error();
           return http::Ok(ToJson(*o));
         },
         .tag = "orgs",
         .summary = "Move an organisation, with everything below it, under another parent",
         .request = s::Obj({{"parent_id", s::Int()}}, {"parent_id"}),
         .response = s::Ref("PartyOrg")});
}

// GET /api/v1/orgs/{id}/checks.
void CheckRoutes(http::Router& r, store::Database& db, const OrgRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/checks",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetChecks(db.Conn(), req.Actor(), req.PathId("id"), rules);
           if (!res) return res.error();
           boost::json::array checks;
           for (const auto& c : res->checks) {
             checks.push_back(
                 {{"rule", c.rule}, {"status", LevelName(c.level)}, {"message", c.message}});
           }
           return http::Ok(boost::json::object{
               {"org_id", res->org.id},
               {"kind", res->org.kind},
               {"joint", res->org.joint},
               {"members", res->counts.members},
               {"full_members", res->counts.full},
               {"probationary_members", res->counts.probationary},
               {"counted",
                {{"source", "party_members rows of this organisation and those below it"},
                 {"organisations", res->orgs_counted}}},
               {"thresholds",
                {{"branch_max_members", rules.branch_max_members},
                 {"general_branch_max_members", rules.general_branch_max_members},
                 {"min_full_members", rules.min_full_members}}},
               {"checks", std::move(checks)}});
         },
         .tag = "orgs",
         .summary = "The formation rules (branch size, general branch size, full members) "
                    "checked against the member rows as they are now",
         .response = ChecksSchema()});
}

// /api/v1/orgs/{id}/members: list, add, update, remove.
void MemberRoutes(http::Router& r, store::Database& db) {
  const std::vector<std::string_view> statuses(MemberStatuses().begin(), MemberStatuses().end());
  auto member_query = PageParams();
  member_query.insert(
      member_query.begin(),
      {"subtree", "true: also the members of the organisations below", s::Enum({"true", "false"})});
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
           boost::json::array items;
           for (const auto& mem : res->items) items.push_back(ToJson(mem));
           return http::Ok(http::PageBody(std::move(items), *page, res->total));
         },
         .tag = "orgs",
         .summary = "The party members an organisation holds, masked, with status and "
                    "admission date",
         .response = s::PageOf(s::Ref("PartyMember")),
         .query = member_query});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/orgs/{id}/members",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseAddMember(req.body);
           if (!form) return form.error();
           auto mem = AddMember(db.Conn(), req.Actor(), req.PathId("id"), *form);
           if (!mem) return mem.error();
           return http::Created(ToJson(*mem));
         },
         .tag = "orgs",
         .summary = "Add a person as a member; someone already a member elsewhere is a 409",
         .request = s::Obj(
             {{"person_id", s::Int()}, {"status", s::Enum(statuses)}, {"joined_on", s::Date()}},
             {"person_id", "status"}),
         .response = s::Ref("PartyMember"),
         .success = 201});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/orgs/{id}/members/{person_id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseUpdateMember(req.body);
           if (!form) return form.error();
           auto mem = UpdateMember(db.Conn(), req.Actor(), req.PathId("id"),
                                   req.PathId("person_id"), *form);
           if (!mem) return mem.error();
           return http::Ok(ToJson(*mem));
         },
         .tag = "orgs",
         .summary = "Change a member's status (probationary to full) or admission date",
         .request = s::Obj({{"status", s::Enum(statuses)}, {"joined_on", s::Nullable(s::Date())}}),
         .response = s::Ref("PartyMember")});

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
    r.AddSchema("PartyOrg", OrgSchema());
    r.AddSchema("PartyMember", MemberSchema(r));
    OrgRoutes(r, db);
    CheckRoutes(r, db, rules);
    MemberRoutes(r, db);
  };
  return m;
}

}  // namespace linli::orgs
