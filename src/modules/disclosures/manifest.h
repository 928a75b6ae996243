// The disclosures module: community affairs made public (社区事项公开, 阳光公开, DOMAIN.md part 9)
// under /api/v1/disclosures. Staff of an area publish items of government affairs, community
// affairs or finances there, ad hoc or for a period; a published item is withdrawn with a
// reason, never deleted. Whoever lives or works in the area reads what is published there and
// in the areas above. A notice (通知公告) is an ad-hoc item of community affairs.
#pragma once

#include "modules/module.h"

namespace linli::disclosures {

Manifest Module(Services& services);

}  // namespace linli::disclosures
