// Probe of layering.upward_include_fails: compiled as part of linli_core, which sits below http,
// it must not find this header; compiled as part of linli_http it must build.
#include "http/router.h"

namespace linli::probe {

int UpwardInclude() { return 0; }

}  // namespace linli::probe
