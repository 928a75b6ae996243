#include "store/database.h"

namespace linli::store {

namespace {
StatementObserver g_observer = nullptr;
TransactionObserver g_tx_observer = nullptr;
constexpr std::string_view kCreateMigrations =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " owner TEXT NOT NULL, name TEXT NOT NULL, applied_at INTEGER NOT NULL,"
    " PRIMARY KEY (owner, name))";
constexpr std::string_view kApplied =
    "SELECT 1 FROM schema_migrations WHERE owner = ? AND name = ?";
constexpr std::string_view kMarkApplied =
    "INSERT INTO schema_migrations (owner, name, applied_at) VALUES (?, ?, ?)";
}  // namespace

void SetStatementObserver(StatementObserver observer) { g_observer = observer; }
StatementObserver GetStatementObserver() { return g_observer; }
void SetTransactionObserver(TransactionObserver observer) { g_tx_observer = observer; }
void NotifyTransactionEnd(TxEnd end) {
  if (g_tx_observer) g_tx_observer(end);
}

std::vector<std::string> Database::Migrate(const std::vector<Migration>& migrations) {
  Connection& c = Conn();
  c.ExecScript(kCreateMigrations);
  std::vector<std::string> applied;
  for (const auto& m : migrations) {
    Tx tx(c, Tx::kWrite);
    if (c.QueryOne(kApplied, {m.owner, m.name})) continue;
    c.ExecScript(m.sql);
    c.Exec(kMarkApplied, {m.owner, m.name, int64_t{0}});
    tx.Commit();
    applied.push_back(m.owner + "/" + m.name);
  }
  return applied;
}

}  // namespace linli::store
