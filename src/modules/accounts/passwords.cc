#include "modules/accounts/passwords.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/crypto.h"
#include "core/form.h"

namespace linli::accounts {
namespace {
constexpr size_t kMaxLength = 128;
// Releases a semaphore slot on scope exit.
struct Slot {
  explicit Slot(std::counting_semaphore<64>& s) : s_(s) { s_.acquire(); }
  ~Slot() { s_.release(); }
  std::counting_semaphore<64>& s_;
};
}  // namespace

Passwords::Passwords(int concurrency)
    : slots_(std::clamp(concurrency, 1, 64)), dummy_hash_(Crypto::HashPassword("not a password")) {}

std::string Passwords::Hash(std::string_view password) {
  Slot slot(slots_);
  return Crypto::HashPassword(password);
}

bool Passwords::Verify(std::string_view hash, std::string_view password) {
  Slot slot(slots_);
  return Crypto::VerifyPassword(hash, password);
}

void Passwords::VerifyNothing(std::string_view password) {
  Slot slot(slots_);
  (void)Crypto::VerifyPassword(dummy_hash_, password);
}

Status Passwords::Check(std::string_view password, std::string_view login, std::string pointer) {
  const size_t n = ValidUtf8(password) ? Utf8Length(password) : 0;
  if (n < kMinLength || n > kMaxLength) {
    return Error::Invalid(pointer,
                          fmt::format("must be {} to {} characters", kMinLength, kMaxLength));
  }
  if (password == login) return Error::Invalid(pointer, "must not be the login");
  return Status::Ok();
}

}  // namespace linli::accounts
