// The period a periodic disclosure covers, named as people say it: a month "2026-10", a quarter
// "2026-Q3", a half year "2026-H2" or a year "2026". Dates are "YYYY-MM-DD" strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace linli::disclosures {

struct Period {
  std::string key;        // as given: "2026-Q3"
  int months = 0;         // 1, 3, 6 or 12
  std::string first_day;  // "2026-07-01"
  std::string last_day;   // "2026-09-30"
};

// The period `key` names; nullopt when it names none (years 2000 to 2999 only).
std::optional<Period> ParsePeriod(std::string_view key);

}  // namespace linli::disclosures
