#include "modules/report_in/answers.h"

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include "modules/people/person.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/period.h"

namespace linli::report_in {
namespace {

using shape::View;

std::optional<shape::Time> TimeOf(const std::optional<int64_t>& ms) {
  if (!ms) return std::nullopt;
  return shape::Time{*ms};
}

// The figures with, for each, the list query returning the rows behind it; `place` is the
// filter naming the community or area ("community_id=5").
FigureSetAnswer FigureAnswer(const FigureSet& f, const std::string& place, const Year& y) {
  auto report_ins = [&](std::string_view kind) {
    return fmt::format("/api/v1/report-ins?{}&kind={}&as_of={}", place, kind, y.last_day);
  };
  const std::string services =
      fmt::format("/api/v1/service-records?{}&status=confirmed&year={}", place, y.year);
  const std::string sheets = fmt::format("/api/v1/feedback-sheets?{}&year={}", place, y.year);
  return {f.reported_in,
          f.confirmed,
          f.units_reported_in,
          f.units_confirmed,
          f.active,
          HoursOf(f.minutes),
          f.services,
          f.sheets_sent,
          f.sheets_acknowledged,
          {report_ins("member"), report_ins("member") + "&status=confirmed", report_ins("unit"),
           report_ins("unit") + "&status=confirmed", services, services, services,
           sheets + "&sent=true", sheets + "&status=acknowledged"}};
}

}  // namespace

WorkUnitAnswer AnswerOf(const WorkUnit& u) {
  return {u.id,           u.name,        {u.kind}, {u.org_id, u.org_name, u.org_path},
          {u.created_at}, {u.updated_at}};
}

ReportInAnswer AnswerOf(const ReportInView& v) {
  const ReportIn& r = v.report_in;
  ReportInAnswer out;
  out.id = r.id;
  out.kind = {r.kind};
  out.status = {r.status};
  if (v.person) {
    out.member = people::AnswerOf(*v.person);
    // Whether the member lives in the community they report in to (the usual case).
    out.resides_in_community = v.person->area_path.starts_with(r.community_path);
  }
  out.unit = {r.unit_id, r.unit_name, {r.unit_kind}, {r.org_id, r.org_name}};
  out.community = {r.community_id, r.community_name, r.community_path};
  out.note = View(r.note);
  out.decline_reason = View(r.decline_reason);
  out.receipt_no = View(r.receipt_no);
  out.submitted_at = {r.submitted_at};
  out.submitted_by = r.submitted_by;
  out.decided_at = TimeOf(r.decided_at);
  out.decided_by = View(r.decided_by);
  return out;
}

ReceiptAnswer AnswerOf(const Receipt& r) {
  ReceiptAnswer out;
  out.receipt_no = r.receipt_no;
  out.report_in_id = r.report_in_id;
  out.kind = {r.kind};
  if (r.member_id) {
    out.member = ReceiptMember{*r.member_id, r.member_name ? std::string_view(*r.member_name) : "",
                               View(r.member_org)};
  }
  out.unit = {r.unit_id, r.unit_name};
  out.unit_org = {r.unit_org_id, r.unit_org_name};
  out.community = {r.community_id, r.community_name};
  out.community_org = View(r.community_org);
  out.note = View(r.note);
  out.submitted_on = r.submitted_on;
  out.confirmed_on = r.confirmed_on;
  out.confirmed_by = r.confirmed_by;
  return out;
}

PostAnswer AnswerOf(const Post& p) {
  PostAnswer out;
  out.id = p.id;
  out.community = {p.community_id, p.community_name};
  out.kind = {p.kind};
  out.title = p.title;
  out.description = View(p.description);
  if (p.duty_zone_id) {
    out.duty_zone = IdName{*p.duty_zone_id, p.duty_zone_name ? *p.duty_zone_name : ""};
  }
  out.open = p.open;
  out.claims = p.claims;
  out.claimed = p.claimed;
  out.created_at = {p.created_at};
  out.updated_at = {p.updated_at};
  return out;
}

ServiceRecordAnswer AnswerOf(const ServiceRecord& s) {
  ServiceRecordAnswer out;
  out.id = s.id;
  out.report_in_id = s.report_in_id;
  out.member = {s.person_id, s.person_name};
  out.post = {s.post_id, s.post_title, {s.post_kind}};
  out.community = {s.community_id, s.community_name};
  out.unit = {s.unit_id, s.unit_name};
  out.served_on = s.served_on;
  out.hours = HoursOf(s.minutes);
  out.note = View(s.note);
  out.status = {s.status};
  out.reject_reason = View(s.reject_reason);
  out.logged_at = {s.logged_at};
  out.logged_by = s.logged_by;
  out.decided_at = TimeOf(s.decided_at);
  out.decided_by = View(s.decided_by);
  return out;
}

SheetAnswer AnswerOf(const Sheet& s) {
  SheetAnswer out;
  out.id = s.id;
  out.report_in_id = s.report_in_id;
  out.year = s.year;
  out.status = {s.status};
  out.member = {s.person_id, s.person_name};
  out.unit = {s.unit_id, s.unit_name};
  out.unit_org = {s.org_id, s.org_name};
  out.community = {s.community_id, s.community_name};
  out.receipt_no = View(s.receipt_no);
  out.services = s.services;
  out.hours = HoursOf(s.minutes);
  out.posts = s.posts;
  for (const auto& l : s.lines) {
    out.lines.push_back({l.post_id, l.title, {l.kind}, l.services, HoursOf(l.minutes)});
  }
  out.evaluation = View(s.evaluation);
  out.reply = View(s.reply);
  out.generated_at = {s.generated_at};
  out.generated_by = s.generated_by;
  out.sent_at = TimeOf(s.sent_at);
  out.sent_by = View(s.sent_by);
  out.acknowledged_at = TimeOf(s.acknowledged_at);
  out.acknowledged_by = View(s.acknowledged_by);
  return out;
}

GeneratedAnswer AnswerOf(const Generated& g) {
  GeneratedAnswer out;
  for (const auto& s : g.sheets) out.sheets.push_back(AnswerOf(s));
  for (const auto& k : g.skipped) out.skipped.push_back({k.report_in_id, k.sheet_id, k.reason});
  return out;
}

FiguresAnswer AnswerOf(const Figures& f) {
  const Year y = YearOf(f.year);
  FiguresAnswer out;
  out.area = {f.area_id, f.area_name, f.area_kind};
  out.year = f.year;
  out.period = {y.first_day, y.last_day};
  out.totals = FigureAnswer(f.totals, fmt::format("area_id={}", f.area_id), y);
  for (const auto& cf : f.communities) {
    out.communities.push_back(
        {{cf.id, cf.name}, FigureAnswer(cf.figures, fmt::format("community_id={}", cf.id), y)});
  }
  return out;
}

void AddComponents(http::Router& r) {
  shape::AddComponents<WorkUnitAnswer, ReportInAnswer, ReceiptAnswer, PostAnswer,
                       ServiceRecordAnswer, ServiceRecordPage, SheetAnswer, GeneratedAnswer,
                       FiguresAnswer>(r);
}

}  // namespace linli::report_in
