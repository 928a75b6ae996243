#include "modules/orgs/members.h"

#include <fmt/format.h>
#include <boost/json/parse.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/orgs/answers.h"
#include "modules/orgs/permissions.h"
#include "modules/orgs/queries.h"
#include "modules/people/permissions.h"

namespace linli::orgs {
namespace {

constexpr std::string_view kMemberColumns =
    "m.org_id, m.status, m.joined_on, m.created_at, m.updated_at";
constexpr std::string_view kMembership =
    "SELECT m.org_id, o.name FROM party_members m JOIN party_orgs o ON o.id = m.org_id"
    " WHERE m.person_id = ?";
constexpr std::string_view kInsert =
    "INSERT INTO party_members (person_id, org_id, status, joined_on, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view kUpdate =
    "UPDATE party_members SET status = ?, joined_on = ?, updated_at = ? WHERE person_id = ?";
constexpr std::string_view kMove =
    "UPDATE party_members SET org_id = ?, updated_at = ? WHERE person_id = ?";
constexpr std::string_view kDelete = "DELETE FROM party_members WHERE person_id = ?";
// An admission date may be today in China while it is still yesterday in UTC.
constexpr int64_t kDateSlackMs = int64_t{24} * 3600 * 1000;

// Selects the person columns followed by the membership columns.
std::string MemberSelect(std::string_view where) {
  return fmt::format(
      "SELECT {}, {} FROM party_members m JOIN persons p ON p.id = m.person_id"
      " LEFT JOIN areas a ON a.id = p.area_id JOIN party_orgs o ON o.id = m.org_id WHERE {}",
      people::kPersonColumns, kMemberColumns, where);
}

Member MemberFromRow(const store::Row& r) {
  constexpr size_t kFirst = 13;  // columns of people::kPersonColumns
  Member m;
  m.person = people::FromRow(r);
  m.org_id = r.Int(kFirst);
  m.status = r.Text(kFirst + 1);
  m.joined_on = r.OptText(kFirst + 2);
  m.created_at = r.Int(kFirst + 3);
  m.updated_at = r.Int(kFirst + 4);
  return m;
}

std::optional<Member> LoadMember(store::Connection& c, int64_t org_id, int64_t person_id) {
  auto row = c.QueryOne(MemberSelect("m.person_id = ? AND m.org_id = ?"), {person_id, org_id});
  if (!row) return std::nullopt;
  return MemberFromRow(*row);
}

Status NotFuture(const std::optional<std::string>& date) {
  if (date && *date > FormatTime(NowMs() + kDateSlackMs).substr(0, 10)) {
    return Error::Rule("/joined_on", "cannot lie in the future");
  }
  return Status::Ok();
}

// The organisation, readable (404) and writable (403) by the actor.
Result<Org> WritableOrg(store::Connection& c, const auth::Actor& actor, int64_t org_id) {
  auto o = VisibleOrg(c, actor, org_id);
  if (!o) return o.error();
  if (!Allowed(actor, Action::kWrite, *o)) return Error::Forbidden();
  return o;
}

boost::json::value OptDate(const std::optional<std::string>& d) {
  return d ? boost::json::value(*d) : boost::json::value(nullptr);
}

}  // namespace

Result<MemberPage> ListMembers(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                               bool subtree, const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = VisibleOrg(c, actor, org_id);
  if (!o) return o.error();
  const std::string where = subtree ? "o.path LIKE ?" : "m.org_id = ?";
  const store::Value key = subtree ? store::Value(o->path + "%") : store::Value(org_id);
  MemberPage out;
  out.total = c.Query(fmt::format("SELECT count(*) FROM party_members m JOIN party_orgs o"
                                  " ON o.id = m.org_id WHERE {}",
                                  where),
                      {key})
                  .front()
                  .Int(0);
  for (const auto& r : c.Query(MemberSelect(where) + " ORDER BY p.name, p.id LIMIT ? OFFSET ?",
                               {key, page.per_page, page.Offset()})) {
    out.items.push_back(MemberFromRow(r));
  }
  tx.Commit();
  return out;
}

Result<Member> AddMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                         const AddMemberForm& f) {
  if (Status s = NotFuture(f.joined_on); !s) return s.error();
  store::Tx tx(c, store::Tx::kWrite);
  auto o = WritableOrg(c, actor, org_id);
  if (!o) return o.error();
  auto person = people::Load(c, f.person_id);
  if (!person || !people::Allowed(actor, people::Action::kRead, *person)) {
    Error e = Error::NotFound(fmt::format("no person {}", f.person_id));
    e.fields.push_back({"/person_id", e.detail});
    return e;
  }
  if (auto held = c.QueryOne(kMembership, {f.person_id})) {
    if (held->Int(0) == org_id) {
      return Error::Conflict(
          fmt::format("person {} is already a member of this organisation", f.person_id),
          "/person_id");
    }
    return Error::Conflict(fmt::format("person {} is already a member of {} (organisation {}); "
                                       "a person belongs to one organisation, and a transfer is "
                                       "not done by adding",
                                       f.person_id, held->Text(1), held->Int(0)),
                           "/person_id");
  }
  const int64_t now = NowMs();
  c.Exec(kInsert, {f.person_id, org_id, f.status, store::Opt(f.joined_on), now, now});
  record::EventLog::Append(c,
                           EventBy(actor, "member.add", "party_member", f.person_id, o->area_path,
                                   {{"org_id", org_id},
                                    {"person_id", f.person_id},
                                    {"status", f.status},
                                    {"joined_on", OptDate(f.joined_on)}}));
  auto added = LoadMember(c, org_id, f.person_id);
  tx.Commit();
  return *added;
}

Result<Member> UpdateMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                            int64_t person_id, const UpdateMemberForm& f) {
  if (Status s = NotFuture(f.joined_on); !s) return s.error();
  store::Tx tx(c, store::Tx::kWrite);
  auto o = WritableOrg(c, actor, org_id);
  if (!o) return o.error();
  auto m = LoadMember(c, org_id, person_id);
  if (!m) {
    return Error::NotFound(
        fmt::format("person {} is not a member of organisation {}", person_id, org_id));
  }
  Member next = *m;
  boost::json::object changes{{"org_id", org_id}, {"person_id", person_id}};
  if (f.status && *f.status != m->status) {
    changes["status"] = {{"from", m->status}, {"to", *f.status}};
    next.status = *f.status;
  }
  if ((f.joined_on && f.joined_on != m->joined_on) || (f.clear_joined_on && m->joined_on)) {
    changes["joined_on"] = {{"from", OptDate(m->joined_on)}, {"to", OptDate(f.joined_on)}};
    next.joined_on = f.joined_on;
  }
  if (changes.size() == 2) return *m;  // nothing differs: no write, no event
  c.Exec(kUpdate, {next.status, store::Opt(next.joined_on), NowMs(), person_id});
  record::EventLog::Append(c, EventBy(actor, "member.update", "party_member", person_id,
                                      o->area_path, std::move(changes)));
  auto updated = LoadMember(c, org_id, person_id);
  tx.Commit();
  return *updated;
}

std::optional<Member> MembershipOf(store::Connection& c, int64_t person_id) {
  auto row = c.QueryOne(MemberSelect("m.person_id = ?"), {person_id});
  if (!row) return std::nullopt;
  return MemberFromRow(*row);
}

Result<Member> MoveMember(store::Connection& c, const auth::Actor& actor, int64_t person_id,
                          int64_t to_org_id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto to = Load(c, to_org_id);
  if (!to) {
    return Error::NotFoundField("/to_org_id", fmt::format("no party organisation {}", to_org_id));
  }
  auto m = MembershipOf(c, person_id);
  if (!m) return Error::NotFound(fmt::format("person {} is not a party member", person_id));
  if (m->org_id == to_org_id) {
    return Error::Rule("/to_org_id",
                       fmt::format("{} already belongs to {}", m->person.name, to->name));
  }
  c.Exec(kMove, {to_org_id, NowMs(), person_id});
  record::EventLog::Append(
      c, EventBy(actor, "member.move", "party_member", person_id, to->area_path,
                 {{"person_id", person_id}, {"from_org_id", m->org_id}, {"to_org_id", to_org_id}}));
  auto moved = LoadMember(c, to_org_id, person_id);
  tx.Commit();
  return *moved;
}

Status RemoveMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                    int64_t person_id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto o = WritableOrg(c, actor, org_id);
  if (!o) return o.error();
  auto m = LoadMember(c, org_id, person_id);
  if (!m) {
    return Error::NotFound(
        fmt::format("person {} is not a member of organisation {}", person_id, org_id));
  }
  c.Exec(kDelete, {person_id});
  record::EventLog::Append(
      c, EventBy(actor, "member.remove", "party_member", person_id, o->area_path,
                 {{"org_id", org_id}, {"person_id", person_id}, {"status", m->status}}));
  tx.Commit();
  return Status::Ok();
}

}  // namespace linli::orgs
