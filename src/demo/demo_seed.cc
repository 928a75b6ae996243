#include "demo/demo_seed.h"

#include "demo/builder.h"
#include "demo/disclosures.h"
#include "demo/duty_zones.h"
#include "demo/logins.h"
#include "demo/member_records.h"
#include "demo/party.h"
#include "demo/sites.h"

namespace linli::demo {

Result<SeedReport> Seed(Services& services) {
  SeedReport report;
  store::Connection& c = services.db.Conn();
  store::Tx tx(c, store::Tx::kWrite);
  if (c.QueryInt("SELECT count(*) FROM areas") > 0) {
    report.already_seeded = true;
    return report;  // nothing written; the transaction ends unused
  }
  try {
    Builder b(services, report);
    // Places first, then organisations and members, then the logins that refer to both. The
    // order fixes the ids.
    const Hezhou hezhou = BuildHezhou(b);
    const Jilin jilin = BuildJilin(b);
    const Bijiang bijiang = BuildBijiang(b);
    const Jiangxi jiangxi = BuildJiangxi(b);
    const LocalParty lingfeng = BuildLingfengParty(b, hezhou);
    const LocalParty dandonglu = BuildDandongluParty(b, jilin);
    BuildBijiangParty(b, bijiang);
    BuildJiangxiParty(b, jiangxi);
    BuildLingfengDutyZones(b, hezhou, lingfeng);
    BuildMemberRecords(b, lingfeng, dandonglu);
    CreateLogins(b, hezhou, lingfeng, jilin, dandonglu);
    BuildDisclosures(b, hezhou);
  } catch (const SeedError& e) {
    return e.error();  // the transaction rolls every write back
  }
  tx.Commit();
  return report;
}

}  // namespace linli::demo
