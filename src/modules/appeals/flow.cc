#include "modules/appeals/flow.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "modules/appeals/steps.h"

namespace linli::appeals {
namespace {

constexpr std::array<std::string_view, 12> kStates = {
    "received", "accepted",    "dispatched", "taken",    "on_site",           "escalated",
    "resolved", "followed_up", "closed",     "referred", "closed_unresolved", "merged"};

// Expands the step table's rows into one transition per from-state.
std::vector<Transition> Expand() {
  std::vector<Transition> out;
  for (const StepRow& step : StepTable()) {
    for (const std::string_view from : step.from) {
      out.push_back(
          {from, step.name, step.to, from == "escalated" ? Party::kSupervisor : step.who});
    }
  }
  return out;
}

std::vector<std::string_view> ApiSteps() {
  std::vector<std::string_view> out;
  for (const StepRow& step : StepTable()) {
    if (step.who != Party::kSystem) out.push_back(step.name);
  }
  return out;
}

}  // namespace

std::span<const std::string_view> States() { return kStates; }
std::span<const std::string_view> OpenStates() {
  static const std::vector<std::string_view> open = [] {
    std::vector<std::string_view> out;
    for (const std::string_view s : kStates) {
      if (IsOpen(s)) out.push_back(s);
    }
    return out;
  }();
  return open;
}
std::span<const std::string_view> Steps() {
  static const std::vector<std::string_view> steps = ApiSteps();
  return steps;
}

std::span<const Transition> Transitions() {
  static const std::vector<Transition> table = Expand();
  return table;
}

std::optional<Transition> Find(std::string_view state, std::string_view step) {
  const auto table = Transitions();
  const auto it = std::find_if(table.begin(), table.end(), [&](const Transition& t) {
    return t.from == state && t.step == step;
  });
  if (it == table.end()) return std::nullopt;
  return *it;
}

std::string FromStatesOf(std::string_view step) {
  std::string out;
  for (const auto& t : Transitions()) {
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
