// HMAC-SHA256 (libsodium crypto_auth_hmacsha256) for signing outbound messages (the webhook):
// a receiver holding the same secret recomputes it to know the message is ours and unchanged.
// Kept beside crypto.h, which holds the data-key cryptography.
#pragma once

#include <string>
#include <string_view>

namespace linli {

// HMAC-SHA256 of `message` under `key` (any length), as 64 lower-case hex digits.
// REQUIRES: Crypto::Init() has run.
std::string HmacSha256Hex(std::string_view key, std::string_view message);

}  // namespace linli
