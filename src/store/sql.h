// Helpers for writing SQL that both backends accept.
#pragma once

#include <string>
#include <string_view>

namespace linli::store {

// A LIKE pattern matching any text that contains `s` literally: "%" + s + "%" with the
// characters %, _ and the backslash escaped. REQUIRES: the statement writes
// `LIKE ? ESCAPE '\'` (a backslash as the escape character).
std::string ContainsPattern(std::string_view s);

}  // namespace linli::store
