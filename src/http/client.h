// A minimal outbound HTTP/1.1 client (Boost.Beast; with server.cc the only files that include
// it): one POST, one connection, a deadline over connect, send and read. Plain http:// only; a
// deployment that needs TLS points the URL at a local TLS-terminating proxy.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace linli::http {

struct ClientReply {
  int status = 0;
  std::string body;  // at most the first 64 KiB
};

// POSTs `body` to `url` ("http://host[:port]/path") with `headers`. An error (never thrown)
// describes what failed: a bad URL, no connection, the deadline, a malformed answer. Any HTTP
// status is a reply; the caller decides what counts as delivered.
Result<ClientReply> Post(const std::string& url,
                         const std::vector<std::pair<std::string, std::string>>& headers,
                         const std::string& body, std::chrono::milliseconds timeout);

}  // namespace linli::http
