#include "demo/households.h"

#include <algorithm>

#include "demo/name_tables.h"

namespace linli::demo {
namespace {

constexpr int kLocalRegionPercent = 75;
constexpr int kOldestAge = 95;

std::string_view Region(DemoRng& rng, const Folk& folk) {
  if (folk.regions.size() == 1 || rng.Percent(kLocalRegionPercent)) return folk.regions[0];
  return folk
      .regions[1 + static_cast<size_t>(rng.Below(static_cast<int>(folk.regions.size()) - 1))];
}

class Family {
 public:
  Family(Builder& b, DemoRng& rng, const Folk& folk, int64_t household)
      : b_(b), rng_(rng), folk_(folk), household_(household) {}

  // A member of the family; `surname` empty draws one.
  const Resident& Add(int age, bool male, const std::string& surname = {}) {
    const std::string s = surname.empty() ? PickSurname(rng_, folk_.surnames) : surname;
    const Identity who = b_.identities().Make(rng_, Region(rng_, folk_), age, male, s);
    Resident r;
    r.person_id = b_.Person(who, household_);
    r.household_id = household_;
    r.name = who.name;
    r.age = age;
    r.male = male;
    members_.push_back(r);
    return members_.back();
  }
  // Up to `n` children of a mother `mother_age` years old, named after the father.
  void Children(int n, int mother_age, const std::string& surname) {
    const int oldest = std::min(mother_age - 22, 30);
    for (int i = 0; i < n && oldest >= 0; ++i)
      Add(rng_.Between(0, oldest), rng_.Percent(50), surname);
  }
  std::vector<Resident> Take() {
    std::stable_sort(members_.begin(), members_.end(),
                     [](const Resident& a, const Resident& b) { return a.age > b.age; });
    return std::move(members_);
  }

 private:
  Builder& b_;
  DemoRng& rng_;
  const Folk& folk_;
  int64_t household_;
  std::vector<Resident> members_;
};

}  // namespace

Resident NewPerson(Builder& b, DemoRng& rng, const Folk& folk, std::optional<int64_t> area, int age,
                   bool male) {
  const Identity who =
      b.identities().Make(rng, Region(rng, folk), age, male, PickSurname(rng, folk.surnames));
  Resident r;
  r.person_id = b.Person(who, area);
  r.name = who.name;
  r.age = age;
  r.male = male;
  return r;
}

std::vector<Resident> PopulateHousehold(Builder& b, DemoRng& rng, const Folk& folk,
                                        int64_t household) {
  Family f(b, rng, folk, household);
  const int kind = rng.Below(100);
  if (kind < 5) return {};  // empty: let, for sale, or the family moved away
  if (kind < 17) {          // an elder living alone
    f.Add(rng.Between(68, 90), rng.Percent(40));
  } else if (kind < 35) {  // an elderly couple
    const int husband = rng.Between(60, 84);
    f.Add(husband, true);
    f.Add(std::clamp(husband - rng.Between(-1, 5), 55, kOldestAge), false);
  } else if (kind < 45) {  // one adult
    f.Add(rng.Between(22, 55), rng.Percent(55));
  } else {  // a couple with children, and in one case of four a grandparent too
    const bool three_generations = kind >= 80;
    const int husband = three_generations ? rng.Between(32, 55) : rng.Between(26, 58);
    const int wife = std::max(22, husband - rng.Between(-2, 5));
    const std::string surname = PickSurname(rng, folk.surnames);
    f.Add(husband, true, surname);
    f.Add(wife, false);
    f.Children(rng.Between(three_generations ? 1 : 0, 2), wife, surname);
    if (three_generations) {
      // The husband's father shares his surname; his mother has her own.
      const bool grandfather = rng.Percent(35);
      f.Add(std::min(husband + rng.Between(24, 32), kOldestAge), grandfather,
            grandfather ? surname : std::string());
    }
  }
  return f.Take();
}

}  // namespace linli::demo
