// The routes of the members module, one function per resource, each adding that resource's
// routes with their documentation; Module() (handlers.cc) adds them in the order below. A
// handler parses the request, calls one command or query and answers JSON, a page or a
// workbook: no rules, no transactions. `db` and `rules` outlive the router.
#pragma once

#include <string>
#include <utility>

#include <boost/json/value.hpp>

#include "core/result.h"
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

// A handler that answers the JSON of the answer (answers.h) of `act(req)`, a Result<T>, with
// `status`, or the call's error as it is.
template <class Act>
http::Handler Answer(Act act, int status = 200) {
  return [act = std::move(act), status](const http::Request& req) -> Result<http::Response> {
    auto v = act(req);
    if (!v) return v.error();
    return http::JsonWritten(status, AnswerJson(*v));
  };
}

// Parses the body with `parse` (returning a Result<Form>), whose error answers; then answers
// as Answer with `act(req, form)`.
template <class Parse, class Act>
http::Handler FormAnswer(Parse parse, Act act, int status = 200) {
  return Answer(
      [parse,
       act = std::move(act)](const http::Request& req) -> decltype(act(req, *parse(req.body))) {
        auto form = parse(req.body);
        if (!form) return form.error();
        return act(req, *form);
      },
      status);
}

// Schemas of request fields and parameters: a month YYYY-MM, an amount in fen.
boost::json::value Month();
boost::json::value Fen(std::string what);

}  // namespace routes
}  // namespace linli::members
