#include "modules/org_life/meeting.h"

#include <fmt/format.h>

namespace linli::org_life {
namespace {

constexpr std::string_view kMeeting =
    "SELECT id, org_id, kind, held_on, topic, minutes, lecturer, valid, created_at, updated_at"
    " FROM org_meetings WHERE id = ?";
constexpr std::string_view kRoll =
    "SELECT {}, t.status, t.voting, t.listed FROM org_meeting_attendance t"
    " JOIN persons p ON p.id = t.person_id LEFT JOIN areas a ON a.id = p.area_id"
    " WHERE t.meeting_id = ? ORDER BY p.name, p.id";
constexpr std::string_view kMembersBelow =
    "SELECT m.person_id, m.status, o.path FROM party_members m"
    " JOIN party_orgs o ON o.id = m.org_id WHERE o.path LIKE ? ORDER BY m.person_id";
constexpr size_t kPersonColumnCount = 13;  // columns of people::kPersonColumns

}  // namespace

std::vector<AttendanceRow> Meeting::Rows() const {
  std::vector<AttendanceRow> out;
  out.reserve(attendance.size());
  for (const auto& a : attendance) out.push_back(a.row);
  return out;
}

std::optional<Meeting> LoadMeeting(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(kMeeting, {id});
  if (!row) return std::nullopt;
  auto org = orgs::Load(c, row->Int(1));
  if (!org) return std::nullopt;
  Meeting m;
  m.id = row->Int(0);
  m.org = std::move(*org);
  m.kind = row->Text(2);
  m.held_on = row->Text(3);
  m.topic = row->Text(4);
  m.minutes = row->Text(5);
  m.lecturer = row->OptText(6);
  m.valid = row->Int(7) != 0;
  m.created_at = row->Int(8);
  m.updated_at = row->Int(9);
  for (const auto& r : c.Query(fmt::format(fmt::runtime(kRoll), people::kPersonColumns), {id})) {
    Attendee a;
    a.person = people::FromRow(r);
    a.row = {a.person.id, r.Text(kPersonColumnCount), r.Int(kPersonColumnCount + 1) != 0,
             r.Int(kPersonColumnCount + 2) != 0};
    m.attendance.push_back(std::move(a));
  }
  return m;
}

std::vector<RollMember> MembersBelow(store::Connection& c, const orgs::Org& org) {
  std::vector<RollMember> out;
  for (const auto& r : c.Query(kMembersBelow, {org.path + "%"})) {
    out.push_back({r.Int(0), r.Text(1) == "full", r.Text(2)});
  }
  return out;
}

}  // namespace linli::org_life
