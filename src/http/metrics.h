// Metrics: Prometheus counters and histograms for /metrics (text exposition format).
// Thread-safe.
#pragma once

#include <map>
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
  // Server-Sent Events streams open now.
  void SetStreams(double open);
  std::string Serialize() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A process-wide counter for background work (no request): `name` with `labels`, incremented
// by `by`. Shown by every Metrics::Serialize. Thread-safe.
void IncrementCounter(const std::string& name, const std::string& help,
                      const std::map<std::string, std::string>& labels, double by = 1);

}  // namespace linli::http
