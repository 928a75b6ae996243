// Query-string parameters, validated; a failure names the parameter as "?name".
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include <boost/json/object.hpp>

#include "core/result.h"
#include "http/message.h"
#include "store/page.h"

namespace linli::http {

// The page a list query takes; the http layer parses and bounds it.
using Page = store::Page;

constexpr int64_t kMaxPerPage = 200;

// ?page (>= 1, default 1) and ?per_page (1..200, default 20).
Result<Page> ParsePage(const Request& req);
// An optional id parameter.
Result<std::optional<int64_t>> QueryId(const Request& req, std::string_view name);
// An optional text parameter of at most `max_len` characters.
Result<std::optional<std::string>> QueryText(const Request& req, std::string_view name,
                                             size_t max_len = 100);
// An optional parameter that must be one of `allowed`.
Result<std::optional<std::string>> QueryEnum(const Request& req, std::string_view name,
                                             std::span<const std::string_view> allowed);
// Rejects parameters not in `known`.
Status OnlyParams(const Request& req, std::initializer_list<std::string_view> known);
// The opening of a paged list: rejects parameters neither in `known` nor ?page/?per_page
// (as OnlyParams), then reads the page (as ParsePage).
Result<Page> ParseListPage(const Request& req, std::initializer_list<std::string_view> known);

// An optional id parameter and the field it is read into.
using IdField = std::pair<std::string_view, std::optional<int64_t>*>;
// Reads each optional id parameter into its field (as QueryId), in the order given; the
// first failure is returned, leaving the fields after it untouched.
Status QueryIds(const Request& req, std::initializer_list<IdField> fields);

// {"items": [...], "page": p, "per_page": n, "total": t}, allocated where the items are.
boost::json::object PageBody(boost::json::array items, const Page& p, int64_t total);

}  // namespace linli::http
