// The appeals module's closed lists of values, each declared once here: the forms read them
// (Field::values), the answers write them and their schemas list them (http::shape::OneOf), and
// the web app's types are generated from those schemas. The states are flow.h's (States).
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace linli::appeals {

// Every channel an appeal may come in by: the intake channels, then open311 (its own endpoint).
inline constexpr std::array<std::string_view, 6> kChannels = {"desk",         "hotline", "mailbox",
                                                              "contact_card", "online",  "open311"};
inline constexpr std::array<std::string_view, 2> kUrgencies = {"normal", "urgent"};
inline constexpr std::array<std::string_view, 3> kRatings = {"satisfied", "basically_satisfied",
                                                             "not_satisfied"};
inline constexpr std::array<std::string_view, 3> kAssigneeKinds = {"person", "unit", "provider"};
inline constexpr std::array<std::string_view, 2> kPartnerKinds = {"unit", "provider"};
inline constexpr std::array<std::string_view, 2> kEscalationLevels = {"subdistrict", "department"};
inline constexpr std::array<std::string_view, 2> kPhotoSteps = {"raise", "resolve"};
inline constexpr std::array<std::string_view, 3> kPhotoTypes = {"image/jpeg", "image/png",
                                                                "image/webp"};
inline constexpr std::array<std::string_view, 4> kSuggestionRoles = {
    "duty_zone_member", "grid_worker", "unit", "provider"};
// The record actions of an appeal: its raise, each step of the flow (step_table.cc, one event
// per row: steps_test.cc holds the two lists equal) and a missed deadline. The live streams
// name their frames by them.
inline constexpr std::array<std::string_view, 14> kEvents = {
    "appeal.raise",  "appeal.accept",   "appeal.dispatch",         "appeal.take",
    "appeal.arrive", "appeal.resolve",  "appeal.follow_up",        "appeal.close",
    "appeal.refer",  "appeal.escalate", "appeal.close_unresolved", "appeal.merge",
    "appeal.reopen", "appeal.overdue"};

constexpr std::span<const std::string_view> Channels() { return kChannels; }
// The channels POST /api/v1/appeals accepts: all but open311.
constexpr std::span<const std::string_view> IntakeChannels() {
  return std::span(kChannels).first<kChannels.size() - 1>();
}
constexpr std::span<const std::string_view> Urgencies() { return kUrgencies; }
constexpr std::span<const std::string_view> Ratings() { return kRatings; }
constexpr std::span<const std::string_view> AssigneeKinds() { return kAssigneeKinds; }
constexpr std::span<const std::string_view> PartnerKinds() { return kPartnerKinds; }
constexpr std::span<const std::string_view> EscalationLevels() { return kEscalationLevels; }
constexpr std::span<const std::string_view> PhotoSteps() { return kPhotoSteps; }
constexpr std::span<const std::string_view> PhotoTypes() { return kPhotoTypes; }
constexpr std::span<const std::string_view> SuggestionRoles() { return kSuggestionRoles; }
constexpr std::span<const std::string_view> Events() { return kEvents; }

}  // namespace linli::appeals
