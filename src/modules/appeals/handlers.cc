#include "modules/appeals/manifest.h"

namespace linli::appeals {

Manifest Module(Services& services) {
  Manifest m;
  m.name = "appeals";
  return m;
}

}  // namespace linli::appeals
