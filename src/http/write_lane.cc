#include "http/write_lane.h"

#include <utility>
#include <vector>

namespace linli::http {

WriteLane::WriteLane(WriteBatches batches) : batches_(std::move(batches)) {
  thread_ = std::thread([this] { Run(); });
}

WriteLane::~WriteLane() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return unanswered_ == 0; });
}

void WriteLane::Post(Job job) {
  {
    std::lock_guard lock(mu_);
    jobs_.push_back(std::move(job));
  }
  cv_.notify_all();
}

void WriteLane::Run() {
  std::unique_lock lock(mu_);
  while (true) {
    cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
    if (jobs_.empty()) return;  // stopping, and every job has run
    lock.unlock();
    batches_.begin();
    std::vector<Answer> answers;
    lock.lock();
    while (!jobs_.empty() && answers.size() < kMaxBatch) {
      Job job = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      answers.push_back(job());
      const bool yield = batches_.should_end();
      lock.lock();
      if (yield) break;
    }
    ++unanswered_;
    lock.unlock();
    batches_.end([this, answers = std::move(answers)](bool durable) mutable {
      for (const auto& answer : answers) answer(durable);
      answers.clear();  // what the answers hold goes before the lane may
      std::lock_guard done(mu_);
      --unanswered_;
      cv_.notify_all();  // under the lock: the lane's destructor returns only after it
    });
    lock.lock();
  }
}

}  // namespace linli::http
