#include "modules/orgs/settings.h"

namespace linli::orgs {

settings::Section<OrgRules> OrgRulesSection() {
  using R = OrgRules;
  using settings::Number;
  return {"org_rules",
          "Party-organisation formation rules: when a branch should become a general branch or "
          "a committee, and when it must be a joint branch.",
          {Number("branch_max_members", &R::branch_max_members,
                  "members over which a branch should be a general branch", 1),
           Number("general_branch_max_members", &R::general_branch_max_members,
                  "members over which a general branch should be a committee", 1),
           Number("min_full_members", &R::min_full_members,
                  "full members under which an organisation must be a joint branch", 1)}};
}

}  // namespace linli::orgs
