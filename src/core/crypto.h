// Crypto: sealing, hashing and random tokens over libsodium (core/hmac.h signs outbound messages).
// Personal data is sealed with secretbox under a key derived from the deployment's master key;
// lookups go through a keyed hash under a second derived key, so equal values can be found without
// decrypting. Passwords use argon2id.
//
// Thread safety: all methods are safe to call concurrently after construction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace linli {

class Crypto {
 public:
  static constexpr size_t kKeyBytes = 32;
  using Key = std::array<unsigned char, kKeyBytes>;

  // Initialises libsodium. Returns an error if it cannot start.
  static Status Init();
  // A new random master key.
  static Key NewKey();
  // Hex text of a key and back; nullopt when `hex` is not 64 hex digits.
  static std::string KeyToHex(const Key& key);
  static std::optional<Key> KeyFromHex(std::string_view hex);

  explicit Crypto(const Key& master);

  // Seals `plain` as nonce||ciphertext (binary). Open returns nullopt on tampering.
  std::string Seal(std::string_view plain) const;
  std::optional<std::string> Open(std::string_view sealed) const;
  // Keyed BLAKE2b of `value` (hex, 32 bytes) for equality lookups.
  std::string LookupHash(std::string_view value) const;

  // argon2id.
  static std::string HashPassword(std::string_view password);
  static bool VerifyPassword(std::string_view hash, std::string_view password);

  // Unkeyed BLAKE2b-256 as hex, for the event chain and session-token storage.
  static std::string Digest(std::string_view data);
  // `bytes` random bytes as URL-safe base64 without padding.
  static std::string RandomToken(size_t bytes = 32);

 private:
  Key seal_key_{};
  Key lookup_key_{};
};

}  // namespace linli
