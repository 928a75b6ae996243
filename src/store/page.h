// One page of a list: which page (from 1) and how many rows on it. Queries take it as is; the
// http layer reads it from ?page and ?per_page (http::ParsePage) and bounds it there.
#pragma once

#include <cstdint>

namespace linli::store {

struct Page {
  int64_t page = 1;
  int64_t per_page = 20;
  // The number of rows before this page, for SQL's OFFSET.
  int64_t Offset() const { return (page - 1) * per_page; }
};

}  // namespace linli::store
