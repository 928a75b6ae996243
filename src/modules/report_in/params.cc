#include "modules/report_in/params.h"

#include <array>

#include "core/form.h"
#include "http/query.h"
#include "modules/report_in/period.h"

namespace linli::report_in {
namespace {
constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};
}  // namespace

Result<std::optional<bool>> QueryBool(const http::Request& req, std::string_view name) {
  auto v = http::QueryEnum(req, name, kBooleans);
  if (!v) return v.error();
  if (!*v) return std::optional<bool>();
  return std::optional<bool>(**v == "true");
}

Result<std::optional<std::string>> QueryDate(const http::Request& req, std::string_view name) {
  auto v = http::QueryText(req, name, 10);
  if (!v) return v.error();
  if (*v && !ValidDate(**v)) {
    return Error::Invalid("?" + std::string(name), "must be a date YYYY-MM-DD");
  }
  return *v;
}

Result<std::optional<int64_t>> QueryYear(const http::Request& req, std::string_view name) {
  auto v = http::QueryId(req, name);
  if (!v) return v.error();
  if (*v && (**v < kFirstYear || **v > kLastYear)) {
    return Error::Invalid("?" + std::string(name), "must be a year from 2000 to 2999");
  }
  return *v;
}

}  // namespace linli::report_in
