#include "modules/members/rules.h"

#include <array>
#include <charconv>

#include <fmt/format.h>

namespace linli::members {
namespace {

constexpr int64_t kBasisPoints = 10000;
constexpr int kMonthsPerYear = 12;

int Num(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

int64_t ByBrackets(const std::vector<DuesBracket>& brackets, int64_t income_fen) {
  for (const auto& b : brackets) {
    if (b.up_to_fen == 0 || income_fen <= b.up_to_fen) {
      return (income_fen * b.rate_bp + kBasisPoints / 2) / kBasisPoints;
    }
  }
  return 0;  // unreachable with valid configuration: the last bracket has no limit
}

}  // namespace

int64_t MonthlyDueFen(const MembersRules& rules, std::string_view category, int64_t income_fen) {
  if (category == "in_service") return ByBrackets(rules.in_service, income_fen);
  if (category == "retired") return ByBrackets(rules.retired, income_fen);
  return rules.flat_fen;
}

std::string LetterFor(const MembersRules& rules, std::optional<int64_t> months_away) {
  if (!months_away) return "transfer";
  if (*months_away <= rules.no_letter_max_months) return "none";
  if (*months_away <= rules.certificate_max_months) return "certificate";
  return "transfer";
}

std::string AddMonthsToDate(std::string_view date, int months) {
  const int y = Num(date.substr(0, 4));
  const int m = Num(date.substr(5, 2));
  const int d = Num(date.substr(8, 2));
  const int total = y * kMonthsPerYear + (m - 1) + months;
  const int ny = total / kMonthsPerYear;
  const int nm = total % kMonthsPerYear + 1;
  return fmt::format("{:04}-{:02}-{:02}", ny, nm, std::min(d, DaysIn(ny, nm)));
}

std::string AddMonths(std::string_view month, int n) {
  const int total = Num(month.substr(0, 4)) * kMonthsPerYear + Num(month.substr(5, 2)) - 1 + n;
  return fmt::format("{:04}-{:02}", total / kMonthsPerYear, total % kMonthsPerYear + 1);
}

std::vector<std::string> MonthsFromTo(std::string_view from, std::string_view to) {
  std::vector<std::string> out;
  for (std::string m(from); m <= to; m = AddMonths(m, 1)) out.push_back(m);
  return out;
}

}  // namespace linli::members
