#include "store/sqlite/wal_sync.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iterator>
#include <memory>

#include "store/database.h"

namespace linli::store {
namespace {

// The -wal file, opened on first use and again whenever the path names another file.
class WalFile {
 public:
  explicit WalFile(std::string path) : path_(std::move(path)) {}
  WalFile(const WalFile&) = delete;
  WalFile& operator=(const WalFile&) = delete;
  ~WalFile() {
    if (fd_ >= 0) close(fd_);
  }

  bool Sync() {
    struct stat st {};
    if (stat(path_.c_str(), &st) != 0) return false;
    if (fd_ < 0 || st.st_ino != inode_ || st.st_dev != device_) {
      if (fd_ >= 0) close(fd_);
      fd_ = open(path_.c_str(), O_RDWR | O_CLOEXEC);
      if (fd_ < 0) return false;
      inode_ = st.st_ino;
      device_ = st.st_dev;
    }
    return fdatasync(fd_) == 0;
  }

 private:
  std::string path_;
  int fd_ = -1;
  ino_t inode_ = 0;
  dev_t device_ = 0;
};

}  // namespace

std::unique_ptr<WalSync> WalSync::ForFile(std::string wal_path) {
  auto file = std::make_shared<WalFile>(std::move(wal_path));
  return std::make_unique<WalSync>([file] { return file->Sync(); });
}

bool WalSync::LeadSync(std::unique_lock<std::mutex>& lock) {
  syncing_ = true;
  const uint64_t target = committed_;
  lock.unlock();
  const bool ok = sync_();
  lock.lock();
  syncing_ = false;
  ++syncs_;
  if (ok) synced_ = target;
  cv_.notify_all();
  return ok;
}

void WalSync::AfterCommit() {
  std::unique_lock lock(mu_);
  const uint64_t mine = ++committed_;
  while (synced_ < mine) {
    if (syncing_) {
      cv_.wait(lock);
      continue;
    }
    if (!LeadSync(lock))
      throw StoreError(StoreError::Kind::kOther, "fdatasync of the write-ahead log failed");
  }
}

WalSync::~WalSync() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void WalSync::AfterCommitAsync(std::function<void(bool synced)> done) {
  {
    std::lock_guard lock(mu_);
    waiting_.push_back({++committed_, std::move(done)});
    if (!thread_.joinable()) thread_ = std::thread([this] { RunAsync(); });
  }
  cv_.notify_all();
}

void WalSync::RunAsync() {
  std::unique_lock lock(mu_);
  while (true) {
    cv_.wait(lock, [this] { return (stop_ || !waiting_.empty()) && !syncing_; });
    if (waiting_.empty()) return;  // stopping, and no one waits
    bool ok = true;
    uint64_t covered = synced_;  // a sync another thread led may cover them already
    if (waiting_.back().commit > covered) {
      covered = committed_;  // what the sync led now covers
      ok = LeadSync(lock);
    }
    std::vector<Waiting> answered;
    auto it = waiting_.begin();
    while (it != waiting_.end() && it->commit <= covered) ++it;
    answered.assign(std::make_move_iterator(waiting_.begin()), std::make_move_iterator(it));
    waiting_.erase(waiting_.begin(), it);
    lock.unlock();
    for (auto& w : answered) w.done(ok);
    lock.lock();
  }
}

uint64_t WalSync::syncs() const {
  std::lock_guard lock(mu_);
  return syncs_;
}

}  // namespace linli::store
