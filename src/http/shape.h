// Shape: an answer's JSON declared once, as a plain struct described with Boost.Describe. Its
// JSON text (Write) and its JSON Schema (SchemaOf, for the OpenAPI document and so for the web
// app's generated types) both come from that one declaration, so the two cannot drift:
//
//   struct AreaRef {
//     int64_t id = 0;
//     std::string_view name;
//     std::optional<std::string_view> code;
//     static constexpr shape::Doc kDocs[] = {{"code", "the statistical code"}};
//   };
//   BOOST_DESCRIBE_STRUCT(AreaRef, (), (id, name, code))
//
// A member's type says its JSON:
//   bool → boolean; an integer → integer; a floating point → number; std::string(_view) → string
//   Time → an RFC 3339 date-time string; OneOf<&Values> → one of Values() (an enum)
//   RawObject → a JSON object text copied as it is
//   a described struct with a kSchemaName inside another → the $ref to its component
//   std::optional<T> → T or null; std::vector<T> → an array of T; a described struct → an object
// Every member is written, so every member is required in the schema (an optional one may be
// null). kDocs, when the struct has it, describes members by name (a base's kDocs serve a
// derived struct without its own). kSchemaName, when it has it, names it as an OpenAPI
// component (SchemaOf). Members are written in the order BOOST_DESCRIBE_STRUCT lists them, a
// base's first. A member whose JSON name is a C++ keyword is declared with a trailing
// underscore, which its JSON name drops (`long_` is "long").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/describe/bases.hpp>
#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include "core/clock.h"
#include "http/json_text.h"
#include "http/router.h"
#include "http/schema.h"

namespace linli::http::shape {

// A time in ms since the epoch, written as RFC 3339 (FormatTime).
struct Time {
  int64_t ms = 0;
};
// A string that is one of `Values()` (a std::span<const std::string_view>(*)()): the values are
// declared once, in the function, and read by forms, written here and listed in the schema.
template <auto Values>
struct OneOf {
  std::string_view value;
};
// A JSON object already written as text (a record's detail); an empty text writes {}.
struct RawObject {
  std::string_view json;
};
// A record's optional text as an answer's view of it.
inline std::optional<std::string_view> View(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::string_view(*s);
}
// A record named by its id and name: the most common member of an answer.
struct IdName {
  int64_t id = 0;
  std::string_view name;
};
BOOST_DESCRIBE_STRUCT(IdName, (), (id, name))

// The description of one member, by its name.
struct Doc {
  std::string_view member;
  std::string_view description;
};

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsOneOf : std::false_type {};
template <auto V>
struct IsOneOf<OneOf<V>> : std::true_type {};

template <class T>
constexpr bool kDescribed = boost::describe::has_describe_members<T>::value;

template <class T>
using Members = boost::describe::describe_members<T, boost::describe::mod_public |
                                                         boost::describe::mod_inherited>;

template <class T>
std::string_view DocOf(std::string_view member) {
  if constexpr (requires { T::kDocs; }) {
    for (const Doc& d : T::kDocs) {
      if (d.member == member) return d.description;
    }
  }
  return {};
}

// The JSON name of a member: its name without a trailing underscore.
constexpr std::string_view JsonName(std::string_view member) {
  return member.ends_with('_') ? member.substr(0, member.size() - 1) : member;
}

template <auto Values>
std::string_view ValueOf(const OneOf<Values>& v) {
  return v.value;
}
template <auto Values>
std::span<const std::string_view> ValuesOf(const OneOf<Values>*) {
  return Values();
}

}  // namespace detail

template <class T>
void Write(JsonText& j, const T& v);

// The members of `v`, written into an object the caller opened.
template <class T>
void WriteMembers(JsonText& j, const T& v) {
  static_assert(detail::kDescribed<T>, "describe the struct with BOOST_DESCRIBE_STRUCT");
  boost::mp11::mp_for_each<detail::Members<T>>([&](auto member) {
    j.Key(detail::JsonName(member.name));
    Write(j, v.*member.pointer);
  });
}

template <class T>
void Write(JsonText& j, const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    j.Bool(v);
  } else if constexpr (std::is_integral_v<T>) {
    j.Int(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    j.Double(static_cast<double>(v));
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    j.String(v);
  } else if constexpr (std::is_same_v<T, Time>) {
    j.String(FormatTime(v.ms));
  } else if constexpr (detail::IsOneOf<T>::value) {
    j.String(detail::ValueOf(v));
  } else if constexpr (std::is_same_v<T, RawObject>) {
    j.Raw(v.json.empty() ? std::string_view("{}") : v.json);
  } else if constexpr (detail::IsOptional<T>::value) {
    if (v) {
      Write(j, *v);
    } else {
      j.Null();
    }
  } else if constexpr (detail::IsVector<T>::value) {
    j.BeginArray();
    for (const auto& item : v) Write(j, item);
    j.EndArray();
  } else {
    j.BeginObject();
    WriteMembers(j, v);
    j.EndObject();
  }
}

// `v` as a JSON text of its own.
template <class T>
std::string JsonOf(const T& v, size_t reserve = 512) {
  JsonText j;
  j.Reserve(reserve);
  Write(j, v);
  return j.Take();
}

namespace detail {

template <class T>
boost::json::value SchemaFor(bool top);

template <class T>
boost::json::value ObjectSchema() {
  static_assert(kDescribed<T>, "describe the struct with BOOST_DESCRIBE_STRUCT");
  std::vector<std::pair<std::string, boost::json::value>> props;
  std::vector<std::string> required;
  boost::mp11::mp_for_each<Members<T>>([&](auto member) {
    using M = std::remove_cvref_t<decltype(std::declval<T>().*member.pointer)>;
    boost::json::value s = SchemaFor<M>(false);
    const std::string_view name = JsonName(member.name);
    const std::string_view doc = DocOf<T>(name);
    if (!doc.empty()) s.as_object()["description"] = doc;
    props.emplace_back(name, std::move(s));
    required.emplace_back(name);
  });
  return schema::Obj(std::move(props), std::move(required));
}

template <class T>
boost::json::value SchemaFor(bool top) {
  if constexpr (std::is_same_v<T, bool>) {
    return schema::Bool();
  } else if constexpr (std::is_integral_v<T>) {
    return schema::Int();
  } else if constexpr (std::is_floating_point_v<T>) {
    return schema::Number();
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return schema::Str();
  } else if constexpr (std::is_same_v<T, Time>) {
    return schema::DateTime();
  } else if constexpr (IsOneOf<T>::value) {
    return schema::Enum(ValuesOf(static_cast<const T*>(nullptr)));
  } else if constexpr (std::is_same_v<T, RawObject>) {
    return {{"type", "object"}};
  } else if constexpr (IsOptional<T>::value) {
    return schema::Nullable(SchemaFor<typename T::value_type>(false));
  } else if constexpr (IsVector<T>::value) {
    return schema::Arr(SchemaFor<typename T::value_type>(false));
  } else {
    if constexpr (requires { T::kSchemaName; }) {
      if (!top) return schema::Ref(T::kSchemaName);
    }
    return ObjectSchema<T>();
  }
}

}  // namespace detail

// The JSON Schema of T. A struct with a kSchemaName is an OpenAPI component: within another
// shape it is a $ref to that name, and SchemaOf<T>() is the component itself.
template <class T>
boost::json::value SchemaOf() {
  return detail::SchemaFor<T>(true);
}

// The $ref to component T (a struct with a kSchemaName).
template <class T>
boost::json::value RefOf() {
  return schema::Ref(T::kSchemaName);
}

// Adds the components T... (structs with a kSchemaName) to the router's OpenAPI document.
template <class... T>
void AddComponents(Router& r) {
  (r.AddSchema(std::string(T::kSchemaName), SchemaOf<T>()), ...);
}

// The answer of a list and of a page of a list.
template <class T>
struct ListOf {
  std::vector<T> items;
  BOOST_DESCRIBE_CLASS(ListOf, (), (items), (), ())
};
template <class T>
struct PageOf {
  std::vector<T> items;
  int64_t page = 0;
  int64_t per_page = 0;
  int64_t total = 0;
  static constexpr Doc kDocs[] = {{"total", "rows matching the filters in the caller's scope"}};
  BOOST_DESCRIBE_CLASS(PageOf, (), (items, page, per_page, total), (), ())
};

}  // namespace linli::http::shape
