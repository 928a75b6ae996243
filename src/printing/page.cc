#include "printing/page.h"

#include <sodium.h>

#include <fmt/format.h>

namespace linli::printing {
namespace {

constexpr std::string_view kShell = "printing/page";
constexpr std::string_view kScriptOpen = "<script>";
constexpr std::string_view kScriptClose = "</script>";

boost::json::array Strings(const std::vector<std::string>& v) {
  boost::json::array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

boost::json::array Pairs(const std::vector<std::pair<std::string, std::string>>& v,
                         std::string_view first, std::string_view second) {
  boost::json::array out;
  for (const auto& [a, b] : v) out.push_back(boost::json::object{{first, a}, {second, b}});
  return out;
}

// 'sha256-<base64>' of the one inline script of the page shell (its print button), so the
// policy allows that script and no other.
std::string ScriptSource() {
  const std::string* shell = Renderer::Embedded().Find(kShell);
  if (!shell) return "'none'";
  const size_t open = shell->find(kScriptOpen);
  const size_t close = shell->find(kScriptClose);
  if (open == std::string::npos || close == std::string::npos || close < open) return "'none'";
  const std::string_view script =
      std::string_view(*shell).substr(open + kScriptOpen.size(), close - open - kScriptOpen.size());
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(script.data()), script.size());
  std::string b64(sodium_base64_ENCODED_LEN(sizeof hash, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), hash, sizeof hash, sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.find('\0'));
  return fmt::format("'sha256-{}'", b64);
}

const std::string& Policy() {
  static const std::string kPolicy = fmt::format(
      "default-src 'none'; style-src 'unsafe-inline'; script-src {}; base-uri 'none'; "
      "form-action 'none'; frame-ancestors 'none'",
      ScriptSource());
  return kPolicy;
}

}  // namespace

boost::json::object DataOf(const Form& form) {
  boost::json::object d = form.fields;
  d["title"] = form.title;
  d["number"] = form.number.empty() ? boost::json::value(nullptr) : boost::json::value(form.number);
  d["rows"] = Pairs(form.rows, "label", "value");
  if (!form.table_head.empty()) {
    boost::json::array rows;
    for (const auto& r : form.table_rows)
      rows.push_back(boost::json::object{{"cells", Strings(r)}});
    d["table"] = {{"head", Strings(form.table_head)}, {"rows", std::move(rows)}};
  } else {
    d["table"] = nullptr;
  }
  d["sections"] = Pairs(form.sections, "heading", "text");
  d["seal"] = form.seal.empty() ? boost::json::value(nullptr) : boost::json::value(form.seal);
  d["date"] = form.date.empty() ? boost::json::value(nullptr) : boost::json::value(form.date);
  boost::json::array signatures;
  for (const auto& s : form.signatures) signatures.push_back(boost::json::object{{"label", s}});
  d["signatures"] = std::move(signatures);
  return d;
}

Result<std::string> RenderPage(const Form& form, const Renderer& r) {
  return r.Render(kShell, DataOf(form), form.templ);
}

Result<http::Response> HtmlResponse(const Form& form) {
  auto page = RenderPage(form);
  if (!page) return page.error();
  http::Response r;
  r.status = 200;
  r.content_type = "text/html; charset=utf-8";
  r.body = std::move(*page);
  r.headers.emplace_back("Content-Security-Policy", Policy());
  return r;
}

std::string FootLine(const Form& form) {
  std::string out;
  if (!form.seal.empty()) out = form.seal + "（盖章）";
  if (!form.date.empty()) out += (out.empty() ? "" : "    ") + form.date;
  for (const auto& s : form.signatures) out += (out.empty() ? "" : "    ") + s + "：";
  return out;
}

}  // namespace linli::printing
