#include "modules/appeals/search_index.h"

#include <fmt/format.h>

#include "store/sql.h"

namespace linli::appeals {
namespace {

// The index's newest row: every appeal up to it is indexed (0 when the index is empty).
constexpr std::string_view kIndexedUpTo = "SELECT coalesce(max(rowid), 0) FROM appeals_fts";
constexpr std::string_view kNewest = "SELECT coalesce(max(id), 0) FROM appeals";
constexpr std::string_view kIndex = "INSERT INTO appeals_fts (rowid, description) VALUES (?, ?)";

}  // namespace

int64_t IndexPending(store::Connection& c, int64_t batch) {
  static const std::string pending = fmt::format(
      "SELECT id, description FROM appeals WHERE id > ({}) ORDER BY id LIMIT ?", kIndexedUpTo);
  const auto rows = c.Query(pending, {batch});
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
  static const std::string sql = fmt::format(
      "a.id IN (SELECT rowid FROM appeals_fts WHERE appeals_fts MATCH ?"
      " UNION ALL SELECT id FROM appeals WHERE id > ({}) AND description LIKE ? ESCAPE '\\')",
      kIndexedUpTo);
  return {sql, {std::move(phrase), store::ContainsPattern(q)}};
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
    store::Tx tx(c, store::Tx::kWrite);
    const int64_t indexed = IndexPending(c, kBatch);
    tx.Commit();
    if (indexed < kBatch) break;
  }
  return kMaxSleepMs;
}

}  // namespace linli::appeals
