#include "http/server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

#include "core/crypto.h"
#include "http/metrics.h"
#include "http/problem.h"

namespace linli::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

constexpr size_t kHeaderLimit = size_t{16} * 1024;
// The one route whose body may be as large as HttpConfig::upload_limit (a photo).
constexpr std::string_view kUploadTarget = "/api/v1/photos";

Method ToMethod(bhttp::verb v) {
  switch (v) {
    case bhttp::verb::get:
      return Method::kGet;
    case bhttp::verb::head:
      return Method::kHead;
    case bhttp::verb::post:
      return Method::kPost;
    case bhttp::verb::put:
      return Method::kPut;
    case bhttp::verb::patch:
      return Method::kPatch;
    case bhttp::verb::delete_:
      return Method::kDelete;
    case bhttp::verb::options:
      return Method::kOptions;
    default:
      return Method::kOther;
  }
}

bool SafeRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

// Fills the target-derived fields of `req`; an error names what is wrong with the target.
Status ParseTarget(std::string_view target, Request& req) {
  auto u = boost::urls::parse_origin_form(target);
  if (!u) return Error::Invalid("target", "the request target is not a valid path");
  std::string path;
  for (auto seg : u->segments()) {
    if (seg == ".." || seg == "." || seg.find('\0') != std::string::npos ||
        seg.find('/') != std::string::npos || seg.find('\\') != std::string::npos) {
      return Error::Invalid("target", "the path must not contain '.', '..' or encoded separators");
    }
    path += "/" + seg;
  }
  if (path.empty()) path = "/";
  if (u->encoded_path().ends_with("/") && path != "/") path += "/";
  req.path = std::move(path);
  for (auto p : u->params()) req.query.emplace_back(p.key, p.value);
  return Status::Ok();
}

struct Shared {
  const HttpConfig& config;
  const Router& router;
  Metrics* metrics;
  asio::thread_pool& reads;   // GET and HEAD
  asio::thread_pool& writes;  // the other methods of blocking routes, or all without a lane
  WriteLane* lane;            // the other methods; null without write batches
  std::atomic<bool> stopping{false};
  std::atomic<int64_t> next_id{1};
  std::mutex mu;
  std::unordered_map<void*, std::function<void()>> idle_closers;  // GUARDED_BY(mu)
  std::atomic<int> sessions{0};
  std::atomic<int> streams{0};
};

// Frames waiting on one stream beyond which the client is too slow and is disconnected.
constexpr size_t kMaxQueuedFrames = 1024;

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {
    ++shared_.sessions;
    if (shared_.metrics) shared_.metrics->SetConnections(shared_.sessions);
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    remote_ = ec ? "" : ep.address().to_string();
  }
  ~Session() {
    if (streaming_ && !ended_) {  // the server stopped with the stream open
      feed_.reset();
      --shared_.streams;
    }
    {
      std::lock_guard lock(shared_.mu);
      shared_.idle_closers.erase(this);
    }
    --shared_.sessions;
    if (shared_.metrics) shared_.metrics->SetConnections(shared_.sessions);
  }

  void Start(bool over_capacity) {
    if (over_capacity) {
      Reject(503, Error{Code::kUnavailable, "too many connections; try again", {}});
      return;
    }
    ReadHeader();
  }

 private:
  void MarkIdle(bool idle) {
    std::lock_guard lock(shared_.mu);
    if (idle) {
      std::weak_ptr<Session> weak = shared_from_this();
      auto exec = stream_.get_executor();
      shared_.idle_closers[this] = [weak, exec]() {
        asio::post(exec, [weak]() {
          if (auto s = weak.lock()) {
            beast::error_code ec;
            s->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
            s->stream_.close();
          }
        });
      };
    } else {
      shared_.idle_closers.erase(this);
    }
  }

  void ReadHeader() {
    if (shared_.stopping) return Close();
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    // The larger limit while the header is read; OnHeader narrows it to the target's own.
    limit_ = std::max(shared_.config.body_limit, shared_.config.upload_limit);
    parser_->body_limit(limit_);
    stream_.expires_after(std::chrono::seconds(first_ ? shared_.config.header_timeout_s
                                                      : shared_.config.idle_timeout_s));
    MarkIdle(true);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    MarkIdle(false);
    first_ = false;
    if (ec) return OnReadError(ec);
    const auto& head = parser_->get();
    limit_ = head.method() == bhttp::verb::post && head.target() == kUploadTarget
                 ? shared_.config.upload_limit
                 : shared_.config.body_limit;
    if (auto len = parser_->content_length(); len && *len > limit_) {
      return OnReadError(bhttp::error::body_limit);
    }
    parser_->body_limit(limit_);
    stream_.expires_after(std::chrono::seconds(shared_.config.read_timeout_s));
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec2, size_t) {
                        if (ec2) return self->OnReadError(ec2);
                        self->OnRequest();
                      });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return Reject(413, Error{Code::kPayloadTooLarge,
                               fmt::format("the body is larger than {} bytes", limit_),
                               {}});
    }
    if (ec == bhttp::error::header_limit) {
      return Reject(431,
                    Error{Code::kHeadersTooLarge,
                          fmt::format("the request headers are larger than {} bytes", kHeaderLimit),
                          {}});
    }
    if (ec == bhttp::error::end_of_stream || ec == asio::error::eof ||
        ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::bad_descriptor) {
      return Close();
    }
    return Reject(400, Error::Invalid("request", "the request is not valid HTTP/1.1"));
  }

  // Answers a request that could not be read, then closes.
  void Reject(int status, const Error& e) {
    Request req;
    req.request_id = NewRequestId({});
    Response res = Problem(e, req);
    res.status = status;
    Write(std::move(res), req, false);
  }

  std::string NewRequestId(std::string_view offered) {
    if (SafeRequestId(offered)) return std::string(offered);
    return fmt::format("{:x}-{}", shared_.next_id++, Crypto::RandomToken(4));
  }

  void OnRequest() {
    auto msg = parser_->release();
    auto req = std::make_shared<Request>();
    req->method = ToMethod(msg.method());
    req->target = std::string(msg.target());
    req->remote_ip = remote_;
    for (const auto& f : msg) {
      std::string name(f.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      req->headers[name] = std::string(f.value());
    }
    req->request_id = NewRequestId(req->Header("x-request-id").value_or(""));
    req->body = std::move(msg.body());
    keep_alive_ = msg.keep_alive();
    started_ = std::chrono::steady_clock::now();

    if (Status s = ParseTarget(req->target, *req); !s) {
      return Write(Problem(s.error(), *req), *req, keep_alive_);
    }
    // Handled on a worker pool; the answer comes back to this connection's executor. Writes
    // have their own pool: they block while their group's log is synced, and reads need not
    // wait for a thread behind them. With a write lane, writes are handled there instead,
    // and answered once their batch is durable.
    const bool reads = req->method == Method::kGet || req->method == Method::kHead;
    if (!reads && shared_.lane && !shared_.router.Blocking(*req)) {
      shared_.lane->Post([self = shared_from_this(), req]() -> WriteLane::Answer {
        auto res = std::make_shared<Response>(self->shared_.router.Dispatch(*req));
        return [self, req, res](bool durable) {
          // Every answer of a failed batch: even a refusal may rest on work that was lost.
          if (!durable) *res = Problem(Error::Internal("the change could not be saved"), *req);
          asio::post(self->stream_.get_executor(),
                     [self, req, res]() { self->Write(std::move(*res), *req, self->keep_alive_); });
        };
      });
      return;
    }
    asio::post(reads ? shared_.reads : shared_.writes, [self = shared_from_this(), req]() {
      Response res = self->shared_.router.Dispatch(*req);
      auto exec = self->stream_.get_executor();
      asio::post(exec, [self, req, res = std::move(res)]() mutable {
        self->Write(std::move(res), *req, self->keep_alive_);
      });
    });
  }

  void Write(Response res, const Request& req, bool keep_alive) {
    if (res.stream && req.method == Method::kGet && res.status == 200) {
      return StartStream(std::move(res), req);
    }
    if (req.method == Method::kHead) {
      auto out = std::make_shared<bhttp::response<bhttp::empty_body>>();
      const auto size = res.body.size();
      Fill(*out, res, req, keep_alive);
      out->content_length(size);
      return Send(out, res.status, 0, req);
    }
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    Fill(*out, res, req, keep_alive);
    out->body() = std::move(res.body);
    out->prepare_payload();
    Send(out, res.status, out->body().size(), req);
  }

  template <class Message>
  void Fill(Message& out, const Response& res, const Request& req, bool keep_alive) {
    out.version(11);
    out.result(static_cast<unsigned>(res.status));
    out.set(bhttp::field::server, "linli");
    if (!res.content_type.empty()) out.set(bhttp::field::content_type, res.content_type);
    out.set("X-Request-Id", req.request_id);
    out.set("X-Content-Type-Options", "nosniff");
    bool has_cache = false;
    for (const auto& [k, v] : res.headers) {
      if (beast::iequals(k, "cache-control")) has_cache = true;
      out.insert(k, v);
    }
    if (!has_cache) out.set(bhttp::field::cache_control, "no-store");
    out.keep_alive(keep_alive && !shared_.stopping);
  }

  template <class Message>
  void Send(std::shared_ptr<Message> out, int status, size_t bytes, const Request& req) {
    stream_.expires_after(std::chrono::seconds(shared_.config.read_timeout_s));
    bhttp::async_write(stream_, *out,
                       [self = shared_from_this(), out, status, bytes,
                        method = std::string(MethodName(req.method)), path = req.path,
                        rid = req.request_id](beast::error_code ec, size_t) {
                         const double ms = std::chrono::duration<double, std::milli>(
                                               std::chrono::steady_clock::now() - self->started_)
                                               .count();
                         spdlog::get("access")->info(
                             "{} {} {} {} {} {:.2f}ms rid={}", self->remote_, method,
                             path.empty() ? "-" : path, status, bytes, ms, rid);
                         if (ec || !out->keep_alive()) return self->Close();
                         self->ReadHeader();
                       });
  }

  // ----- Server-Sent Events ------------------------------------------------------------------
  // A stream: the headers (no Content-Length, Connection: close), then the frames the feed
  // sends, in order, plus a comment heartbeat; it ends when the client goes, a write stalls,
  // the queue overflows or the server stops (stop closes it at once, like an idle connection).

  class Sink : public StreamSink {
   public:
    explicit Sink(std::weak_ptr<Session> session) : session_(std::move(session)) {}
    bool Send(std::string frame) override {
      if (closed_) return false;
      auto s = session_.lock();
      if (!s) return false;
      auto exec = s->stream_.get_executor();
      asio::post(exec, [s, frame = std::move(frame)]() mutable { s->Enqueue(std::move(frame)); });
      return true;
    }
    std::atomic<bool> closed_{false};

   private:
    std::weak_ptr<Session> session_;
  };

  void StartStream(Response res, const Request& req) {
    if (shared_.stopping || ++shared_.streams > shared_.config.max_streams) {
      --shared_.streams;
      Response busy = Problem(
          Error{Code::kUnavailable,
                fmt::format("{} streams are open, the most this server keeps; try again later",
                            shared_.config.max_streams),
                {}},
          req);
      busy.headers.emplace_back("Retry-After", "10");
      return Write(std::move(busy), req, false);
    }
    streaming_ = true;
    if (shared_.metrics) shared_.metrics->SetStreams(shared_.streams);
    MarkIdle(true);  // a stop closes it at once: it is never "in flight"
    auto out = std::make_shared<bhttp::response<bhttp::empty_body>>();
    Fill(*out, res, req, false);
    out->set("X-Accel-Buffering", "no");
    auto sr = std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*out);
    sink_ = std::make_shared<Sink>(weak_from_this());
    feed_ = res.stream->open(sink_);
    if (res.stream->max_seconds > 0) {
      stream_deadline_ =
          std::chrono::steady_clock::now() + std::chrono::seconds(res.stream->max_seconds);
    }
    writing_ = true;
    stream_.expires_after(std::chrono::seconds(shared_.config.read_timeout_s));
    bhttp::async_write_header(stream_, *sr,
                              [self = shared_from_this(), out, sr, path = req.path,
                               rid = req.request_id](beast::error_code ec, size_t bytes) {
                                spdlog::get("access")->info("{} GET {} 200 stream {}B rid={}",
                                                            self->remote_, path, bytes, rid);
                                self->writing_ = false;
                                if (ec) return self->EndStream();
                                self->WatchClose();
                                self->Heartbeat();
                                self->Pump();
                              });
  }

  void Enqueue(std::string frame) {
    if (ended_) return;
    if (queue_.size() >= kMaxQueuedFrames) {
      spdlog::warn("stream to {}: {} frames unsent; the client is too slow, disconnecting", remote_,
                   queue_.size());
      return EndStream();
    }
    queue_.push_back(std::move(frame));
    Pump();
  }

  void Pump() {
    if (writing_ || ended_ || queue_.empty()) return;
    auto buf = std::make_shared<std::string>();
    while (!queue_.empty()) {
      *buf += queue_.front();
      queue_.pop_front();
    }
    writing_ = true;
    stream_.expires_after(std::chrono::seconds(shared_.config.read_timeout_s));
    asio::async_write(stream_, asio::buffer(*buf),
                      [self = shared_from_this(), buf](beast::error_code ec, size_t) {
                        self->writing_ = false;
                        if (ec) return self->EndStream();
                        self->Pump();
                      });
  }

  void Heartbeat() {
    if (ended_) return;
    heartbeat_.expires_after(std::chrono::seconds(shared_.config.stream_heartbeat_s));
    heartbeat_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->ended_) return;
      if (self->stream_deadline_ && std::chrono::steady_clock::now() >= *self->stream_deadline_) {
        return self->EndStream();  // the client reconnects and is authenticated again
      }
      self->Enqueue(": heartbeat\n\n");
      self->Heartbeat();
    });
  }

  // A stream's client sends nothing more; a read that completes means it has gone.
  void WatchClose() {
    stream_.socket().async_read_some(asio::buffer(probe_),
                                     [self = shared_from_this()](beast::error_code ec, size_t) {
                                       if (ec) return self->EndStream();
                                       self->WatchClose();
                                     });
  }

  void EndStream() {
    if (ended_) return;
    ended_ = true;
    if (sink_) sink_->closed_ = true;
    feed_.reset();
    heartbeat_.cancel();
    queue_.clear();
    --shared_.streams;
    if (shared_.metrics) shared_.metrics->SetStreams(shared_.streams);
    Close();
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  // Streams only.
  bool streaming_ = false;
  bool ended_ = false;
  bool writing_ = false;
  std::deque<std::string> queue_;
  std::shared_ptr<Sink> sink_;
  std::shared_ptr<void> feed_;  // the producer's handle; released when the stream ends
  std::optional<std::chrono::steady_clock::time_point> stream_deadline_;
  asio::steady_timer heartbeat_{stream_.get_executor()};
  std::array<char, 64> probe_{};
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Shared& shared_;
  std::string remote_;
  bool keep_alive_ = true;
  bool first_ = true;
  size_t limit_ = 0;  // the body limit of the request being read
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

void Accept(tcp::acceptor& acceptor, Shared& shared) {
  acceptor.async_accept(asio::make_strand(acceptor.get_executor()),
                        [&acceptor, &shared](beast::error_code ec, tcp::socket socket) {
                          if (ec) {
                            if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
                            spdlog::warn("accept: {}", ec.message());
                          } else {
                            const bool full = shared.sessions >= shared.config.max_connections;
                            std::make_shared<Session>(std::move(socket), shared)->Start(full);
                          }
                          if (acceptor.is_open()) Accept(acceptor, shared);
                        });
}

}  // namespace

Status Serve(const HttpConfig& config, const Router& router, Metrics* metrics,
             const std::function<void(uint16_t)>& on_listening, const WriteBatches* batches) {
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  asio::thread_pool reads(config.workers > 0 ? static_cast<size_t>(config.workers)
                                             : size_t{2} * hw);
  asio::thread_pool writes(config.write_workers > 0 ? static_cast<size_t>(config.write_workers)
                                                    : size_t{8});
  Shared shared{config, router, metrics, reads, writes, nullptr};
  // After `shared`: the sessions its handlers still hold when it stops use `shared` as they go.
  asio::io_context ioc(1);
  std::unique_ptr<WriteLane> lane;
  if (batches) {
    lane = std::make_unique<WriteLane>(*batches);
    shared.lane = lane.get();
  }

  beast::error_code ec;
  const auto addr = asio::ip::make_address(config.bind, ec);
  if (ec) return Error::Invalid("--bind", "not an IP address: " + config.bind);
  tcp::acceptor acceptor(ioc);
  const tcp::endpoint ep(addr, config.port);
  acceptor.open(ep.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(ep, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error::Invalid("--port", fmt::format("cannot listen on {}:{}: {}", config.bind,
                                                config.port, ec.message()));
  }
  Accept(acceptor, shared);

  asio::steady_timer drain(ioc);
  std::chrono::steady_clock::time_point deadline;
  std::function<void()> poll = [&]() {
    if (shared.sessions == 0 || std::chrono::steady_clock::now() >= deadline) {
      ioc.stop();
      return;
    }
    drain.expires_after(std::chrono::milliseconds(50));
    drain.async_wait([&](beast::error_code) { poll(); });
  };
  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int sig) {
    spdlog::info("signal {}: stopping; finishing requests in flight", sig);
    shared.stopping = true;
    acceptor.close();
    std::vector<std::function<void()>> closers;
    {
      std::lock_guard lock(shared.mu);
      for (auto& [k, f] : shared.idle_closers) closers.push_back(f);
    }
    for (auto& f : closers) f();
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(config.drain_timeout_s);
    poll();
  });

  on_listening(acceptor.local_endpoint().port());
  ioc.run();
  lane.reset();  // runs the writes still queued and waits for their batches' answers
  reads.join();
  writes.join();
  spdlog::info("stopped");
  return Status::Ok();
}

}  // namespace linli::http
