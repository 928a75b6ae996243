#include "modules/appeals/flow.h"

#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

namespace linli::appeals {
namespace {

// The walks of the issue, step by step: each must be in the table, with the party named.
TEST(AppealFlow, WalksEveryPath) {
  struct Case {
    std::string_view from, step, to;
    Party who;
  } cases[] = {
      {"received", "accept", "accepted", Party::kHandler},
      {"accepted", "dispatch", "dispatched", Party::kHandler},
      {"dispatched", "dispatch", "dispatched", Party::kHandler},
      {"dispatched", "take", "taken", Party::kAssignee},
      {"taken", "arrive", "on_site", Party::kAssignee},
      {"on_site", "resolve", "resolved", Party::kAssignee},
      {"taken", "resolve", "resolved", Party::kAssignee},
      {"resolved", "follow_up", "followed_up", Party::kResident},
      {"followed_up", "reopen", "accepted", Party::kSystem},
      {"followed_up", "close", "closed", Party::kHandler},
      {"resolved", "close", "closed", Party::kHandler},
      {"accepted", "refer", "referred", Party::kHandler},
      {"taken", "escalate", "escalated", Party::kHandler},
      {"escalated", "dispatch", "dispatched", Party::kSupervisor},
      {"escalated", "refer", "referred", Party::kSupervisor},
      {"received", "close_unresolved", "closed_unresolved", Party::kHandler},
      {"on_site", "merge", "merged", Party::kHandler},
  };
  for (const auto& c : cases) {
    auto t = Find(c.from, c.step);
    ASSERT_TRUE(t.has_value()) << c.from << " " << c.step;
    EXPECT_EQ(t->to, c.to) << c.from << " " << c.step;
    EXPECT_EQ(t->who, c.who) << c.from << " " << c.step;
  }
}

// Out of order and second submissions are not in the table: the command answers 409.
TEST(AppealFlow, RefusesWhatDoesNotFollow) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"received", "resolve"},      {"accepted", "take"},  {"received", "dispatch"},
      {"accepted", "accept"},       {"taken", "take"},     {"resolved", "resolve"},
      {"followed_up", "follow_up"}, {"closed", "close"},   {"referred", "refer"},
      {"escalated", "escalate"},    {"merged", "merge"},   {"closed_unresolved", "accept"},
      {"dispatched", "follow_up"},  {"on_site", "arrive"}, {"received", "close"},
  };
  for (const auto& [from, step] : cases) {
    EXPECT_FALSE(Find(from, step).has_value()) << from << " " << step;
  }
}

TEST(AppealFlow, TableIsConsistent) {
  const std::set<std::string_view> states(States().begin(), States().end());
  std::set<std::string_view> steps(Steps().begin(), Steps().end());
  steps.insert("reopen");  // the system's own
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& t : Transitions()) {
    EXPECT_TRUE(states.contains(t.from)) << t.from;
    EXPECT_TRUE(states.contains(t.to)) << t.to;
    EXPECT_TRUE(steps.contains(t.step)) << t.step;
    EXPECT_TRUE(seen.insert({t.from, t.step}).second) << "twice: " << t.from << " " << t.step;
    EXPECT_FALSE(IsFinal(t.from)) << "a final state has a way out: " << t.from;
  }
  // Every step a person takes appears; resolved, referred and closed without a fix differ.
  for (auto step : Steps()) EXPECT_FALSE(FromStatesOf(step).empty()) << step;
  EXPECT_TRUE(IsFinal("referred"));
  EXPECT_TRUE(IsFinal("closed_unresolved"));
  EXPECT_FALSE(IsFinal("resolved"));
  EXPECT_FALSE(IsOpen("resolved"));
  EXPECT_TRUE(IsOpen("escalated"));
}

}  // namespace
}  // namespace linli::appeals
