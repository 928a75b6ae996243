// SessionMemo: the actors of recently authenticated sessions, so a request does not read its
// session, account and grants again (with writes going on, every connection but the writer's
// finds its page cache emptied at each read, and those reads were a fifth of a create).
//
// Contract: an entry answers for at most `ttl_ms` after it was read, and never past its
// session's expiry. Every change this process makes to sessions, accounts or grants calls
// Forget() once committed, which drops every entry and refuses entries read before it; a change
// made by another process (the CLI) is seen within `ttl_ms`. Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/actor.h"

namespace linli::accounts {

class SessionMemo {
 public:
  SessionMemo(int64_t ttl_ms, size_t capacity) : ttl_ms_(ttl_ms), capacity_(capacity) {}

  // The actor of session `id` read less than ttl_ms before `now`, unless it has expired.
  std::optional<auth::Actor> Find(const std::string& id, int64_t now) const;
  // The generation to pass to Keep for a read that starts now.
  uint64_t Generation() const;
  // Remembers an actor read at `now`, unless Forget() was called since `generation`.
  void Keep(const auth::Actor& actor, int64_t session_expires_at, uint64_t generation, int64_t now);
  void Forget();

  // The process's memo: 1 s, 10,000 sessions.
  static SessionMemo& Shared();

 private:
  struct Entry {
    auth::Actor actor;
    int64_t read_at = 0;
    int64_t expires_at = 0;
  };
  const int64_t ttl_ms_;
  const size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;  // by session id; GUARDED_BY(mu_)
  uint64_t generation_ = 0;                         // GUARDED_BY(mu_)
};

}  // namespace linli::accounts
