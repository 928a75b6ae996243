// Passwords: argon2id hashing with bounded concurrency (each hash takes ~64 MiB and a core for
// a noticeable time), and the rules a new password must meet.
// Thread-safe.
#pragma once

#include <memory>
#include <semaphore>
#include <string>
#include <string_view>

#include "core/result.h"

namespace linli::accounts {

class Passwords {
 public:
  explicit Passwords(int concurrency);
  std::string Hash(std::string_view password);
  bool Verify(std::string_view hash, std::string_view password);
  // Spends the time of one verification, for logins that name no account.
  void VerifyNothing(std::string_view password);

  static constexpr size_t kMinLength = 10;
  // 10..128 characters, not the login itself. Names the field `pointer`.
  static Status Check(std::string_view password, std::string_view login, std::string pointer);

 private:
  std::counting_semaphore<64> slots_;
  std::string dummy_hash_;
};

}  // namespace linli::accounts
