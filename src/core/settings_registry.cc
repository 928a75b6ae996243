#include "core/settings_registry.h"

#include <algorithm>

namespace linli::settings {

void Registry::Load(const boost::json::object& root, const std::vector<std::string_view>& others,
                    Errors& errors) {
  std::vector<std::string_view> known = others;
  for (const auto& slot : order_) {
    known.push_back(slot->Name());
    auto it = root.find(slot->Name());
    slot->Load(it == root.end() ? nullptr : &it->value(), errors);
  }
  detail::UnknownKeys(root, known, "", errors);
  loaded_ = true;
}

boost::json::object Registry::Describe() const {
  boost::json::object out;
  for (const auto& slot : order_) out[slot->Name()] = slot->Describe();
  return out;
}

}  // namespace linli::settings
