// The shapes of the notifications module's answers, each declared once (http/shape.h): their
// JSON and their schemas (the OpenAPI components named by their kSchemaName) come from these
// structs. They view the records they are made from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/shape.h"
#include "modules/notifications/inbox.h"
#include "modules/notifications/outbox.h"

namespace linli::notifications {

namespace shape = http::shape;

struct InboxItemAnswer {
  static constexpr std::string_view kSchemaName = "InboxItem";
  int64_t id = 0;
  shape::OneOf<&InboxKinds> kind;
  int64_t appeal_id = 0;
  int64_t event_seq = 0;
  std::string_view state;
  std::string_view category;
  shape::Time created_at;
  bool read = false;
  std::string link;
  std::optional<shape::Time> read_at;
  static constexpr shape::Doc kDocs[] = {{"event_seq", "the record event it comes from"},
                                         {"state", "the appeal's state now"},
                                         {"link", "the appeal's URL"}};
};
// A page of the inbox, with the unread count.
struct InboxPageAnswer : shape::PageOf<InboxItemAnswer> {
  int64_t unread = 0;
};
struct UnreadAnswer {
  int64_t unread = 0;
};

struct DeliveryAnswer {
  static constexpr std::string_view kSchemaName = "WebhookDelivery";
  int64_t id = 0;
  int64_t event_seq = 0;
  std::string_view event;
  shape::OneOf<&DeliveryStatuses> status;
  int64_t attempts = 0;
  shape::Time created_at;
  std::optional<shape::Time> next_at;
  std::optional<int64_t> last_status;
  std::optional<std::string_view> last_error;
  std::optional<shape::Time> delivered_at;
  static constexpr shape::Doc kDocs[] = {{"id", "sent as X-Linli-Delivery"},
                                         {"next_at", "pending: when it is tried next"},
                                         {"last_status", "the receiver's last HTTP status"}};
};
struct DeliveryCounts {
  int64_t pending = 0;
  int64_t delivered = 0;
  int64_t failed = 0;
};
// A page of the deliveries, with the counts by status.
struct DeliveryPageAnswer : shape::PageOf<DeliveryAnswer> {
  DeliveryCounts counts;
};

BOOST_DESCRIBE_STRUCT(InboxItemAnswer, (),
                      (id, kind, appeal_id, event_seq, state, category, created_at, read, link,
                       read_at))
BOOST_DESCRIBE_STRUCT(InboxPageAnswer, (shape::PageOf<InboxItemAnswer>), (unread))
BOOST_DESCRIBE_STRUCT(UnreadAnswer, (), (unread))
BOOST_DESCRIBE_STRUCT(DeliveryAnswer, (),
                      (id, event_seq, event, status, attempts, created_at, next_at, last_status,
                       last_error, delivered_at))
BOOST_DESCRIBE_STRUCT(DeliveryCounts, (), (pending, delivered, failed))
BOOST_DESCRIBE_STRUCT(DeliveryPageAnswer, (shape::PageOf<DeliveryAnswer>), (counts))

InboxItemAnswer AnswerOf(const InboxItem& i);
DeliveryAnswer AnswerOf(const Delivery& d);

}  // namespace linli::notifications
