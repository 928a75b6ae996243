#include "modules/appeals/photos.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "core/crypto.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/permissions.h"
#include "modules/appeals/vocabulary.h"
#include "modules/audit.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kColumns =
    "id, hash, content_type, bytes, uploaded_by, appeal_id, step, created_at";
constexpr std::string_view kInsert =
    "INSERT INTO appeal_photos (hash, content_type, bytes, uploaded_by, created_at)"
    " VALUES (?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kAttach =
    "UPDATE appeal_photos SET appeal_id = ?, step = ?, step_id = ?, attached_at = ? WHERE id = ?";
constexpr std::string_view kCountOf = "SELECT count(*) FROM appeal_photos WHERE appeal_id = ?";
constexpr std::string_view kOrphans =
    "SELECT id, hash FROM appeal_photos WHERE appeal_id IS NULL AND purged_at IS NULL"
    " AND created_at < ? ORDER BY id LIMIT 500";
constexpr std::string_view kPurge = "UPDATE appeal_photos SET purged_at = ? WHERE id = ?";
constexpr std::string_view kHashUsed =
    "SELECT 1 FROM appeal_photos WHERE hash = ? AND purged_at IS NULL LIMIT 1";
constexpr int64_t kHourMs = 3'600'000;

Photo PhotoFromRow(const store::Row& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4), r.OptInt(5), r.OptText(6), r.Int(7)};
}

std::optional<Photo> LoadPhoto(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM appeal_photos WHERE id = ? AND purged_at IS NULL", kColumns),
      {id});
  if (!row) return std::nullopt;
  return PhotoFromRow(*row);
}

std::filesystem::path PathOf(const PhotoStore& store, const std::string& hash) {
  return std::filesystem::path(store.dir) / hash.substr(0, 2) / hash;
}

// The media type of a Content-Type header, lower-case, without parameters.
std::string MediaType(std::string_view header) {
  std::string out(header.substr(0, header.find(';')));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  out.erase(0, out.find_first_not_of(" \t"));
  out.erase(out.find_last_not_of(" \t") + 1);
  return out;
}

Error Unsupported(std::string detail) {
  Error e{Code::kUnsupportedMedia, detail, {}};
  e.fields.push_back({"", std::move(detail)});
  return e;
}

Status SyncPath(const std::filesystem::path& p, int flags) {
  const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
  if (fd < 0)
    return Error::Internal(
        fmt::format("cannot open {}: {}", p.filename().string(), std::strerror(errno)));
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return Error::Internal(fmt::format("cannot sync a photo: {}", std::strerror(errno)));
  return {};
}

// Writes the bytes under their hash (a temporary file fsynced, renamed, the folder fsynced);
// equal bytes already on disk are kept as they are.
Status WriteFile(const PhotoStore& store, const std::string& hash, std::string_view bytes) {
  const auto path = PathOf(store, hash);
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) == bytes.size() &&
      !ec) {
    return {};
  }
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return Error::Internal(fmt::format("cannot create the photo folder: {}", ec.message()));
  const auto tmp = path.string() + ".tmp-" + Crypto::RandomToken(6);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) return Error::Internal(fmt::format("cannot write a photo: {}", std::strerror(errno)));
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  const bool ok = done == bytes.size() && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::filesystem::remove(tmp, ec);
    return Error::Internal("cannot write a photo to disk");
  }
  return SyncPath(path.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace

std::optional<std::string_view> SniffImage(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)) return kPhotoTypes[0];
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8)) {
    return kPhotoTypes[1];
  }
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return kPhotoTypes[2];
  return std::nullopt;
}

Result<Photo> UploadPhoto(Context& ctx, const auth::Actor& actor, std::string_view content_type,
                          std::string_view bytes) {
  if (actor.account_id == 0) return Error::Forbidden("log in to upload a photo");
  const std::string declared = MediaType(content_type);
  if (std::find(kPhotoTypes.begin(), kPhotoTypes.end(), declared) == kPhotoTypes.end()) {
    return Unsupported(
        fmt::format("send the photo as image/jpeg, image/png or image/webp, not {}",
                    declared.empty() ? std::string("a body without a Content-Type") : declared));
  }
  if (bytes.empty()) {
    Error e{Code::kUnprocessable, "the photo is empty", {}};
    e.fields.push_back({"", "the photo is empty"});
    return e;
  }
  if (bytes.size() > ctx.photos.max_bytes) {
    return Error{Code::kPayloadTooLarge,
                 fmt::format("the photo is larger than {} bytes", ctx.photos.max_bytes),
                 {{"", fmt::format("is larger than {} bytes", ctx.photos.max_bytes)}}};
  }
  const auto sniffed = SniffImage(bytes);
  if (sniffed != declared) {
    return Unsupported(fmt::format("the bytes are not a {} image{}", declared,
                                   sniffed ? fmt::format(" (they are {})", *sniffed) : ""));
  }
  const std::string hash = Crypto::Digest(bytes);
  const int64_t now = NowMs();
  store::Tx tx(ctx.c, store::Tx::kWrite);
  PurgeOrphans(ctx.c, ctx.photos, now);
  if (Status st = WriteFile(ctx.photos, hash, bytes); !st) return st.error();
  const int64_t id = ctx.c
                         .Query(kInsert, {hash, declared, static_cast<int64_t>(bytes.size()),
                                          actor.account_id, now})
                         .front()
                         .Int(0);
  record::EventLog::Append(ctx.c, EventBy(actor, "photo.upload", "photo", id, "",
                                          {{"hash", hash},
                                           {"content_type", declared},
                                           {"bytes", static_cast<int64_t>(bytes.size())}}));
  auto p = LoadPhoto(ctx.c, id);
  tx.Commit();
  return *p;
}

Result<std::vector<std::string>> CheckPhotos(store::Connection& c, const auth::Actor& actor,
                                             int64_t appeal_id, std::span<const int64_t> ids,
                                             int limit) {
  std::vector<std::string> hashes;
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string field = fmt::format("/photo_ids/{}", i);
    auto p = LoadPhoto(c, ids[i]);
    if (!p || p->uploaded_by != actor.account_id || actor.account_id == 0) {
      return Error::NotFoundField(field, fmt::format("no photo {} of yours", ids[i]));
    }
    if (p->appeal_id) {
      return Error::Conflict(
          fmt::format("photo {} is already attached to appeal {}", ids[i], *p->appeal_id), field);
    }
    hashes.push_back(p->hash);
  }
  const int64_t have = appeal_id ? c.QueryInt(kCountOf, {appeal_id}) : 0;
  if (have + static_cast<int64_t>(ids.size()) > limit) {
    return Error::Rule("/photo_ids",
                       fmt::format("an appeal has at most {} photos ({} already)", limit, have));
  }
  return hashes;
}

void AttachPhotos(store::Connection& c, int64_t appeal_id, std::string_view step, int64_t step_id,
                  std::span<const int64_t> ids, int64_t now) {
  for (const int64_t id : ids) c.Exec(kAttach, {appeal_id, std::string(step), step_id, now, id});
}

std::vector<Photo> PhotosOf(store::Connection& c, int64_t appeal_id) {
  std::vector<Photo> out;
  for (const auto& r : c.Query(
           fmt::format("SELECT {} FROM appeal_photos WHERE appeal_id = ? ORDER BY id", kColumns),
           {appeal_id})) {
    out.push_back(PhotoFromRow(r));
  }
  return out;
}

Result<PhotoFile> ReadPhoto(store::Connection& c, const PhotoStore& store, const auth::Actor& actor,
                            int64_t id) {
  auto p = LoadPhoto(c, id);
  bool seen = false;
  if (p && p->appeal_id) {
    auto a = Load(c, *p->appeal_id);
    seen = a && MayRead(actor, *a);
  } else if (p) {
    seen = actor.account_id != 0 && p->uploaded_by == actor.account_id;
  }
  if (!seen) return Error::NotFound(fmt::format("no photo {}", id));
  std::ifstream in(PathOf(store, p->hash), std::ios::binary);
  if (!in) return Error::NotFound(fmt::format("the file of photo {} is missing", id));
  std::ostringstream ss;
  ss << in.rdbuf();
  return PhotoFile{*p, ss.str()};
}

int64_t PurgeOrphans(store::Connection& c, const PhotoStore& store, int64_t now) {
  const int64_t before = now - int64_t{store.orphan_hours} * kHourMs;
  boost::json::array hashes;
  std::vector<std::string> files;
  for (const auto& r : c.Query(kOrphans, {before})) {
    c.Exec(kPurge, {now, r.Int(0)});
    hashes.emplace_back(r.Text(1));
    files.push_back(r.Text(1));
  }
  if (files.empty()) return 0;
  // Inside the write transaction, so no upload of the same bytes can slip in between.
  for (const auto& h : files) {
    if (c.QueryOne(kHashUsed, {h})) continue;
    std::error_code ec;
    std::filesystem::remove(PathOf(store, h), ec);
  }
  record::EventLog::Append(
      c, EventBy(SystemActor(), "photo.purge", "photo", std::nullopt, "",
                 {{"hashes", hashes},
                  {"rule", fmt::format("never attached within {} hours", store.orphan_hours)}}));
  return static_cast<int64_t>(files.size());
}

}  // namespace linli::appeals
