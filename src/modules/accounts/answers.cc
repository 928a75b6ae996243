#include "modules/accounts/answers.h"

namespace linli::accounts {

AccountAnswer AnswerOf(const AccountView& a) {
  AccountAnswer out{a.id, a.login, {a.person_id, a.person_name}, {}};
  out.roles.reserve(a.roles.size());
  for (const GrantView& g : a.roles) {
    GrantAnswer r{g.id, {g.role}, std::nullopt, std::nullopt};
    if (g.area_id) r.area = GrantArea{*g.area_id, g.area_name, g.area_kind};
    if (g.org_id) r.org = NamedRef{*g.org_id, g.org_name};
    out.roles.push_back(r);
  }
  return out;
}

}  // namespace linli::accounts
