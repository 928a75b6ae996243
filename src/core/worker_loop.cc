#include "core/worker_loop.h"

#include <chrono>
#include <exception>

#include <spdlog/spdlog.h>

namespace linli {

void WorkerLoop::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable()) return;
  stop_ = false;
  woken_ = false;
  thread_ = std::thread([this] { Run(); });
}

void WorkerLoop::Stop() {
  {
    std::lock_guard lock(mu_);
    if (!thread_.joinable()) return;
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void WorkerLoop::Wake() {
  {
    std::lock_guard lock(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

bool WorkerLoop::Stopping() const {
  std::lock_guard lock(mu_);
  return stop_;
}

void WorkerLoop::Run() {
  using std::chrono::milliseconds;
  int64_t sleep_ms = 0;
  std::chrono::steady_clock::time_point ended;  // of the previous round (none yet: long ago)
  while (true) {
    {
      std::unique_lock lock(mu_);
      cv_.wait_until(lock, ended + milliseconds(min_gap_ms_), [this] { return stop_; });
      cv_.wait_until(lock, ended + milliseconds(sleep_ms), [this] { return stop_ || woken_; });
      if (stop_) return;
      woken_ = false;
    }
    try {
      sleep_ms = round_();
    } catch (const std::exception& e) {
      spdlog::warn("{}: {}; trying again", name_, e.what());
      sleep_ms = retry_ms_;
    }
    ended = std::chrono::steady_clock::now();
  }
}

}  // namespace linli
