// POST /api/v1/photos (upload a photo, the raw image as the body) and GET /api/v1/photos/{id}
// (its bytes, for those who may see it): photos.h.
#pragma once

#include <functional>

#include "http/router.h"
#include "modules/appeals/commands.h"
#include "store/database.h"

namespace linli::appeals {

void AddPhotoRoutes(http::Router& r, store::Database& db, const PhotoStore& photos,
                    const std::function<Context()>& context);

}  // namespace linli::appeals
