#include "modules/disclosures/demo.h"

#include <string>

#include <fmt/format.h>

#include "modules/disclosures/commands.h"

namespace linli::disclosures {
namespace {

using demo::Builder;
using demo::SeedError;
using demo::Take;

// The demo's system actor, recorded as `login`, the account that publishes (the items' and
// the events' author is a person, as it would be).
auth::Actor As(Builder& b, const std::string& login) {
  auth::Actor a = b.actor();
  auto row = b.conn().QueryOne("SELECT id, person_id FROM accounts WHERE login = ?", {login});
  if (!row) throw SeedError(fmt::format("account {}", login), Error::NotFound("no such login"));
  a.account_id = row->Int(0);
  a.person_id = row->Int(1);
  a.login = login;
  return a;
}

void Publish(Builder& b, const auth::Actor& actor, PublishForm f) {
  Take(Publish(b.conn(), actor, f), fmt::format("disclosure {}", f.title));
}

}  // namespace

void DemoRows(demo::World& w) {
  Builder& b = w.b;
  const demo::Hezhou& h = w.hezhou;
  const auth::Actor subdistrict = As(b, "subdistrict.babu");
  const auth::Actor staff = As(b, "staff.lingfeng");
  Publish(b, subdistrict,
          {.area_id = h.subdistrict,
           .category = "government",
           .mode = "ad_hoc",
           .period = std::nullopt,
           .title = "关于城乡居民医疗保险集中参保缴费的通知",
           .body = "城乡居民医疗保险集中参保缴费已经开始。请未参保的居民携带身份证和户口簿，"
                   "到所在社区党群服务中心一站式服务大厅办理，或通过手机自助缴费。\n"
                   "有疑问请拨打社区服务热线咨询。"});
  Publish(b, staff,
          {.area_id = h.lingfeng.id,
           .category = "affairs",
           .mode = "periodic",
           .period = "2026-10",
           .title = "10月居民议事会议定事项公开",
           .body = "一、建安街3栋楼道灯更换：已完成。\n"
                   "二、贤德北巷电动车充电棚选址：经居民代表会议协商，定在巷口空地，"
                   "正在施工。\n"
                   "三、老年人助餐点开放时间：每日11:00至12:30。"});
  Publish(b, staff,
          {.area_id = h.lingfeng.id,
           .category = "affairs",
           .mode = "ad_hoc",
           .period = std::nullopt,
           .title = "本周六上午社区党群服务中心开展义诊活动",
           .body = "本周六上午9:00至11:30，共建单位医院的医生到社区党群服务中心为居民义诊，"
                   "测血压、血糖，解答用药问题。行动不便的老人可联系网格员预约上门。"});
}

}  // namespace linli::disclosures
