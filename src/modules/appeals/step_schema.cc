#include "modules/appeals/step_schema.h"

#include <vector>

#include "http/schema.h"

namespace linli::appeals {

boost::json::value StepRequestSchema(const StepRow& step) {
  std::vector<Field> fields;
  for (const StepField& f : step.fields) fields.push_back(f.field);
  fields.push_back(kNoteField.field);
  return http::schema::Body(fields);
}

}  // namespace linli::appeals
