// RFC 9457 problem details: the one place an Error becomes an HTTP status and body.
#pragma once

#include "core/error.h"
#include "http/message.h"

namespace linli::http {

int StatusOf(Code code);
// application/problem+json with type, title, status, detail, instance (the request id) and,
// when fields are at fault, "errors": [{"pointer": "/name", "detail": "..."}].
Response Problem(const Error& e, const Request& req);

}  // namespace linli::http
