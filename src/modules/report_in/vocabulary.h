// The report_in module's closed lists of values, each declared once here: the forms and the
// list filters read them, the answers write them and their schemas list them
// (http::shape::OneOf), and the web app's types are generated from those schemas. The kinds
// are those the migrations' CHECKs list.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace linli::report_in {

inline constexpr std::array<std::string_view, 5> kUnitKinds = {
    "government", "enterprise", "institution", "social_organisation", "other"};
inline constexpr std::array<std::string_view, 4> kPostKinds = {"duty_zone", "volunteering", "task",
                                                               "activity"};
inline constexpr std::array<std::string_view, 2> kReportInKinds = {"member", "unit"};
inline constexpr std::array<std::string_view, 4> kReportInStates = {"submitted", "confirmed",
                                                                    "declined", "withdrawn"};
inline constexpr std::array<std::string_view, 3> kServiceStates = {"logged", "confirmed",
                                                                   "rejected"};
inline constexpr std::array<std::string_view, 3> kSheetStates = {"draft", "sent", "acknowledged"};

constexpr std::span<const std::string_view> UnitKinds() { return kUnitKinds; }
constexpr std::span<const std::string_view> PostKinds() { return kPostKinds; }
constexpr std::span<const std::string_view> ReportInKinds() { return kReportInKinds; }
constexpr std::span<const std::string_view> ReportInStates() { return kReportInStates; }
constexpr std::span<const std::string_view> ServiceStates() { return kServiceStates; }
constexpr std::span<const std::string_view> SheetStates() { return kSheetStates; }

}  // namespace linli::report_in
