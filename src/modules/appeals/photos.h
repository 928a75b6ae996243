// Photos of an appeal (migrations/003_photos.sql). A photo is uploaded first, on its own
// (POST /api/v1/photos, the raw image as the body), and then attached by id to the appeal it
// shows: at intake (IntakeForm::photo_ids) or as evidence of the work when resolving
// (StepForm::photo_ids). The bytes are kept on disk under PhotoStore::dir, named by their
// BLAKE2b-256 hash; the file is written and fsynced inside the transaction that inserts its row.
//
// Seen by: an attached photo, whoever may read its appeal (permissions.h); one not yet attached,
// its uploader only. An upload never attached is removed, row and file, once it is older than
// appeals.orphan_photo_hours: at the next upload and when the server starts.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "store/database.h"

namespace linli::appeals {

struct Context;

struct PhotoStore {
  std::string dir;        // DATA/photos
  size_t max_bytes = 0;   // HttpConfig::upload_limit
  int orphan_hours = 24;  // AppealsConfig::orphan_photo_hours
};

struct Photo {
  int64_t id = 0;
  std::string hash;  // hex BLAKE2b-256 of the bytes
  std::string content_type;
  int64_t bytes = 0;
  int64_t uploaded_by = 0;
  std::optional<int64_t> appeal_id;
  std::optional<std::string> step;  // raise or resolve, once attached
  int64_t created_at = 0;
};

// The image type the bytes themselves say (JPEG, PNG or WebP magic), whatever the header
// claims; nullopt for anything else.
std::optional<std::string_view> SniffImage(std::string_view bytes);

// Keeps an upload of any logged-in account. 413 over the size limit; 415 naming "" (the body)
// when the Content-Type is not image/jpeg, image/png or image/webp or the bytes are not an
// image of that type; 422 naming "" for an empty body. Removes expired orphans first.
Result<Photo> UploadPhoto(Context& ctx, const auth::Actor& actor, std::string_view content_type,
                          std::string_view bytes);

// Checks that the photos with `ids` (the form field `pointer`, "/photo_ids") may be attached to
// appeal `appeal_id` (0 for one being raised): each the actor's own upload, not yet attached
// (404 naming pointer/i otherwise; 409 when already attached), and the appeal's photos at most
// `limit` with them (422 naming the pointer). Returns their hashes, in the order given.
Result<std::vector<std::string>> CheckPhotos(store::Connection& c, const auth::Actor& actor,
                                             int64_t appeal_id, std::span<const int64_t> ids,
                                             int limit);
// Attaches checked photos to the appeal, as the photos of `step` (raise or resolve) and its
// timeline row. REQUIRES: CheckPhotos accepted `ids` in this transaction.
void AttachPhotos(store::Connection& c, int64_t appeal_id, std::string_view step, int64_t step_id,
                  std::span<const int64_t> ids, int64_t now);

std::vector<Photo> PhotosOf(store::Connection& c, int64_t appeal_id);

// One photo and its bytes, when the actor may see it (else 404).
struct PhotoFile {
  Photo photo;
  std::string bytes;
};
Result<PhotoFile> ReadPhoto(store::Connection& c, const PhotoStore& store, const auth::Actor& actor,
                            int64_t id);

// Removes the uploads never attached that are older than store.orphan_hours, with one event
// naming their hashes, and each file no live row names. Returns how many were removed.
// Runs in the caller's write transaction.
int64_t PurgeOrphans(store::Connection& c, const PhotoStore& store, int64_t now);

}  // namespace linli::appeals
