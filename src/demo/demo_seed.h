// The deterministic demo data: the places and party organisations the seed texts name, with
// plausible households, residents and members, and the demo logins (password "linli-demo").
// Loaded only in demo mode. Every record is written through its module's command, so each has
// its event in the hash-chained record. The same data, with the same ids, on every run: all
// chance comes from fixed-seed generators (rng.h) and ages are counted on a fixed date.
// The folder's README.md lists what is built and where.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "modules/module.h"

namespace linli::demo {

struct SeedReport {
  bool already_seeded = false;
  int64_t areas = 0, orgs = 0, persons = 0, members = 0, accounts = 0;
  int64_t households = 0, duty_zones = 0;
};

inline constexpr std::string_view kDemoPassword = "linli-demo";

// Loads the demo data in one write transaction, acting as SystemActor(): the world of the seed
// communities (world.h), then the demo rows of each of `modules` that has them, in order. Does
// nothing (and reports already_seeded) when any area exists. On an error nothing is kept.
Result<SeedReport> Seed(Services& services, const std::vector<Manifest>& modules);

}  // namespace linli::demo
