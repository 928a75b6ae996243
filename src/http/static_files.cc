#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

namespace linli::http {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

std::string ContentType(std::string_view name) {
  static const std::map<std::string_view, std::string_view> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
  };
  const auto dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    if (auto it = kTypes.find(name.substr(dot)); it != kTypes.end()) return std::string(it->second);
  }
  return "application/octet-stream";
}

std::optional<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The q value of one Accept-Encoding element ("gzip;q=0.5"); 1 when absent, 0 when malformed.
double QualityOf(std::string_view params) {
  size_t i = 0;
  while (i < params.size()) {
    size_t j = params.find(';', i);
    if (j == std::string_view::npos) j = params.size();
    const auto p = Trim(params.substr(i, j - i));
    if (p.size() > 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
      try {
        return std::stod(std::string(p.substr(2)));
      } catch (const std::exception&) {
        return 0;
      }
    }
    i = j + 1;
  }
  return 1;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

bool AcceptsHtml(const Request& req) {
  const auto accept = req.Header("accept").value_or("");
  return accept.find("text/html") != std::string::npos;
}

Response NotBuiltPage() {
  Response r;
  r.status = 200;
  r.content_type = "text/html; charset=utf-8";
  r.body =
      "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>Linli</title>"
      "<h1>Linli 邻里</h1><p>网页端尚未构建 (the web app is not built): run "
      "<code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>, or start with "
      "<code>scripts/run.sh</code>. The API is at <a href=\"/api/openapi.json\">"
      "/api/openapi.json</a>.</p></html>";
  r.headers.emplace_back("Cache-Control", std::string(kRevalidate));
  r.headers.emplace_back("Content-Security-Policy", std::string(kContentSecurityPolicy));
  return r;
}

}  // namespace

bool SafeStaticPath(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return false;
  }
  size_t i = 1;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    const auto seg = path.substr(i, j - i);
    if (seg == "." || seg == "..") return false;
    i = j + 1;
  }
  return true;
}

StaticFiles StaticFiles::Load(const std::string& dir) {
  StaticFiles out;
  out.dir_ = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  std::map<std::string, std::string> raw;  // key → bytes, compressed siblings included
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const auto rel = fs::relative(it->path(), dir, ec);
    if (ec) continue;
    auto bytes = ReadFile(it->path());
    if (!bytes) {
      spdlog::warn("web: cannot read {}", it->path().string());
      continue;
    }
    raw["/" + rel.generic_string()] = std::move(*bytes);
  }
  for (auto& [key, bytes] : raw) {
    if (key.ends_with(".br") || key.ends_with(".gz")) {
      // A sibling of a file that exists is an encoding of it, not a file of its own.
      if (raw.contains(key.substr(0, key.size() - 3))) continue;
    }
    File f;
    f.content_type = ContentType(key);
    f.identity = bytes;
    if (auto b = raw.find(key + ".br"); b != raw.end()) f.br = b->second;
    if (auto g = raw.find(key + ".gz"); g != raw.end()) f.gzip = g->second;
    out.files_.emplace(key, std::move(f));
  }
  out.loaded_ = out.files_.contains("/index.html");
  return out;
}

std::string StaticFiles::ChooseEncoding(std::string_view accept_encoding, bool have_br,
                                        bool have_gzip) {
  double q_br = -1;
  double q_gzip = -1;
  double q_any = -1;
  size_t i = 0;
  while (i <= accept_encoding.size()) {
    size_t j = accept_encoding.find(',', i);
    if (j == std::string_view::npos) j = accept_encoding.size();
    const auto item = Trim(accept_encoding.substr(i, j - i));
    const size_t semi = item.find(';');
    const auto name = Trim(item.substr(0, semi));
    const double q = semi == std::string_view::npos ? 1.0 : QualityOf(item.substr(semi + 1));
    if (IEquals(name, "br")) q_br = q;
    if (IEquals(name, "gzip") || IEquals(name, "x-gzip")) q_gzip = q;
    if (name == "*") q_any = q;
    i = j + 1;
  }
  if (q_br < 0) q_br = q_any;
  if (q_gzip < 0) q_gzip = q_any;
  const bool br = have_br && q_br > 0;
  const bool gz = have_gzip && q_gzip > 0;
  if (br && (!gz || q_br >= q_gzip)) return "br";
  if (gz) return "gzip";
  return "";
}

Response StaticFiles::Answer(const std::string& key, const File& f, const Request& req) const {
  Response r;
  r.status = 200;
  r.content_type = f.content_type;
  const bool immutable = key.starts_with("/assets/");
  r.headers.emplace_back("Cache-Control", std::string(immutable ? kImmutable : kRevalidate));
  if (f.br || f.gzip) {
    r.headers.emplace_back("Vary", "Accept-Encoding");
    const std::string enc = ChooseEncoding(req.Header("accept-encoding").value_or(""),
                                           f.br.has_value(), f.gzip.has_value());
    if (enc == "br") {
      r.body = *f.br;
    } else if (enc == "gzip") {
      r.body = *f.gzip;
    } else {
      r.body = f.identity;
    }
    if (!enc.empty()) r.headers.emplace_back("Content-Encoding", enc);
  } else {
    r.body = f.identity;
  }
  if (f.content_type.starts_with("text/html")) {
    r.headers.emplace_back("Content-Security-Policy", std::string(kContentSecurityPolicy));
    r.headers.emplace_back("Referrer-Policy", "same-origin");
  }
  return r;
}

std::optional<Response> StaticFiles::Serve(const Request& req) const {
  if (req.method != Method::kGet && req.method != Method::kHead) return std::nullopt;
  if (!SafeStaticPath(req.path)) return std::nullopt;
  if (req.path == "/api" || req.path.starts_with("/api/")) return std::nullopt;
  if (!loaded_) {
    if (req.path == "/" || req.path == "/index.html") return NotBuiltPage();
    return std::nullopt;
  }
  std::string key = req.path;
  if (key.ends_with("/")) key += "index.html";
  if (auto it = files_.find(key); it != files_.end()) return Answer(it->first, it->second, req);
  // Unknown assets stay 404 (a stale hash must not get HTML); other pages are the app's routes.
  if (key.starts_with("/assets/") || !AcceptsHtml(req)) return std::nullopt;
  const auto index = files_.find("/index.html");
  return Answer(index->first, index->second, req);
}

}  // namespace linli::http
