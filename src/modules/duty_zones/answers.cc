#include "modules/duty_zones/answers.h"

namespace linli::duty_zones {

ZoneAnswer AnswerOf(const ZoneView& v) {
  const Zone& z = v.zone;
  ZoneAnswer out;
  out.id = z.id;
  out.name = z.name;
  out.grid = {z.grid_id, z.grid_name, z.grid_path};
  out.members.reserve(v.members.size());
  for (const ZoneMember& m : v.members) {
    MemberAnswer a;
    static_cast<people::PersonAnswer&>(a) = people::AnswerOf(m.person);
    a.org_id = m.org_id;
    if (m.status) a.party_status = shape::OneOf<&orgs::MemberStatuses>{*m.status};
    out.members.push_back(a);
  }
  out.created_at = {z.created_at};
  out.updated_at = {z.updated_at};
  return out;
}

}  // namespace linli::duty_zones
