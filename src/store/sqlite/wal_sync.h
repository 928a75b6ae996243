// Group commit for a WAL database. Connections run with synchronous=NORMAL, so COMMIT appends
// the transaction's frames to the write-ahead log without waiting for the disk, and the writer
// lock passes on at once; each committer then calls AfterCommit, which returns only once an
// fdatasync of the log that began after its COMMIT has completed. One fsync thus makes every
// transaction committed before it durable, however many there were: under concurrent writes
// the disk's latency is paid once per group instead of once per transaction.
//
// Contract: a transaction is acknowledged (its command returns) only after AfterCommit, or once
// AfterCommitAsync called back with true. Readers on other connections may see a committed
// transaction before it is durable; a crash of the machine in that window loses it, and it was
// never acknowledged to its writer.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace linli::store {

class WalSync {
 public:
  // `sync` makes the log durable and returns false on failure (fdatasync of the -wal file in
  // production; a test may count or delay).
  explicit WalSync(std::function<bool()> sync) : sync_(std::move(sync)) {}
  // Calls back every AfterCommitAsync still waiting, then ends its thread.
  ~WalSync();
  WalSync(const WalSync&) = delete;
  WalSync& operator=(const WalSync&) = delete;
  // The production form: fdatasync of `wal_path` (reopened if the file was replaced).
  static std::unique_ptr<WalSync> ForFile(std::string wal_path);

  // Returns once a sync that started after this call's commit has finished. Throws StoreError
  // if the sync fails (the transaction is committed but not known to be durable).
  void AfterCommit();

  // The same without waiting: `done` is called on the WalSync's own thread, with true once a sync
  // that started after this call's commit has finished, false if that sync failed.
  void AfterCommitAsync(std::function<void(bool synced)> done);

  // Syncs run so far (for tests and metrics).
  uint64_t syncs() const;

 private:
  std::function<bool()> sync_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  uint64_t committed_ = 0;  // commits announced
  uint64_t synced_ = 0;     // commits known durable
  uint64_t syncs_ = 0;
  bool syncing_ = false;

  // Syncs every commit announced so far (this caller's included), the lock released meanwhile;
  // false when the sync failed. REQUIRES: `lock` holds mu_ and no sync is running.
  bool LeadSync(std::unique_lock<std::mutex>& lock);

  // AfterCommitAsync's thread, started by its first call: leads a sync for the waiting commits.
  void RunAsync();
  struct Waiting {
    uint64_t commit;
    std::function<void(bool)> done;
  };
  std::vector<Waiting> waiting_;  // GUARDED_BY(mu_)
  bool stop_ = false;             // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace linli::store
