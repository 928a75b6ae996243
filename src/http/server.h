// Server: HTTP/1.1 over Boost.Beast, the only translation unit that includes Beast.
// One I/O thread reads and writes; every request is handled on a worker pool so that database
// work and argon2id never block I/O. With write batches, the writes of routes not marked blocking
// are handled by the write lane (write_lane.h) instead, and answered once their batch is durable.
// Per connection one request is in flight at a time (pipelined requests wait in order: a pipelining
// cap of one). Limits: body size, header and read timeouts, idle keep-alive timeout, maximum
// connections. SIGINT/SIGTERM stop accepting, let requests in flight finish (up to
// drain_timeout_s), then return.
#pragma once

#include <cstdint>
#include <functional>

#include "core/config.h"
#include "core/result.h"
#include "http/router.h"
#include "http/write_lane.h"

namespace linli::http {

class Metrics;

// Serves `router` until a stop signal. `on_listening` is called with the bound port once the
// server accepts connections. Returns an error when the address cannot be bound. Without
// `batches`, every write is handled on the write pool.
Status Serve(const HttpConfig& config, const Router& router, Metrics* metrics,
             const std::function<void(uint16_t)>& on_listening,
             const WriteBatches* batches = nullptr);

}  // namespace linli::http
