// Households and the families living in them: who lives in a demo household is drawn from a
// DemoRng, with ages, names and ID-number regions that fit together (a child takes the father's
// surname; spouses are of an age; a grandparent is a generation older).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "demo/builder.h"
#include "demo/rng.h"

namespace linli::demo {

// Where a locale's people come from: the ID-number regions they were registered in (the first
// is the local one, drawn most often) and the surnames commoner there than elsewhere.
struct Folk {
  std::span<const std::string_view> regions;
  std::span<const std::string_view> surnames;
};

struct Resident {
  int64_t person_id = 0;
  int64_t household_id = 0;  // 0 for a person placed in a larger area
  int64_t grid_id = 0;       // the grid of the household; 0 when unknown
  std::string name;
  int age = 0;
  bool male = false;
};

// One person of `folk`, `age` years old, created in `area` (none: a person with no area).
Resident NewPerson(Builder& b, DemoRng& rng, const Folk& folk, std::optional<int64_t> area, int age,
                   bool male);

// Creates the family of one household (area `household`); returns its residents, oldest
// first. About one household in twenty stands empty and gets nobody.
std::vector<Resident> PopulateHousehold(Builder& b, DemoRng& rng, const Folk& folk,
                                        int64_t household);

}  // namespace linli::demo
