// Exports of personal data (the roster and the cards, printed or as Excel) are audited: each
// one appends an event naming who exported what, in which format, and how many rows.
#pragma once

#include <cstdint>
#include <string>

#include "auth/actor.h"
#include "store/database.h"

namespace linli::members {

struct ExportNote {
  std::string what;          // member_roster | member_card | org_activity_card
  std::string format;        // html | xlsx
  std::string subject_kind;  // party_org | party_member
  int64_t subject_id = 0;
  std::string area_path;  // where the subject sits
  int64_t rows = 0;
};

// Appends "export.<what>" in its own write transaction.
void RecordExport(store::Connection& c, const auth::Actor& actor, const ExportNote& note);

}  // namespace linli::members
