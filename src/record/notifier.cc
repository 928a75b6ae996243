#include "record/notifier.h"

#include <atomic>
#include <map>
#include <mutex>
#include <vector>

#include "store/database.h"

namespace linli::record {
namespace {

std::mutex g_mu;
std::map<int, Notifier::Listener> g_listeners;  // GUARDED_BY(g_mu)
int g_next_id = 1;                              // GUARDED_BY(g_mu)
std::atomic<int64_t> g_latest{0};
thread_local int64_t t_pending = 0;  // the newest seq appended in this thread's transaction
thread_local int64_t t_kept = 0;     // the newest seq of the batch members kept, not committed

void OnTransactionEnd(store::TxEnd end) { Notifier::TransactionEnded(end); }

}  // namespace

void Notifier::Install() { store::SetTransactionObserver(&OnTransactionEnd); }

int Notifier::Listen(Listener listener) {
  std::lock_guard lock(g_mu);
  const int id = g_next_id++;
  g_listeners.emplace(id, std::move(listener));
  return id;
}

void Notifier::Unlisten(int id) {
  std::lock_guard lock(g_mu);
  g_listeners.erase(id);
}

int64_t Notifier::Latest() { return g_latest.load(); }

void Notifier::Appended(int64_t seq) { t_pending = std::max(t_pending, seq); }

void Notifier::TransactionEnded(store::TxEnd end) {
  const int64_t seq = std::max(t_pending, t_kept);
  t_pending = 0;
  if (end == store::TxEnd::kKept) t_kept = seq;
  if (end == store::TxEnd::kRolledBack || end == store::TxEnd::kKept) return;
  t_kept = 0;
  if (end == store::TxEnd::kFailed || seq == 0) return;
  int64_t prev = g_latest.load();
  while (prev < seq && !g_latest.compare_exchange_weak(prev, seq)) {
  }
  std::vector<Listener> listeners;
  {
    std::lock_guard lock(g_mu);
    listeners.reserve(g_listeners.size());
    for (const auto& [id, l] : g_listeners) listeners.push_back(l);
  }
  for (const auto& l : listeners) l(seq);
}

void NotifiedLoop::Start() {
  if (listener_ == 0) listener_ = Notifier::Listen([this](int64_t) { loop_.Wake(); });
  loop_.Start();
}

void NotifiedLoop::Stop() {
  if (listener_ != 0) Notifier::Unlisten(listener_);
  listener_ = 0;
  loop_.Stop();
}

}  // namespace linli::record
