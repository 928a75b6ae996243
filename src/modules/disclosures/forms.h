// Forms of the disclosures module. Which mode and period a category takes is a rule the
// command checks (commands.h), on fields the form has already validated.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/field.h"
#include "core/result.h"

namespace linli::disclosures {

inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxBody = 20000;
inline constexpr size_t kMaxReason = 1000;

struct PublishForm {
  int64_t area_id = 0;
  std::string category;               // Categories()
  std::string mode;                   // Modes()
  std::optional<std::string> period;  // "2026-10", "2026-Q3", "2026-H2", "2026" (period.h)
  std::string title;
  std::string body;  // several lines
};

struct WithdrawForm {
  std::string reason;
};

// The fields of each body, declared once: the parser reads them and the route's schema is
// made of them (schema::Body).
std::span<const Field> PublishFields();
std::span<const Field> WithdrawFields();

Result<PublishForm> ParsePublish(std::string_view body);
Result<WithdrawForm> ParseWithdraw(std::string_view body);

}  // namespace linli::disclosures
