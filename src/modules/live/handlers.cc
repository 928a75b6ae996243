// Routes of the live module: the two Server-Sent Events streams.
#include <charconv>
#include <string>

#include <fmt/format.h>

#include "http/query.h"
#include "http/schema.h"
#include "modules/areas/area.h"
#include "modules/live/frames.h"
#include "modules/live/hall.h"
#include "modules/live/hub.h"
#include "modules/live/manifest.h"

namespace linli::live {
namespace {

namespace s = http::schema;

// A staff stream ends after this long; the client reconnects with Last-Event-ID (missing
// nothing) and its session and roles are checked again.
constexpr int kReauthenticateSeconds = 600;

// The event to resume after: the Last-Event-ID header (what EventSource sends on reconnect) or
// ?last_event_id= (for a first connect). nullopt: from now.
Result<std::optional<int64_t>> ResumePoint(const http::Request& req) {
  auto q = http::QueryId(req, "last_event_id");
  if (!q) return q.error();
  if (*q) return *q;
  auto h = req.Header("last-event-id");
  if (!h || h->empty()) return std::optional<int64_t>();
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(h->data(), h->data() + h->size(), v);
  if (ec != std::errc() || end != h->data() + h->size() || v < 0) {
    return Error::Invalid("Last-Event-ID", "must be the id of an event (a whole number)");
  }
  return std::optional<int64_t>(v);
}

boost::json::value StreamSchema(std::string description) {
  boost::json::object o{{"type", "string"}, {"description", std::move(description)}};
  return o;
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  auto hub = std::make_shared<Hub>(db);
  Manifest m;
  m.name = "live";
  m.start = [hub] { hub->Start(); };
  m.stop = [hub] { hub->Stop(); };
  m.routes = [&db, hub](http::Router& r) {
    shape::AddComponents<QueueFrame, HallFiguresFrame>(r);
    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/stream",
           .handler = [hub](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {"last_event_id"}); !st) return st.error();
             auto after = ResumePoint(req);
             if (!after) return after.error();
             return http::EventStream({[hub, actor = req.Actor(),
                                        after = *after](std::shared_ptr<http::StreamSink> sink) {
                                         return hub->SubscribeQueue(actor, after, std::move(sink));
                                       },
                                       kReauthenticateSeconds});
           },
           .tag = "live",
           .summary =
               "The staff queue as Server-Sent Events: every appeal event (raised, "
               "dispatched, taken, overdue and raised for supervision, resolved, closed, "
               "...) about an appeal the caller may read, as the appeals list decides; "
               "each frame `id:` is the event's seq, `event:` its action (appeal.raise, "
               "appeal.dispatch, appeal.overdue, appeal.resolve, appeal.close, ...), and "
               "`data:` a LiveQueueFrame (components); no personal data, no free text. Resumes "
               "after Last-Event-ID (or ?last_event_id) with the events missed, up to "
               "5000 back (older: one `reset` frame). A comment line every 15 s; the stream "
               "ends after 10 minutes so that the reconnect checks the session and roles "
               "again",
           .response = StreamSchema("text/event-stream of appeal events"),
           .query = {{"last_event_id", "resume after this event (as the Last-Event-ID header does)",
                      s::Int()}},
           .content_type = "text/event-stream"});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/stream/hall",
           .access = http::Access::kPublic,
           .handler = [&db, hub](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {"area"}); !st) return st.error();
             auto id = http::QueryId(req, "area");
             if (!id) return id.error();
             if (!*id) return Error::Invalid("?area", "is required: the id of a community");
             auto area = areas::Load(db.Conn(), **id);
             if (!area) return Error::NotFoundField("?area", fmt::format("no area {}", **id));
             if (!PublicHallKind(area->kind)) {
               return Error::Rule("?area", fmt::format("area {} is a {}: only a community or a "
                                                       "subdistrict is shown on a hall screen",
                                                       area->id, area->kind));
             }
             return http::EventStream({[hub, a = *area](std::shared_ptr<http::StreamSink> sink) {
               return hub->SubscribeHall(a, std::move(sink));
             }});
           },
           .tag = "live",
           .summary = "A community hall screen's figures as Server-Sent Events, without login: "
                      "`event: figures` with `data:` HallFigures (components), each the figure "
                      "GET /api/v1/kpis/appeals gives (today's cohort; satisfaction over the "
                      "last 30 days); sent on connect, then on change at most once a second. "
                      "Only a community or a subdistrict",
           .response = StreamSchema("text/event-stream of figures"),
           .query = {{"area", "the community or subdistrict", s::Int(), true}},
           .content_type = "text/event-stream"});
  };
  return m;
}

}  // namespace linli::live
