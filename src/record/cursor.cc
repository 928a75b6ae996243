#include "record/cursor.h"

#include <string>

namespace linli::record {
namespace {
constexpr std::string_view kGet = "SELECT seq FROM record_cursors WHERE name = ?";
constexpr std::string_view kSet =
    "INSERT INTO record_cursors (name, seq) VALUES (?, ?)"
    " ON CONFLICT (name) DO UPDATE SET seq = excluded.seq";
constexpr std::string_view kHead = "SELECT seq FROM event_chain_head WHERE id = 1";
}  // namespace

std::optional<int64_t> CursorOf(store::Connection& c, std::string_view name) {
  auto row = c.QueryOne(kGet, {std::string(name)});
  if (!row) return std::nullopt;
  return row->Int(0);
}

void AdvanceCursor(store::Connection& c, std::string_view name, int64_t seq) {
  c.Exec(kSet, {std::string(name), seq});
}

int64_t HeadSeq(store::Connection& c) { return c.QueryInt(kHead); }

}  // namespace linli::record
