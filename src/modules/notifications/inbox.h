// The inbox: rows per recipient account, made from the record's appeal events (Collect, inside
// the consumer's transaction), and the read side for the recipient.
//   appeal.dispatch to a person  → 'assigned' for that person's account
//   appeal.overdue               → 'overdue' for the accounts holding a supervising role
//                                  (subdistrict, district or system admin) on an area that
//                                  covers the appeal's place
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "record/event_log.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::notifications {

// True when events with this action make inbox rows.
bool MakesInboxItems(std::string_view action);
// Adds the inbox rows event `e` makes; returns how many. REQUIRES: inside a write transaction.
int64_t Collect(store::Connection& c, const record::StoredEvent& e);

inline constexpr std::array<std::string_view, 2> kInboxKinds = {"assigned", "overdue"};
// assigned: dispatched to the caller; overdue: gone overdue in a scope the caller supervises.
constexpr std::span<const std::string_view> InboxKinds() { return kInboxKinds; }

struct InboxItem {
  int64_t id = 0;
  std::string kind;  // one of InboxKinds()
  int64_t appeal_id = 0;
  int64_t event_seq = 0;
  int64_t created_at = 0;
  std::optional<int64_t> read_at;
  std::string state;     // the appeal's state now
  std::string category;  // the appeal's category
};

struct InboxPage {
  std::vector<InboxItem> items;
  int64_t total = 0;
  int64_t unread = 0;
};
// The actor's inbox, unread first then newest first; only unread when `unread_only`.
InboxPage ListInbox(store::Connection& c, const auth::Actor& actor, bool unread_only,
                    const store::Page& page);
int64_t UnreadCount(store::Connection& c, const auth::Actor& actor);
// Marks the actor's item read (once; a second time changes nothing). Another's item, or none,
// is a 404.
Result<InboxItem> MarkRead(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::notifications
