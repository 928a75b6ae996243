#include "modules/orgs/formation.h"

#include <array>

#include <fmt/format.h>

namespace linli::orgs {
namespace {

constexpr std::array<std::string_view, 3> kLevels = {"ok", "info", "violation"};

FormationCheck BranchSize(const FormationFacts& f, const OrgRules& r) {
  if (f.members > r.branch_max_members) {
    return {"branch_size", CheckLevel::kViolation,
            fmt::format("{} members, more than {}: should be a general branch (党总支)", f.members,
                        r.branch_max_members)};
  }
  return {"branch_size", CheckLevel::kOk,
          fmt::format("{} members, at most {}", f.members, r.branch_max_members)};
}

FormationCheck FullMembers(const FormationFacts& f, const OrgRules& r) {
  if (f.full_members >= r.min_full_members) {
    return {"full_members", CheckLevel::kOk,
            fmt::format("{} full members, at least {}", f.full_members, r.min_full_members)};
  }
  if (f.joint) {
    return {"full_members", CheckLevel::kInfo,
            fmt::format("{} full members in this joint branch, fewer than {}: bring in more "
                        "neighbouring units",
                        f.full_members, r.min_full_members)};
  }
  return {"full_members", CheckLevel::kViolation,
          fmt::format("fewer than {} full members: form a joint branch (联合支部) with "
                      "neighbouring units ({} full members now)",
                      r.min_full_members, f.full_members)};
}

FormationCheck GeneralBranchSize(const FormationFacts& f, const OrgRules& r) {
  if (f.members > r.general_branch_max_members) {
    return {"general_branch_size", CheckLevel::kViolation,
            fmt::format("{} members, more than {}: should be a committee (党委)", f.members,
                        r.general_branch_max_members)};
  }
  if (f.members <= r.branch_max_members) {
    return {"general_branch_size", CheckLevel::kInfo,
            fmt::format("{} members, at most {}: allowed, but a branch would do", f.members,
                        r.branch_max_members)};
  }
  return {"general_branch_size", CheckLevel::kOk,
          fmt::format("{} members, from {} to {}", f.members, r.branch_max_members + 1,
                      r.general_branch_max_members)};
}

FormationCheck CommitteeSize(const FormationFacts& f, const OrgRules& r) {
  if (f.members <= r.general_branch_max_members) {
    return {"committee_size", CheckLevel::kInfo,
            fmt::format("{} members, at most {}: allowed, but worth a look", f.members,
                        r.general_branch_max_members)};
  }
  return {"committee_size", CheckLevel::kOk,
          fmt::format("{} members, more than {}", f.members, r.general_branch_max_members)};
}

}  // namespace

std::span<const std::string_view> Levels() { return kLevels; }

std::string_view LevelName(CheckLevel level) {
  switch (level) {
    case CheckLevel::kOk:
      return kLevels[0];
    case CheckLevel::kInfo:
      return kLevels[1];
    case CheckLevel::kViolation:
      return kLevels[2];
  }
  return kLevels[0];
}

std::vector<FormationCheck> CheckFormation(const FormationFacts& facts, const OrgRules& rules) {
  if (facts.kind == "branch") return {BranchSize(facts, rules), FullMembers(facts, rules)};
  if (facts.kind == "general_branch") return {GeneralBranchSize(facts, rules)};
  if (facts.kind == "committee") return {CommitteeSize(facts, rules)};
  return {};
}

}  // namespace linli::orgs
