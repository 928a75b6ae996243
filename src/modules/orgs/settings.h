// The orgs module's settings, config.json section "org_rules": the party-organisation formation
// rules (DOMAIN.md part 1).
#pragma once

#include "core/settings.h"

namespace linli::orgs {

struct OrgRules {
  int branch_max_members = 50;           // over this, a general branch
  int general_branch_max_members = 100;  // over this, a committee
  int min_full_members = 3;              // fewer full members: a joint branch
};

settings::Section<OrgRules> OrgRulesSection();

}  // namespace linli::orgs
