// The routes of the members module, one function per resource, each adding that resource's
// routes with their documentation; Module() (handlers.cc) adds them in the order below. A
// handler parses the request, calls one command or query and answers JSON, a page or a
// workbook: no rules, no transactions. `db` and `rules` outlive the router.
#pragma once

#include <string>
#include <utility>

#include <boost/json/value.hpp>

#include "core/result.h"
#include "http/answer.h"
#include "http/message.h"
#include "http/router.h"
#include "modules/members/answers.h"
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

// What the route functions share.
namespace routes {

// Routes that answer the shape of one call's value (http/answer.h).
using http::Answer;
using http::FormAnswer;

// The schema of a month parameter, YYYY-MM.
boost::json::value Month();

}  // namespace routes
}  // namespace linli::members
