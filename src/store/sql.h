// Helpers for writing SQL that both backends accept.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace linli::store {

// A LIKE pattern matching any text that contains `s` literally: "%" + s + "%" with the
// characters %, _ and the backslash escaped. REQUIRES: the statement writes
// `LIKE ? ESCAPE '\'` (a backslash as the escape character).
std::string ContainsPattern(std::string_view s);

// `n` placeholders for an IN list: "?, ?, ?". REQUIRES: n > 0.
std::string Marks(size_t n);

}  // namespace linli::store
