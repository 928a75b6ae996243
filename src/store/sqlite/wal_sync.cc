#include "store/sqlite/wal_sync.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

void WalSync::AfterCommit() {
  std::unique_lock lock(mu_);
  const uint64_t mine = ++committed_;
  while (synced_ < mine) {
    if (syncing_) {
      cv_.wait(lock);
      continue;
    }
    // Lead a sync for every commit announced so far, this one included.
    syncing_ = true;
    const uint64_t target = committed_;
    lock.unlock();
    const bool ok = sync_();
    lock.lock();
    syncing_ = false;
    ++syncs_;
    if (ok) synced_ = target;
    cv_.notify_all();
    if (!ok) throw StoreError(StoreError::Kind::kOther, "fdatasync of the write-ahead log failed");
  }
}

uint64_t WalSync::syncs() const {
  std::lock_guard lock(mu_);
  return syncs_;
}

}  // namespace linli::store
