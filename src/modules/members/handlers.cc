// The members module's manifest: its schemas and its routes, one function per resource
// (routes.h), and what those functions share.
#include <array>
#include <string>

#include <boost/json/value.hpp>

#include "http/schema.h"
#include "modules/members/demo.h"
#include "modules/members/forms.h"
#include "modules/members/manifest.h"
#include "modules/members/routes.h"
#include "modules/members/rules.h"

namespace linli::members {

namespace routes {
namespace s = http::schema;

std::vector<std::string_view> List(std::span<const std::string_view> v) {
  return {v.begin(), v.end()};
}

boost::json::value Month() { return s::Str("a month, YYYY-MM"); }
boost::json::value IdName() { return s::Obj({{"id", s::Int()}, {"name", s::Str()}}); }
boost::json::value OptStr() { return s::Nullable(s::Str()); }
boost::json::value Fen(std::string what) { return s::Int(what + ", in fen"); }

}  // namespace routes

namespace {

namespace s = http::schema;
using routes::Fen;
using routes::IdName;
using routes::kTransferStates;
using routes::List;
using routes::Month;
using routes::OptStr;

void AddSchemas(http::Router& r) {
  r.AddSchema(
      "Member",
      s::Obj(
          {{"id", s::Int()},
           {"name", s::Str()},
           {"gender", OptStr()},
           {"birth_date", s::Nullable(s::Date())},
           {"id_number", s::Nullable(s::Str("masked: first 6 and last 4"))},
           {"phone", s::Nullable(s::Str("masked"))},
           {"address", OptStr()},
           {"area",
            s::Nullable(s::Obj(
                {{"id", s::Int()}, {"name", OptStr()}, {"kind", OptStr()}, {"path", s::Str()}}))},
           {"created_at", s::DateTime()},
           {"updated_at", s::DateTime()},
           {"org_id", s::Int()},
           {"status", s::Enum({"full", "probationary"})},
           {"joined_on", s::Nullable(s::Date())},
           {"member_since", s::DateTime()},
           {"admitted_on", s::Nullable(s::Date())},
           {"org", s::Obj({{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}})},
           {"profile",
            s::Obj({{"applied_on", s::Nullable(s::Date())},
                    {"full_on", s::Nullable(s::Date())},
                    {"post", OptStr()},
                    {"education", s::Nullable(s::Enum(List(Educations())))},
                    {"mobile", s::Bool()},
                    {"mobile_to", OptStr()},
                    {"mobile_since", s::Nullable(s::Date())},
                    {"unit", s::Nullable(s::Obj(
                                 {{"id", s::Int()}, {"name", s::Str()}, {"org", IdName()}}))}})},
           {"dues_basis", s::Nullable(s::Ref("DuesBasis"))},
           {"reported_in_to", OptStr()},
           {"receipt_no", OptStr()}},
          {"id", "name", "org_id", "status", "profile"}));
  r.AddSchema("DuesBasis", s::Obj({{"from_month", Month()},
                                   {"category", s::Enum(List(DuesCategories()))},
                                   {"income_fen", Fen("monthly income (after tax) or pension")},
                                   {"monthly_due_fen", Fen("the monthly dues it gives")}}));
  r.AddSchema("Transfer", s::Obj({{"id", s::Int()},
                                  {"member", IdName()},
                                  {"from_org", IdName()},
                                  {"to_org", IdName()},
                                  {"months_away", s::Nullable(s::Int("null: for good"))},
                                  {"letter", s::Enum({"none", "certificate", "transfer"})},
                                  {"letter_no", OptStr()},
                                  {"reason", s::Str()},
                                  {"status", s::Enum(List(kTransferStates))},
                                  {"refusal_reason", OptStr()},
                                  {"cancel_reason", OptStr()},
                                  {"issued_by", s::Str()},
                                  {"issued_at", s::DateTime()},
                                  {"decided_by", OptStr()},
                                  {"decided_at", s::Nullable(s::DateTime())}}));
  r.AddSchema("DuesPayment", s::Obj({{"id", s::Int()},
                                     {"member", IdName()},
                                     {"org_id", s::Int()},
                                     {"month", Month()},
                                     {"due_fen", Fen("the month's dues when recorded")},
                                     {"amount_fen", Fen("paid")},
                                     {"paid_on", s::Date()},
                                     {"note", OptStr()},
                                     {"recorded_by", s::Str()},
                                     {"recorded_at", s::DateTime()}}));
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(MembersRulesSection());
  Manifest m;
  m.name = "members";
  m.demo = DemoRows;
  m.routes = [&db, &services](http::Router& r) {
    const auto& rules = services.settings.Get<MembersRules>();
    AddSchemas(r);
    MemberRoutes(r, db, rules);
    RosterRoutes(r, db, rules);
    CardRoutes(r, db, rules);
    TransferRoutes(r, db, rules);
    MemberDuesRoutes(r, db, rules);
    OrgDuesRoutes(r, db, rules);
  };
  return m;
}

}  // namespace linli::members
