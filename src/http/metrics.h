// Metrics: Prometheus counters and histograms for /metrics (text exposition format).
// Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace linli::http {

class Metrics {
 public:
  Metrics();
  ~Metrics();
  // One request served by `route` (its pattern), with its status and latency.
  void ObserveRequest(const std::string& route, std::string_view method, int status,
                      double seconds);
  // One database statement and the time it took.
  void ObserveStatement(double seconds);
  void SetConnections(double open);
  std::string Serialize() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace linli::http
