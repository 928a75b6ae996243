#include "http/metrics.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <mutex>

namespace linli::http {
namespace {
const prometheus::Histogram::BucketBoundaries kLatency = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
const prometheus::Histogram::BucketBoundaries kStatement = {
    0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1};

// The counters of IncrementCounter, by name.
struct Background {
  std::mutex mu;
  std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();
  std::map<std::string, prometheus::Family<prometheus::Counter>*> families;  // GUARDED_BY(mu)
};
Background& Bg() {
  static Background b;
  return b;
}
}  // namespace

void IncrementCounter(const std::string& name, const std::string& help,
                      const std::map<std::string, std::string>& labels, double by) {
  Background& b = Bg();
  std::lock_guard lock(b.mu);
  auto it = b.families.find(name);
  if (it == b.families.end()) {
    auto& fam = prometheus::BuildCounter().Name(name).Help(help).Register(*b.registry);
    it = b.families.emplace(name, &fam).first;
  }
  it->second->Add(labels).Increment(by);
}

struct Metrics::Impl {
  std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();
  prometheus::Family<prometheus::Counter>& requests =
      prometheus::BuildCounter()
          .Name("linli_http_requests_total")
          .Help("HTTP requests served, by route pattern, method and status")
          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& latency =
      prometheus::BuildHistogram()
          .Name("linli_http_request_duration_seconds")
          .Help("Time from a whole request read to its response, by route pattern")
          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& statements =
      prometheus::BuildHistogram()
          .Name("linli_db_statement_duration_seconds")
          .Help("Time spent in database statements")
          .Register(*registry);
  prometheus::Histogram& statement = statements.Add({}, kStatement);
  prometheus::Family<prometheus::Gauge>& conns = prometheus::BuildGauge()
                                                     .Name("linli_http_open_connections")
                                                     .Help("Open client connections")
                                                     .Register(*registry);
  prometheus::Gauge& open = conns.Add({});
  prometheus::Family<prometheus::Gauge>& stream_family =
      prometheus::BuildGauge()
          .Name("linli_http_open_streams")
          .Help("Open Server-Sent Events streams")
          .Register(*registry);
  prometheus::Gauge& streams = stream_family.Add({});
};

Metrics::Metrics() : impl_(std::make_unique<Impl>()) {}
Metrics::~Metrics() = default;

void Metrics::ObserveRequest(const std::string& route, std::string_view method, int status,
                             double seconds) {
  impl_->requests
      .Add({{"route", route}, {"method", std::string(method)}, {"status", std::to_string(status)}})
      .Increment();
  impl_->latency.Add({{"route", route}, {"method", std::string(method)}}, kLatency)
      .Observe(seconds);
}

void Metrics::ObserveStatement(double seconds) { impl_->statement.Observe(seconds); }
void Metrics::SetConnections(double open) { impl_->open.Set(open); }
void Metrics::SetStreams(double open) { impl_->streams.Set(open); }

std::string Metrics::Serialize() const {
  prometheus::TextSerializer s;
  auto families = impl_->registry->Collect();
  {
    Background& b = Bg();
    std::lock_guard lock(b.mu);
    auto more = b.registry->Collect();
    families.insert(families.end(), more.begin(), more.end());
  }
  return s.Serialize(families);
}

}  // namespace linli::http
