#include "modules/orgs/answers.h"

namespace linli::orgs {
namespace {

Counts CountsOf(const MemberCounts& m) { return {m.members, m.full, m.probationary}; }

}  // namespace

OrgAnswer AnswerOf(const Org& o) {
  OrgAnswer out;
  out.id = o.id;
  out.kind = {o.kind};
  out.name = o.name;
  out.joint = o.joint;
  out.area = {o.area_id, o.area_name, o.area_kind, o.area_path};
  out.path = o.path;
  out.depth = o.depth;
  out.created_at = {o.created_at};
  out.updated_at = {o.updated_at};
  out.parent_id = o.parent_id;
  return out;
}

OrgViewAnswer ViewOf(const OrgView& v) {
  OrgViewAnswer out;
  static_cast<OrgAnswer&>(out) = AnswerOf(v.org);
  out.ancestors.reserve(v.ancestors.size());
  for (const Org& a : v.ancestors) out.ancestors.push_back({a.id, {a.kind}, a.name});
  out.member_counts = {CountsOf(v.direct), CountsOf(v.subtree)};
  return out;
}

ChecksAnswer ChecksOf(const ChecksReport& r, const OrgRules& rules) {
  ChecksAnswer out;
  out.org_id = r.org.id;
  out.kind = {r.org.kind};
  out.joint = r.org.joint;
  out.members = r.counts.members;
  out.full_members = r.counts.full;
  out.probationary_members = r.counts.probationary;
  out.counted = {"party_members rows of this organisation and those below it", r.orgs_counted};
  out.thresholds = {rules.branch_max_members, rules.general_branch_max_members,
                    rules.min_full_members};
  out.checks.reserve(r.checks.size());
  for (const FormationCheck& c : r.checks) {
    out.checks.push_back({c.rule, {LevelName(c.level)}, c.message});
  }
  return out;
}

MemberAnswer AnswerOf(const Member& m) {
  MemberAnswer out;
  static_cast<people::PersonAnswer&>(out) = people::AnswerOf(m.person);
  out.org_id = m.org_id;
  out.status = {m.status};
  out.joined_on = shape::View(m.joined_on);
  out.member_since = {m.created_at};
  return out;
}

}  // namespace linli::orgs
