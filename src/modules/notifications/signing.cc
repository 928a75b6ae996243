#include "modules/notifications/signing.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/hmac.h"

namespace linli::notifications {

std::string Signature(std::string_view secret, int64_t timestamp_s, std::string_view body) {
  return "sha256=" + HmacSha256Hex(secret, fmt::format("{}.{}", timestamp_s, body));
}

int64_t BackoffMs(int attempts, int64_t base_ms, int64_t max_ms) {
  int64_t wait = std::max<int64_t>(base_ms, 0);
  for (int i = 1; i < attempts && wait < max_ms; ++i) wait *= 2;
  return std::min(wait, max_ms);
}

}  // namespace linli::notifications
