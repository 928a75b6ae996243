#include "modules/org_life/answers.h"

#include <boost/json/serialize.hpp>

#include "modules/people/person.h"

namespace linli::org_life {
namespace {

using shape::View;

PersonJson PersonOf(const people::Person& p) { return people::AnswerOf(p); }

SlotAnswer SlotOf(const Slot& sl) {
  SlotAnswer out{
      sl.period.key, sl.period.first_day, sl.period.last_day, {SlotStatusName(sl.status)},
      std::nullopt,  sl.valid_meetings,   sl.invalid_meetings};
  if (!sl.valid_meetings.empty()) out.meeting_id = sl.valid_meetings.front();
  return out;
}

CoverageOrgAnswer OrgOf(const orgs::Org& o, const std::vector<Slot>& slots) {
  CoverageOrgAnswer out{o.id, o.kind, o.name, o.path, 0, 0, 0, {}};
  for (const auto& sl : slots) {
    if (sl.org_id != o.id) continue;
    if (sl.status == SlotStatus::kHeld) ++out.held;
    if (sl.status == SlotStatus::kOpen) ++out.open;
    if (sl.status != SlotStatus::kMissed) continue;
    MissedSlotAnswer m;
    static_cast<SlotAnswer&>(m) = SlotOf(sl);
    m.kind = {sl.kind};
    out.missed.push_back(std::move(m));
  }
  out.owed = out.held + static_cast<int64_t>(out.missed.size());
  return out;
}

CoverageMemberAnswer MemberOf(const MemberRow& m, const std::vector<Slot>& slots) {
  const MemberCoverage& cv = m.coverage;
  CoverageMemberAnswer out{PersonOf(m.person), m.org_id,  cv.Required(), cv.attended,
                           cv.excused,         cv.absent, cv.not_held,   cv.Missed(),
                           cv.Complete(),      {}};
  for (const auto& ms : cv.slots) {
    if (ms.outcome != Outcome::kAbsent && ms.outcome != Outcome::kNotHeld) continue;
    const Slot& sl = slots[ms.slot];
    out.misses.push_back(
        {sl.org_id, {sl.kind}, sl.period.key, {OutcomeName(ms.outcome)}, ms.meeting_id});
  }
  return out;
}

}  // namespace

MeetingAnswer AnswerOf(const Meeting& m) {
  const Tally t = Count(m.Rows());
  TallyAnswer tally{t.present, t.absent, t.excused, t.voting, t.voting_present, std::nullopt};
  if (m.kind == "general_meeting") tally.quorum = QuorumOf(t.voting);
  return {m.id,
          {m.org.id, m.org.kind, m.org.name, m.org.path},
          {m.kind},
          m.held_on,
          m.topic,
          m.minutes,
          View(m.lecturer),
          m.valid,
          tally,
          {m.created_at},
          {m.updated_at}};
}

MeetingViewAnswer ViewOf(const Meeting& m) {
  MeetingViewAnswer out;
  static_cast<MeetingAnswer&>(out) = AnswerOf(m);
  for (const auto& a : m.attendance) {
    out.attendance.push_back({PersonOf(a.person), {a.row.status}, a.row.voting, a.row.listed});
  }
  return out;
}

PlanAnswer AnswerOf(const Plan& p) {
  PlanAnswer out{
      {p.org.id, p.org.kind, p.org.name}, p.year, p.today, p.full_members, p.has_committee, {}};
  for (const auto& k : p.kinds) {
    KindPlanAnswer kp{{k.kind}, k.months, {}};
    for (const auto& sl : k.slots) kp.periods.push_back(SlotOf(sl));
    out.kinds.push_back(std::move(kp));
  }
  return out;
}

CoverageAnswer AnswerOf(const Coverage& cov) {
  CoverageAnswer out{cov.from, cov.to, cov.today, {}, {}, {}};
  for (const auto& o : cov.orgs) out.organisations.push_back(OrgOf(o, cov.slots));
  for (const auto& m : cov.members) out.members.push_back(MemberOf(m, cov.slots));
  const size_t measured = cov.share.Measured();
  out.share = {static_cast<int64_t>(cov.share.complete.size()),
               static_cast<int64_t>(measured),
               std::nullopt,
               cov.share.complete,
               cov.share.incomplete,
               cov.share.unmeasured};
  if (measured != 0) {
    out.share.ratio =
        static_cast<double>(cov.share.complete.size()) / static_cast<double>(measured);
  }
  return out;
}

AppraisalAnswer AnswerOf(const Appraisal& a) {
  AppraisalAnswer out{
      a.id,          {a.org.id, a.org.kind, a.org.name}, a.year, a.held_on, a.meeting_id, {}, {},
      {a.created_at}};
  for (const auto& r : a.results) {
    if (r.outcome == "excellent") ++out.counts.excellent;
    if (r.outcome == "qualified") ++out.counts.qualified;
    if (r.outcome == "basically_qualified") ++out.counts.basically_qualified;
    if (r.outcome == "unqualified") ++out.counts.unqualified;
    out.results.push_back({PersonOf(r.person), {r.outcome}, View(r.note)});
  }
  return out;
}

}  // namespace linli::org_life
