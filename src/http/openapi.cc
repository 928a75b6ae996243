#include "http/openapi.h"

#include <algorithm>
#include <cctype>

#include <boost/json/array.hpp>

#include "http/schema.h"

namespace linli::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<std::string> PathParams(const std::string& pattern) {
  std::vector<std::string> out;
  size_t i = 0;
  while ((i = pattern.find('{', i)) != std::string::npos) {
    const size_t j = pattern.find('}', i);
    out.push_back(pattern.substr(i + 1, j - i - 1));
    i = j;
  }
  return out;
}

}  // namespace

boost::json::object OpenApi(const Router& router, std::string_view version) {
  boost::json::object paths;
  for (const auto& r : router.routes()) {
    boost::json::object op;
    op["summary"] = r.summary;
    op["tags"] = boost::json::array{boost::json::value(r.tag)};
    op["operationId"] = Lower(MethodName(r.method)) + r.pattern;
    boost::json::array params;
    for (const auto& p : PathParams(r.pattern)) {
      params.push_back({{"name", p},
                        {"in", "path"},
                        {"required", true},
                        {"schema", {{"type", "integer"}, {"minimum", 1}}}});
    }
    for (const auto& q : r.query) {
      params.push_back({{"name", q.name},
                        {"in", "query"},
                        {"required", q.required},
                        {"description", q.description},
                        {"schema", q.schema}});
    }
    if (!params.empty()) op["parameters"] = std::move(params);
    if (!r.request.is_null()) {
      op["requestBody"] = {{"required", true},
                           {"content", {{r.request_content_type, {{"schema", r.request}}}}}};
    }
    boost::json::object responses;
    boost::json::object ok{{"description", r.summary}};
    if (!r.response.is_null()) {
      ok["content"] = {{r.content_type, {{"schema", r.response}}}};
    }
    responses[std::to_string(r.success)] = std::move(ok);
    responses["default"] = {
        {"description", "An RFC 9457 problem"},
        {"content", {{"application/problem+json", {{"schema", schema::Ref("Problem")}}}}}};
    op["responses"] = std::move(responses);
    if (r.access == Access::kSession) {
      op["security"] = boost::json::array{{{"bearer", boost::json::array{}}},
                                          {{"cookie", boost::json::array{}}}};
    }
    auto& path = paths[r.pattern];
    if (!path.is_object()) path = boost::json::object{};
    path.as_object()[Lower(MethodName(r.method))] = std::move(op);
  }

  boost::json::object schemas;
  for (const auto& [name, s] : router.schemas()) schemas[name] = s;
  schemas["Problem"] = schema::Obj(
      {{"type", schema::Str()},
       {"title", schema::Str()},
       {"status", schema::Int()},
       {"detail", schema::Str()},
       {"instance", schema::Str()},
       {"errors", schema::Arr(schema::Obj({{"pointer", schema::Str("JSON pointer of the field, "
                                                                   "?name for a query parameter")},
                                           {"detail", schema::Str()}}))}},
      {"type", "title", "status"});

  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "Linli API"},
            {"version", version},
            {"description",
             "Party-building-led community governance: areas, organisations, people, "
             "and the modules built on them."}}},
          {"paths", std::move(paths)},
          {"components",
           {{"schemas", std::move(schemas)},
            {"securitySchemes",
             {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
              {"cookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "linli_session"}}}}}}}};
}

}  // namespace linli::http
