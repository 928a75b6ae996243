// The OpenAPI 3.1 document, built from the router's own table so that every route served is a
// route documented.
#pragma once

#include <boost/json/object.hpp>

#include "http/router.h"

namespace linli::http {

boost::json::object OpenApi(const Router& router, std::string_view version);

}  // namespace linli::http
