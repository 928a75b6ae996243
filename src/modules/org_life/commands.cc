#include "modules/org_life/commands.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/permissions.h"

namespace linli::org_life {
namespace {

constexpr std::string_view kInsertMeeting =
    "INSERT INTO org_meetings (org_id, kind, held_on, topic, minutes, lecturer, valid,"
    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kInsertRow =
    "INSERT INTO org_meeting_attendance (meeting_id, person_id, status, voting, listed)"
    " VALUES (?, ?, ?, ?, ?)";
constexpr std::string_view kDeleteRows = "DELETE FROM org_meeting_attendance WHERE meeting_id = ?";
constexpr std::string_view kUpdateMeeting =
    "UPDATE org_meetings SET topic = ?, minutes = ?, lecturer = ?, valid = ?, updated_at = ?"
    " WHERE id = ?";
constexpr std::string_view kIsAppraisalMeeting =
    "SELECT id FROM member_appraisals WHERE meeting_id = ?";
constexpr std::string_view kInsertAppraisal =
    "INSERT INTO member_appraisals (org_id, year, meeting_id, created_at) VALUES (?, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kInsertResult =
    "INSERT INTO member_appraisal_results (appraisal_id, person_id, outcome, note)"
    " VALUES (?, ?, ?, ?)";

// The organisation, readable (404 naming /org_id) and recordable (403) by the actor.
Result<orgs::Org> RecordableOrg(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto o = orgs::Load(c, id);
  if (!o || !Allowed(actor, Action::kRead, *o)) {
    return Error::NotFoundField("/org_id", fmt::format("no party organisation {}", id));
  }
  if (!Allowed(actor, Action::kRecord, *o)) return Error::Forbidden();
  return *o;
}

Status NotFuture(const std::string& held_on, const std::string& today) {
  if (held_on > today) return Error::Rule("/held_on", "cannot lie in the future");
  return Status::Ok();
}

// Who may be on a roll: person id -> voting (a full member).
using Eligible = std::map<int64_t, bool>;

Eligible MembersOf(store::Connection& c, const orgs::Org& org) {
  Eligible out;
  for (const auto& m : MembersBelow(c, org)) out.emplace(m.person_id, m.full);
  return out;
}

// The roll: the listed persons with their status, then (when the kind binds members) every
// other eligible person recorded absent. A listed person who is not eligible is a 422 naming
// `list`/N/person_id.
Result<std::vector<AttendanceRow>> Roll(std::string_view kind, const orgs::Org& org,
                                        const std::vector<std::pair<int64_t, std::string>>& listed,
                                        const Eligible& eligible, std::string_view list) {
  std::vector<AttendanceRow> rows;
  for (size_t i = 0; i < listed.size(); ++i) {
    auto it = eligible.find(listed[i].first);
    if (it == eligible.end()) {
      return Error::Rule(fmt::format("/{}/{}/person_id", list, i),
                         fmt::format("person {} is not a member of {} or of an organisation "
                                     "below it",
                                     listed[i].first, org.name));
    }
    rows.push_back({listed[i].first, listed[i].second, it->second, true});
  }
  if (!BindsMembers(kind)) return rows;
  std::set<int64_t> on_roll;
  for (const auto& r : rows) on_roll.insert(r.person_id);
  for (const auto& [person, voting] : eligible) {
    if (!on_roll.contains(person)) rows.push_back({person, "absent", voting, false});
  }
  return rows;
}

std::vector<std::pair<int64_t, std::string>> Pairs(const std::vector<Listed>& listed) {
  std::vector<std::pair<int64_t, std::string>> out;
  out.reserve(listed.size());
  for (const auto& l : listed) out.emplace_back(l.person_id, l.status);
  return out;
}

// A `valid` claim must agree with the computation.
Status CheckClaim(std::optional<bool> claim, std::string_view kind, const Tally& t, bool valid) {
  if (!claim || *claim == valid) return Status::Ok();
  if (kind == "general_meeting") {
    return Error::Rule("/valid",
                       fmt::format("a general meeting is valid only with more than half of its "
                                   "full members present: {} of {} present, {} needed",
                                   t.voting_present, t.voting, QuorumOf(t.voting)));
  }
  return Error::Rule("/valid", valid ? "the meeting is valid: someone was present"
                                     : "a meeting with no one present is not valid");
}

int64_t InsertMeeting(store::Connection& c, const orgs::Org& org, std::string_view kind,
                      const std::string& held_on, const std::string& topic,
                      const std::string& minutes, const std::optional<std::string>& lecturer,
                      bool valid) {
  const int64_t now = NowMs();
  return c
      .Query(kInsertMeeting, {org.id, std::string(kind), held_on, topic, minutes,
                              store::Opt(lecturer), int64_t{valid ? 1 : 0}, now, now})
      .front()
      .Int(0);
}

void InsertRows(store::Connection& c, int64_t meeting_id, const std::vector<AttendanceRow>& rows) {
  for (const auto& r : rows) {
    c.Exec(kInsertRow, {meeting_id, r.person_id, r.status, int64_t{r.voting ? 1 : 0},
                        int64_t{r.listed ? 1 : 0}});
  }
}

boost::json::object TallyJson(const Tally& t) {
  return {{"present", t.present},
          {"absent", t.absent},
          {"excused", t.excused},
          {"voting_members", t.voting},
          {"voting_present", t.voting_present}};
}

}  // namespace

Result<Meeting> RecordMeeting(store::Connection& c, const auth::Actor& actor, const MeetingForm& f,
                              const std::string& today) {
  store::Tx tx(c, store::Tx::kWrite);
  auto org = RecordableOrg(c, actor, f.org_id);
  if (!org) return org.error();
  if (f.kind == "member_appraisal") {
    return Error::Rule("/kind",
                       "a member appraisal is recorded with its outcomes: POST "
                       "/api/v1/org-life/appraisals");
  }
  if (!MayHold(org->kind, f.kind)) {
    return Error::Rule("/kind", fmt::format("a {} does not hold a {}: a branch holds general and "
                                            "committee meetings, lectures, theme days, life "
                                            "reviews and appraisals, a group its group meetings, "
                                            "a committee or general branch its committee meetings",
                                            org->kind, f.kind));
  }
  if (Status s = NotFuture(f.held_on, today); !s) return s.error();
  if (f.lecturer && f.kind != "party_lecture") {
    return Error::Rule("/lecturer", "only a party lecture has a lecturer");
  }
  auto rows = Roll(f.kind, *org, Pairs(f.attendance), MembersOf(c, *org), "attendance");
  if (!rows) return rows.error();
  const Tally t = Count(*rows);
  const bool valid = Valid(f.kind, t);
  if (Status s = CheckClaim(f.valid, f.kind, t, valid); !s) return s.error();
  const int64_t id =
      InsertMeeting(c, *org, f.kind, f.held_on, f.topic, f.minutes, f.lecturer, valid);
  InsertRows(c, id, *rows);
  record::EventLog::Append(
      c, EventBy(actor, "org_life.meeting.record", "org_meeting", id, org->area_path,
                 {{"org_id", org->id},
                  {"kind", f.kind},
                  {"held_on", f.held_on},
                  {"topic", f.topic},
                  {"valid", valid},
                  {"tally", TallyJson(t)}}));
  auto m = LoadMeeting(c, id);
  tx.Commit();
  return *m;
}

Result<Meeting> CorrectMeeting(store::Connection& c, const auth::Actor& actor, int64_t id,
                               const CorrectMeetingForm& f, const std::string& today) {
  store::Tx tx(c, store::Tx::kWrite);
  auto m = LoadMeeting(c, id);
  if (!m || !Allowed(actor, Action::kRead, m->org)) {
    return Error::NotFound(fmt::format("no meeting {}", id));
  }
  if (!Allowed(actor, Action::kRecord, m->org)) return Error::Forbidden();
  if (f.lecturer && m->kind != "party_lecture") {
    return Error::Rule("/lecturer", "only a party lecture has a lecturer");
  }
  boost::json::object changes{{"org_id", m->org.id}, {"kind", m->kind}};
  Meeting next = *m;
  if (f.topic && *f.topic != m->topic) {
    changes["topic"] = {{"from", m->topic}, {"to", *f.topic}};
    next.topic = *f.topic;
  }
  if (f.minutes && *f.minutes != m->minutes) {
    changes["minutes"] = "corrected";
    next.minutes = *f.minutes;
  }
  if ((f.lecturer && f.lecturer != m->lecturer) || (f.clear_lecturer && m->lecturer)) {
    changes["lecturer"] = {{"from", m->lecturer ? boost::json::value(*m->lecturer) : nullptr},
                           {"to", f.lecturer ? boost::json::value(*f.lecturer) : nullptr}};
    next.lecturer = f.lecturer;
  }
  std::vector<AttendanceRow> rows = m->Rows();
  if (f.attendance) {
    if (c.QueryOne(kIsAppraisalMeeting, {id})) {
      return Error::Rule("/attendance", "the roll of an appraisal follows its results");
    }
    Eligible eligible = MembersOf(c, m->org);
    for (const auto& r : rows) eligible.emplace(r.person_id, r.voting);  // members since gone
    auto next_rows = Roll(m->kind, m->org, Pairs(*f.attendance), eligible, "attendance");
    if (!next_rows) return next_rows.error();
    boost::json::array diff;
    for (const auto& r : *next_rows) {
      auto old = std::find_if(rows.begin(), rows.end(),
                              [&](const AttendanceRow& o) { return o.person_id == r.person_id; });
      const std::string from = old == rows.end() ? "" : old->status;
      if (from != r.status) {
        diff.push_back({{"person_id", r.person_id},
                        {"from", from.empty() ? boost::json::value(nullptr) : from.c_str()},
                        {"to", r.status}});
      }
    }
    if (!diff.empty() || next_rows->size() != rows.size()) changes["attendance"] = diff;
    rows = std::move(*next_rows);
  }
  const Tally t = Count(rows);
  const bool valid = Valid(m->kind, t);
  if (Status s = CheckClaim(f.valid, m->kind, t, valid); !s) return s.error();
  if (changes.size() == 2) return *m;  // nothing differs: no write, no event
  if (valid != m->valid) changes["valid"] = {{"from", m->valid}, {"to", valid}};
  c.Exec(kUpdateMeeting, {next.topic, next.minutes, store::Opt(next.lecturer),
                          int64_t{valid ? 1 : 0}, NowMs(), id});
  if (changes.contains("attendance")) {
    c.Exec(kDeleteRows, {id});
    InsertRows(c, id, rows);
  }
  record::EventLog::Append(c, EventBy(actor, "org_life.meeting.correct", "org_meeting", id,
                                      m->org.area_path, std::move(changes)));
  auto updated = LoadMeeting(c, id);
  tx.Commit();
  return *updated;
}

Result<Appraisal> RecordAppraisal(store::Connection& c, const auth::Actor& actor,
                                  const AppraisalForm& f, const std::string& today) {
  store::Tx tx(c, store::Tx::kWrite);
  auto org = RecordableOrg(c, actor, f.org_id);
  if (!org) return org.error();
  if (!MayHold(org->kind, "member_appraisal")) {
    return Error::Rule("/org_id", fmt::format("a {} does not appraise its members: a branch "
                                              "does",
                                              org->kind));
  }
  if (Status s = NotFuture(f.held_on, today); !s) return s.error();
  if (AppraisalIdOf(c, org->id, f.year)) {
    return Error::Conflict(
        fmt::format("{} has already recorded its member appraisal of {}", org->name, f.year),
        "/year");
  }
  std::vector<std::pair<int64_t, std::string>> listed;
  for (const auto& r : f.results) listed.emplace_back(r.person_id, "present");
  auto rows = Roll("member_appraisal", *org, listed, MembersOf(c, *org), "results");
  if (!rows) return rows.error();
  const Tally t = Count(*rows);
  const std::string topic = f.topic.value_or(fmt::format("民主评议党员 {}", f.year));
  const int64_t meeting_id = InsertMeeting(c, *org, "member_appraisal", f.held_on, topic, f.minutes,
                                           std::nullopt, Valid("member_appraisal", t));
  InsertRows(c, meeting_id, *rows);
  const int64_t id =
      c.Query(kInsertAppraisal, {org->id, f.year, meeting_id, NowMs()}).front().Int(0);
  boost::json::object counts;
  for (const auto& r : f.results) {
    c.Exec(kInsertResult, {id, r.person_id, r.outcome, store::Opt(r.note)});
    counts[r.outcome] = (counts.contains(r.outcome) ? counts[r.outcome].as_int64() : 0) + 1;
  }
  record::EventLog::Append(
      c, EventBy(actor, "org_life.appraisal.record", "member_appraisal", id, org->area_path,
                 {{"org_id", org->id},
                  {"year", f.year},
                  {"meeting_id", meeting_id},
                  {"held_on", f.held_on},
                  {"outcomes", std::move(counts)},
                  {"not_appraised", t.absent}}));
  auto a = LoadAppraisal(c, id);
  tx.Commit();
  return *a;
}

}  // namespace linli::org_life
