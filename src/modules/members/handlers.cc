// HTTP handlers of the members module: parse → command or query → JSON, page or workbook. No
// rules here.
#include <array>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "http/answer.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/members/cards.h"
#include "modules/members/dues.h"
#include "modules/members/exports.h"
#include "modules/members/forms.h"
#include "modules/members/manifest.h"
#include "modules/members/printed_routes.h"
#include "modules/members/profiles.h"
#include "modules/members/roster.h"
#include "modules/members/rules.h"
#include "modules/members/transfers.h"
#include "modules/members/xlsx.h"
#include "modules/report_in/params.h"

namespace linli::members {
namespace {

namespace s = http::schema;
constexpr std::array<std::string_view, 4> kTransferStates = {"issued", "accepted", "refused",
                                                             "cancelled"};
constexpr int64_t kRosterLimit = 5000;  // rows of one printed or exported roster
constexpr int64_t kRosterJsonLimit = 1000;

std::vector<std::string_view> List(std::span<const std::string_view> v) {
  return {v.begin(), v.end()};
}

boost::json::value Month() { return s::Str("a month, YYYY-MM"); }
boost::json::value IdName() { return s::Obj({{"id", s::Int()}, {"name", s::Str()}}); }
boost::json::value OptStr() { return s::Nullable(s::Str()); }
boost::json::value Fen(std::string what) { return s::Int(what + ", in fen"); }

// A month parameter "YYYY-MM"; a failure names it.
Result<std::optional<std::string>> QueryMonth(const http::Request& req, std::string_view name) {
  auto v = http::QueryText(req, name, 7);
  if (!v) return v.error();
  if (*v && !ValidMonth(**v)) {
    return Error::Invalid(fmt::format("?{}", name), "must be a month YYYY-MM");
  }
  return *v;
}

// ?from and ?to: the current year up to the current month by default.
Result<Period> QueryPeriod(const http::Request& req) {
  auto from = QueryMonth(req, "from");
  if (!from) return from.error();
  auto to = QueryMonth(req, "to");
  if (!to) return to.error();
  const std::string now = ThisMonth();
  Period p{from->value_or(now.substr(0, 4) + "-01"), to->value_or(now)};
  if (p.from > p.to) return Error::Invalid("?to", "comes before ?from");
  return p;
}

std::vector<http::QueryParam> PeriodParams() {
  return {{"from", "first month, YYYY-MM (default January of this year)", Month()},
          {"to", "last month, YYYY-MM (default this month; later months are never owed)", Month()}};
}

// A card's only parameter, ?year: this year by default.
Result<int64_t> OnlyYear(const http::Request& req) {
  if (Status st = http::OnlyParams(req, {"year"}); !st) return st.error();
  auto y = report_in::QueryYear(req, "year");
  if (!y) return y.error();
  return y->value_or(std::stoll(LocalDate(NowMs()).substr(0, 4)));
}

boost::json::object TotalsJson(const DuesTotals& t) {
  return {{"due_fen", t.due_fen},
          {"paid_fen", t.paid_fen},
          {"owed_fen", t.owed_fen},
          {"months_owed", t.months_owed},
          {"months_without_basis", t.months_without_basis}};
}

boost::json::value TotalsSchema() {
  return s::Obj({{"due_fen", Fen("dues of the months with a basis")},
                 {"paid_fen", Fen("paid for months of the period")},
                 {"owed_fen", Fen("dues of the months owed")},
                 {"months_owed", s::Int()},
                 {"months_without_basis", s::Int()}});
}

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
  const MembersRules& rules = services.config.members_rules;
  Manifest m;
  m.name = "members";
  m.routes = [&db, &rules](http::Router& r) {
    AddSchemas(r);

    // ----- the member record ----------------------------------------------------------------
    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/members/{person_id}",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             store::Connection& c = db.Conn();
             store::Tx tx(c, store::Tx::kRead);
             auto v = VisibleMember(c, req.Actor(), rules, req.PathId("person_id"));
             if (!v) return v.error();
             auto out = ToJson(*v);
             tx.Commit();
             return http::Ok(out);
           },
           .tag = "members",
           .summary = "A party member: membership, profile (party career, work unit, mobility) "
                      "and dues basis; personal data masked",
           .response = s::Ref("Member")});

    r.Add({.method = http::Method::kPatch,
           .pattern = "/api/v1/members/{person_id}",
           .handler = http::FormAnswer(ParseProfile,
                                       [&db, &rules](const http::Request& req, const auto& form) {
                                         return UpdateProfile(db.Conn(), req.Actor(), rules,
                                                              req.PathId("person_id"), form);
                                       }),
           .tag = "members",
           .summary = "Record a member's profile: dates of application, admission and full "
                      "membership (in that order), work unit and post, education, mobility",
           .request = s::Obj({{"applied_on", s::Nullable(s::Date())},
                              {"admitted_on", s::Nullable(s::Date())},
                              {"full_on", s::Nullable(s::Date())},
                              {"unit_id", s::Nullable(s::Int("a work unit"))},
                              {"post", s::Nullable(s::Str("at most 100 characters"))},
                              {"education", s::Nullable(s::Enum(List(Educations())))},
                              {"mobile", s::Bool()},
                              {"mobile_to", s::Nullable(s::Str("where a mobile member is"))},
                              {"mobile_since", s::Nullable(s::Date())}}),
           .response = s::Ref("Member")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/members/{person_id}/convert",
           .handler = http::FormAnswer(ParseConvert,
                                       [&db, &rules](const http::Request& req, const auto& form) {
                                         return Convert(db.Conn(), req.Actor(), rules,
                                                        req.PathId("person_id"), form);
                                       }),
           .tag = "members",
           .summary = "Convert a probationary member to full membership (转正), no sooner than "
                      "the probationary period after admission",
           .request = s::Obj({{"full_on", s::Date()}}, {"full_on"}),
           .response = s::Ref("Member")});

    // ----- the roster and the cards ---------------------------------------------------------
    AddPrintedRoutes<Roster>(
        r, db,
        {.tag = "members",
         .json_pattern = "/api/v1/member-roster",
         .html_pattern = "/api/v1/member-roster.html",
         .xlsx_pattern = "/api/v1/member-roster.xlsx",
         .json_summary = "The member roster (党员基本情况一览表) of an organisation, generated "
                         "from the records, personal data masked",
         .html_summary = "The member roster as a printable page (the export is recorded)",
         .xlsx_summary = "The member roster as an Excel workbook (the export is recorded)",
         .json_response = s::Obj({{"org", s::Ref("PartyOrg")},
                                  {"total", s::Int()},
                                  {"truncated", s::Bool()},
                                  {"rows", s::Arr(s::Ref("Member"))},
                                  {"generated_at", s::DateTime()},
                                  {"source", s::Str()}}),
         .query = {{"org_id", "the organisation; its members and those of the organisations below",
                    s::Int(), true}},
         .sheet = "党员基本情况一览表",
         .load = [&db, &rules](const http::Request& req, bool printed) -> Result<Roster> {
           if (Status st = http::OnlyParams(req, {"org_id"}); !st) return st.error();
           auto org = http::QueryId(req, "org_id");
           if (!org) return org.error();
           if (!*org) return Error::Invalid("?org_id", "is required");
           return GetRoster(db.Conn(), req.Actor(), rules, **org,
                            printed ? kRosterLimit : kRosterJsonLimit);
         },
         .page = RosterPage,
         .note =
             [](const Roster& ro) {
               return ExportNote{.what = "member_roster",
                                 .subject_kind = "party_org",
                                 .subject_id = ro.org.id,
                                 .area_path = ro.org.area_path,
                                 .rows = static_cast<int64_t>(ro.rows.size())};
             },
         .file_name =
             [](const Roster& ro) { return fmt::format("member-roster-{}.xlsx", ro.org.id); }});

    const std::vector<http::QueryParam> year_query = {
        {"year", "the year (default this year)", s::Int()}};

    AddPrintedRoutes<MemberCard>(
        r, db,
        {.tag = "members",
         .json_pattern = "/api/v1/members/{person_id}/card",
         .html_pattern = "/api/v1/members/{person_id}/card.html",
         .xlsx_pattern = "/api/v1/members/{person_id}/card.xlsx",
         .json_summary = "The member card (党员登记卡) for a year, generated from the records",
         .html_summary = "The member card as a printable page (the export is recorded)",
         .xlsx_summary = "The member card as an Excel workbook (the export is recorded)",
         .json_response =
             s::Obj({{"member", s::Ref("Member")},
                     {"year", s::Int()},
                     {"report_in", s::Obj({{"community", OptStr()}, {"receipt_no", OptStr()}})},
                     {"service", s::Obj({{"records", s::Int()}, {"hours", {{"type", "number"}}}})},
                     {"org_life",
                      s::Obj({{"present", s::Int()}, {"absent", s::Int()}, {"excused", s::Int()}})},
                     {"appraisal", OptStr()},
                     {"transfers", s::Arr(s::Ref("Transfer"))},
                     {"dues", s::Obj({{"due_fen", s::Int()},
                                      {"paid_fen", s::Int()},
                                      {"owed_fen", s::Int()},
                                      {"months_owed", s::Int()},
                                      {"link", s::Str()}})},
                     {"links", s::Obj({{"service", s::Str()}, {"transfers", s::Str()}})}}),
         .query = year_query,
         .sheet = "党员登记卡",
         .load = [&db, &rules](const http::Request& req, bool) -> Result<MemberCard> {
           auto year = OnlyYear(req);
           if (!year) return year.error();
           return GetMemberCard(db.Conn(), req.Actor(), rules, req.PathId("person_id"), *year);
         },
         .page = MemberCardPage,
         .note =
             [](const MemberCard& card) {
               return ExportNote{.what = "member_card",
                                 .subject_kind = "party_member",
                                 .subject_id = card.member.member.person.id,
                                 .area_path = card.member.org.area_path,
                                 .rows = 1};
             },
         .file_name =
             [](const MemberCard& card) {
               return fmt::format("member-card-{}-{}.xlsx", card.member.member.person.id,
                                  card.year);
             }});

    AddPrintedRoutes<OrgCard>(
        r, db,
        {.tag = "members",
         .json_pattern = "/api/v1/org-activity-cards/{org_id}",
         .html_pattern = "/api/v1/org-activity-cards/{org_id}/card.html",
         .xlsx_pattern = "/api/v1/org-activity-cards/{org_id}/card.xlsx",
         .json_summary = "The organisation activity card (党组织活动登记卡) for a year: members "
                         "and every meeting held with its attendance",
         .html_summary = "The organisation activity card as a printable page (recorded)",
         .xlsx_summary = "The organisation activity card as an Excel workbook (recorded)",
         .json_response = s::Obj(
             {{"org", s::Ref("PartyOrg")},
              {"year", s::Int()},
              {"members",
               s::Obj({{"members", s::Int()}, {"full", s::Int()}, {"probationary", s::Int()}})},
              {"members_with_below",
               s::Obj({{"members", s::Int()}, {"full", s::Int()}, {"probationary", s::Int()}})},
              {"meetings", s::Arr(s::Obj({{"id", s::Int()},
                                          {"kind", s::Str()},
                                          {"held_on", s::Date()},
                                          {"topic", s::Str()},
                                          {"valid", s::Bool()},
                                          {"attendance", s::Obj({{"present", s::Int()},
                                                                 {"absent", s::Int()},
                                                                 {"excused", s::Int()}})},
                                          {"link", s::Str()}}))}}),
         .query = year_query,
         .sheet = "党组织活动登记卡",
         .load = [&db](const http::Request& req, bool) -> Result<OrgCard> {
           auto year = OnlyYear(req);
           if (!year) return year.error();
           return GetOrgCard(db.Conn(), req.Actor(), req.PathId("org_id"), *year);
         },
         .page = OrgCardPage,
         .note =
             [](const OrgCard& card) {
               return ExportNote{.what = "org_activity_card",
                                 .subject_kind = "party_org",
                                 .subject_id = card.org.id,
                                 .area_path = card.org.area_path,
                                 .rows = static_cast<int64_t>(card.meetings.size())};
             },
         .file_name =
             [](const OrgCard& card) {
               return fmt::format("org-activity-card-{}-{}.xlsx", card.org.id, card.year);
             }});
    // ----- transfers ------------------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/transfers",
           .handler = http::FormAnswer(
               ParseTransfer,
               [&db, &rules](const http::Request& req, const auto& form) {
                 return IssueTransfer(db.Conn(), req.Actor(), rules, form);
               },
               201),
           .tag = "members",
           .summary = "Issue a membership transfer (组织关系转接) to another organisation, with "
                      "the letter the months away call for",
           .request = s::Obj({{"person_id", s::Int("the member")},
                              {"to_org_id", s::Int("the destination organisation")},
                              {"months_away", s::Int("1 to 600; absent: for good")},
                              {"reason", s::Str("at most 500 characters")}},
                             {"person_id", "to_org_id", "reason"}),
           .response = s::Ref("Transfer"),
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
             auto status = http::QueryEnum(req, "status", kTransferStates);
             if (!status) return status.error();
             f.status = *status;
             auto res = ListTransfers(db.Conn(), req.Actor(), f, *page);
             if (!res) return res.error();
             boost::json::array items;
             for (const auto& t : res->items) items.push_back(ToJson(t));
             return http::Ok(http::PageBody(std::move(items), *page, res->total));
           },
           .tag = "members",
           .summary = "List transfers: one's own, and those from or to the organisations one "
                      "manages",
           .response = s::PageOf(s::Ref("Transfer")),
           .query =
               http::WithPage({{"person_id", "only this member's", s::Int()},
                               {"org_id", "only from or to this organisation", s::Int()},
                               {"status", "only in this state", s::Enum(List(kTransferStates))}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/transfers/{id}",
           .handler = http::JsonAnswer([&db](const http::Request& req) {
             return VisibleTransfer(db.Conn(), req.Actor(), req.PathId("id"));
           }),
           .tag = "members",
           .summary = "One transfer",
           .response = s::Ref("Transfer")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/transfers/{id}/accept",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = ParseEmpty(req.body); !st) return st.error();
             auto t = AcceptTransfer(db.Conn(), req.Actor(), req.PathId("id"));
             if (!t) return t.error();
             return http::Ok(ToJson(*t));
           },
           .tag = "members",
           .summary = "Accept a transfer (the destination): a transfer letter moves the "
                      "membership, a certificate marks the member mobile",
           .request = s::Obj({}),
           .response = s::Ref("Transfer")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/transfers/{id}/refuse",
           .handler = http::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return RefuseTransfer(db.Conn(), req.Actor(),
                                                               req.PathId("id"), form);
                                       }),
           .tag = "members",
           .summary = "Refuse a transfer (the destination), with the reason",
           .request = s::Obj({{"reason", s::Str("at most 500 characters")}}, {"reason"}),
           .response = s::Ref("Transfer")});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/transfers/{id}/cancel",
           .handler = http::FormAnswer(ParseReason,
                                       [&db](const http::Request& req, const auto& form) {
                                         return CancelTransfer(db.Conn(), req.Actor(),
                                                               req.PathId("id"), form);
                                       }),
           .tag = "members",
           .summary = "Cancel an issued transfer before the destination decides it (the "
                      "organisation that issued it), with the reason",
           .request = s::Obj({{"reason", s::Str("at most 500 characters")}}, {"reason"}),
           .response = s::Ref("Transfer")});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/transfers/{id}/letter.html",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto t = VisibleTransfer(db.Conn(), req.Actor(), req.PathId("id"));
             if (!t) return t.error();
             auto page = LetterPage(*t);
             if (!page) return page.error();
             return report_in::HtmlResponse(*page);
           },
           .tag = "members",
           .summary = "The transfer's letter (介绍信 or 证明信) as a printable page",
           .response = s::Str("a self-contained HTML page"),
           .content_type = "text/html; charset=utf-8"});

    // ----- dues -----------------------------------------------------------------------------
    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/members/{person_id}/dues-basis",
           .handler = http::FormAnswer(
               ParseBasis,
               [&db, &rules](const http::Request& req, const auto& form) {
                 return SetBasis(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
               },
               201),
           .tag = "members",
           .summary = "Record what a member's dues are computed from, from a month on: category "
                      "and monthly income",
           .request = s::Obj({{"from_month", Month()},
                              {"category", s::Enum(List(DuesCategories()))},
                              {"income_fen", Fen("monthly income after tax, or the pension; "
                                                 "required for in_service and retired")}},
                             {"from_month", "category"}),
           .response = s::Ref("DuesBasis"),
           .success = 201});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/members/{person_id}/dues-payments",
           .handler = http::FormAnswer(
               ParsePayment,
               [&db, &rules](const http::Request& req, const auto& form) {
                 return RecordPayment(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
               },
               201),
           .tag = "members",
           .summary = "Record a month's dues paid (no payment gateway)",
           .request = s::Obj({{"month", Month()},
                              {"amount_fen", Fen("at least the month's dues; default the dues")},
                              {"paid_on", s::Date()},
                              {"note", s::Str("at most 500 characters")}},
                             {"month"}),
           .response = s::Ref("DuesPayment"),
           .success = 201});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/members/{person_id}/dues",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {"from", "to"}); !st) return st.error();
             auto period = QueryPeriod(req);
             if (!period) return period.error();
             const int64_t person = req.PathId("person_id");
             auto d = GetMemberDues(db.Conn(), req.Actor(), rules, person, *period);
             if (!d) return d.error();
             boost::json::array months;
             for (const auto& m : d->months) {
               months.push_back(
                   {{"month", m.month},
                    {"state", m.state},
                    {"basis", m.basis ? boost::json::value(ToJson(*m.basis)) : nullptr},
                    {"payment", m.payment ? boost::json::value(ToJson(*m.payment)) : nullptr}});
             }
             return http::Ok(boost::json::object{
                 {"member", {{"id", person}, {"name", d->member.member.person.name}}},
                 {"from", d->period.from},
                 {"to", d->period.to},
                 {"months", std::move(months)},
                 {"totals", TotalsJson(d->totals)},
                 {"links",
                  {{"payments", fmt::format("/api/v1/dues/payments?person_id={}&from={}&to={}",
                                            person, d->period.from, d->period.to)}}}});
           },
           .tag = "members",
           .summary = "A member's dues month by month: paid, owed or without a basis, with totals",
           .response = s::Obj(
               {{"member", IdName()},
                {"from", Month()},
                {"to", Month()},
                {"months", s::Arr(s::Obj({{"month", Month()},
                                          {"state", s::Enum({"paid", "owed", "no_basis"})},
                                          {"basis", s::Nullable(s::Ref("DuesBasis"))},
                                          {"payment", s::Nullable(s::Ref("DuesPayment"))}}))},
                {"totals", TotalsSchema()},
                {"links", s::Obj({{"payments", s::Str()}})}}),
           .query = PeriodParams()});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/dues/arrears",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {"org_id", "from", "to"}); !st) {
               return st.error();
             }
             auto org = http::QueryId(req, "org_id");
             if (!org) return org.error();
             if (!*org) return Error::Invalid("?org_id", "is required");
             auto period = QueryPeriod(req);
             if (!period) return period.error();
             auto a = GetOrgArrears(db.Conn(), req.Actor(), rules, **org, *period);
             if (!a) return a.error();
             boost::json::array members;
             for (const auto& m : a->members) {
               members.push_back(
                   {{"member", {{"id", m.person.id}, {"name", m.person.name}}},
                    {"org", {{"id", m.org_id}, {"name", m.org_name}}},
                    {"totals", TotalsJson(m.totals)},
                    {"link", fmt::format("/api/v1/members/{}/dues?from={}&to={}", m.person.id,
                                         a->period.from, a->period.to)}});
             }
             return http::Ok(boost::json::object{
                 {"org", {{"id", a->org.id}, {"name", a->org.name}}},
                 {"from", a->period.from},
                 {"to", a->period.to},
                 {"members_counted", a->members_counted},
                 {"totals", TotalsJson(a->totals)},
                 {"members", std::move(members)},
                 {"links",
                  {{"payments", fmt::format("/api/v1/dues/payments?org_id={}&from={}&to={}",
                                            a->org.id, a->period.from, a->period.to)}}}});
           },
           .tag = "members",
           .summary = "Dues arrears of an organisation and those below it for a period: totals, "
                      "and each member with a month owed, linking to their months",
           .response = s::Obj({{"org", IdName()},
                               {"from", Month()},
                               {"to", Month()},
                               {"members_counted", s::Int()},
                               {"totals", TotalsSchema()},
                               {"members", s::Arr(s::Obj({{"member", IdName()},
                                                          {"org", IdName()},
                                                          {"totals", TotalsSchema()},
                                                          {"link", s::Str()}}))},
                               {"links", s::Obj({{"payments", s::Str()}})}}),
           .query =
               [] {
                 auto q = PeriodParams();
                 q.insert(q.begin(), {"org_id", "the organisation", s::Int(), true});
                 return q;
               }()});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/dues/payments",
           .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
             auto page = http::ParseListPage(req, {"org_id", "person_id", "from", "to"});
             if (!page) return page.error();
             PaymentFilter f;
             if (Status st =
                     http::QueryIds(req, {{"org_id", &f.org_id}, {"person_id", &f.person_id}});
                 !st) {
               return st.error();
             }
             auto period = QueryPeriod(req);
             if (!period) return period.error();
             f.period = *period;
             auto res = ListPayments(db.Conn(), req.Actor(), rules, f, *page);
             if (!res) return res.error();
             boost::json::array items;
             for (const auto& p : res->items) items.push_back(ToJson(p));
             boost::json::object body = http::PageBody(std::move(items), *page, res->total);
             body["amount_fen"] = res->amount_fen;
             return http::Ok(body);
           },
           .tag = "members",
           .summary = "Dues payments of a member or of an organisation's members for a period, "
                      "with their sum",
           .response = s::Obj({{"items", s::Arr(s::Ref("DuesPayment"))},
                               {"page", s::Int()},
                               {"per_page", s::Int()},
                               {"total", s::Int()},
                               {"amount_fen", s::Int()}}),
           .query = http::WithPage([] {
             auto q = PeriodParams();
             q.insert(q.begin(), {{"org_id", "an organisation's members", s::Int()},
                                  {"person_id", "one member", s::Int()}});
             return q;
           }())});
  };
  return m;
}

}  // namespace linli::members
