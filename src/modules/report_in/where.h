// The WHERE clause of a list query, built from the caller's scope and the filters given: each
// filter that is set adds " AND <condition>" with its parameters, in order.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/report_in/permissions.h"
#include "store/value.h"

namespace linli::report_in {

struct Where {
  std::string sql;
  std::vector<store::Value> params;

  explicit Where(ReadScope scope) : sql(std::move(scope.sql)), params(std::move(scope.params)) {}

  // " AND <column> = ?" when `value` is set.
  template <class T>
  void Equals(std::string_view column, const std::optional<T>& value) {
    if (!value) return;
    sql += " AND ";
    sql += column;
    sql += " = ?";
    params.emplace_back(*value);
  }
  // " AND <condition>" binding `values`.
  void Add(std::string_view condition, std::initializer_list<store::Value> values = {}) {
    sql += " AND ";
    sql += condition;
    params.insert(params.end(), values);
  }
};

}  // namespace linli::report_in
