// The member records of the demo (issue 5): profiles (application and full-membership dates,
// education, a mobile member) for the members of 灵峰社区's first branch, their dues bases and
// payments of the reference year with arrears after a few months, and two transfers to
// 丹东路社区 (one accepted with a transfer letter, one certificate letter still issued). Built
// through the members module's commands, after the organisations and before the logins.
#pragma once

#include "demo/builder.h"
#include "demo/party.h"

namespace linli::demo {

void BuildMemberRecords(Builder& b, const LocalParty& lingfeng, const LocalParty& dandonglu);

}  // namespace linli::demo
