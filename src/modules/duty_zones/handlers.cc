#include "modules/duty_zones/manifest.h"

namespace linli::duty_zones {

Manifest Module(Services& services) {
  Manifest m;
  m.name = "duty_zones";
  return m;
}

}  // namespace linli::duty_zones
