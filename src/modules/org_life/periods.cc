#include "modules/org_life/periods.h"

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::org_life {
namespace {

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[m - 1] + (m == 2 && Leap(y) ? 1 : 0);
}

std::string Key(int year, int months, int index) {
  switch (months) {
    case 1:
      return fmt::format("{}-{:02}", year, index + 1);
    case 2:
      return fmt::format("{}-B{}", year, index + 1);
    case 3:
      return fmt::format("{}-Q{}", year, index + 1);
    case 4:
      return fmt::format("{}-T{}", year, index + 1);
    case 6:
      return fmt::format("{}-H{}", year, index + 1);
    default:
      return fmt::format("{}", year);
  }
}

Period Make(int year, int months, int index) {
  const int first_month = index * months + 1;
  const int last_month = first_month + months - 1;
  return {Key(year, months, index), fmt::format("{}-{:02}-01", year, first_month),
          fmt::format("{}-{:02}-{:02}", year, last_month, DaysIn(year, last_month))};
}

int YearOf(std::string_view date) { return std::stoi(std::string(date.substr(0, 4))); }

}  // namespace

Period PeriodOf(std::string_view date, int months) {
  const int month = std::stoi(std::string(date.substr(5, 2)));
  return Make(YearOf(date), months, (month - 1) / months);
}

std::vector<Period> PeriodsOfYear(int year, int months) {
  std::vector<Period> out;
  out.reserve(static_cast<size_t>(12 / months));
  for (int i = 0; i < 12 / months; ++i) out.push_back(Make(year, months, i));
  return out;
}

std::vector<Period> PeriodsWithin(std::string_view from, std::string_view to, int months) {
  std::vector<Period> out;
  if (from > to) return out;
  for (int y = YearOf(from); y <= YearOf(to); ++y) {
    for (auto& p : PeriodsOfYear(y, months)) {
      if (p.first_day >= from && p.last_day <= to) out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace linli::org_life
