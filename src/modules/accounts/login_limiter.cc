#include "modules/accounts/login_limiter.h"

namespace linli::accounts {

bool LoginLimiter::Admit(const std::string& ip, int64_t now_ms) {
  constexpr int64_t kWindowMs = int64_t{60} * 1000;
  std::lock_guard lock(mu_);
  if (attempts_.size() > kMaxAddresses) {
    for (auto it = attempts_.begin(); it != attempts_.end();) {
      if (it->second.empty() || it->second.back() < now_ms - kWindowMs) {
        it = attempts_.erase(it);
      } else {
        ++it;
      }
    }
  }
  auto& q = attempts_[ip];
  while (!q.empty() && q.front() < now_ms - kWindowMs) q.pop_front();
  if (static_cast<int>(q.size()) >= per_minute_) return false;
  q.push_back(now_ms);
  return true;
}

}  // namespace linli::accounts
