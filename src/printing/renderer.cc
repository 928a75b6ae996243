#include "printing/renderer.h"

#include <optional>
#include <vector>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "printing/templates.h"

namespace linli::printing {
namespace {

namespace mu = kainjow::mustache;

// Tags that would write a value as is, or change the delimiters so such a tag hides.
constexpr std::string_view kUnescaping[] = {"{{{", "{{&", "{{="};

std::optional<std::string> Unescaping(std::string_view name, std::string_view text) {
  for (std::string_view tag : kUnescaping) {
    if (text.find(tag) != std::string_view::npos) {
      return fmt::format("template {} uses {}: values are always escaped", name, tag);
    }
  }
  return std::nullopt;
}

mu::data ToData(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::string:
      return {std::string(v.get_string())};
    case boost::json::kind::int64:
      return {std::to_string(v.get_int64())};
    case boost::json::kind::uint64:
      return {std::to_string(v.get_uint64())};
    case boost::json::kind::double_:
      return {fmt::format("{:g}", v.get_double())};
    case boost::json::kind::bool_:
      return {v.get_bool()};
    case boost::json::kind::null:
      return {false};
    case boost::json::kind::array: {
      mu::data list{mu::data::type::list};
      for (const auto& item : v.get_array()) list.push_back(ToData(item));
      return list;
    }
    case boost::json::kind::object: {
      mu::data obj;
      for (const auto& [key, item] : v.get_object()) obj.set(std::string(key), ToData(item));
      return obj;
    }
  }
  return {false};
}

// The data of a render, whose partials are the renderer's templates. A partial that is missing
// or would write a value unescaped is remembered (kainjow renders nothing for it) and turns the
// render into an error.
class Context : public mu::context<std::string> {
 public:
  Context(const mu::data* data, const Renderer& renderer, std::string_view form)
      : mu::context<std::string>(data), renderer_(renderer), form_(form) {}

  const mu::data* get_partial(const std::string& name) const override {
    const std::string key = name == "form" && !form_.empty() ? std::string(form_) : name;
    auto cached = partials_.find(key);
    if (cached != partials_.end()) return &cached->second;
    const std::string* text = renderer_.Find(key);
    if (!text) {
      if (!error_) error_ = fmt::format("no template {} for the partial {{{{> {}}}}}", key, name);
      return nullptr;
    }
    if (auto bad = Unescaping(key, *text)) {
      if (!error_) error_ = std::move(bad);
      return nullptr;
    }
    return &partials_.emplace(key, mu::data(*text)).first->second;
  }

  const std::optional<std::string>& error() const { return error_; }

 private:
  const Renderer& renderer_;
  std::string_view form_;
  mutable std::map<std::string, mu::data, std::less<>> partials_;
  mutable std::optional<std::string> error_;
};

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

Renderer::Renderer(std::map<std::string, std::string, std::less<>> templates)
    : templates_(std::move(templates)) {}

const Renderer& Renderer::Embedded() {
  static const Renderer kEmbedded = [] {
    std::map<std::string, std::string, std::less<>> all;
    for (const Template& t : FormTemplates()) {
      all.emplace(fmt::format("{}/{}", t.owner, t.name), std::string(t.text));
    }
    return Renderer(std::move(all));
  }();
  return kEmbedded;
}

const std::string* Renderer::Find(std::string_view name) const {
  auto it = templates_.find(name);
  return it == templates_.end() ? nullptr : &it->second;
}

Result<std::string> Renderer::Render(std::string_view name, const boost::json::object& data,
                                     std::string_view form) const {
  const std::string* text = Find(name);
  if (!text) return Error::Internal(fmt::format("no printed form named {}", name));
  if (auto bad = Unescaping(name, *text)) return Error::Internal(std::move(*bad));
  mu::mustache tmpl{*text};
  tmpl.set_custom_escape([](const std::string& s) { return Escape(s); });
  if (!tmpl.is_valid()) {
    return Error::Internal(fmt::format("template {}: {}", name, tmpl.error_message()));
  }
  const mu::data root = ToData(data);
  Context ctx(&root, *this, form);
  std::string out = tmpl.render(ctx);
  if (ctx.error()) return Error::Internal(*ctx.error());
  if (!tmpl.is_valid()) {
    return Error::Internal(fmt::format("template {}: {}", name, tmpl.error_message()));
  }
  return out;
}

}  // namespace linli::printing
