// Registry: the settings of every module, one slot per section type. A module binds its section
// when its manifest is made (Bind); the composition root then loads every bound section from
// config.json at once (Load), so that all problems are reported together before anything
// starts; from then on code reads its settings with Get.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <vector>

#include <boost/json/object.hpp>

#include "core/settings.h"

namespace linli::settings {

class Registry {
 public:
  // Adds the section S, with its defaults until Load. REQUIRES: S is not bound yet.
  template <class S>
  void Bind(Section<S> section) {
    auto slot = std::make_shared<Slot<S>>(std::move(section));
    if (!slots_.emplace(std::type_index(typeid(S)), slot).second)
      throw std::logic_error("settings section bound twice");
    order_.push_back(slot);
  }

  // Reads each bound section from `root` (config.json's top level; absent sections keep their
  // defaults) and adds the problems to `errors`. Top-level keys of `root` that are neither bound
  // nor listed in `others` (the platform's own sections) are errors too.
  void Load(const boost::json::object& root, const std::vector<std::string_view>& others,
            Errors& errors);

  // The section S as loaded. REQUIRES: S is bound and Load has run (a module reads its settings
  // when it serves or starts, never while its manifest is made).
  template <class S>
  const S& Get() const {
    if (!loaded_) throw std::logic_error("settings read before they are loaded");
    auto it = slots_.find(std::type_index(typeid(S)));
    if (it == slots_.end()) throw std::logic_error("settings section not bound");
    return static_cast<const Slot<S>&>(*it->second).value;
  }

  // {"<section>": Describe(section)} for every bound section, in the order bound.
  boost::json::object Describe() const;

 private:
  struct AnySlot {
    virtual ~AnySlot() = default;
    virtual std::string_view Name() const = 0;
    // Reads `v`, or with no `v` checks the defaults (a check may take values from elsewhere).
    virtual void Load(const boost::json::value* v, Errors& errors) = 0;
    virtual boost::json::object Describe() const = 0;
  };
  template <class S>
  struct Slot : AnySlot {
    explicit Slot(Section<S> s) : section(std::move(s)) {}
    std::string_view Name() const override { return section.name; }
    void Load(const boost::json::value* v, Errors& errors) override {
      const std::string where(section.name);
      if (v)
        Read(section, *v, value, where, errors);
      else if (section.check)
        section.check(value, where, errors);
    }
    boost::json::object Describe() const override { return settings::Describe(section); }
    Section<S> section;
    S value{};
  };

  std::map<std::type_index, std::shared_ptr<AnySlot>> slots_;
  std::vector<std::shared_ptr<AnySlot>> order_;
  bool loaded_ = false;
};

}  // namespace linli::settings
