// Server time. Every recorded event is stamped here, never by the client.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace linli {

// Milliseconds since the Unix epoch (UTC).
int64_t NowMs();
// "2026-11-22T13:50:28.123Z"
std::string FormatTime(int64_t ms);

// The civil calendar residents live by, in which days, months and years are counted and dates
// are shown: China Standard Time (UTC+8, no daylight saving).
inline constexpr int64_t kLocalOffsetMs = int64_t{8} * 3600 * 1000;
inline constexpr int64_t kMsPerDay = int64_t{86400} * 1000;
// "YYYY-MM-DD" of the local day that contains `ms`.
std::string LocalDate(int64_t ms);
// Milliseconds since the epoch at the start of the local day `date`.
// REQUIRES: `date` is a valid "YYYY-MM-DD".
int64_t LocalDayStartMs(std::string_view date);

}  // namespace linli
