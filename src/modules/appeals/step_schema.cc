#include "modules/appeals/step_schema.h"

#include <string>
#include <utility>
#include <vector>

#include "http/schema.h"

namespace linli::appeals {

boost::json::value StepRequestSchema(const StepRow& step) {
  namespace s = http::schema;
  std::vector<std::pair<std::string, boost::json::value>> props;
  std::vector<std::string> required;
  for (const StepField& f : step.fields) {
    props.emplace_back(f.field.name, s::Of(f.field));
    if (f.field.required) required.emplace_back(f.field.name);
  }
  props.emplace_back(kNoteField.field.name, s::Of(kNoteField.field));
  return s::Obj(std::move(props), std::move(required));
}

}  // namespace linli::appeals
