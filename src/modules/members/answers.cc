#include "modules/members/answers.h"

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::members {
namespace {

using shape::View;

constexpr std::string_view kRosterSource =
    "party_members, persons (masked), member_profiles, dues_bases and confirmed report_ins of the "
    "organisation and those below it";

std::optional<shape::Time> TimeOf(const std::optional<int64_t>& ms) {
  if (!ms) return std::nullopt;
  return shape::Time{*ms};
}

ProfileAnswer ProfileOf(const Profile& p) {
  ProfileAnswer out;
  out.applied_on = View(p.applied_on);
  out.full_on = View(p.full_on);
  out.post = View(p.post);
  if (p.education) out.education = shape::OneOf<&Educations>{*p.education};
  out.mobile = p.mobile;
  out.mobile_to = View(p.mobile_to);
  out.mobile_since = View(p.mobile_since);
  if (p.unit_id) {
    out.unit = WorkUnitRef{*p.unit_id, *p.unit_name, {*p.unit_org_id, *p.unit_org_name}};
  }
  return out;
}

AttendanceAnswer AttendanceOf(const org_life::Attendance& a) {
  return {a.present, a.absent, a.excused};
}

CountsAnswer CountsOf(const orgs::MemberCounts& m) { return {m.members, m.full, m.probationary}; }

}  // namespace

DuesBasisAnswer AnswerOf(const DuesBasis& b) {
  return {b.from_month, {b.category}, b.income_fen, b.due_fen};
}

MemberAnswer AnswerOf(const MemberView& v) {
  const people::Person& p = v.member.person;
  MemberAnswer out;
  out.id = p.id;
  out.name = p.name;
  out.gender = View(p.gender);
  out.birth_date = View(p.birth_date);
  out.id_number = View(p.id_number_mask);
  out.phone = View(p.phone_mask);
  out.address = View(p.address);
  out.created_at = {p.created_at};
  out.updated_at = {p.updated_at};
  if (p.area_id)
    out.area = PersonArea{*p.area_id, View(p.area_name), View(p.area_kind), p.area_path};
  out.org_id = v.member.org_id;
  out.status = {v.member.status};
  out.joined_on = View(v.member.joined_on);
  out.member_since = {v.member.created_at};
  out.admitted_on = View(v.member.joined_on);
  out.org = {v.org.id, v.org.name, v.org.kind};
  out.profile = ProfileOf(v.profile);
  if (v.basis) out.dues_basis = AnswerOf(*v.basis);
  return out;
}

TransferAnswer AnswerOf(const Transfer& t) {
  TransferAnswer out;
  out.id = t.id;
  out.member = {t.person_id, t.person_name};
  out.from_org = {t.from_org_id, t.from_org_name};
  out.to_org = {t.to_org_id, t.to_org_name};
  out.months_away = t.months_away;
  out.letter = {t.letter};
  out.letter_no = View(t.letter_no);
  out.reason = t.reason;
  out.status = {t.status};
  out.refusal_reason = View(t.refusal_reason);
  out.cancel_reason = View(t.cancel_reason);
  out.issued_by = t.issued_by;
  out.issued_at = {t.issued_at};
  out.decided_by = View(t.decided_by);
  out.decided_at = TimeOf(t.decided_at);
  return out;
}

PaymentAnswer AnswerOf(const Payment& p) {
  return {p.id,          {p.person_id, p.person_name},
          p.org_id,      p.month,
          p.due_fen,     p.amount_fen,
          p.paid_on,     View(p.note),
          p.recorded_by, {p.recorded_at}};
}

DuesTotalsAnswer AnswerOf(const DuesTotals& t) {
  return {t.due_fen, t.paid_fen, t.owed_fen, t.months_owed, t.months_without_basis};
}

MemberDuesAnswer AnswerOf(const MemberDues& d) {
  const int64_t person = d.member.member.person.id;
  MemberDuesAnswer out;
  out.member = {person, d.member.member.person.name};
  out.from = d.period.from;
  out.to = d.period.to;
  out.months.reserve(d.months.size());
  for (const auto& m : d.months) {
    DuesMonthAnswer month{m.month, {m.state}, std::nullopt, std::nullopt};
    if (m.basis) month.basis = AnswerOf(*m.basis);
    if (m.payment) month.payment = AnswerOf(*m.payment);
    out.months.push_back(month);
  }
  out.totals = AnswerOf(d.totals);
  out.links.payments = fmt::format("/api/v1/dues/payments?person_id={}&from={}&to={}", person,
                                   d.period.from, d.period.to);
  return out;
}

ArrearsAnswer AnswerOf(const OrgArrears& a) {
  ArrearsAnswer out;
  out.org = {a.org.id, a.org.name};
  out.from = a.period.from;
  out.to = a.period.to;
  out.members_counted = a.members_counted;
  out.totals = AnswerOf(a.totals);
  out.members.reserve(a.members.size());
  for (const auto& m : a.members) {
    out.members.push_back({{m.person.id, m.person.name},
                           {m.org_id, m.org_name},
                           AnswerOf(m.totals),
                           fmt::format("/api/v1/members/{}/dues?from={}&to={}", m.person.id,
                                       a.period.from, a.period.to)});
  }
  out.links.payments = fmt::format("/api/v1/dues/payments?org_id={}&from={}&to={}", a.org.id,
                                   a.period.from, a.period.to);
  return out;
}

RosterAnswer AnswerOf(const Roster& r) {
  RosterAnswer out;
  out.org = AnswerOf(r.org);
  out.total = r.total;
  out.truncated = r.truncated;
  out.rows.reserve(r.rows.size());
  for (const auto& row : r.rows) {
    RosterRowAnswer a;
    static_cast<MemberAnswer&>(a) = AnswerOf(row.member);
    a.reported_in_to = View(row.reported_in_to);
    a.receipt_no = View(row.receipt_no);
    out.rows.push_back(a);
  }
  out.generated_at = {NowMs()};
  out.source = kRosterSource;
  return out;
}

MemberCardAnswer AnswerOf(const MemberCard& card) {
  const int64_t person = card.member.member.person.id;
  constexpr double kMinutesPerHour = 60.0;
  MemberCardAnswer out;
  out.member = AnswerOf(card.member);
  out.year = card.year;
  out.report_in = {View(card.reported_in_to), View(card.receipt_no)};
  out.service = {card.services, static_cast<double>(card.service_minutes) / kMinutesPerHour};
  out.org_life = AttendanceOf(card.org_life);
  out.appraisal = View(card.appraisal);
  out.transfers.reserve(card.transfers.size());
  for (const auto& t : card.transfers) out.transfers.push_back(AnswerOf(t));
  out.dues = {
      card.dues.due_fen, card.dues.paid_fen, card.dues.owed_fen, card.dues.months_owed,
      fmt::format("/api/v1/members/{}/dues?from={}-01&to={}-12", person, card.year, card.year)};
  out.links = {fmt::format("/api/v1/service-records?person_id={}&status=confirmed&year={}", person,
                           card.year),
               fmt::format("/api/v1/transfers?person_id={}", person)};
  return out;
}

OrgCardAnswer AnswerOf(const OrgCard& card) {
  OrgCardAnswer out;
  out.org = AnswerOf(card.org);
  out.year = card.year;
  out.members = CountsOf(card.direct);
  out.members_with_below = CountsOf(card.subtree);
  out.meetings.reserve(card.meetings.size());
  for (const auto& m : card.meetings) {
    out.meetings.push_back({m.id, m.kind, m.held_on, m.topic, m.valid, AttendanceOf(m.attendance),
                            fmt::format("/api/v1/org-life/meetings/{}", m.id)});
  }
  return out;
}

}  // namespace linli::members
