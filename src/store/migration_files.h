// The .sql migration files of every module, compiled into the binary by CMake
// (cmake/EmbedMigrations.cmake). A module's files live in its own `migrations/` folder and are
// named NNN_what.sql; the owner is the name of the folder that holds `migrations/`.
#pragma once

#include <string_view>
#include <vector>

#include "store/database.h"

namespace linli::store {

// The migrations of `owner`, in file-name order.
std::vector<Migration> MigrationFiles(std::string_view owner);

}  // namespace linli::store
