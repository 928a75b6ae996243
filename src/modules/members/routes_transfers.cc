// The routes of membership transfers.

#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "http/shape.h"
#include "modules/members/answers.h"
#include "modules/members/forms.h"
#include "modules/members/routes.h"
#include "modules/members/transfers.h"
#include "modules/members/vocabulary.h"
#include "printing/page.h"

namespace linli::members {
namespace {

namespace s = http::schema;

}  // namespace

void TransferRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/transfers",
         .handler = routes::FormAnswer(
             ParseTransfer,
             [&db, &rules](const http::Request& req, const auto& form) {
               return IssueTransfer(db.Conn(), req.Actor(), rules, form);
             },
             201),
         .tag = "members",
         .summary = "Issue a membership transfer (组织关系转接) to another organisation, with "
                    "the letter the months away call for",
         .request = s::Body(TransferFields()),
         .response = shape::RefOf<TransferAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/transfers",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(req, {"person_id", "org_id", "status"});
           if (!page) return page.error();
           TransferFilter f;
           if (Status st =
                   http::QueryIds(req, {{"person_id", &f.person_id}, {"org_id", &f.org_id}});
               !st) {
             return st.error();
           }
           auto status = http::QueryEnum(req, "status", TransferStates());
           if (!status) return status.error();
           f.status = *status;
           auto res = ListTransfers(db.Conn(), req.Actor(), f, *page);
           if (!res) return res.error();
           shape::PageOf<TransferAnswer> out{{}, page->page, page->per_page, res->total};
           out.items.reserve(res->items.size());
           for (const auto& t : res->items) out.items.push_back(AnswerOf(t));
           return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 512));
         },
         .tag = "members",
         .summary = "List transfers: one's own, and those from or to the organisations one "
                    "manages",
         .response = shape::SchemaOf<shape::PageOf<TransferAnswer>>(),
         .query = http::WithPage({{"person_id", "only this member's", s::Int()},
                                  {"org_id", "only from or to this organisation", s::Int()},
                                  {"status", "only in this state", s::Enum(TransferStates())}})});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/transfers/{id}",
         .handler = routes::Answer([&db](const http::Request& req) {
           return VisibleTransfer(db.Conn(), req.Actor(), req.PathId("id"));
         }),
         .tag = "members",
         .summary = "One transfer",
         .response = shape::RefOf<TransferAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/transfers/{id}/accept",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = ParseEmpty(req.body); !st) return st.error();
           auto t = AcceptTransfer(db.Conn(), req.Actor(), req.PathId("id"));
           if (!t) return t.error();
           return http::JsonWritten(200, AnswerJson(*t));
         },
         .tag = "members",
         .summary = "Accept a transfer (the destination): a transfer letter moves the "
                    "membership, a certificate marks the member mobile",
         .request = s::Obj({}),
         .response = shape::RefOf<TransferAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/transfers/{id}/refuse",
         .handler = routes::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return RefuseTransfer(db.Conn(), req.Actor(),
                                                               req.PathId("id"), form);
                                       }),
         .tag = "members",
         .summary = "Refuse a transfer (the destination), with the reason",
         .request = s::Body(ReasonFields()),
         .response = shape::RefOf<TransferAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/transfers/{id}/cancel",
         .handler = routes::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return CancelTransfer(db.Conn(), req.Actor(),
                                                               req.PathId("id"), form);
                                       }),
         .tag = "members",
         .summary = "Cancel an issued transfer before the destination decides it (the "
                    "organisation that issued it), with the reason",
         .request = s::Body(ReasonFields()),
         .response = shape::RefOf<TransferAnswer>()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/transfers/{id}/letter.html",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto t = VisibleTransfer(db.Conn(), req.Actor(), req.PathId("id"));
           if (!t) return t.error();
           auto page = LetterPage(*t);
           if (!page) return page.error();
           return printing::HtmlResponse(*page);
         },
         .tag = "members",
         .summary = "The transfer's letter (介绍信 or 证明信) as a printable page",
         .response = s::Str("a self-contained HTML page"),
         .content_type = "text/html; charset=utf-8"});
}

}  // namespace linli::members
