// Enrolling party members: admission dates that fit a member's age and status, residents
// chosen as members, and new persons created as members.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "demo/builder.h"
#include "demo/households.h"
#include "demo/party.h"
#include "demo/rng.h"

namespace linli::demo {

inline constexpr int kMinMemberAge = 20;
// One member in this many is probationary, unless told otherwise.
inline constexpr int kProbationaryPercent = 6;

// An admission date on or before the reference date (identity.h): a full member was admitted
// at least a year before it, a probationary member within the year before it.
// REQUIRES: age >= kMinMemberAge.
std::string JoinedOn(DemoRng& rng, int age, bool probationary);

// Makes up to `n` of `candidates` (residents at least kMinMemberAge old; others are skipped)
// members, held by `orgs` in turn, all belonging to `branch`. The first three are full members.
std::vector<PartyMember> EnrolResidents(Builder& b, DemoRng& rng,
                                        const std::vector<Resident>& candidates, int n,
                                        std::span<const int64_t> orgs, int64_t branch);

// Creates `n` new persons of `folk` placed in `area` and makes them members, held by `orgs` in
// turn, belonging to `branch`. The first `min_full` are full members; after them one in
// `probationary_percent` is probationary.
std::vector<PartyMember> EnrolNewMembers(Builder& b, DemoRng& rng, const Folk& folk, int64_t area,
                                         int n, std::span<const int64_t> orgs, int64_t branch,
                                         int min_full = 3,
                                         int probationary_percent = kProbationaryPercent);

}  // namespace linli::demo
