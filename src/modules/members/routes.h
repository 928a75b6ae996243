// The routes of the members module, one function per resource, each adding that resource's
// routes with their documentation; Module() (handlers.cc) adds them in the order below. A
// handler parses the request, calls one command or query and answers JSON, a page or a
// workbook: no rules, no transactions. `db` and `rules` outlive the router.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "http/router.h"
#include "modules/members/settings.h"
#include "store/database.h"

namespace linli::members {

// GET, PATCH /api/v1/members/{person_id}; POST /api/v1/members/{person_id}/convert.
void MemberRoutes(http::Router& r, store::Database& db, const MembersRules& rules);
// /api/v1/member-roster as JSON, a printable page and a workbook.
void RosterRoutes(http::Router& r, store::Database& db, const MembersRules& rules);
// The member card and the organisation activity card, each as JSON, page and workbook.
void CardRoutes(http::Router& r, store::Database& db, const MembersRules& rules);
// /api/v1/transfers: issue, list, read, accept, refuse, cancel, and the letter.
void TransferRoutes(http::Router& r, store::Database& db, const MembersRules& rules);
// A member's dues: the basis, a payment, and the months (/api/v1/members/{person_id}/dues*).
void MemberDuesRoutes(http::Router& r, store::Database& db, const MembersRules& rules);
// An organisation's dues: the arrears and the payments (/api/v1/dues/*).
void OrgDuesRoutes(http::Router& r, store::Database& db, const MembersRules& rules);

// What the route functions and the schemas share.
namespace routes {

constexpr std::array<std::string_view, 4> kTransferStates = {"issued", "accepted", "refused",
                                                             "cancelled"};

// The values of an enumeration, for a schema.
std::vector<std::string_view> List(std::span<const std::string_view> v);
// Schemas: a month YYYY-MM, {id, name}, a nullable string, an amount in fen.
boost::json::value Month();
boost::json::value IdName();
boost::json::value OptStr();
boost::json::value Fen(std::string what);

}  // namespace routes
}  // namespace linli::members
