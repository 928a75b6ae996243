#include "modules/orgs/manifest.h"

namespace linli::orgs {

Manifest Module(Services& services) {
  Manifest m;
  m.name = "orgs";
  return m;
}

}  // namespace linli::orgs
