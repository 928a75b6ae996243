#include "http/query.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/form.h"

namespace linli::http {
namespace {

std::optional<int64_t> ParseInt(std::string_view s) {
  if (s.empty() || s.size() > 16) return std::nullopt;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return std::nullopt;
  for (size_t k = i; k < s.size(); ++k) {
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
  }
  return std::stoll(std::string(s));
}

Result<int64_t> IntParam(const Request& req, std::string_view name, int64_t dflt, int64_t min,
                         int64_t max) {
  auto v = req.Query(name);
  if (!v) return dflt;
  auto n = ParseInt(*v);
  if (!n || *n < min || *n > max) {
    return Error::Invalid("?" + std::string(name),
                          fmt::format("must be a whole number from {} to {}", min, max));
  }
  return *n;
}

constexpr std::array<std::string_view, 2> kPageParams = {"page", "per_page"};

// Rejects the first parameter (in the order received) in neither `known` nor `also`.
Status OnlyKnown(const Request& req, std::span<const std::string_view> known,
                 std::span<const std::string_view> also) {
  for (const auto& [k, v] : req.query) {
    if (std::find(known.begin(), known.end(), k) == known.end() &&
        std::find(also.begin(), also.end(), k) == also.end()) {
      return Error::Invalid("?" + k, "is not a known parameter");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Page> ParsePage(const Request& req) {
  auto page = IntParam(req, "page", 1, 1, 1'000'000);
  if (!page) return page.error();
  auto per = IntParam(req, "per_page", 20, 1, kMaxPerPage);
  if (!per) return per.error();
  return Page{*page, *per};
}

Result<std::optional<int64_t>> QueryId(const Request& req, std::string_view name) {
  auto v = req.Query(name);
  if (!v) return std::optional<int64_t>{};
  auto n = ParseInt(*v);
  if (!n || *n < 1 || *n > Form::kMaxId) {
    return Error::Invalid("?" + std::string(name), "must be an id (a positive whole number)");
  }
  return std::optional<int64_t>{*n};
}

Result<std::optional<std::string>> QueryText(const Request& req, std::string_view name,
                                             size_t max_len) {
  auto v = req.Query(name);
  if (!v) return std::optional<std::string>{};
  if (!ValidUtf8(*v)) return Error::Invalid("?" + std::string(name), "must be valid UTF-8");
  if (Utf8Length(*v) > max_len) {
    return Error::Invalid("?" + std::string(name),
                          fmt::format("must be at most {} characters", max_len));
  }
  if (std::any_of(v->begin(), v->end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    return Error::Invalid("?" + std::string(name), "must not contain control characters");
  }
  return std::optional<std::string>{*v};
}

Result<std::optional<std::string>> QueryEnum(const Request& req, std::string_view name,
                                             std::span<const std::string_view> allowed) {
  auto v = req.Query(name);
  if (!v) return std::optional<std::string>{};
  if (std::find(allowed.begin(), allowed.end(), *v) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return Error::Invalid("?" + std::string(name), "must be one of: " + list);
  }
  return std::optional<std::string>{*v};
}

Status OnlyParams(const Request& req, std::initializer_list<std::string_view> known) {
  return OnlyKnown(req, {known.begin(), known.size()}, {});
}

Result<Page> ParseListPage(const Request& req, std::initializer_list<std::string_view> known) {
  if (Status st = OnlyKnown(req, {known.begin(), known.size()}, kPageParams); !st)
    return st.error();
  return ParsePage(req);
}

Status QueryIds(const Request& req, std::initializer_list<IdField> fields) {
  for (const auto& [name, out] : fields) {
    auto v = QueryId(req, name);
    if (!v) return v.error();
    *out = *v;
  }
  return Status::Ok();
}

boost::json::object PageBody(boost::json::array items, const Page& p, int64_t total) {
  const boost::json::storage_ptr sp = items.storage();
  return boost::json::object(
      {{"items", std::move(items)}, {"page", p.page}, {"per_page", p.per_page}, {"total", total}},
      sp);
}

}  // namespace linli::http
