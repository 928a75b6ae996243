// Service time: entered and shown in hours, kept in whole minutes so sums are exact.
#pragma once

#include <cstdint>
#include <optional>

#include <boost/json/value.hpp>

namespace linli::report_in {

constexpr int64_t kMinutesPerHour = 60;
constexpr int64_t kMinuteStep = 15;  // hours are logged in quarter hours
constexpr int64_t kMaxMinutesPerDay = 24 * kMinutesPerHour;

// Minutes of a JSON number of hours: positive, at most a day, a whole number of quarter hours;
// nullopt otherwise.
std::optional<int64_t> MinutesOfHours(const boost::json::value& hours);
// Hours as a JSON number (1.25 for 75 minutes).
double HoursOf(int64_t minutes);

}  // namespace linli::report_in
