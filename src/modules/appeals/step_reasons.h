// The reasons given at appeals' steps, for other modules (the appeals module's read interface).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "store/database.h"

namespace linli::appeals {

// (appeal id, step) -> the reason given at the last such step, nullopt where none was given.
using StepReasons = std::map<std::pair<int64_t, std::string>, std::optional<std::string>>;

// The reasons of the `steps` taken on the appeals `ids`; an appeal that took none of them is
// absent.
StepReasons ReasonsOfSteps(store::Connection& c, std::span<const int64_t> ids,
                           std::span<const std::string_view> steps);

}  // namespace linli::appeals
