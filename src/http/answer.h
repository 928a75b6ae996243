// Handlers of routes that make one call and answer its value as JSON: ToJson of the value
// (found in the value's namespace) with the route's success status, or the call's error as it
// is. They spare each such route the same unwrap-and-answer lines.
#pragma once

#include <utility>

#include "core/result.h"
#include "http/message.h"
#include "http/router.h"

namespace linli::http {

// `act(req)` returns a Result<T> with a ToJson(const T&).
template <class Act>
Handler JsonAnswer(Act act, int status = 200) {
  return [act = std::move(act), status](const Request& req) -> Result<Response> {
    auto v = act(req);
    if (!v) return v.error();
    return Json(status, ToJson(*v));
  };
}

// Parses the body with `parse` (returning a Result<Form>), whose error answers; then answers
// as JsonAnswer with `act(req, form)`.
template <class Parse, class Act>
Handler FormAnswer(Parse parse, Act act, int status = 200) {
  return JsonAnswer(
      [parse, act = std::move(act)](const Request& req) -> decltype(act(req, *parse(req.body))) {
        auto form = parse(req.body);
        if (!form) return form.error();
        return act(req, *form);
      },
      status);
}

}  // namespace linli::http
