// Periods of the calendar a kind of org life is due in: months, quarters, halves or years
// (any span of months dividing 12). Dates are "YYYY-MM-DD" strings, which order as text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace linli::org_life {

struct Period {
  std::string key;        // "2025-03" (1 month), "2025-Q1" (3), "2025-H1" (6), "2025" (12),
                          // "2025-B1" (2), "2025-T1" (4)
  std::string first_day;  // "2025-01-01"
  std::string last_day;   // "2025-03-31"
  bool operator==(const Period&) const = default;
};

// The period of `months` that holds `date`. REQUIRES: 12 % months == 0; date is valid.
Period PeriodOf(std::string_view date, int months);
// Every period of `months` in `year`, in order.
std::vector<Period> PeriodsOfYear(int year, int months);
// The periods of `months` lying wholly within [from, to], in order.
std::vector<Period> PeriodsWithin(std::string_view from, std::string_view to, int months);

}  // namespace linli::org_life
