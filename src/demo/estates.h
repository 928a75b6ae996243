// Estates (小区, or a street kept as one) with their buildings, entrances and households, and the
// families in them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/builder.h"
#include "demo/households.h"
#include "demo/rng.h"

namespace linli::demo {

// How an estate is laid out.
struct EstatePlan {
  std::string name;
  // A street's houses are named by their number ("8号", every `number_step`th from
  // `first_number`), with rooms by floor ("201室"). An estate's towers are named "1栋", "2栋",
  // each with `entrances` entrances ("1单元") and rooms "101".."602".
  bool street = false;
  int buildings = 1;
  int first_number = 1;
  int number_step = 1;
  int entrances = 1;  // ignored for a street
  int floors = 1;
  int per_floor = 1;
};

// What a community holds once built: its grids, households and residents, in creation order.
struct CommunityPlaces {
  int64_t id = 0;
  std::string name;
  std::vector<int64_t> grids;
  std::vector<int64_t> households;
  std::vector<Resident> residents;
};

// Creates the estate under `grid` as `plan` lays it out and a family in each household; adds
// the households and residents to `community`.
void BuildEstate(Builder& b, DemoRng& rng, const Folk& folk, int64_t grid, const EstatePlan& plan,
                 CommunityPlaces& community);

}  // namespace linli::demo
