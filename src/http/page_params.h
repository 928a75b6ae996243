// The documentation of ?page and ?per_page, the parameters ParsePage reads, for the routes of
// paged lists.
#pragma once

#include <vector>

#include "http/router.h"

namespace linli::http {

// `params` followed by ?page and ?per_page.
std::vector<QueryParam> WithPage(std::vector<QueryParam> params);

}  // namespace linli::http
