// The search index of appeal descriptions (appeals_fts: FTS5, trigram tokenizer) is written
// behind the intake, by one background thread, many appeals to a transaction. FTS5 writes a new
// index segment at every savepoint of a transaction that touched it, so indexing inside each
// intake cost a segment (and its later merging) per appeal.
//
// The index holds every appeal up to its newest row (ids only grow); a search reads the index
// for those and scans the few appeals above it directly (SearchCondition), so an appeal is found
// from the moment its intake commits, indexed or not. One difference while an appeal waits: the
// scan (LIKE) folds the case of ASCII letters only, the index that of every letter (full-width
// Latin, Greek, Cyrillic); Chinese has no case.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "record/notifier.h"
#include "store/database.h"
#include "store/value.h"

namespace linli::appeals {

// Indexes up to `batch` appeals above the index's newest row, in the caller's write
// transaction; returns how many.
int64_t IndexPending(store::Connection& c, int64_t batch);

// The appeals whose description contains `q`, as a condition on `a.id` with its parameters.
// REQUIRES: `q` has at least 3 code points (the trigram tokenizer matches nothing shorter).
struct SearchCondition {
  std::string sql;
  std::vector<store::Value> params;
};
SearchCondition ContainingText(std::string_view q);

// The thread that keeps the index: after each commit that appended events (record/notifier.h),
// and at start, it indexes what is pending, a batch per write transaction. Its rounds are at
// least kSettleMs apart (WorkerLoop's gap), so that under a stream of intakes each transaction
// indexes many appeals (FTS5 writes, and later merges, a segment per transaction).
class SearchIndexer {
 public:
  explicit SearchIndexer(store::Database& db) : db_(db) {}
  ~SearchIndexer() { Stop(); }
  SearchIndexer(const SearchIndexer&) = delete;
  SearchIndexer& operator=(const SearchIndexer&) = delete;

  void Start() { loop_.Start(); }
  void Stop() { loop_.Stop(); }

  static constexpr int64_t kBatch = 500;

 private:
  // Indexes batches until nothing is pending; returns the ms to sleep unless woken.
  int64_t Round();

  static constexpr int64_t kMaxSleepMs = 60'000;
  static constexpr int64_t kSettleMs = 200;

  store::Database& db_;
  record::NotifiedLoop loop_{"appeal search index", 1000, [this] { return Round(); }, kSettleMs};
};

}  // namespace linli::appeals
