// The life of one generated appeal: the steps the real flow (modules/appeals/flow.h) would have
// recorded for it, with the clocks of its category, the scheduler's supervision when a deadline
// passes, and the state, rating and flags it ends in. Everything after the end of the generated
// history (kHistoryEnd) is cut off, and the deadlines still pending then are raised as the
// scheduler would have raised them, so the server finds no backlog of due clocks when it starts.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chain.h"
#include "demo/rng.h"

namespace linli::bench {

// The generated history: two years of 730 days ending at 2026-11-01 00:00 China Standard Time.
inline constexpr int64_t kDays = 730;
inline constexpr int64_t kHistoryEnd = 1'793'462'400'000;  // 2026-10-31T16:00:00Z
inline constexpr int64_t kHistoryStart = kHistoryEnd - kDays * 86'400'000;

struct Category {
  const char* code;
  int64_t accept_s, on_site_s, resolve_s;  // the default clocks of core/config.h
  int weight;                              // share of appeals, in percent
};
const std::array<Category, 5>& Categories();

// Who acts on an appeal (account ids and logins; person ids where the flow stores them).
struct Cast {
  int64_t staff_account = 0;
  std::string staff_login;
  int64_t worker_person = 0, worker_account = 0;  // the grid worker it is dispatched to
  std::string worker_login;
  int64_t supervisor_account = 0;  // subdistrict admin (escalated appeals)
  std::string supervisor_login;
  int64_t resident_person = 0, resident_account = 0;
  std::string resident_login;
  int64_t subdistrict_id = 0;
  std::string subdistrict_name;
};

struct StepRow {
  std::string step;
  std::optional<std::string> from;
  std::string to;
  std::optional<int64_t> actor_account;
  std::string actor_login;
  std::optional<std::string> note, reason;
  std::string detail;   // JSON object text, as the server writes it
  std::string action;   // event action
  std::string summary;  // event summary JSON
  int64_t at = 0;
};

struct SupervisionRow {
  std::string kind;
  int64_t due_at = 0, raised_at = 0;
};

// One appeal row and everything written with it.
struct Life {
  std::string channel, category, urgency, description, state;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> raised_by;
  std::optional<int64_t> assignee_id;  // a person
  std::optional<int64_t> accept_by, on_site_by, resolve_by, overdue_at;
  std::optional<std::string> rating, escalated_to, referred_to;
  std::optional<int64_t> escalated_area_id, merged_into;
  int reopened = 0;
  std::vector<StepRow> steps;
  std::vector<SupervisionRow> supervisions;
  int64_t open_until = 0;  // when it left the open states (for merges into it)
};

struct LifeInput {
  int64_t id = 0;
  int64_t created_at = 0;
  int64_t area_id = 0;
  const Cast* cast = nullptr;
  std::optional<int64_t> merge_candidate;  // an earlier appeal of the grid
  int64_t merge_candidate_open_until = 0;
};

Life Live(demo::DemoRng& rng, const LifeInput& in);

}  // namespace linli::bench
