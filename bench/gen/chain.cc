#include "chain.h"

#include "record/event_log.h"

namespace linli::bench {

Chain::Chain(sqlite3* db)
    : db_(db),
      insert_(db,
              "INSERT INTO events (seq, at_ms, actor_id, actor_label, action, subject_kind,"
              " subject_id, area_path, summary, prev_hash, hash)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      prev_(64, '0') {}

void Chain::Append(int64_t at_ms, const Who& who, std::string_view action, std::string_view kind,
                   int64_t subject, std::string_view area_path, const std::string& summary) {
  record::Event e;
  e.actor_id = who.account;
  e.actor_label = who.login;
  e.action = action;
  e.subject_kind = kind;
  e.subject_id = subject;
  e.area_path = area_path;
  ++seq_;
  std::string hash = record::EventLog::LinkHash(prev_, seq_, at_ms, e, summary);
  insert_.Int(seq_)
      .Int(at_ms)
      .OptInt(who.account)
      .Text(who.login)
      .Text(action)
      .Text(kind)
      .Int(subject)
      .Text(area_path)
      .Text(summary)
      .Text(prev_)
      .Text(hash)
      .Run();
  prev_ = std::move(hash);
}

void Chain::Finish() {
  if (seq_ == 0) return;
  Stmt head(db_, "INSERT INTO event_chain_head (id, seq, hash) VALUES (1, ?, ?)");
  head.Int(seq_).Text(prev_).Run();
  // The generated history is the past: the record's consumers (the notifications inbox and
  // webhook) start after it, as when their module is installed on an existing record.
  Stmt cursors(db_, "UPDATE record_cursors SET seq = ?");
  cursors.Int(seq_).Run();
}

}  // namespace linli::bench
