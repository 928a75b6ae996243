#include "modules/members/profiles.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/members/rules.h"

namespace linli::members {
namespace {

constexpr std::string_view kUpsert =
    "INSERT INTO member_profiles (person_id, applied_on, full_on, unit_id, post, education,"
    " mobile, mobile_to, mobile_since, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
    " applied_on = excluded.applied_on, full_on = excluded.full_on, unit_id = excluded.unit_id,"
    " post = excluded.post, education = excluded.education, mobile = excluded.mobile,"
    " mobile_to = excluded.mobile_to, mobile_since = excluded.mobile_since,"
    " updated_at = excluded.updated_at";
constexpr std::string_view kUnitExists = "SELECT 1 FROM work_units WHERE id = ?";

boost::json::value J(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
boost::json::value J(const std::optional<int64_t>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

template <class T>
void Apply(const Patch<T>& p, std::optional<T>& field, std::string_view key,
           boost::json::object& changes) {
  if (!p.given || p.value == field) return;
  changes[key] = {{"from", J(field)}, {"to", J(p.value)}};
  field = p.value;
}

// A managed member: 404 when unseen, 403 when the caller only reads.
Result<MemberView> Managed(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id) {
  auto v = VisibleMember(c, actor, rules, person_id);
  if (!v) return v.error();
  if (!Allowed(actor, Action::kManage, PlaceOf(*v))) {
    return Error::Forbidden("only the managers of the member's organisation change the record");
  }
  return v;
}

// The order and timing of the career dates, as UpdateProfile documents.
Status CheckDates(const MembersRules& rules, const std::string& status,
                  const std::optional<std::string>& applied,
                  const std::optional<std::string>& admitted,
                  const std::optional<std::string>& full) {
  const std::string today = Today();
  for (const auto& [key, d] :
       {std::pair{"/applied_on", &applied}, {"/admitted_on", &admitted}, {"/full_on", &full}}) {
    if (*d && **d > today) return Error::Rule(key, "cannot lie in the future");
  }
  if (applied && admitted && *admitted < *applied) {
    return Error::Rule("/admitted_on", fmt::format("comes before the application ({})", *applied));
  }
  if (full && status != "full") {
    return Error::Rule("/full_on",
                       "a probationary member has no full-membership date: convert them");
  }
  if (full && admitted) {
    const std::string earliest = AddMonthsToDate(*admitted, rules.probation_months);
    if (*full < earliest) {
      return Error::Rule("/full_on",
                         fmt::format("the probationary period is {} months from admission on {}: "
                                     "not before {}",
                                     rules.probation_months, *admitted, earliest));
    }
  }
  return Status::Ok();
}

void Save(store::Connection& c, int64_t person_id, const Profile& p) {
  const int64_t now = NowMs();
  c.Exec(kUpsert,
         {person_id, store::Opt(p.applied_on), store::Opt(p.full_on), store::Opt(p.unit_id),
          store::Opt(p.post), store::Opt(p.education), int64_t{p.mobile ? 1 : 0},
          store::Opt(p.mobile_to), store::Opt(p.mobile_since), now, now});
}

}  // namespace

Result<MemberView> UpdateProfile(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id,
                                 const ProfileForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto v = Managed(c, actor, rules, person_id);
  if (!v) return v.error();
  Profile next = v->profile;
  std::optional<std::string> admitted = v->member.joined_on;
  boost::json::object changes;
  Apply(f.applied_on, next.applied_on, "applied_on", changes);
  Apply(f.full_on, next.full_on, "full_on", changes);
  Apply(f.unit_id, next.unit_id, "unit_id", changes);
  Apply(f.post, next.post, "post", changes);
  Apply(f.education, next.education, "education", changes);
  Apply(f.mobile_to, next.mobile_to, "mobile_to", changes);
  Apply(f.mobile_since, next.mobile_since, "mobile_since", changes);
  if (f.mobile && *f.mobile != next.mobile) {
    changes["mobile"] = *f.mobile;
    next.mobile = *f.mobile;
  }
  if (!next.mobile) {
    if (f.mobile_to.value || f.mobile_since.value) {
      return Error::Rule(f.mobile_to.value ? "/mobile_to" : "/mobile_since",
                         "only a mobile member has a whereabouts: give mobile true");
    }
    next.mobile_to.reset();
    next.mobile_since.reset();
  } else if (!next.mobile_to) {
    return Error::Rule("/mobile_to", "a mobile member's whereabouts (流动去向) is required");
  }
  const bool admitted_changes = f.admitted_on.given && f.admitted_on.value != admitted;
  if (admitted_changes) admitted = f.admitted_on.value;
  if (Status s = CheckDates(rules, v->member.status, next.applied_on, admitted, next.full_on); !s) {
    return s.error();
  }
  if (f.unit_id.value && f.unit_id.value != v->profile.unit_id &&
      !c.QueryOne(kUnitExists, {*f.unit_id.value})) {
    return Error::NotFoundField("/unit_id", fmt::format("no work unit {}", *f.unit_id.value));
  }
  if (admitted_changes) {
    orgs::UpdateMemberForm mf;
    mf.joined_on = admitted;
    mf.clear_joined_on = !admitted;
    auto moved = orgs::UpdateMember(c, actor, v->org.id, person_id, mf);
    if (!moved) return moved.error();
  }
  if (!changes.empty()) {  // nothing changed, nothing written
    Save(c, person_id, next);
    changes["person_id"] = person_id;
    record::EventLog::Append(c, EventBy(actor, "member_profile.update", "party_member", person_id,
                                        v->org.area_path, std::move(changes)));
  }
  auto out = *LoadMember(c, rules, person_id);
  tx.Commit();
  return out;
}

Result<MemberView> Convert(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id, const ConvertForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto v = Managed(c, actor, rules, person_id);
  if (!v) return v.error();
  if (v->member.status == "full") {
    return Error::Conflict(fmt::format("{} is already a full member", v->member.person.name));
  }
  if (!v->member.joined_on) {
    return Error::Rule("/full_on", "the admission date is not recorded: record admitted_on first");
  }
  if (Status s = CheckDates(rules, "full", v->profile.applied_on, v->member.joined_on, f.full_on);
      !s) {
    return s.error();
  }
  orgs::UpdateMemberForm mf;
  mf.status = "full";
  auto updated = orgs::UpdateMember(c, actor, v->org.id, person_id, mf);
  if (!updated) return updated.error();
  Profile next = v->profile;
  next.full_on = f.full_on;
  Save(c, person_id, next);
  record::EventLog::Append(
      c, EventBy(actor, "member.convert", "party_member", person_id, v->org.area_path,
                 {{"person_id", person_id},
                  {"admitted_on", *v->member.joined_on},
                  {"full_on", f.full_on}}));
  auto out = *LoadMember(c, rules, person_id);
  tx.Commit();
  return out;
}

}  // namespace linli::members
