// HTTP handlers of the org_life module: parse → command or query → JSON. No business rules here.
#include <algorithm>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "core/form.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/org_life/commands.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/manifest.h"
#include "modules/org_life/queries.h"

namespace linli::org_life {
namespace {

namespace s = http::schema;
constexpr size_t kMaxCoverageOrgs = 2000;
constexpr int kMaxCoverageYears = 5;
constexpr int kMinYear = 1921;
constexpr int kMaxYear = 2200;

std::string Today() { return LocalDate(NowMs()); }

std::vector<std::string_view> KindList() { return {Kinds().begin(), Kinds().end()}; }

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

boost::json::value Ids(const std::vector<int64_t>& ids) {
  boost::json::array a;
  for (int64_t id : ids) a.push_back(id);
  return a;
}

boost::json::object SlotJson(const Slot& sl) {
  return {{"period", sl.period.key},
          {"first_day", sl.period.first_day},
          {"last_day", sl.period.last_day},
          {"status", SlotStatusName(sl.status)},
          {"meeting_id", sl.valid_meetings.empty() ? boost::json::value(nullptr)
                                                   : boost::json::value(sl.valid_meetings.front())},
          {"valid_meetings", Ids(sl.valid_meetings)},
          {"invalid_meetings", Ids(sl.invalid_meetings)}};
}

boost::json::object PlanJson(const Plan& p) {
  boost::json::array kinds;
  for (const auto& k : p.kinds) {
    boost::json::array slots;
    for (const auto& sl : k.slots) slots.push_back(SlotJson(sl));
    kinds.push_back({{"kind", k.kind}, {"months", k.months}, {"periods", std::move(slots)}});
  }
  return {{"org", {{"id", p.org.id}, {"kind", p.org.kind}, {"name", p.org.name}}},
          {"year", p.year},
          {"as_of", p.today},
          {"full_members", p.full_members},
          {"has_committee", p.has_committee},
          {"kinds", std::move(kinds)}};
}

boost::json::object CoverageJson(const Coverage& cov) {
  boost::json::array orgs_json;
  for (const auto& o : cov.orgs) {
    int held = 0;
    int open = 0;
    boost::json::array missed;
    for (const auto& sl : cov.slots) {
      if (sl.org_id != o.id) continue;
      if (sl.status == SlotStatus::kHeld) ++held;
      if (sl.status == SlotStatus::kOpen) ++open;
      if (sl.status != SlotStatus::kMissed) continue;
      boost::json::object m = SlotJson(sl);
      m["kind"] = sl.kind;
      missed.push_back(std::move(m));
    }
    const int owed = held + static_cast<int>(missed.size());
    orgs_json.push_back({{"id", o.id},
                         {"kind", o.kind},
                         {"name", o.name},
                         {"path", o.path},
                         {"owed", owed},
                         {"held", held},
                         {"open", open},
                         {"missed", std::move(missed)}});
  }
  boost::json::array members;
  for (const auto& m : cov.members) {
    boost::json::array missed;
    for (const auto& ms : m.coverage.slots) {
      if (ms.outcome != Outcome::kAbsent && ms.outcome != Outcome::kNotHeld) continue;
      const Slot& sl = cov.slots[ms.slot];
      missed.push_back({{"org_id", sl.org_id},
                        {"kind", sl.kind},
                        {"period", sl.period.key},
                        {"outcome", OutcomeName(ms.outcome)},
                        {"meeting_id", ms.meeting_id ? boost::json::value(*ms.meeting_id)
                                                     : boost::json::value(nullptr)}});
    }
    members.push_back({{"person", people::ToJson(m.person)},
                       {"org_id", m.org_id},
                       {"required", m.coverage.Required()},
                       {"attended", m.coverage.attended},
                       {"excused", m.coverage.excused},
                       {"absent", m.coverage.absent},
                       {"not_held", m.coverage.not_held},
                       {"missed", m.coverage.Missed()},
                       {"complete", m.coverage.Complete()},
                       {"misses", std::move(missed)}});
  }
  const size_t measured = cov.share.Measured();
  return {{"from", cov.from},
          {"to", cov.to},
          {"as_of", cov.today},
          {"organisations", std::move(orgs_json)},
          {"members", std::move(members)},
          {"share",
           {{"complete", cov.share.complete.size()},
            {"measured", measured},
            {"ratio", measured == 0
                          ? boost::json::value(nullptr)
                          : boost::json::value(static_cast<double>(cov.share.complete.size()) /
                                               static_cast<double>(measured))},
            {"complete_ids", Ids(cov.share.complete)},
            {"incomplete_ids", Ids(cov.share.incomplete)},
            {"unmeasured_ids", Ids(cov.share.unmeasured)}}}};
}

boost::json::value OrgRefSchema() {
  return s::Obj({{"id", s::Int()}, {"kind", s::Str()}, {"name", s::Str()}, {"path", s::Str()}});
}

boost::json::value MeetingSchema() {
  return s::Obj(
      {{"id", s::Int()},
       {"org", OrgRefSchema()},
       {"kind", s::Enum(KindList())},
       {"held_on", s::Date()},
       {"topic", s::Str()},
       {"minutes", s::Str()},
       {"lecturer", s::Nullable(s::Str())},
       {"valid", s::Bool("computed by the server: a general meeting needs more than half of its "
                         "full members present; any other kind someone present")},
       {"tally",
        s::Obj({{"present", s::Int()},
                {"absent", s::Int()},
                {"excused", s::Int()},
                {"voting_members", s::Int("full members on the roll")},
                {"voting_present", s::Int()},
                {"quorum", s::Nullable(s::Int("full members needed (general meeting)"))}})},
       {"attendance",
        s::Arr(
            s::Obj({{"person", s::Ref("Person")},
                    {"status", s::Enum({"present", "absent", "excused"})},
                    {"voting", s::Bool("a full member when recorded")},
                    {"listed", s::Bool("false: not listed by the recorder, recorded absent")}}))},
       {"created_at", s::DateTime()},
       {"updated_at", s::DateTime()}},
      {"id", "org", "kind", "held_on", "topic", "valid", "tally"});
}

boost::json::value SlotSchema() {
  return s::Obj({{"period", s::Str("2025-03, 2025-Q1, 2025-H1, 2025 ...")},
                 {"first_day", s::Date()},
                 {"last_day", s::Date()},
                 {"status", s::Enum({"held", "missed", "open"})},
                 {"meeting_id", s::Nullable(s::Int("the first valid meeting"))},
                 {"valid_meetings", s::Arr(s::Int())},
                 {"invalid_meetings", s::Arr(s::Int())}});
}

boost::json::value CoverageOrgSchema() {
  boost::json::value missed = SlotSchema();
  missed.as_object()["properties"].as_object()["kind"] = s::Enum(KindList());
  return s::Obj({{"id", s::Int()},
                 {"kind", s::Str()},
                 {"name", s::Str()},
                 {"path", s::Str()},
                 {"owed", s::Int("periods held or missed in the range")},
                 {"held", s::Int()},
                 {"open", s::Int("periods not yet over with no meeting yet: not owed")},
                 {"missed", s::Arr(missed)}});
}

boost::json::value CoverageMemberSchema() {
  return s::Obj({{"person", s::Ref("Person")},
                 {"org_id", s::Int("the organisation holding the membership")},
                 {"required", s::Int("periods that bound the member")},
                 {"attended", s::Int()},
                 {"excused", s::Int("excused absences: not a miss")},
                 {"absent", s::Int()},
                 {"not_held", s::Int("periods the organisation held no valid meeting in")},
                 {"missed", s::Int("absent + not_held")},
                 {"complete", s::Bool("measured and nothing missed")},
                 {"misses", s::Arr(s::Obj({{"org_id", s::Int()},
                                           {"kind", s::Enum(KindList())},
                                           {"period", s::Str()},
                                           {"outcome", s::Enum({"absent", "not_held"})},
                                           {"meeting_id", s::Nullable(s::Int())}}))}});
}

boost::json::value AppraisalSchema() {
  return s::Obj({{"id", s::Int()},
                 {"org", OrgRefSchema()},
                 {"year", s::Int()},
                 {"held_on", s::Date()},
                 {"meeting_id", s::Int("its member_appraisal meeting")},
                 {"counts", s::Obj({{"excellent", s::Int()},
                                    {"qualified", s::Int()},
                                    {"basically_qualified", s::Int()},
                                    {"unqualified", s::Int()}})},
                 {"results", s::Arr(s::Obj({{"person", s::Ref("Person")},
                                            {"outcome", s::Enum(std::vector<std::string_view>(
                                                            Outcomes().begin(), Outcomes().end()))},
                                            {"note", s::Nullable(s::Str())}}))},
                 {"created_at", s::DateTime()}},
                {"id", "org", "year", "held_on", "meeting_id", "results"});
}

boost::json::value AttendanceRequest() {
  return s::Arr(
      s::Obj({{"person_id", s::Int()}, {"status", s::Enum({"present", "absent", "excused"})}},
             {"person_id", "status"}));
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  const OrgLifeRules& rules = services.config.org_life_rules;
  Manifest m;
  m.name = "org_life";
  m.routes = [&db, &rules](http::Router& r) {
    r.AddSchema("OrgLifeMeeting", MeetingSchema());
    r.AddSchema("MemberAppraisal", AppraisalSchema());
    const std::vector<std::string_view> kinds = KindList();

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
             return http::Ok(PlanJson(*plan));
           },
           .tag = "org_life",
           .summary = "The org-life plan of an organisation for a year: for each kind it owes, "
                      "the periods the configured frequency gives and whether a valid meeting "
                      "was recorded in each (held, missed, or still open)",
           .response = s::Obj({{"org", OrgRefSchema()},
                               {"year", s::Int()},
                               {"as_of", s::Date()},
                               {"full_members", s::Int()},
                               {"has_committee", s::Bool()},
                               {"kinds", s::Arr(s::Obj({{"kind", s::Enum(kinds)},
                                                        {"months", s::Int()},
                                                        {"periods", s::Arr(SlotSchema())}}))}}),
           .query = {{"year", "the calendar year; this year by default", s::Int()}}});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/org-life/meetings",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseMeeting(req.body);
             if (!form) return form.error();
             auto res = RecordMeeting(db.Conn(), req.Actor(), *form, Today());
             if (!res) return res.error();
             return http::Created(ToJson(*res, true));
           },
           .tag = "org_life",
           .summary = "Record a meeting with its attendance; members not listed are recorded "
                      "absent, and validity (the quorum of a general meeting) is computed",
           .request = s::Obj({{"org_id", s::Int()},
                              {"kind", s::Enum(kinds)},
                              {"held_on", s::Date()},
                              {"topic", s::Str("at most 200 characters")},
                              {"minutes", s::Str("multiline")},
                              {"lecturer", s::Str("a party lecture's speaker")},
                              {"attendance", AttendanceRequest()},
                              {"valid", s::Bool("optional claim; refused when it contradicts "
                                                "the computation")}},
                             {"org_id", "kind", "held_on", "topic", "attendance"}),
           .response = s::Ref("OrgLifeMeeting"),
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
             boost::json::array items;
             for (const auto& mt : res->items) items.push_back(ToJson(mt, false));
             return http::Ok(http::PageBody(std::move(items), *page, res->total));
           },
           .tag = "org_life",
           .summary = "Meetings in the caller's scope, newest first (without their rolls)",
           .response = s::PageOf(s::Ref("OrgLifeMeeting")),
           .query = {{"org_id", "meetings of this organisation and those below it", s::Int()},
                     {"kind", "only meetings of this kind", s::Enum(kinds)},
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
             return http::Ok(ToJson(*res, true));
           },
           .tag = "org_life",
           .summary = "One meeting with its roll (masked persons)",
           .response = s::Ref("OrgLifeMeeting")});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/org-life/meetings/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseCorrectMeeting(req.body);
             if (!form) return form.error();
             auto res = CorrectMeeting(db.Conn(), req.Actor(), req.PathId("id"), *form, Today());
             if (!res) return res.error();
             return http::Ok(ToJson(*res, true));
           },
           .tag = "org_life",
           .summary = "Correct a meeting's topic, minutes, lecturer or attendance (recorded in "
                      "the event log); validity is computed again",
           .request = s::Obj({{"topic", s::Str()},
                              {"minutes", s::Str()},
                              {"lecturer", s::Nullable(s::Str())},
                              {"attendance", AttendanceRequest()},
                              {"valid", s::Bool("optional claim, as for recording")}}),
           .response = s::Ref("OrgLifeMeeting")});

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
             return http::Ok(CoverageJson(*res));
           },
           .tag = "org_life",
           .summary = "Coverage of org life (组织生活全覆盖) for an organisation (with those below "
                      "it) or an area over [from, to], measured from recorded meetings: the "
                      "periods each organisation missed, the meetings each member missed, and "
                      "the share of members whose org life was complete, with the ids behind it",
           .response = s::Obj(
               {{"from", s::Date()},
                {"to", s::Date()},
                {"as_of", s::Date()},
                {"organisations", s::Arr(CoverageOrgSchema())},
                {"members", s::Arr(CoverageMemberSchema())},
                {"share", s::Obj({{"complete", s::Int()},
                                  {"measured", s::Int()},
                                  {"ratio", s::Nullable(boost::json::value{{"type", "number"}})},
                                  {"complete_ids", s::Arr(s::Int())},
                                  {"incomplete_ids", s::Arr(s::Int())},
                                  {"unmeasured_ids", s::Arr(s::Int())}})}}),
           .query = {{"org_id", "an organisation, with those below it", s::Int()},
                     {"area_id", "the organisations sitting in this area or below it", s::Int()},
                     {"from", "first day; 1 January of this year by default", s::Date()},
                     {"to", "last day; today by default", s::Date()}}});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/org-life/appraisals",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto form = ParseAppraisal(req.body);
             if (!form) return form.error();
             auto res = RecordAppraisal(db.Conn(), req.Actor(), *form, Today());
             if (!res) return res.error();
             return http::Created(ToJson(*res));
           },
           .tag = "org_life",
           .summary = "Record a branch's yearly member appraisal (民主评议党员) with an outcome "
                      "per member; it is that year's member_appraisal meeting",
           .request = s::Obj(
               {{"org_id", s::Int()},
                {"year", s::Int()},
                {"held_on", s::Date()},
                {"topic", s::Str()},
                {"minutes", s::Str()},
                {"results", s::Arr(s::Obj({{"person_id", s::Int()},
                                           {"outcome", s::Enum(std::vector<std::string_view>(
                                                           Outcomes().begin(), Outcomes().end()))},
                                           {"note", s::Str()}},
                                          {"person_id", "outcome"}))}},
               {"org_id", "year", "held_on", "results"}),
           .response = s::Ref("MemberAppraisal"),
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
             boost::json::array items;
             for (const auto& a : *res) items.push_back(ToJson(a));
             return http::Ok(boost::json::object{{"items", std::move(items)}});
           },
           .tag = "org_life",
           .summary = "The member appraisals of an organisation and those below it",
           .response = s::Obj({{"items", s::Arr(s::Ref("MemberAppraisal"))}}),
           .query = {{"org_id", "the organisation", s::Int(), true},
                     {"year", "only this year", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/org-life/appraisals/{id}",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {}); !st) return st.error();
             auto res = GetAppraisal(db.Conn(), req.Actor(), req.PathId("id"));
             if (!res) return res.error();
             return http::Ok(ToJson(*res));
           },
           .tag = "org_life",
           .summary = "One member appraisal with its outcomes",
           .response = s::Ref("MemberAppraisal")});
  };
  return m;
}

}  // namespace linli::org_life
