// Values crossing the storage interface: what a statement binds and a row returns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace linli::store {

struct Blob {
  std::string bytes;
};
using Null = std::monostate;
using Value = std::variant<Null, int64_t, double, std::string, Blob>;

// Helpers to bind optionals: nullopt binds NULL.
inline Value Opt(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(Null{}); }
inline Value Opt(const std::optional<std::string>& v) { return v ? Value(*v) : Value(Null{}); }

// One result row. Column access is by position, in the order the SELECT names them.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool IsNull(size_t i) const { return std::holds_alternative<Null>(values_.at(i)); }
  int64_t Int(size_t i) const;       // NULL reads as 0
  double Real(size_t i) const;       // NULL reads as 0
  std::string Text(size_t i) const;  // NULL reads as ""; a blob's bytes as they are
  std::optional<int64_t> OptInt(size_t i) const;
  std::optional<std::string> OptText(size_t i) const;
  const Value& at(size_t i) const { return values_.at(i); }

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

}  // namespace linli::store
