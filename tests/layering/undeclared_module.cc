// Probe of layering.undeclared_module_fails: compiled as part of linli_areas, which does not
// declare appeals, it must not find this header; compiled as part of linli_appeals it must build.
#include "modules/appeals/appeal.h"

namespace linli::probe {

int UndeclaredModule() { return 0; }

}  // namespace linli::probe
