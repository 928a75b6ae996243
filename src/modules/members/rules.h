// The arithmetic of the members rules (core/config.h MembersRules), free of storage: the monthly
// dues from the brackets, the letter a transfer needs, the end of the probationary period, and
// the calendar months dues are counted in.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.h"
#include "modules/members/settings.h"

namespace linli::members {

inline constexpr std::array<std::string_view, 4> kCategories = {"in_service", "retired", "student",
                                                                "allowance"};
// Dues categories: which bracket list applies (student and allowance pay the flat amount).
constexpr std::span<const std::string_view> DuesCategories() { return kCategories; }

// The monthly dues in fen for `income_fen` (after tax, or the pension) in `category`: the whole
// income at the rate of the first bracket whose upper limit holds it (a limit is inclusive),
// rounded half up to the fen; the flat amount for students and allowance recipients.
// REQUIRES: category is one of DuesCategories(); income_fen >= 0.
int64_t MonthlyDueFen(const MembersRules& rules, std::string_view category, int64_t income_fen);

// The letter a transfer needs for `months_away` (nullopt: for good): "none" up to
// no_letter_max_months, "certificate" up to certificate_max_months, "transfer" beyond.
std::string LetterFor(const MembersRules& rules, std::optional<int64_t> months_away);

// "YYYY-MM-DD" `months` calendar months after `date`, on the same day or the month's last day.
// REQUIRES: `date` is a valid date.
std::string AddMonthsToDate(std::string_view date, int months);

// The month `n` months after `month` (n may be negative). REQUIRES: ValidMonth(month)
// (core/field.h).
std::string AddMonths(std::string_view month, int n);
// Every month from `from` to `to`, both included; empty when from > to.
// REQUIRES: both valid.
std::vector<std::string> MonthsFromTo(std::string_view from, std::string_view to);

}  // namespace linli::members
