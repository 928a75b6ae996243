#include "demo/demo_seed.h"

#include "demo/builder.h"
#include "demo/party.h"
#include "demo/sites.h"
#include "demo/world.h"

namespace linli::demo {

Result<SeedReport> Seed(Services& services, const std::vector<Manifest>& modules) {
  SeedReport report;
  store::Connection& c = services.db.Conn();
  store::Tx tx(c, store::Tx::kWrite);
  if (c.QueryInt("SELECT count(*) FROM areas") > 0) {
    report.already_seeded = true;
    return report;  // nothing written; the transaction ends unused
  }
  try {
    Builder b(services, report);
    // Places first, then organisations and members, then each module's rows in the order the
    // modules are listed (the logins before the items they publish). The order fixes the ids.
    const Hezhou hezhou = BuildHezhou(b);
    const Jilin jilin = BuildJilin(b);
    const Bijiang bijiang = BuildBijiang(b);
    const Jiangxi jiangxi = BuildJiangxi(b);
    const LocalParty lingfeng = BuildLingfengParty(b, hezhou);
    const LocalParty dandonglu = BuildDandongluParty(b, jilin);
    BuildBijiangParty(b, bijiang);
    BuildJiangxiParty(b, jiangxi);
    World world{b, hezhou, jilin, bijiang, jiangxi, lingfeng, dandonglu};
    for (const Manifest& m : modules) {
      if (m.demo) m.demo(world);
    }
  } catch (const SeedError& e) {
    return e.error();  // the transaction rolls every write back
  }
  tx.Commit();
  return report;
}

}  // namespace linli::demo
