// The webhook's signature and retry schedule, pure functions (unit-tested).
//
// A delivery is POSTed with
//   X-Linli-Event: appeal.dispatch         the record action
//   X-Linli-Delivery: 42                   the delivery id (the same on every retry)
//   X-Linli-Timestamp: 1763800000          Unix seconds of this attempt
//   X-Linli-Signature: sha256=<hex>        HMAC-SHA256 under the secret of "<timestamp>.<body>"
// A receiver recomputes the HMAC over the timestamp header, a dot and the raw body, compares in
// constant time, and rejects an old timestamp (replay).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace linli::notifications {

// "sha256=" + hex HMAC-SHA256 of "<timestamp>.<body>" under `secret`.
std::string Signature(std::string_view secret, int64_t timestamp_s, std::string_view body);

// The wait after failed attempt number `attempts` (1 = the first): base x 2^(attempts-1),
// at most `max_ms`.
int64_t BackoffMs(int attempts, int64_t base_ms, int64_t max_ms);

}  // namespace linli::notifications
