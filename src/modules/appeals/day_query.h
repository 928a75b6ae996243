// A calendar day in a query string (?from=2026-05-01), read in China Standard Time.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/result.h"
#include "http/message.h"

namespace linli::appeals {

// The start of the day ?name= names plus `plus_days` days, in ms since the epoch; nullopt when
// the parameter is absent; a 400 naming it when it is not written YYYY-MM-DD.
Result<std::optional<int64_t>> QueryDay(const http::Request& req, std::string_view name,
                                        int64_t plus_days);

}  // namespace linli::appeals
