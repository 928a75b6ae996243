// The members module's manifest: its components (answers.h) and its routes, one function per
// resource (routes.h), and what those functions share.
#include <string>

#include <boost/json/value.hpp>

#include "http/schema.h"
#include "http/shape.h"
#include "modules/members/answers.h"
#include "modules/members/demo.h"
#include "modules/members/manifest.h"
#include "modules/members/routes.h"

namespace linli::members {

namespace routes {
namespace s = http::schema;

boost::json::value Month() { return s::Str("a month, YYYY-MM"); }

}  // namespace routes

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(MembersRulesSection());
  Manifest m;
  m.name = "members";
  m.demo = DemoRows;
  m.routes = [&db, &services](http::Router& r) {
    const auto& rules = services.settings.Get<MembersRules>();
    shape::AddComponents<MemberAnswer, DuesBasisAnswer, TransferAnswer, PaymentAnswer,
                         DuesTotalsAnswer, MemberDuesAnswer, ArrearsAnswer, RosterRowAnswer,
                         RosterAnswer, MemberCardAnswer, OrgCardAnswer>(r);
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
