#include "modules/appeals/day_query.h"

#include <string>

#include <fmt/format.h>

#include "core/form.h"
#include "http/query.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kDayStart = "T00:00:00+08:00";
constexpr int64_t kDayMs = 86'400'000;

}  // namespace

Result<std::optional<int64_t>> QueryDay(const http::Request& req, std::string_view name,
                                        int64_t plus_days) {
  auto v = http::QueryText(req, name, 10);
  if (!v) return v.error();
  if (!*v) return std::optional<int64_t>();
  auto ms = ParseTime(**v + std::string(kDayStart));
  if (!ms) return Error::Invalid(fmt::format("?{}", name), "must be a date written YYYY-MM-DD");
  return std::optional<int64_t>(*ms + plus_days * kDayMs);
}

}  // namespace linli::appeals
