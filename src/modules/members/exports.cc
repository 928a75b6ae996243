#include "modules/members/exports.h"

#include "modules/audit.h"

namespace linli::members {

void RecordExport(store::Connection& c, const auth::Actor& actor, const ExportNote& note) {
  store::Tx tx(c, store::Tx::kWrite);
  record::EventLog::Append(
      c, EventBy(actor, "export." + note.what, note.subject_kind, note.subject_id, note.area_path,
                 {{"what", note.what},
                  {"format", note.format},
                  {"rows", note.rows},
                  {"by", actor.login}}));
  tx.Commit();
}

}  // namespace linli::members
