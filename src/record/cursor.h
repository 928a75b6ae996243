// Cursor: a consumer's durable position in the record (table record_cursors). A consumer reads
// the events after its cursor, does its work, and advances the cursor inside the same write
// transaction, so its work and its position commit or vanish together.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "store/database.h"

namespace linli::record {

// The last seq the consumer `name` has processed; nullopt when it has never run.
std::optional<int64_t> CursorOf(store::Connection& c, std::string_view name);
// Sets the consumer's position. REQUIRES: inside the write transaction of its work.
void AdvanceCursor(store::Connection& c, std::string_view name, int64_t seq);
// The newest seq in the record (0 when it is empty).
int64_t HeadSeq(store::Connection& c);

}  // namespace linli::record
