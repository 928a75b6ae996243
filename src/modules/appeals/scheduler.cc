#include "modules/appeals/scheduler.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <spdlog/spdlog.h>

#include "core/clock.h"
#include "modules/appeals/deadlines.h"

namespace linli::appeals {

void Scheduler::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable()) return;
  stop_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void Scheduler::Stop() {
  {
    std::lock_guard lock(mu_);
    if (!thread_.joinable()) return;
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void Scheduler::Wake() {
  {
    std::lock_guard lock(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

void Scheduler::Loop() {
  store::Connection& c = db_.Conn();
  while (true) {
    int64_t sleep_ms = kMaxSleepMs;
    {
      std::lock_guard lock(mu_);
      if (stop_) return;
      woken_ = false;
    }
    try {
      const int64_t now = NowMs();
      if (const int64_t n = RunDue(c, now); n > 0) spdlog::info("appeals: {} deadlines missed", n);
      if (auto next = NextDue(c)) sleep_ms = std::clamp<int64_t>(*next - NowMs(), 0, kMaxSleepMs);
    } catch (const std::exception& e) {
      spdlog::warn("appeals scheduler: {}; trying again", e.what());
      sleep_ms = kRetryMs;
    }
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, std::chrono::milliseconds(sleep_ms), [this] { return stop_ || woken_; });
  }
}

}  // namespace linli::appeals
