// Series: the numbers people read and quote (a receipt "RI-2025-17-0004", a letter
// "ZZ-2025-3-0012") are issued from a counter row per series (table record_series), taken in
// the transaction that uses the number. The row is written before it is read, so a database
// with several writers holds it locked until that transaction ends: two writers never get the
// same number, and a number whose transaction rolls back was seen by no one and is issued again.
#pragma once

#include <cstdint>
#include <string_view>

#include "store/database.h"

namespace linli::record {

// Issues the next number of `series` (1 for a series never used) and returns it. A series is
// named by the text its numbers begin with ("RI-2025-17-"). REQUIRES: `c` is inside the write
// transaction that records the number.
int64_t NextInSeries(store::Connection& c, std::string_view series);

}  // namespace linli::record
