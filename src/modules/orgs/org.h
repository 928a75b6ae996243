// The party organisation tree's records and its read-only interface for other modules.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "store/database.h"

namespace linli::orgs {

inline constexpr std::array<std::string_view, 4> kKinds = {"committee", "general_branch", "branch",
                                                           "group"};
inline constexpr std::array<std::string_view, 2> kStatuses = {"full", "probationary"};

// Kinds from the top of the tree down: committee, general_branch, branch, group.
constexpr std::span<const std::string_view> Kinds() { return kKinds; }
// Position of `kind` in Kinds(); -1 when unknown.
int KindRank(std::string_view kind);
// True when an organisation of `child` kind may sit directly under one of `parent` kind:
// a committee holds general branches and branches, a general branch holds branches, a branch
// holds groups, a group holds nothing.
bool MayContain(std::string_view parent, std::string_view child);
// True when an organisation of `kind` may stand without a parent (every kind but a group,
// which is always part of a branch).
bool MayStandAlone(std::string_view kind);
// True when `kind` may be a joint organisation (联合支部): only a branch.
bool MayBeJoint(std::string_view kind);

// Membership statuses of a party member.
constexpr std::span<const std::string_view> MemberStatuses() { return kStatuses; }

struct Org {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string kind;
  std::string name;
  int64_t area_id = 0;
  std::string area_path;  // path of the area it sits in
  std::string area_name;
  std::string area_kind;
  bool joint = false;
  std::string path;  // "/3/7/"
  int64_t depth = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// Reads one organisation; nullopt when there is none.
std::optional<Org> Load(store::Connection& c, int64_t id);
// The organisations above `o`, from the root down (not including `o`).
std::vector<Org> Ancestors(store::Connection& c, const Org& o);

// The SELECT list over kOrgFrom that Load and the queries share; FromRow reads it.
extern const std::string_view kOrgColumns;
extern const std::string_view kOrgFrom;  // "party_orgs o JOIN areas a ON a.id = o.area_id"
Org FromRow(const store::Row& r);

// Member figures counted from party_members rows, never stored.
struct MemberCounts {
  int64_t members = 0;
  int64_t full = 0;
  int64_t probationary = 0;
};
// Members held directly by the organisation.
MemberCounts DirectCounts(store::Connection& c, const Org& o);
// Members held by the organisation and every organisation below it.
MemberCounts SubtreeCounts(store::Connection& c, const Org& o);

}  // namespace linli::orgs
