#include "modules/people/answers.h"

namespace linli::people {
using shape::View;

PersonAnswer AnswerOf(const Person& p) {
  PersonAnswer out;
  out.id = p.id;
  out.name = p.name;
  if (p.gender) out.gender = shape::OneOf<&Genders>{*p.gender};
  out.birth_date = View(p.birth_date);
  out.id_number = View(p.id_number_mask);
  out.phone = View(p.phone_mask);
  out.address = View(p.address);
  out.created_at = {p.created_at};
  out.updated_at = {p.updated_at};
  if (p.area_id) {
    out.area = areas::AreaRef{*p.area_id, p.area_name ? std::string_view(*p.area_name) : "",
                              p.area_kind ? std::string_view(*p.area_kind) : "", p.area_path};
  }
  return out;
}

PersonView ViewOf(const Person& p, const std::vector<PersonRole>& roles) {
  PersonView out;
  static_cast<PersonAnswer&>(out) = AnswerOf(p);
  out.roles.reserve(roles.size());
  for (const PersonRole& r : roles) {
    RoleAnswer a{r.id, {r.role}, std::nullopt, std::nullopt};
    if (r.area_id) a.area = NamedRef{*r.area_id, r.area_name};
    if (r.org_id) a.org = NamedRef{*r.org_id, r.org_name};
    out.roles.push_back(a);
  }
  return out;
}

}  // namespace linli::people
