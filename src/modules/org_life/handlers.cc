#include "modules/org_life/manifest.h"

namespace linli::org_life {

Manifest Module(Services& services) {
  Manifest m;
  m.name = "org_life";
  return m;
}

}  // namespace linli::org_life
