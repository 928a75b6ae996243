// The live module: Server-Sent Events fed by the record. GET /api/v1/stream is a staff queue's
// stream (the appeal events the caller may read); GET /api/v1/stream/hall is a community hall
// screen's aggregate stream (figures only, no login). One hub thread reads the record after
// each commit and feeds every open stream.
#pragma once

#include "modules/module.h"

namespace linli::live {

Manifest Module(Services& services);

}  // namespace linli::live
