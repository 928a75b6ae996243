// StaticFiles: the built web app (Vite's dist/), read into memory once at start and served for
// GET/HEAD requests that no API route matches.
//
// Contract:
// - Only files found under the directory at load time are served; a request path is a key into
//   that table, never joined to a file-system path, and a path with "." or ".." segments, a
//   backslash or a NUL is refused.
// - /assets/* (file names carry a content hash) are served with
//   "Cache-Control: public, max-age=31536000, immutable"; every other file, index.html included,
//   with "no-cache" (revalidate before use).
// - A file with a precompressed sibling (NAME.br, NAME.gz, made at build time) is sent in the
//   best encoding the request's Accept-Encoding allows (br, then gzip, then identity) with
//   "Vary: Accept-Encoding".
// - An unknown path outside /api/ whose Accept names text/html gets index.html (the single-page
//   app routes it in the browser); anything else is not served here (the router's 404 problem).
// - HTML carries a strict Content-Security-Policy (kContentSecurityPolicy).
// - When the directory is missing the server still runs: "/" answers a short page saying the
//   web app is not built.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace linli::http {

// default-src 'self', no eval, no inline script, no plugins, no framing; style sheets only from
// the app itself, but style attributes are allowed because the UI libraries (Vant, Element
// Plus, ECharts) position and colour elements through them.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

class StaticFiles {
 public:
  // Reads every regular file under `dir` (recursively). A missing or unreadable directory gives
  // an empty table (loaded() is false).
  static StaticFiles Load(const std::string& dir);

  bool loaded() const { return loaded_; }
  const std::string& dir() const { return dir_; }
  size_t file_count() const { return files_.size(); }

  // The response for a GET or HEAD of `req.path`, or nullopt when this component does not
  // serve it (the caller answers 404).
  std::optional<Response> Serve(const Request& req) const;

  // The encoding to send ("br", "gzip" or "") given an Accept-Encoding header and which
  // precompressed siblings exist. Honours q=0 and "*".
  static std::string ChooseEncoding(std::string_view accept_encoding, bool have_br, bool have_gzip);

 private:
  struct File {
    std::string content_type;
    std::string identity;
    std::optional<std::string> br;
    std::optional<std::string> gzip;
  };

  Response Answer(const std::string& key, const File& f, const Request& req) const;

  std::string dir_;
  bool loaded_ = false;
  std::map<std::string, File, std::less<>> files_;  // key: path below dir, "/index.html"
};

// True when `path` (decoded, starting with '/') is safe to look up: no "." or ".." segment, no
// backslash, no NUL.
bool SafeStaticPath(std::string_view path);

}  // namespace linli::http
