#include "modules/report_in/manifest.h"

namespace linli::report_in {

Manifest Module(Services& services) {
  Manifest m;
  m.name = "report_in";
  return m;
}

}  // namespace linli::report_in
