#include "http/metrics.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

namespace linli::http {
namespace {
const prometheus::Histogram::BucketBoundaries kLatency = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
const prometheus::Histogram::BucketBoundaries kStatement = {
    0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1};
}  // namespace

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

std::string Metrics::Serialize() const {
  prometheus::TextSerializer s;
  return s.Serialize(impl_->registry->Collect());
}

}  // namespace linli::http
