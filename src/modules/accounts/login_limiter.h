// LoginLimiter: at most N login attempts per client address per minute, in memory.
// Thread-safe.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace linli::accounts {

class LoginLimiter {
 public:
  explicit LoginLimiter(int per_minute) : per_minute_(per_minute) {}
  // Counts one attempt from `ip` at `now_ms`; false when over the limit (not counted).
  bool Admit(const std::string& ip, int64_t now_ms);

 private:
  static constexpr size_t kMaxAddresses = 100000;
  int per_minute_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<int64_t>> attempts_;  // GUARDED_BY(mu_)
};

}  // namespace linli::accounts
