#include "http/page_params.h"

#include "http/schema.h"

namespace linli::http {

std::vector<QueryParam> WithPage(std::vector<QueryParam> params) {
  params.push_back({"page", "page number from 1", schema::Int()});
  params.push_back({"per_page", "rows per page, 1 to 200", schema::Int()});
  return params;
}

}  // namespace linli::http
