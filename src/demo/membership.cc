#include "demo/membership.h"

#include <algorithm>

#include <fmt/format.h>

#include "demo/identity.h"

namespace linli::demo {
namespace {

constexpr int kOldestMember = 86;
constexpr int kFullMembers = 3;

void Enrol(Builder& b, DemoRng& rng, const Resident& r, bool probationary, int64_t org,
           int64_t branch, std::vector<PartyMember>& out) {
  b.Member(org, r.person_id, probationary ? "probationary" : "full",
           JoinedOn(rng, r.age, probationary));
  out.push_back({r, branch, org});
}

}  // namespace

std::string JoinedOn(DemoRng& rng, int age, bool probationary) {
  if (probationary) {
    // Between 1 July of the year before and 30 June of the reference year.
    const int month = rng.Between(1, 12);
    const int year = month > 6 ? kAsOfYear - 1 : kAsOfYear;
    return fmt::format("{:04}-{:02}-{:02}", year, month, rng.Between(1, 28));
  }
  // Admitted at 18 or older, at least a year before the reference date.
  const int years_back = 1 + rng.Below(std::max(1, age - 18));
  const int year = kAsOfYear - years_back;
  const int month = year == kAsOfYear - 1 ? rng.Between(1, 6) : rng.Between(1, 12);
  return fmt::format("{:04}-{:02}-{:02}", year, month, rng.Between(1, 28));
}

std::vector<PartyMember> EnrolResidents(Builder& b, DemoRng& rng,
                                        const std::vector<Resident>& candidates, int n,
                                        std::span<const int64_t> orgs, int64_t branch) {
  std::vector<Resident> eligible;
  for (const auto& r : candidates) {
    if (r.age >= kMinMemberAge) eligible.push_back(r);
  }
  rng.Shuffle(eligible);
  std::vector<PartyMember> out;
  const int count = std::min(n, static_cast<int>(eligible.size()));
  for (int i = 0; i < count; ++i) {
    const bool probationary = i >= kFullMembers && rng.Percent(kProbationaryPercent);
    Enrol(b, rng, eligible[static_cast<size_t>(i)], probationary,
          orgs[static_cast<size_t>(i) % orgs.size()], branch, out);
  }
  return out;
}

std::vector<PartyMember> EnrolNewMembers(Builder& b, DemoRng& rng, const Folk& folk, int64_t area,
                                         int n, std::span<const int64_t> orgs, int64_t branch,
                                         int min_full, int probationary_percent) {
  std::vector<PartyMember> out;
  for (int i = 0; i < n; ++i) {
    const Resident r = NewPerson(b, rng, folk, area, rng.Between(kMinMemberAge + 3, kOldestMember),
                                 rng.Percent(58));
    const bool probationary = i >= min_full && rng.Percent(probationary_percent);
    Enrol(b, rng, r, probationary, orgs[static_cast<size_t>(i) % orgs.size()], branch, out);
  }
  return out;
}

}  // namespace linli::demo
