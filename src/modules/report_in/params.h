// Query parameters the module's lists take beyond those of http/query.h; a failure names the
// parameter as "?name".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "http/message.h"

namespace linli::report_in {

// "true" or "false".
Result<std::optional<bool>> QueryBool(const http::Request& req, std::string_view name);
// A calendar date "YYYY-MM-DD".
Result<std::optional<std::string>> QueryDate(const http::Request& req, std::string_view name);
// A year from 2000 to 2999.
Result<std::optional<int64_t>> QueryYear(const http::Request& req, std::string_view name);

}  // namespace linli::report_in
