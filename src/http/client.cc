#include "http/client.h"

#include <fmt/format.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

namespace linli::http {
namespace {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
constexpr size_t kMaxReply = size_t{64} * 1024;
}  // namespace

Result<ClientReply> Post(const std::string& url,
                         const std::vector<std::pair<std::string, std::string>>& headers,
                         const std::string& body, std::chrono::milliseconds timeout) {
  auto u = boost::urls::parse_uri(url);
  if (!u || u->scheme() != "http" || u->host().empty()) {
    return Error::Invalid("url", "not an http:// URL: " + url);
  }
  const std::string host = u->host();
  const std::string port = u->has_port() ? std::string(u->port()) : "80";
  std::string target = u->encoded_path().empty() ? "/" : std::string(u->encoded_path());
  if (u->has_query()) target += "?" + std::string(u->encoded_query());

  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  beast::error_code failure;
  std::string stage = "resolve";
  ClientReply reply;
  bhttp::request<bhttp::string_body> req{bhttp::verb::post, target, 11};
  req.set(bhttp::field::host, host);
  req.set(bhttp::field::user_agent, "linli-webhook");
  req.set(bhttp::field::content_type, "application/json");
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  req.keep_alive(false);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(kMaxReply);

  asio::ip::tcp::resolver resolver(ioc);
  stream.expires_after(timeout);
  asio::steady_timer resolve_deadline(ioc, timeout);
  resolve_deadline.async_wait([&](beast::error_code ec) {
    if (!ec) resolver.cancel();
  });
  resolver.async_resolve(host, port, [&](beast::error_code ec, auto results) {
    resolve_deadline.cancel();
    if (ec) {
      failure = ec;
      return;
    }
    stage = "connect";
    stream.async_connect(results, [&](beast::error_code ec2, const auto&) {
      if (ec2) {
        failure = ec2;
        return;
      }
      stage = "send";
      bhttp::async_write(stream, req, [&](beast::error_code ec3, size_t) {
        if (ec3) {
          failure = ec3;
          return;
        }
        stage = "read";
        bhttp::async_read(stream, buffer, parser, [&](beast::error_code ec4, size_t) {
          if (ec4) {
            failure = ec4;
            return;
          }
          reply.status = static_cast<int>(parser.get().result_int());
          reply.body = std::move(parser.get().body());
        });
      });
    });
  });
  ioc.run();
  beast::error_code ignored;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  if (failure) {
    const bool timed_out =
        failure == beast::error::timeout || failure == asio::error::operation_aborted;
    return Error::Internal(fmt::format("{} to {}:{} failed: {}", stage, host, port,
                                       timed_out ? "timed out" : failure.message()));
  }
  return reply;
}

}  // namespace linli::http
