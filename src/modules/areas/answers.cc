#include "modules/areas/answers.h"

namespace linli::areas {
using shape::View;

AreaAnswer AnswerOf(const Area& a) {
  AreaAnswer out;
  out.id = a.id;
  out.kind = {a.kind};
  out.name = a.name;
  out.path = a.path;
  out.depth = a.depth;
  out.created_at = {a.created_at};
  out.updated_at = {a.updated_at};
  out.parent_id = a.parent_id;
  out.code = View(a.code);
  if (a.geometry) out.geometry = shape::RawObject{*a.geometry};
  return out;
}

AreaView ViewOf(const Area& a, const std::vector<Area>& ancestors) {
  AreaView out;
  static_cast<AreaAnswer&>(out) = AnswerOf(a);
  out.ancestors.reserve(ancestors.size());
  for (const Area& up : ancestors) out.ancestors.push_back({up.id, {up.kind}, up.name});
  return out;
}

}  // namespace linli::areas
