// Routes of the notifications module: the caller's inbox and the webhook's delivery record.
#include <array>
#include <memory>

#include "http/query.h"
#include "http/schema.h"
#include "modules/notifications/consumer.h"
#include "modules/notifications/inbox.h"
#include "modules/notifications/manifest.h"
#include "modules/notifications/outbox.h"

namespace linli::notifications {
namespace {

namespace s = http::schema;

constexpr std::array<std::string_view, 2> kBool = {"true", "false"};
constexpr std::array<std::string_view, 3> kStatuses = {"pending", "delivered", "failed"};

boost::json::value ItemSchema() {
  return s::Obj({{"id", s::Int()},
                 {"kind", s::Enum({"assigned", "overdue"})},
                 {"appeal_id", s::Int()},
                 {"event_seq", s::Int("the record event it comes from")},
                 {"state", s::Str("the appeal's state now")},
                 {"category", s::Str()},
                 {"created_at", s::DateTime()},
                 {"read", s::Bool()},
                 {"read_at", s::Nullable(s::DateTime())},
                 {"link", s::Str("the appeal's URL")}},
                {"id", "kind", "appeal_id", "state", "read", "link"});
}

boost::json::value DeliverySchema() {
  return s::Obj({{"id", s::Int("sent as X-Linli-Delivery")},
                 {"event_seq", s::Int()},
                 {"event", s::Str()},
                 {"status", s::Enum({"pending", "delivered", "failed"})},
                 {"attempts", s::Int()},
                 {"next_at", s::Nullable(s::DateTime())},
                 {"last_status", s::Nullable(s::Int())},
                 {"last_error", s::Nullable(s::Str())},
                 {"created_at", s::DateTime()},
                 {"delivered_at", s::Nullable(s::DateTime())}},
                {"id", "event", "status", "attempts", "last_error"});
}

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
    r.AddSchema("InboxItem", ItemSchema());
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
             boost::json::array items;
             for (const auto& i : p.items) items.push_back(ToJson(i));
             auto body = http::PageBody(std::move(items), *page, p.total);
             body["unread"] = p.unread;
             return http::Ok(body);
           },
           .tag = "notifications",
           .summary = "The caller's inbox: appeals dispatched to them, and appeals in their "
                      "scope gone overdue (for subdistrict, district and system admins); unread "
                      "first, then newest first, with the unread count",
           .response =
               [] {
                 auto sch = s::PageOf(s::Ref("InboxItem"));
                 sch.as_object()["properties"].as_object()["unread"] = s::Int("unread items");
                 return sch;
               }(),
           .query = {{"unread", "only unread items", s::Enum({"true", "false"})},
                     {"page", "page number, from 1", s::Int()},
                     {"per_page", "items per page (at most 200)", s::Int()}}});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/inbox/unread",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             if (Status st = http::OnlyParams(req, {}); !st) return st.error();
             return http::Ok(boost::json::object{{"unread", UnreadCount(db.Conn(), req.Actor())}});
           },
           .tag = "notifications",
           .summary = "How many items of the caller's inbox are unread (for a badge)",
           .response = s::Obj({{"unread", s::Int()}}, {"unread"})});

    r.Add({.method = http::Method::kPost,
           .pattern = "/api/v1/inbox/{id}/read",
           .handler = [&db](const http::Request& req) -> Result<http::Response> {
             auto item = MarkRead(db.Conn(), req.Actor(), req.PathId("id"));
             if (!item) return item.error();
             return http::Ok(ToJson(*item));
           },
           .tag = "notifications",
           .summary = "Mark one of the caller's inbox items read (again: no change); another's "
                      "item is a 404",
           .response = s::Ref("InboxItem"),
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
             auto status = http::QueryEnum(req, "status", kStatuses);
             if (!status) return status.error();
             const DeliveryPage p = ListDeliveries(db.Conn(), *status, *page);
             boost::json::array items;
             for (const auto& d : p.items) items.push_back(ToJson(d));
             auto body = http::PageBody(std::move(items), *page, p.total);
             body["counts"] = boost::json::object{
                 {"pending", p.pending}, {"delivered", p.delivered}, {"failed", p.failed}};
             return http::Ok(body);
           },
           .tag = "notifications",
           .summary = "The outbound webhook's deliveries, newest first, each with its status "
                      "(pending, delivered, failed), attempts and last error; with the counts by "
                      "status. System admins only",
           .response =
               [] {
                 auto sch = s::PageOf(DeliverySchema());
                 sch.as_object()["properties"].as_object()["counts"] =
                     s::Obj({{"pending", s::Int()}, {"delivered", s::Int()}, {"failed", s::Int()}},
                            {"pending", "delivered", "failed"});
                 return sch;
               }(),
           .query = {{"status", "only deliveries in this status",
                      s::Enum({"pending", "delivered", "failed"})},
                     {"page", "page number, from 1", s::Int()},
                     {"per_page", "items per page (at most 200)", s::Int()}}});
  };
  return m;
}

}  // namespace linli::notifications
