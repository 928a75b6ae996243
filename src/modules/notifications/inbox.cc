#include "modules/notifications/inbox.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/accounts/directory.h"
#include "modules/appeals/states.h"
#include "modules/audit.h"
#include "store/sql.h"

namespace linli::notifications {
namespace {

constexpr std::string_view kAccountOf =
    "SELECT id FROM accounts WHERE person_id = ? AND disabled = 0";
constexpr std::string_view kInsert =
    "INSERT INTO inbox_items (account_id, kind, appeal_id, event_seq, created_at)"
    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, event_seq) DO NOTHING";
constexpr std::string_view kColumns =
    "i.id, i.kind, i.appeal_id, i.event_seq, i.created_at, i.read_at";
constexpr std::string_view kFrom = "inbox_items i";
constexpr std::string_view kUnread =
    "SELECT count(*) FROM inbox_items WHERE account_id = ? AND read_at IS NULL";
constexpr std::string_view kMarkRead =
    "UPDATE inbox_items SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL";

InboxItem FromRow(const store::Row& r) {
  return {r.Int(0), r.Text(1), r.Int(2), r.Int(3), r.Int(4), r.OptInt(5), "", ""};
}

// Each item's appeal as it stands now.
void AddAppealStates(store::Connection& c, std::vector<InboxItem>& items) {
  std::vector<int64_t> ids;
  ids.reserve(items.size());
  for (const auto& i : items) ids.push_back(i.appeal_id);
  const auto states = appeals::StatesOf(c, ids);
  for (auto& i : items) {
    if (auto it = states.find(i.appeal_id); it != states.end()) {
      i.state = it->second.state;
      i.category = it->second.category;
    }
  }
}

std::optional<InboxItem> LoadItem(store::Connection& c, int64_t account_id, int64_t id) {
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM {} WHERE i.id = ? AND i.account_id = ?", kColumns, kFrom),
      {id, account_id});
  if (!row) return std::nullopt;
  std::vector<InboxItem> one{FromRow(*row)};
  AddAppealStates(c, one);
  return one.front();
}

}  // namespace

bool MakesInboxItems(std::string_view action) {
  return action == "appeal.dispatch" || action == "appeal.overdue";
}

int64_t Collect(store::Connection& c, const record::StoredEvent& e) {
  if (e.event.subject_kind != "appeal" || !e.event.subject_id) return 0;
  std::vector<int64_t> recipients;
  std::string kind;
  const auto& s = e.event.summary;
  if (e.event.action == "appeal.dispatch") {
    auto k = s.find("assignee_kind");
    auto p = s.find("assignee_id");
    if (k == s.end() || p == s.end() || !k->value().is_string() || !p->value().is_int64() ||
        k->value().as_string() != "person") {
      return 0;
    }
    kind = "assigned";
    for (const auto& r : c.Query(kAccountOf, {p->value().as_int64()}))
      recipients.push_back(r.Int(0));
  } else if (e.event.action == "appeal.overdue") {
    kind = "overdue";
    recipients = accounts::SupervisorAccountsOn(c, auth::PathIds(e.event.area_path));
    if (recipients.empty()) return 0;
  } else {
    return 0;
  }
  int64_t n = 0;
  for (const int64_t account : recipients) {
    n += c.Exec(kInsert, {account, kind, *e.event.subject_id, e.seq, e.at_ms});
  }
  return n;
}

InboxPage ListInbox(store::Connection& c, const auth::Actor& actor, bool unread_only,
                    const store::Page& page) {
  const std::string where =
      unread_only ? "i.account_id = ? AND i.read_at IS NULL" : "i.account_id = ?";
  InboxPage out;
  out.total = c.QueryInt(fmt::format("SELECT count(*) FROM inbox_items i WHERE {}", where),
                         {actor.account_id});
  out.unread = c.QueryInt(kUnread, {actor.account_id});
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY (i.read_at IS NULL) DESC, i.id DESC"
                           " LIMIT ? OFFSET ?",
                           kColumns, kFrom, where),
               {actor.account_id, page.per_page, page.Offset()})) {
    out.items.push_back(FromRow(r));
  }
  AddAppealStates(c, out.items);
  return out;
}

int64_t UnreadCount(store::Connection& c, const auth::Actor& actor) {
  return c.QueryInt(kUnread, {actor.account_id});
}

Result<InboxItem> MarkRead(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  if (!LoadItem(c, actor.account_id, id))
    return Error::NotFound(fmt::format("no inbox item {}", id));
  const int64_t now = NowMs();
  if (c.Exec(kMarkRead, {now, id, actor.account_id}) > 0) {
    record::EventLog::Append(c, EventBy(actor, "inbox_item.read", "inbox_item", id, "", {}));
  }
  auto item = LoadItem(c, actor.account_id, id);
  tx.Commit();
  return *item;
}

}  // namespace linli::notifications
