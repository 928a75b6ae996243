// The members module's closed lists of values, each declared once: the forms and queries read
// them, the answers write them and their schemas list them (http::shape::OneOf), and the web
// app's types are generated from those schemas. The dues categories are rules.h's
// (DuesCategories), the levels of education forms.h's (Educations).
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace linli::members {

inline constexpr std::array<std::string_view, 2> kMembershipStatuses = {"full", "probationary"};
inline constexpr std::array<std::string_view, 4> kTransferStates = {"issued", "accepted", "refused",
                                                                    "cancelled"};
inline constexpr std::array<std::string_view, 3> kLetters = {"none", "certificate", "transfer"};
inline constexpr std::array<std::string_view, 3> kDuesMonthStates = {"paid", "owed", "no_basis"};

// A membership: full, or probationary until converted.
constexpr std::span<const std::string_view> MembershipStatuses() { return kMembershipStatuses; }
constexpr std::span<const std::string_view> TransferStates() { return kTransferStates; }
// The letter a transfer carries, by the months away (rules.h LetterFor): none, a certificate
// (证明信) or a transfer letter (介绍信).
constexpr std::span<const std::string_view> Letters() { return kLetters; }
// A month of a member's dues: paid, owed (a basis, no payment) or without a basis.
constexpr std::span<const std::string_view> DuesMonthStates() { return kDuesMonthStates; }

}  // namespace linli::members
