#include "modules/org_life/queries.h"

#include <set>

#include <fmt/format.h>

#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/org_life/kinds.h"
#include "modules/org_life/permissions.h"

namespace linli::org_life {
namespace {

constexpr std::string_view kMeetingsFrom =
    "org_meetings m JOIN party_orgs o ON o.id = m.org_id JOIN areas a ON a.id = o.area_id";
constexpr std::string_view kScopedOrgs =
    "SELECT {} FROM {} WHERE {} ORDER BY o.path";  // kOrgColumns, kOrgFrom, where
constexpr std::string_view kScopedMeetings =
    "SELECT m.id, m.org_id, m.kind, m.held_on, m.valid FROM org_meetings m"
    " JOIN party_orgs o ON o.id = m.org_id WHERE {} AND m.held_on BETWEEN ? AND ?";
constexpr std::string_view kScopedAttendance =
    "SELECT t.meeting_id, t.person_id, t.status FROM org_meeting_attendance t"
    " JOIN org_meetings m ON m.id = t.meeting_id JOIN party_orgs o ON o.id = m.org_id"
    " WHERE {} AND m.held_on BETWEEN ? AND ?";
constexpr std::string_view kScopedMembers =
    "SELECT {}, pm.org_id, o.path FROM party_members pm JOIN party_orgs o ON o.id = pm.org_id"
    " JOIN persons p ON p.id = pm.person_id LEFT JOIN areas a ON a.id = p.area_id"
    " WHERE {} ORDER BY p.name, p.id";
constexpr std::string_view kOrgAppraisals =
    "SELECT ap.id FROM member_appraisals ap JOIN party_orgs o ON o.id = ap.org_id"
    " WHERE o.path LIKE ? AND (? = 0 OR ap.year = ?) ORDER BY ap.year DESC, ap.id DESC";
constexpr std::string_view kByOrgPath = "o.path LIKE ?";
constexpr std::string_view kByAreaPath = "o.area_id IN (SELECT id FROM areas WHERE path LIKE ?)";
constexpr size_t kPersonColumnCount = 13;  // columns of people::kPersonColumns

// The organisation, if the actor may read it; a 404 naming `pointer` otherwise.
Result<orgs::Org> ReadableOrg(store::Connection& c, const auth::Actor& actor, int64_t id,
                              std::string pointer) {
  auto o = orgs::Load(c, id);
  if (!o || !Allowed(actor, Action::kRead, *o)) {
    return Error::NotFoundField(std::move(pointer), fmt::format("no party organisation {}", id));
  }
  return *o;
}

// The SQL restricting `o` (party_orgs) and `a` (its area) to what the actor may read.
std::pair<std::string, std::vector<store::Value>> ReadScope(const auth::Actor& actor) {
  const auth::ScopeFilter by_area = auth::AreaScope(actor, AreaReadRoles(), "a.path");
  const auth::ScopeFilter by_org = auth::OrgScope(actor, OrgReadRoles(), "o.path");
  if (by_area.unrestricted || by_org.unrestricted) return {"1=1", {}};
  std::vector<store::Value> params(by_area.params.begin(), by_area.params.end());
  params.insert(params.end(), by_org.params.begin(), by_org.params.end());
  return {fmt::format("({} OR {})", by_area.sql, by_org.sql), std::move(params)};
}

bool HasCommittee(store::Connection& c, const orgs::Org& o, const OrgLifeRules& rules) {
  return orgs::SubtreeCounts(c, o).full >= rules.branch_committee_min_full;
}

// The slots `o` owes over `periods_of(months)`.
template <class PeriodsOf>
void AddSlots(store::Connection& c, const orgs::Org& o, const OrgLifeRules& rules,
              const std::vector<MeetingFact>& meetings, const std::string& today,
              const PeriodsOf& periods_of, std::vector<Slot>& out) {
  const bool committee = o.kind == "branch" && HasCommittee(c, o, rules);
  for (std::string_view kind : Kinds()) {
    if (!Required(o.kind, kind, committee)) continue;
    const int months = MonthsOf(rules, kind);
    const auto periods = periods_of(months);
    auto slots = SlotsOf({o.id, o.path, std::string(kind), months}, periods, meetings, today);
    out.insert(out.end(), std::make_move_iterator(slots.begin()),
               std::make_move_iterator(slots.end()));
  }
}

std::vector<MeetingFact> Facts(store::Connection& c, std::string_view where,
                               const store::Value& key, const std::string& from,
                               const std::string& to) {
  std::vector<MeetingFact> out;
  std::map<int64_t, size_t> index;
  for (const auto& r :
       c.Query(fmt::format(fmt::runtime(kScopedMeetings), where), {key, from, to})) {
    index.emplace(r.Int(0), out.size());
    out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Int(4) != 0, {}});
  }
  for (const auto& r :
       c.Query(fmt::format(fmt::runtime(kScopedAttendance), where), {key, from, to})) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].attendance.emplace(r.Int(1), r.Text(2));
  }
  return out;
}

}  // namespace

Result<Meeting> GetMeeting(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto m = LoadMeeting(c, id);
  if (!m || !Allowed(actor, Action::kRead, m->org)) {
    return Error::NotFound(fmt::format("no meeting {}", id));
  }
  tx.Commit();
  return *m;
}

Result<MeetingPage> ListMeetings(store::Connection& c, const auth::Actor& actor,
                                 const MeetingFilter& f, const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  auto [where, params] = ReadScope(actor);
  if (f.org_id) {
    auto o = ReadableOrg(c, actor, *f.org_id, "?org_id");
    if (!o) return o.error();
    where += " AND o.path LIKE ?";
    params.emplace_back(o->path + "%");
  }
  if (f.kind) {
    where += " AND m.kind = ?";
    params.emplace_back(*f.kind);
  }
  if (f.from) {
    where += " AND m.held_on >= ?";
    params.emplace_back(*f.from);
  }
  if (f.to) {
    where += " AND m.held_on <= ?";
    params.emplace_back(*f.to);
  }
  MeetingPage out;
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kMeetingsFrom, where), params)
                  .front()
                  .Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT m.id FROM {} WHERE {} ORDER BY m.held_on DESC,"
                                           " m.id DESC LIMIT ? OFFSET ?",
                                           kMeetingsFrom, where),
                               params)) {
    if (auto m = LoadMeeting(c, r.Int(0))) out.items.push_back(std::move(*m));
  }
  tx.Commit();
  return out;
}

Result<Plan> GetPlan(store::Connection& c, const auth::Actor& actor, int64_t org_id, int year,
                     const OrgLifeRules& rules, const std::string& today) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = orgs::Load(c, org_id);
  if (!o || !Allowed(actor, Action::kRead, *o)) {
    return Error::NotFound(fmt::format("no party organisation {}", org_id));
  }
  Plan plan;
  plan.year = year;
  plan.today = today;
  plan.full_members = static_cast<int>(orgs::SubtreeCounts(c, *o).full);
  plan.has_committee = o->kind == "branch" && plan.full_members >= rules.branch_committee_min_full;
  const auto meetings =
      Facts(c, "m.org_id = ?", o->id, fmt::format("{}-01-01", year), fmt::format("{}-12-31", year));
  std::vector<Slot> slots;
  AddSlots(
      c, *o, rules, meetings, today, [year](int months) { return PeriodsOfYear(year, months); },
      slots);
  for (auto& s : slots) {
    if (plan.kinds.empty() || plan.kinds.back().kind != s.kind) {
      plan.kinds.push_back({s.kind, MonthsOf(rules, s.kind), {}});
    }
    plan.kinds.back().slots.push_back(std::move(s));
  }
  plan.org = std::move(*o);
  tx.Commit();
  return plan;
}

Result<Coverage> GetCoverage(store::Connection& c, const auth::Actor& actor,
                             const CoverageScope& scope, const OrgLifeRules& rules,
                             const std::string& today, size_t max_orgs) {
  store::Tx tx(c, store::Tx::kRead);
  std::string_view where;
  store::Value key;
  std::string pointer;
  if (scope.org_id) {
    auto o = ReadableOrg(c, actor, *scope.org_id, "?org_id");
    if (!o) return o.error();
    where = kByOrgPath;
    key = o->path + "%";
    pointer = "?org_id";
  } else {
    auto a = areas::Load(c, *scope.area_id);
    if (!a || !areas::Allowed(actor, areas::Action::kRead, *a)) {
      return Error::NotFoundField("?area_id", fmt::format("no area {}", *scope.area_id));
    }
    where = kByAreaPath;
    key = a->path + "%";
    pointer = "?area_id";
  }
  Coverage cov;
  cov.from = scope.from;
  cov.to = scope.to;
  cov.today = today;
  for (const auto& r :
       c.Query(fmt::format(fmt::runtime(kScopedOrgs), orgs::kOrgColumns, orgs::kOrgFrom, where),
               {key})) {
    orgs::Org o = orgs::FromRow(r);
    if (Allowed(actor, Action::kRead, o)) cov.orgs.push_back(std::move(o));
  }
  if (cov.orgs.size() > max_orgs) {
    return Error::Rule(pointer, fmt::format("covers {} organisations, more than {}: choose a "
                                            "smaller organisation or area",
                                            cov.orgs.size(), max_orgs));
  }
  std::set<int64_t> seen;
  for (const auto& o : cov.orgs) seen.insert(o.id);
  const auto meetings = Facts(c, where, key, scope.from, scope.to);
  for (const auto& o : cov.orgs) {
    AddSlots(
        c, o, rules, meetings, today,
        [&scope](int months) { return PeriodsWithin(scope.from, scope.to, months); }, cov.slots);
  }
  std::vector<MemberCoverage> measured;
  for (const auto& r :
       c.Query(fmt::format(fmt::runtime(kScopedMembers), people::kPersonColumns, where), {key})) {
    const int64_t org_id = r.Int(kPersonColumnCount);
    if (!seen.contains(org_id)) continue;
    people::Person p = people::FromRow(r);
    MemberCoverage mc = CoverMember(p.id, r.Text(kPersonColumnCount + 1), cov.slots, meetings);
    measured.push_back(mc);
    cov.members.push_back({std::move(p), org_id, std::move(mc)});
  }
  cov.share = ShareOf(measured);
  tx.Commit();
  return cov;
}

Result<Appraisal> GetAppraisal(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto a = LoadAppraisal(c, id);
  if (!a || !Allowed(actor, Action::kRead, a->org)) {
    return Error::NotFound(fmt::format("no member appraisal {}", id));
  }
  tx.Commit();
  return *a;
}

Result<std::vector<Appraisal>> ListAppraisals(store::Connection& c, const auth::Actor& actor,
                                              int64_t org_id, std::optional<int64_t> year) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = ReadableOrg(c, actor, org_id, "?org_id");
  if (!o) return o.error();
  std::vector<Appraisal> out;
  const int64_t y = year.value_or(0);
  for (const auto& r : c.Query(kOrgAppraisals, {o->path + "%", y, y})) {
    auto a = LoadAppraisal(c, r.Int(0));
    if (a && Allowed(actor, Action::kRead, a->org)) out.push_back(std::move(*a));
  }
  tx.Commit();
  return out;
}

}  // namespace linli::org_life
