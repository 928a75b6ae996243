// Server time. Every recorded event is stamped here, never by the client.
#pragma once

#include <cstdint>
#include <string>

namespace linli {

// Milliseconds since the Unix epoch (UTC).
int64_t NowMs();
// "2026-11-22T13:50:28.123Z"
std::string FormatTime(int64_t ms);

}  // namespace linli
