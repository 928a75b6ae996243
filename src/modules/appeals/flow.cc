#include "modules/appeals/flow.h"

#include <algorithm>
#include <array>
#include <string>

namespace linli::appeals {
namespace {

constexpr std::array<std::string_view, 12> kStates = {
    "received", "accepted",    "dispatched", "taken",    "on_site",           "escalated",
    "resolved", "followed_up", "closed",     "referred", "closed_unresolved", "merged"};

constexpr std::array<std::string_view, 11> kSteps = {
    "accept", "dispatch", "take",     "arrive",           "resolve", "follow_up",
    "close",  "refer",    "escalate", "close_unresolved", "merge"};

constexpr Party H = Party::kHandler;
constexpr Party S = Party::kSupervisor;
constexpr Party A = Party::kAssignee;

// clang-format off
constexpr std::array kTable = std::to_array<Transition>({
    {"received",    "accept",           "accepted",          H},
    {"accepted",    "dispatch",         "dispatched",        H},
    {"dispatched",  "dispatch",         "dispatched",        H},  // to someone else
    {"escalated",   "dispatch",         "dispatched",        S},
    {"dispatched",  "take",             "taken",             A},
    {"taken",       "arrive",           "on_site",           A},
    {"taken",       "resolve",          "resolved",          A},
    {"on_site",     "resolve",          "resolved",          A},
    {"resolved",    "follow_up",        "followed_up",       Party::kResident},
    {"followed_up", "reopen",           "accepted",          Party::kSystem},
    {"followed_up", "close",            "closed",            H},
    {"resolved",    "close",            "closed",            H},  // after the follow-up window
    {"received",    "refer",            "referred",          H},
    {"accepted",    "refer",            "referred",          H},
    {"dispatched",  "refer",            "referred",          H},
    {"taken",       "refer",            "referred",          H},
    {"on_site",     "refer",            "referred",          H},
    {"escalated",   "refer",            "referred",          S},
    {"received",    "escalate",         "escalated",         H},
    {"accepted",    "escalate",         "escalated",         H},
    {"dispatched",  "escalate",         "escalated",         H},
    {"taken",       "escalate",         "escalated",         H},
    {"on_site",     "escalate",         "escalated",         H},
    {"received",    "close_unresolved", "closed_unresolved", H},
    {"accepted",    "close_unresolved", "closed_unresolved", H},
    {"dispatched",  "close_unresolved", "closed_unresolved", H},
    {"taken",       "close_unresolved", "closed_unresolved", H},
    {"on_site",     "close_unresolved", "closed_unresolved", H},
    {"escalated",   "close_unresolved", "closed_unresolved", S},
    {"received",    "merge",            "merged",            H},
    {"accepted",    "merge",            "merged",            H},
    {"dispatched",  "merge",            "merged",            H},
    {"taken",       "merge",            "merged",            H},
    {"on_site",     "merge",            "merged",            H},
    {"escalated",   "merge",            "merged",            S},
});
// clang-format on

}  // namespace

std::span<const std::string_view> States() { return kStates; }
std::span<const std::string_view> Steps() { return kSteps; }
std::span<const Transition> Transitions() { return kTable; }

std::optional<Transition> Find(std::string_view state, std::string_view step) {
  const auto* it = std::find_if(kTable.begin(), kTable.end(), [&](const Transition& t) {
    return t.from == state && t.step == step;
  });
  if (it == kTable.end()) return std::nullopt;
  return *it;
}

std::string FromStatesOf(std::string_view step) {
  std::string out;
  for (const auto& t : kTable) {
    if (t.step != step) continue;
    if (!out.empty()) out += ", ";
    out += t.from;
  }
  return out;
}

bool IsFinal(std::string_view state) {
  return state == "closed" || state == "referred" || state == "closed_unresolved" ||
         state == "merged";
}

bool IsOpen(std::string_view state) {
  return state == "received" || state == "accepted" || state == "dispatched" || state == "taken" ||
         state == "on_site" || state == "escalated";
}

}  // namespace linli::appeals
