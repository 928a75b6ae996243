// Handlers of routes that make one call and answer its value: the JSON of the value's answer
// shape (AnswerOf, found in the value's namespace, declared with http/shape.h) with the route's
// success status, or the call's error as it is. They spare each such route the same
// unwrap-and-answer lines.
#pragma once

#include <utility>

#include "core/result.h"
#include "http/message.h"
#include "http/router.h"
#include "http/shape.h"

namespace linli::http {

// `act(req)` returns a Result<T> with an AnswerOf(const T&) that returns a shape.
template <class Act>
Handler Answer(Act act, int status = 200) {
  return [act = std::move(act), status](const Request& req) -> Result<Response> {
    auto v = act(req);
    if (!v) return v.error();
    return JsonWritten(status, shape::JsonOf(AnswerOf(*v), 1024));
  };
}

// Parses the body with `parse` (returning a Result<Form>), whose error answers; then answers
// as Answer with `act(req, form)`.
template <class Parse, class Act>
Handler FormAnswer(Parse parse, Act act, int status = 200) {
  return Answer(
      [parse, act = std::move(act)](const Request& req) -> decltype(act(req, *parse(req.body))) {
        auto form = parse(req.body);
        if (!form) return form.error();
        return act(req, *form);
      },
      status);
}

}  // namespace linli::http
