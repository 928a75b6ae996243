#include "http/json_text.h"

#include <charconv>
#include <cmath>

namespace linli::http {

void JsonText::Separate() {
  if (!first_) out_ += ',';
  first_ = false;
}

JsonText& JsonText::Open(char c) {
  Separate();
  out_ += c;
  first_ = true;
  return *this;
}

JsonText& JsonText::Close(char c) {
  out_ += c;
  first_ = false;
  return *this;
}

JsonText& JsonText::Key(std::string_view name) {
  String(name);
  out_ += ':';
  first_ = true;  // the value takes no comma
  return *this;
}

JsonText& JsonText::String(std::string_view s) {
  Separate();
  out_ += '"';
  size_t run = 0;  // the start of the characters not yet written, which need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u >= 0x20 && u != '"' && u != '\\') continue;
    out_.append(s.data() + run, i - run);
    run = i + 1;
    switch (u) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[u >> 4];
        out_ += kHex[u & 0xF];
      }
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
  return *this;
}

JsonText& JsonText::Int(int64_t n) {
  Separate();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
  return *this;
}

JsonText& JsonText::Double(double x) {
  if (!std::isfinite(x)) return Null();
  Separate();
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, x);
  out_.append(buf, r.ptr);
  return *this;
}

JsonText& JsonText::Raw(std::string_view json) {
  Separate();
  out_ += json;
  return *this;
}

}  // namespace linli::http
