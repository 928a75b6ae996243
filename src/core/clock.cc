#include "core/clock.h"

#include <charconv>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

namespace linli {
namespace {

int64_t Number(std::string_view s) {
  int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The date of a count of days since 1970-01-01 (H. Hinnant's civil_from_days).
void CivilFromDays(int64_t z, int64_t& y, int64_t& m, int64_t& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

// `v` as `width` decimal digits, zero-padded, at `out`. REQUIRES: 0 <= v < 10^width.
void Digits(char* out, int64_t v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

// Before 1970 or after 9999: through the C library (the fast path covers every recorded time).
std::string FormatTimeSlow(int64_t ms) {
  const auto secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms % 1000);
}

// 10000-01-01T00:00:00Z: from here on a year has five digits.
constexpr int64_t kYear10000Ms = int64_t{253402300800} * 1000;

}  // namespace

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string FormatTime(int64_t ms) {
  // Computed here rather than by gmtime_r, which takes the C library's time zone lock on every
  // call (a list of 50 requests formats 150 times; the lock showed in the profile).
  if (ms < 0 || ms >= kYear10000Ms) return FormatTimeSlow(ms);
  const int64_t secs = ms / 1000;
  int64_t y = 0;
  int64_t m = 0;
  int64_t d = 0;
  CivilFromDays(secs / 86400, y, m, d);
  const int64_t sod = secs % 86400;
  std::string out = "0000-00-00T00:00:00.000Z";
  Digits(out.data(), y, 4);
  Digits(&out[5], m, 2);
  Digits(&out[8], d, 2);
  Digits(&out[11], sod / 3600, 2);
  Digits(&out[14], sod / 60 % 60, 2);
  Digits(&out[17], sod % 60, 2);
  Digits(&out[20], ms % 1000, 3);
  return out;
}

std::string LocalDate(int64_t ms) { return FormatTime(ms + kLocalOffsetMs).substr(0, 10); }

int64_t LocalDayStartMs(std::string_view date) {
  const int64_t days = DaysFromCivil(Number(date.substr(0, 4)), Number(date.substr(5, 2)),
                                     Number(date.substr(8, 2)));
  return days * kMsPerDay - kLocalOffsetMs;
}

}  // namespace linli
