#include "modules/org_life/tallies.h"

namespace linli::org_life {
namespace {

constexpr std::string_view kAttendance =
    "SELECT a.status, count(*) FROM org_meeting_attendance a JOIN org_meetings m"
    " ON m.id = a.meeting_id WHERE a.person_id = ? AND m.held_on BETWEEN ? AND ?"
    " GROUP BY a.status";
constexpr std::string_view kAppraisal =
    "SELECT r.outcome FROM member_appraisal_results r JOIN member_appraisals a"
    " ON a.id = r.appraisal_id WHERE r.person_id = ? AND a.year = ?";
constexpr std::string_view kMeetings =
    "SELECT m.id, m.kind, m.held_on, m.topic, m.valid,"
    " sum(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END)"
    " FROM org_meetings m LEFT JOIN org_meeting_attendance a ON a.meeting_id = m.id"
    " WHERE m.org_id = ? AND m.held_on BETWEEN ? AND ? GROUP BY m.id ORDER BY m.held_on, m.id";

void Count(Attendance& a, std::string_view status, int64_t n) {
  if (status == "present") a.present += n;
  if (status == "absent") a.absent += n;
  if (status == "excused") a.excused += n;
}

}  // namespace

Attendance AttendanceOf(store::Connection& c, int64_t person_id, std::string_view first,
                        std::string_view last) {
  Attendance out;
  for (const auto& r : c.Query(kAttendance, {person_id, std::string(first), std::string(last)})) {
    Count(out, r.Text(0), r.Int(1));
  }
  return out;
}

std::optional<std::string> AppraisalOutcomeOf(store::Connection& c, int64_t person_id,
                                              int64_t year) {
  auto r = c.QueryOne(kAppraisal, {person_id, year});
  if (!r) return std::nullopt;
  return r->Text(0);
}

std::vector<MeetingTally> MeetingsOf(store::Connection& c, int64_t org_id, std::string_view first,
                                     std::string_view last) {
  std::vector<MeetingTally> out;
  for (const auto& r : c.Query(kMeetings, {org_id, std::string(first), std::string(last)})) {
    out.push_back(
        {r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4) != 0, {r.Int(5), r.Int(6), r.Int(7)}});
  }
  return out;
}

}  // namespace linli::org_life
