#include "modules/disclosures/period.h"

#include <charconv>

#include <fmt/format.h>

namespace linli::disclosures {
namespace {

std::optional<int> Number(std::string_view s) {
  int v = 0;
  const auto* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || p != end || s.empty()) return std::nullopt;
  return v;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Period> ParsePeriod(std::string_view key) {
  if (key.size() < 4) return std::nullopt;
  auto year = Number(key.substr(0, 4));
  if (!year || *year < 2000 || *year > 2999) return std::nullopt;
  int first = 1;
  int months = 12;
  const std::string_view rest = key.substr(4);
  if (rest.empty()) {
    months = 12;
  } else if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'H')) {
    auto n = Number(rest.substr(2));
    const int count = rest[1] == 'Q' ? 4 : 2;
    if (!n || *n < 1 || *n > count) return std::nullopt;
    months = 12 / count;
    first = (*n - 1) * months + 1;
  } else if (rest.size() == 3 && rest[0] == '-') {
    auto m = Number(rest.substr(1));
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    months = 1;
    first = *m;
  } else {
    return std::nullopt;
  }
  const int last = first + months - 1;
  return Period{std::string(key), months, fmt::format("{:04}-{:02}-01", *year, first),
                fmt::format("{:04}-{:02}-{:02}", *year, last, DaysIn(*year, last))};
}

}  // namespace linli::disclosures
