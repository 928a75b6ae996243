#include "modules/accounts/session_memo.h"

namespace linli::accounts {

std::optional<auth::Actor> SessionMemo::Find(const std::string& id, int64_t now) const {
  std::lock_guard lock(mu_);
  auto it = entries_.find(id);
  if (it == entries_.end() || now - it->second.read_at >= ttl_ms_ || it->second.expires_at < now) {
    return std::nullopt;
  }
  return it->second.actor;
}

uint64_t SessionMemo::Generation() const {
  std::lock_guard lock(mu_);
  return generation_;
}

void SessionMemo::Keep(const auth::Actor& actor, int64_t session_expires_at, uint64_t generation,
                       int64_t now) {
  std::lock_guard lock(mu_);
  if (generation != generation_) return;
  if (entries_.size() >= capacity_) {
    std::erase_if(entries_, [&](const auto& kv) { return now - kv.second.read_at >= ttl_ms_; });
    if (entries_.size() >= capacity_) entries_.clear();
  }
  entries_[actor.session_id] = {actor, now, session_expires_at};
}

void SessionMemo::Forget() {
  std::lock_guard lock(mu_);
  ++generation_;
  entries_.clear();
}

SessionMemo& SessionMemo::Shared() {
  static SessionMemo memo(1000, 10000);
  return memo;
}

}  // namespace linli::accounts
