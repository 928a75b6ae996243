#include "modules/appeals/photo_routes.h"

#include <fmt/format.h>

#include "modules/appeals/answers.h"
#include "modules/appeals/photos.h"

namespace linli::appeals {

void AddPhotoRoutes(http::Router& r, store::Database& db, const PhotoStore& photos,
                    const std::function<Context()>& context) {
  shape::AddComponents<PhotoAnswer>(r);
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/photos",
         .handler = [context](const http::Request& req) -> Result<http::Response> {
           Context ctx = context();
           auto p =
               UploadPhoto(ctx, req.Actor(), req.Header("content-type").value_or(""), req.body);
           if (!p) return p.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*p)));
         },
         .tag = "appeals",
         .summary = "Upload a photo (the raw JPEG, PNG or WebP as the body, its type checked from "
                    "the bytes, at most http.upload_limit bytes); attach it by id when raising "
                    "or resolving an appeal. Never attached, it is removed after "
                    "appeals.orphan_photo_hours",
         .request = {{"type", "string"}, {"format", "binary"}},
         .response = shape::RefOf<PhotoAnswer>(),
         .success = 201,
         .request_content_type = "image/*",
         .blocking = true});  // stores the file
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/photos/{id}",
         .handler = [&db, photos](const http::Request& req) -> Result<http::Response> {
           auto f = ReadPhoto(db.Conn(), photos, req.Actor(), req.PathId("id"));
           if (!f) return f.error();
           http::Response res;
           res.content_type = f->photo.content_type;
           res.body = std::move(f->bytes);
           // Private: a photo may show a resident's home. Its bytes never change (named by
           // their hash), so the browser may keep it a day.
           res.headers.emplace_back("Cache-Control", "private, max-age=86400");
           res.headers.emplace_back("ETag", fmt::format("\"{}\"", f->photo.hash));
           return res;
         },
         .tag = "appeals",
         .summary = "A photo's bytes: for whoever may read its appeal, or its uploader before it "
                    "is attached",
         .response = {{"type", "string"}, {"format", "binary"}},
         .content_type = "image/*"});
}

}  // namespace linli::appeals
