// Ports: the interfaces a module declares for others to provide, one slot per interface type.
// A module that must show what a later module owns (people shows the roles accounts grants)
// declares an interface in its own folder; the owning module, which depends on it, provides an
// implementation when its manifest is made (Provide); the declaring module finds it when it
// serves (Find). So the dependency points one way and no module reads another's tables.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <typeindex>

namespace linli {

class Ports {
 public:
  // Provides interface I. REQUIRES: I is not provided yet.
  template <class I>
  void Provide(std::shared_ptr<const I> impl) {
    if (!slots_.emplace(std::type_index(typeid(I)), std::move(impl)).second) {
      throw std::logic_error("port provided twice");
    }
  }
  // The provider of I, or nullptr when no module in this composition provides it.
  template <class I>
  const I* Find() const {
    auto it = slots_.find(std::type_index(typeid(I)));
    return it == slots_.end() ? nullptr : static_cast<const I*>(it->second.get());
  }

 private:
  std::map<std::type_index, std::shared_ptr<const void>> slots_;
};

}  // namespace linli
