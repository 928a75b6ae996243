// Routes of the notifications module: the caller's inbox and the webhook's delivery record.
#include <array>
#include <memory>

#include "http/query.h"
#include "http/schema.h"
#include "modules/notifications/answers.h"
#include "modules/notifications/consumer.h"
#include "modules/notifications/inbox.h"
#include "modules/notifications/manifest.h"
#include "modules/notifications/outbox.h"

namespace linli::notifications {
namespace {

namespace s = http::schema;

constexpr std::array<std::string_view, 2> kBool = {"true", "false"};

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  services.settings.Bind(WebhookSection());
  // The sender and the consumer, made when the module starts (its settings are loaded by then).
  struct Workers {
    std::shared_ptr<Sender> sender;
    std::shared_ptr<Consumer> consumer;
  };
  auto workers = std::make_shared<Workers>();
  Manifest m;
  m.name = "notifications";
  m.start = [&db, &services, workers] {
    const auto& webhook = services.settings.Get<WebhookConfig>();
    auto sender = std::make_shared<Sender>(db, webhook);
    workers->sender = sender;
    workers->consumer = std::make_shared<Consumer>(db, webhook, [sender] { sender->Wake(); });
    workers->sender->Start();
    workers->consumer->Start();
  };
  m.stop = [workers] {
    if (workers->consumer) workers->consumer->Stop();
    if (workers->sender) workers->sender->Stop();
  };
  m.routes = [&db](http::Router& r) {
    shape::AddComponents<InboxItemAnswer, DeliveryAnswer>(r);
    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/inbox",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {"page", "per_page", "unread"}); !st) {
               return st.error();
             }
             auto page = http::ParsePage(req);
             if (!page) return page.error();
             auto unread = http::QueryEnum(req, "unread", kBool);
             if (!unread) return unread.error();
             const bool only = *unread && **unread == "true";
             const InboxPage p = ListInbox(db.Conn(), req.Actor(), only, *page);
             InboxPageAnswer out;
             for (const auto& i : p.items) out.items.push_back(AnswerOf(i));
             out.page = page->page;
             out.per_page = page->per_page;
             out.total = p.total;
             out.unread = p.unread;
             return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 256));
           },
           .tag = "notifications",
           .summary = "The caller's inbox: appeals dispatched to them, and appeals in their "
                      "scope gone overdue (for subdistrict, district and system admins); unread "
                      "first, then newest first, with the unread count",
           .response = shape::SchemaOf<InboxPageAnswer>(),
           .query = {{"unread", "only unread items", s::Enum({"true", "false"})},
                     {"page", "page number, from 1", s::Int()},
                     {"per_page", "items per page (at most 200)", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/inbox/unread",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {}); !st) return st.error();
             const UnreadAnswer out{UnreadCount(db.Conn(), req.Actor())};
             return http::JsonWritten(200, shape::JsonOf(out));
           },
           .tag = "notifications",
           .summary = "How many items of the caller's inbox are unread (for a badge)",
           .response = shape::SchemaOf<UnreadAnswer>()});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/inbox/{id}/read",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto item = MarkRead(db.Conn(), req.Actor(), req.PathId("id"));
             if (!item) return item.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*item)));
           },
           .tag = "notifications",
           .summary = "Mark one of the caller's inbox items read (again: no change); another's "
                      "item is a 404",
           .response = shape::RefOf<InboxItemAnswer>(),
           .bodiless = true});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/webhook/deliveries",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (!req.Actor().Holds(auth::Role::kSystemAdmin)) {
               return Error::Forbidden("the webhook's deliveries are for system admins");
             }
             if (Status st = http::OnlyParams(req, {"page", "per_page", "status"}); !st) {
               return st.error();
             }
             auto page = http::ParsePage(req);
             if (!page) return page.error();
             auto status = http::QueryEnum(req, "status", DeliveryStatuses());
             if (!status) return status.error();
             const DeliveryPage p = ListDeliveries(db.Conn(), *status, *page);
             DeliveryPageAnswer out;
             for (const auto& d : p.items) out.items.push_back(AnswerOf(d));
             out.page = page->page;
             out.per_page = page->per_page;
             out.total = p.total;
             out.counts = {p.pending, p.delivered, p.failed};
             return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 256));
           },
           .tag = "notifications",
           .summary = "The outbound webhook's deliveries, newest first, each with its status "
                      "(pending, delivered, failed), attempts and last error; with the counts by "
                      "status. System admins only",
           .response = shape::SchemaOf<DeliveryPageAnswer>(),
           .query = {{"status", "only deliveries in this status", s::Enum(DeliveryStatuses())},
                     {"page", "page number, from 1", s::Int()},
                     {"per_page", "items per page (at most 200)", s::Int()}}});
  };
  return m;
}

}  // namespace linli::notifications
