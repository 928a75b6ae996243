// The routes of the member record, the roster and the cards.
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/clock.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "http/shape.h"
#include "modules/members/answers.h"
#include "modules/members/cards.h"
#include "modules/members/exports.h"
#include "modules/members/forms.h"
#include "modules/members/member.h"
#include "modules/members/printed_routes.h"
#include "modules/members/profiles.h"
#include "modules/members/roster.h"
#include "modules/members/routes.h"
#include "modules/report_in/params.h"

namespace linli::members {
namespace {

namespace s = http::schema;

constexpr int64_t kRosterLimit = 5000;  // rows of one printed or exported roster
constexpr int64_t kRosterJsonLimit = 1000;

// A card's only parameter, ?year: this year by default.
Result<int64_t> OnlyYear(const http::Request& req) {
  if (Status st = http::OnlyParams(req, {"year"}); !st) return st.error();
  auto y = report_in::QueryYear(req, "year");
  if (!y) return y.error();
  return y->value_or(std::stoll(LocalDate(NowMs()).substr(0, 4)));
}

}  // namespace

void MemberRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/members/{person_id}",
         .handler = routes::Answer([&db, &rules](const http::Request& req) {
           return GetMember(db.Conn(), req.Actor(), rules, req.PathId("person_id"));
         }),
         .tag = "members",
         .summary = "A party member: membership, profile (party career, work unit, mobility) "
                    "and dues basis; personal data masked",
         .response = shape::RefOf<MemberAnswer>()});

  r.Add({.method = http::Method::kPatch,
         .pattern = "/api/v1/members/{person_id}",
         .handler = routes::FormAnswer(ParseProfile,
                                       [&db, &rules](const http::Request& req, const auto& form) {
                                         return UpdateProfile(db.Conn(), req.Actor(), rules,
                                                              req.PathId("person_id"), form);
                                       }),
         .tag = "members",
         .summary = "Record a member's profile: dates of application, admission and full "
                    "membership (in that order), work unit and post, education, mobility",
         .request = s::Body(ProfileFields()),
         .response = shape::RefOf<MemberAnswer>()});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/members/{person_id}/convert",
         .handler = routes::FormAnswer(ParseConvert,
                                       [&db, &rules](const http::Request& req, const auto& form) {
                                         return Convert(db.Conn(), req.Actor(), rules,
                                                        req.PathId("person_id"), form);
                                       }),
         .tag = "members",
         .summary = "Convert a probationary member to full membership (转正), no sooner than "
                    "the probationary period after admission",
         .request = s::Body(ConvertFields()),
         .response = shape::RefOf<MemberAnswer>()});
}

void RosterRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
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
}

void CardRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
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
             return fmt::format("member-card-{}-{}.xlsx", card.member.member.person.id, card.year);
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
}

}  // namespace linli::members
