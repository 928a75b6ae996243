// Settings: one section of config.json declared once, as a table of its keys. From the table
// come the reading (types, limits, unknown keys refused), the defaults and the documentation
// (`linli settings`). A module declares its own section beside its code and hands it to the
// composition root through its manifest; core declares only the platform's (http, security).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

namespace linli::settings {

// Every problem found in config.json, each naming its key ("appeals.follow_up_days ...").
using Errors = std::vector<std::string>;

// One key of a section of type S.
template <class S>
struct Key {
  std::string_view name;
  std::string_view doc;
  // Reads `v` into `s`; an error names `where`, the key's full path.
  std::function<void(const boost::json::value& v, S& s, const std::string& where, Errors&)> read;
  // The key's value in `s` as JSON (the default, when `s` is S{}).
  std::function<boost::json::value(const S& s)> show;
  // A list's items, as Describe gives a section (their keys and docs); empty for other keys.
  std::function<boost::json::object()> items = {};
};

// A section: its keys, and a check over the whole section once every key is read (rules that
// tie keys together, or values from the environment). The check may change what it checks.
template <class S>
struct Section {
  std::string_view name;
  std::string_view doc;
  std::vector<Key<S>> keys;
  std::function<void(S& s, const std::string& where, Errors&)> check = {};
};

// The errors as one text, "; " between them.
std::string Join(const Errors& errors);

namespace detail {
std::string Path(std::string_view where, std::string_view key);
bool UnknownKeys(const boost::json::object& obj, const std::vector<std::string_view>& known,
                 const std::string& where, Errors& errors);
// `v` as a whole number in [min, max]; an error naming `where` otherwise.
bool ReadInt(const boost::json::value& v, int64_t min, int64_t max, const std::string& where,
             Errors& errors, int64_t& out);
boost::json::object Document(std::string_view doc, const std::vector<std::string_view>& names,
                             const std::vector<std::string_view>& docs,
                             const std::vector<boost::json::value>& values,
                             const std::vector<boost::json::object>& items);
}  // namespace detail

// Reads `obj` into `out` (defaults stay where a key is absent), then runs the check. Unknown
// keys and wrong types are errors; so is anything but an object.
template <class S>
void Read(const Section<S>& section, const boost::json::value& v, S& out, const std::string& where,
          Errors& errors) {
  if (!v.is_object()) {
    errors.push_back(where + " must be an object");
    return;
  }
  const auto& obj = v.as_object();
  std::vector<std::string_view> names;
  for (const auto& k : section.keys) names.push_back(k.name);
  detail::UnknownKeys(obj, names, where, errors);
  for (const auto& k : section.keys) {
    if (auto it = obj.find(k.name); it != obj.end())
      k.read(it->value(), out, detail::Path(where, k.name), errors);
  }
  if (section.check) section.check(out, where, errors);
}

// {"doc": ..., "keys": {"<key>": {"default": ..., "doc": ..., ["items": <Describe of the
// item section>]}, ...}} from the defaults of S.
template <class S>
boost::json::object Describe(const Section<S>& section, const S& defaults = S{}) {
  std::vector<std::string_view> names, docs;
  std::vector<boost::json::value> values;
  std::vector<boost::json::object> items;
  for (const auto& k : section.keys) {
    names.push_back(k.name);
    docs.push_back(k.doc);
    values.push_back(k.show(defaults));
    items.push_back(k.items ? k.items() : boost::json::object{});
  }
  return detail::Document(section.doc, names, docs, values, items);
}

// A whole number held in `member`, from `min` to `max` (and within T).
template <class S, class T>
Key<S> Number(std::string_view name, T S::*member, std::string_view doc, int64_t min = 0,
              int64_t max = std::numeric_limits<int64_t>::max()) {
  static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
  if (static_cast<uint64_t>(max) > static_cast<uint64_t>(std::numeric_limits<T>::max()))
    max = static_cast<int64_t>(std::numeric_limits<T>::max());
  return {name, doc,
          [member, min, max](const boost::json::value& v, S& s, const std::string& where,
                             Errors& errors) {
            int64_t n = 0;
            if (detail::ReadInt(v, min, max, where, errors, n)) s.*member = static_cast<T>(n);
          },
          [member](const S& s) { return boost::json::value(static_cast<int64_t>(s.*member)); }};
}

template <class S>
Key<S> Flag(std::string_view name, bool S::*member, std::string_view doc) {
  return {name, doc,
          [member](const boost::json::value& v, S& s, const std::string& where, Errors& errors) {
            if (v.is_bool())
              s.*member = v.as_bool();
            else
              errors.push_back(where + " must be true or false");
          },
          [member](const S& s) { return boost::json::value(s.*member); }};
}

template <class S>
Key<S> Text(std::string_view name, std::string S::*member, std::string_view doc) {
  return {name, doc,
          [member](const boost::json::value& v, S& s, const std::string& where, Errors& errors) {
            if (v.is_string())
              s.*member = std::string(v.as_string());
            else
              errors.push_back(where + " must be a string");
          },
          [member](const S& s) { return boost::json::value(s.*member); }};
}

// A non-empty list of items, each an object read by `item`; a list given replaces the default.
template <class S, class Item>
Key<S> List(std::string_view name, std::vector<Item> S::*member, Section<Item> item,
            std::string_view doc) {
  return {
      name, doc,
      [member, item](const boost::json::value& v, S& s, const std::string& where, Errors& errors) {
        if (!v.is_array() || v.as_array().empty()) {
          errors.push_back(where + " must be a non-empty array");
          return;
        }
        std::vector<Item> items;
        for (const auto& e : v.as_array()) {
          Item one;
          Read(item, e, one, where + "[" + std::to_string(items.size()) + "]", errors);
          items.push_back(std::move(one));
        }
        s.*member = std::move(items);
      },
      [member, item](const S& s) {
        boost::json::array out;
        for (const auto& one : s.*member) {
          boost::json::object o;
          for (const auto& k : item.keys) o[k.name] = k.show(one);
          out.push_back(std::move(o));
        }
        return boost::json::value(std::move(out));
      },
      [item] { return Describe(item, Item{}); }};
}

}  // namespace linli::settings
