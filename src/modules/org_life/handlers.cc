// The org_life module's manifest and its routes, one function per resource: parse → command or
// query → JSON. No business rules here, no transactions.
#include <algorithm>

#include <fmt/format.h>

#include "core/clock.h"
#include "core/form.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/org_life/answers.h"
#include "modules/org_life/commands.h"
#include "modules/org_life/demo.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/manifest.h"
#include "modules/org_life/queries.h"
#include "modules/org_life/schemas.h"

namespace linli::org_life {
namespace {

namespace s = http::schema;
constexpr size_t kMaxCoverageOrgs = 2000;
constexpr int kMaxCoverageYears = 5;
constexpr int kMinYear = 1921;
constexpr int kMaxYear = 2200;

std::string Today() { return LocalDate(NowMs()); }

Result<std::optional<std::string>> QueryDate(const http::Request& req, std::string_view name) {
  auto t = http::QueryText(req, name, 10);
  if (!t) return t.error();
  if (*t && !ValidDate(**t)) {
    return Error::Invalid(fmt::format("?{}", name), "must be a date written YYYY-MM-DD");
  }
  return *t;
}

Result<std::optional<int>> QueryYear(const http::Request& req) {
  auto t = http::QueryText(req, "year", 4);
  if (!t) return t.error();
  if (!*t) return std::optional<int>();
  const std::string& v = **t;
  const bool digits = v.size() == 4 && std::all_of(v.begin(), v.end(),
                                                   [](char ch) { return ch >= '0' && ch <= '9'; });
  const int year = digits ? std::stoi(v) : 0;
  if (year < kMinYear || year > kMaxYear) {
    return Error::Invalid("?year", fmt::format("must be a year from {} to {}", kMinYear, kMaxYear));
  }
  return std::optional<int>(year);
}

// GET /api/v1/orgs/{id}/org-life/plan.
void PlanRoutes(http::Router& r, store::Database& db, const OrgLifeRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/orgs/{id}/org-life/plan",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"year"}); !st) return st.error();
           auto year = QueryYear(req);
           if (!year) return year.error();
           const std::string today = Today();
           auto plan = GetPlan(db.Conn(), req.Actor(), req.PathId("id"),
                               year->value_or(std::stoi(today.substr(0, 4))), rules, today);
           if (!plan) return plan.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*plan), 4096));
         },
         .tag = "org_life",
         .summary = "The org-life plan of an organisation for a year: for each kind it owes, "
                    "the periods the configured frequency gives and whether a valid meeting "
                    "was recorded in each (held, missed, or still open)",
         .response = shape::RefOf<PlanAnswer>(),
         .query = {{"year", "the calendar year; this year by default", s::Int()}}});
}

// /api/v1/org-life/meetings: record, list, read, correct.
void MeetingRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/org-life/meetings",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseMeeting(req.body);
           if (!form) return form.error();
           auto res = RecordMeeting(db.Conn(), req.Actor(), *form, Today());
           if (!res) return res.error();
           return http::JsonWritten(201, shape::JsonOf(ViewOf(*res), 4096));
         },
         .tag = "org_life",
         .summary = "Record a meeting with its attendance; members not listed are recorded "
                    "absent, and validity (the quorum of a general meeting) is computed",
         .request = RecordMeetingRequest(),
         .response = shape::RefOf<MeetingViewAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/org-life/meetings",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st =
                   http::OnlyParams(req, {"org_id", "kind", "from", "to", "page", "per_page"});
               !st) {
             return st.error();
           }
           auto page = http::ParsePage(req);
           if (!page) return page.error();
           auto org = http::QueryId(req, "org_id");
           if (!org) return org.error();
           auto kind = http::QueryEnum(req, "kind", Kinds());
           if (!kind) return kind.error();
           auto from = QueryDate(req, "from");
           if (!from) return from.error();
           auto to = QueryDate(req, "to");
           if (!to) return to.error();
           auto res = ListMeetings(db.Conn(), req.Actor(), {*org, *kind, *from, *to}, *page);
           if (!res) return res.error();
           shape::PageOf<MeetingAnswer> out{{}, page->page, page->per_page, res->total};
           for (const auto& mt : res->items) out.items.push_back(AnswerOf(mt));
           return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 512));
         },
         .tag = "org_life",
         .summary = "Meetings in the caller's scope, newest first (without their rolls)",
         .response = shape::SchemaOf<shape::PageOf<MeetingAnswer>>(),
         .query = {{"org_id", "meetings of this organisation and those below it", s::Int()},
                   {"kind", "only meetings of this kind", s::Enum(Kinds())},
                   {"from", "held on or after", s::Date()},
                   {"to", "held on or before", s::Date()},
                   {"page", "page number from 1", s::Int()},
                   {"per_page", "rows per page, 1 to 200", s::Int()}}});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/org-life/meetings/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetMeeting(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(ViewOf(*res), 4096));
         },
         .tag = "org_life",
         .summary = "One meeting with its roll (masked persons)",
         .response = shape::RefOf<MeetingViewAnswer>()});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/org-life/meetings/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseCorrectMeeting(req.body);
           if (!form) return form.error();
           auto res = CorrectMeeting(db.Conn(), req.Actor(), req.PathId("id"), *form, Today());
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(ViewOf(*res), 4096));
         },
         .tag = "org_life",
         .summary = "Correct a meeting's topic, minutes, lecturer or attendance (recorded in "
                    "the event log); validity is computed again",
         .request = CorrectMeetingRequest(),
         .response = shape::RefOf<MeetingViewAnswer>()});
}

// GET /api/v1/org-life/coverage.
void CoverageRoutes(http::Router& r, store::Database& db, const OrgLifeRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/org-life/coverage",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"org_id", "area_id", "from", "to"}); !st) {
             return st.error();
           }
           auto org = http::QueryId(req, "org_id");
           if (!org) return org.error();
           auto area = http::QueryId(req, "area_id");
           if (!area) return area.error();
           if (org->has_value() == area->has_value()) {
             return Error::Invalid("?org_id", "give one of org_id and area_id");
           }
           auto from = QueryDate(req, "from");
           if (!from) return from.error();
           auto to = QueryDate(req, "to");
           if (!to) return to.error();
           const std::string today = Today();
           CoverageScope scope{*org, *area, from->value_or(today.substr(0, 4) + "-01-01"),
                               to->value_or(today)};
           if (scope.from > scope.to) return Error::Invalid("?to", "must not precede from");
           if (std::stoi(scope.to.substr(0, 4)) - std::stoi(scope.from.substr(0, 4)) >=
               kMaxCoverageYears) {
             return Error::Invalid("?to", fmt::format("the range spans at most {} calendar "
                                                      "years",
                                                      kMaxCoverageYears));
           }
           auto res = GetCoverage(db.Conn(), req.Actor(), scope, rules, today, kMaxCoverageOrgs);
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*res), 16384));
         },
         .tag = "org_life",
         .summary = "Coverage of org life (组织生活全覆盖) for an organisation (with those below "
                    "it) or an area over [from, to], measured from recorded meetings: the "
                    "periods each organisation missed, the meetings each member missed, and "
                    "the share of members whose org life was complete, with the ids behind it",
         .response = shape::RefOf<CoverageAnswer>(),
         .query = {{"org_id", "an organisation, with those below it", s::Int()},
                   {"area_id", "the organisations sitting in this area or below it", s::Int()},
                   {"from", "first day; 1 January of this year by default", s::Date()},
                   {"to", "last day; today by default", s::Date()}}});
}

// /api/v1/org-life/appraisals: record, list, read.
void AppraisalRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/org-life/appraisals",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto form = ParseAppraisal(req.body);
           if (!form) return form.error();
           auto res = RecordAppraisal(db.Conn(), req.Actor(), *form, Today());
           if (!res) return res.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*res), 4096));
         },
         .tag = "org_life",
         .summary = "Record a branch's yearly member appraisal (民主评议党员) with an outcome "
                    "per member; it is that year's member_appraisal meeting",
         .request = AppraisalRequest(),
         .response = shape::RefOf<AppraisalAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/org-life/appraisals",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"org_id", "year"}); !st) return st.error();
           auto org = http::QueryId(req, "org_id");
           if (!org) return org.error();
           if (!*org) return Error::Invalid("?org_id", "is required");
           auto year = QueryYear(req);
           if (!year) return year.error();
           auto res = ListAppraisals(db.Conn(), req.Actor(), **org, *year);
           if (!res) return res.error();
           shape::ListOf<AppraisalAnswer> out;
           for (const auto& a : *res) out.items.push_back(AnswerOf(a));
           return http::JsonWritten(200, shape::JsonOf(out, 4096));
         },
         .tag = "org_life",
         .summary = "The member appraisals of an organisation and those below it",
         .response = shape::SchemaOf<shape::ListOf<AppraisalAnswer>>(),
         .query = {{"org_id", "the organisation", s::Int(), true},
                   {"year", "only this year", s::Int()}}});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/org-life/appraisals/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {}); !st) return st.error();
           auto res = GetAppraisal(db.Conn(), req.Actor(), req.PathId("id"));
           if (!res) return res.error();
           return http::JsonWritten(200, shape::JsonOf(AnswerOf(*res), 4096));
         },
         .tag = "org_life",
         .summary = "One member appraisal with its outcomes",
         .response = shape::RefOf<AppraisalAnswer>()});
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(OrgLifeRulesSection());
  Manifest m;
  m.name = "org_life";
  m.demo = DemoRows;
  m.routes = [&db, &services](http::Router& r) {
    const auto& rules = services.settings.Get<OrgLifeRules>();
    shape::AddComponents<MeetingAnswer, MeetingViewAnswer, SlotAnswer, MissedSlotAnswer, PlanAnswer,
                         CoverageMemberAnswer, CoverageAnswer, AppraisalAnswer>(r);
    PlanRoutes(r, db, rules);
    MeetingRoutes(r, db);
    CoverageRoutes(r, db, rules);
    AppraisalRoutes(r, db);
  };
  return m;
}

}  // namespace linli::org_life
