// The deterministic demo data: the places and party organisations the seed texts name, with
// plausible households, residents and members, and the demo logins (password "linli-demo").
// Loaded only in demo mode.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/module.h"

namespace linli::demo {

struct SeedReport {
  bool already_seeded = false;
  int64_t areas = 0, orgs = 0, persons = 0, members = 0, accounts = 0;
};

inline constexpr std::string_view kDemoPassword = "linli-demo";

// Loads the demo data in one transaction; does nothing when areas already exist.
Result<SeedReport> Seed(Services& services);

}  // namespace linli::demo
