#include "store/sql.h"

namespace linli::store {

std::string ContainsPattern(std::string_view s) {
  std::string out = "%";
  for (char ch : s) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  out += '%';
  return out;
}

std::string Marks(size_t n) {
  std::string marks = "?";
  for (size_t i = 1; i < n; ++i) marks += ", ?";
  return marks;
}

}  // namespace linli::store
