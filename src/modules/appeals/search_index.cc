#include "modules/appeals/search_index.h"

#include <chrono>
#include <thread>

#include "store/sql.h"

namespace linli::appeals {
namespace {

// The index's newest row: every appeal up to it is indexed (0 when the index is empty).
constexpr std::string_view kIndexedUpTo = "SELECT coalesce(max(rowid), 0) FROM appeals_fts";
constexpr std::string_view kPending =
    "SELECT id, description FROM appeals WHERE id > (SELECT coalesce(max(rowid), 0)"
    " FROM appeals_fts) ORDER BY id LIMIT ?";
constexpr std::string_view kNewest = "SELECT coalesce(max(id), 0) FROM appeals";
constexpr std::string_view kIndex = "INSERT INTO appeals_fts (rowid, description) VALUES (?, ?)";

}  // namespace

int64_t IndexPending(store::Connection& c, int64_t batch) {
  const auto rows = c.Query(kPending, {batch});
  for (const auto& r : rows) c.Exec(kIndex, {r.Int(0), r.Text(1)});
  return static_cast<int64_t>(rows.size());
}

SearchCondition ContainingText(std::string_view q) {
  // An FTS5 phrase: the text in double quotes, inner quotes doubled.
  std::string phrase = "\"";
  for (const char ch : q) {
    phrase += ch;
    if (ch == '"') phrase += '"';
  }
  phrase += '"';
  return {
      "a.id IN (SELECT rowid FROM appeals_fts WHERE appeals_fts MATCH ?"
      " UNION ALL SELECT id FROM appeals WHERE id > (" +
          std::string(kIndexedUpTo) + ") AND description LIKE ? ESCAPE '\\')",
      {std::move(phrase), store::ContainsPattern(q)}};
}

int64_t SearchIndexer::Round() {
  store::Connection& c = db_.Conn();
  while (!loop_.Stopping()) {
    {
      store::Tx tx(c, store::Tx::kRead);
      const bool pending = c.QueryInt(kNewest) > c.QueryInt(kIndexedUpTo);
      tx.Commit();
      if (!pending) break;
    }
    const auto settled = last_indexed_ + std::chrono::milliseconds(kSettleMs);
    while (std::chrono::steady_clock::now() < settled && !loop_.Stopping()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (loop_.Stopping()) break;
    store::Tx tx(c, store::Tx::kWrite);
    const int64_t indexed = IndexPending(c, kBatch);
    tx.Commit();
    last_indexed_ = std::chrono::steady_clock::now();
    if (indexed < kBatch) break;
  }
  return kMaxSleepMs;
}

}  // namespace linli::appeals
