#include "record/series.h"

#include <string>

namespace linli::record {
namespace {

// The existing row is qualified by its table: PostgreSQL finds a bare `issued` ambiguous
// beside `excluded.issued`. No RETURNING: SQLite answers it through a temporary table.
constexpr std::string_view kTake =
    "INSERT INTO record_series (series, issued) VALUES (?, 1)"
    " ON CONFLICT (series) DO UPDATE SET issued = record_series.issued + 1";
constexpr std::string_view kIssued = "SELECT issued FROM record_series WHERE series = ?";

}  // namespace

int64_t NextInSeries(store::Connection& c, std::string_view series) {
  const std::string name(series);
  c.Exec(kTake, {name});
  return c.QueryOne(kIssued, {name}).value().Int(0);
}

}  // namespace linli::record
