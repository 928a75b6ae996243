// Plain HTTP messages: what a handler sees and returns. No Beast here; server.cc converts.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "auth/actor.h"

namespace linli::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };
std::string_view MethodName(Method m);

struct Request {
  Method method = Method::kGet;
  std::string target;                                      // as received
  std::string path;                                        // decoded path, no query
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // lower-case names
  std::string body;
  std::string request_id;
  std::string remote_ip;
  // Set by the router.
  std::map<std::string, std::string> path_params;
  std::optional<auth::Actor> actor;

  std::optional<std::string> Header(std::string_view name) const;
  std::optional<std::string> Query(std::string_view name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  // The {name} segment of the route as an id. REQUIRES: the route declares {name} as an id
  // (the router has already checked it is a positive whole number).
  int64_t PathId(std::string_view name) const;
  // REQUIRES: the route is authenticated.
  const auth::Actor& Actor() const { return *actor; }
};

// Where a Server-Sent Events stream writes: implemented by the server for one open
// connection. Thread-safe; frames are written in the order they are sent.
class StreamSink {
 public:
  virtual ~StreamSink() = default;
  // Queues one frame, already in text/event-stream form (SseFrame). Returns false once the
  // connection is closed or its queue is full (the client is too slow and is disconnected; it
  // reconnects with Last-Event-ID): the producer should then drop the sink.
  virtual bool Send(std::string frame) = 0;
};

// A streaming answer (text/event-stream). The server writes the headers, then calls `open`
// once with the connection's sink; the returned handle is kept while the connection stays
// open and released when it closes (client gone, server stopping), which ends the feed. The
// server adds a comment heartbeat every few seconds and caps the streams open at once.
struct Stream {
  std::function<std::shared_ptr<void>(std::shared_ptr<StreamSink>)> open;
  // When > 0, the server ends the stream after about this long (checked at each heartbeat):
  // the client reconnects (EventSource does by itself, with Last-Event-ID) and is
  // authenticated again, so a logout or a revoked role takes effect on open streams too.
  int max_seconds = 0;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::shared_ptr<const Stream> stream;  // set: a text/event-stream answer; body is unused
};

// A text/event-stream answer fed by `stream`.
Response EventStream(Stream stream);
// One SSE frame: "id: ID\nevent: EVENT\ndata: DATA\n\n" (id left out when nullopt; a
// multi-line `data` becomes several data: lines).
std::string SseFrame(std::string_view event, std::string_view data, std::optional<int64_t> id);

// A JSON response.
Response Json(int status, const boost::json::value& v);
inline Response Ok(const boost::json::value& v) { return Json(200, v); }
// A JSON response whose text is already written (json_text.h).
Response JsonWritten(int status, std::string json);
inline Response Created(const boost::json::value& v) { return Json(201, v); }
Response NoContent();

}  // namespace linli::http
