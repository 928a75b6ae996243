// The formation rules of party organisations (DOMAIN.md part 1), as a pure function of the
// member figures and the configured thresholds, so they are tested without a database:
//   branch:          more than branch_max_members → violation (should be a general branch);
//                    fewer than min_full_members full members → violation (form a joint
//                    branch), or info when it already is a joint branch
//   general branch:  more than general_branch_max_members → violation (should be a committee);
//                    at most branch_max_members → info (allowed, but a branch would do)
//   committee:       at most general_branch_max_members → info (allowed, worth a look)
//   group:           no formation rules
// The figures are those of the organisation's whole subtree (a branch's groups count toward the
// branch).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/orgs/settings.h"

namespace linli::orgs {

enum class CheckLevel { kOk, kInfo, kViolation };
// The levels' names, in the enum's order: ok, info, violation.
std::span<const std::string_view> Levels();
std::string_view LevelName(CheckLevel level);

struct FormationFacts {
  std::string_view kind;  // REQUIRES: outlives the CheckFormation call
  bool joint = false;
  int64_t members = 0;
  int64_t full_members = 0;
};

struct FormationCheck {
  std::string rule;  // stable id: "branch_size", "full_members", "general_branch_size", ...
  CheckLevel level = CheckLevel::kOk;
  std::string message;
};

// One entry per rule that applies to the kind, in a fixed order.
std::vector<FormationCheck> CheckFormation(const FormationFacts& facts, const OrgRules& rules);

}  // namespace linli::orgs
