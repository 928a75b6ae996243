// A disclosure item (公开事项) and its read-only interface for other modules.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "store/database.h"

namespace linli::disclosures {

// 政务 / 事务 / 财务 and 临时性 / 定时性 (GLOSSARY.md), and an item's states, each listed once:
// the forms, the answers and their schemas read them.
inline constexpr std::array<std::string_view, 3> kCategories = {"government", "affairs", "finance"};
inline constexpr std::array<std::string_view, 2> kModes = {"ad_hoc", "periodic"};
// The states, then "all" (a filter of the list).
inline constexpr std::array<std::string_view, 3> kStateFilters = {"published", "withdrawn", "all"};
constexpr std::span<const std::string_view> Categories() { return kCategories; }
constexpr std::span<const std::string_view> Modes() { return kModes; }
constexpr std::span<const std::string_view> States() { return std::span(kStateFilters).first<2>(); }
constexpr std::span<const std::string_view> StateFilters() { return kStateFilters; }

struct Disclosure {
  int64_t id = 0;
  int64_t area_id = 0;
  std::string area_name;
  std::string area_kind;
  std::string area_path;
  std::string category;
  std::string mode;
  std::optional<std::string> period;  // periodic only: "2026-10", "2026-Q3", ...
  std::optional<std::string> period_from;
  std::optional<std::string> period_to;
  std::string title;
  std::string body;
  std::string state;         // published | withdrawn
  std::string published_by;  // the login
  int64_t published_at = 0;
  std::optional<std::string> withdrawn_by;
  std::optional<int64_t> withdrawn_at;
  std::optional<std::string> withdraw_reason;
};

extern const std::string_view kColumns;
extern const std::string_view kFrom;  // disclosures d JOIN areas a, the publishing account, ...
Disclosure FromRow(const store::Row& r);
std::optional<Disclosure> Load(store::Connection& c, int64_t id);
// Its answer's shape is in answers.h.

}  // namespace linli::disclosures
