// JsonText: a JSON text written member by member into one string, for answers of many rows,
// where building boost::json values first cost more than reading the rows. The caller writes a
// well-formed document: it opens and closes what it opens; the writer puts the commas.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace linli::http {

class JsonText {
 public:
  JsonText& BeginArray() { return Open('['); }
  JsonText& EndArray() { return Close(']'); }
  JsonText& BeginObject() { return Open('{'); }
  JsonText& EndObject() { return Close('}'); }
  // An object member's name; its value follows.
  JsonText& Key(std::string_view name);

  JsonText& String(std::string_view s);
  JsonText& Int(int64_t n);
  // A finite number in its shortest form that reads back the same.
  JsonText& Double(double x);
  // A value already written as JSON text (a serialised boost::json value), copied as it is.
  JsonText& Raw(std::string_view json);
  JsonText& Null() { return Raw("null"); }
  JsonText& Bool(bool b) { return Raw(b ? "true" : "false"); }
  // The value, or null.
  JsonText& Double(std::optional<double> x) { return x ? Double(*x) : Null(); }
  JsonText& IntOrNull(std::optional<int64_t> n) { return n ? Int(*n) : Null(); }
  JsonText& StringOrNull(const std::optional<std::string>& s) { return s ? String(*s) : Null(); }

  // Room for `bytes` more, when the size of what follows is known roughly.
  void Reserve(size_t bytes) { out_.reserve(out_.size() + bytes); }
  std::string Take() { return std::move(out_); }

 private:
  JsonText& Open(char c);
  JsonText& Close(char c);
  void Separate();  // a comma unless first in its container or right after a key

  std::string out_;
  bool first_ = true;
};

}  // namespace linli::http
