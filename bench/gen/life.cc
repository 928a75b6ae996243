#include "life.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include <fmt/format.h>

#include "core/clock.h"

namespace linli::bench {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int kFollowUpDays = 3;  // core/config.h's default follow_up_days

// clang-format off
constexpr std::array<Category, 5> kCategories = {{
    {"small_matter", 300, 600, 1800, 30},
    {"urgent_safety", 600, 0, 3600, 5},
    {"utilities", 900, 0, 7200, 15},
    {"ordinary", 3600, 0, 86400, 40},
    {"complex", 86400, 0, int64_t{15} * 86400, 10},
}};

constexpr std::array<std::string_view, 6> kSmall = {
    "{}号楼楼道灯不亮，晚上上下楼看不清", "{}号楼单元门禁坏了，门关不上",
    "小区{}号楼下有共享单车乱停，堵住消防通道", "{}号楼下水井盖松动，踩上去晃",
    "{}号楼楼道里堆放杂物，请清理", "小区{}号楼旁路灯不亮"};
constexpr std::array<std::string_view, 4> kUrgent = {
    "{}号楼闻到燃气味，请马上来看看", "{}号楼电动车在楼道充电，有火灾隐患",
    "{}号楼外墙瓷砖脱落，楼下有人经过很危险", "{}号楼独居老人两天没出门，电话不接"};
constexpr std::array<std::string_view, 4> kUtilities = {
    "{}号楼停水一上午了，没有通知", "{}号楼暖气不热，屋里只有十几度",
    "{}号楼单元电表箱跳闸，整层停电", "{}号楼自来水发黄，有异味"};
constexpr std::array<std::string_view, 5> kOrdinary = {
    "{}号楼旁边广场舞音响太吵，晚上十点还在放", "小区{}号楼附近垃圾分类点太脏，有异味",
    "{}号楼楼上漏水到我家卫生间天花板", "希望在{}号楼下增加几个休息座椅",
    "{}号楼下的健身器材坏了，孩子玩有危险"};
constexpr std::array<std::string_view, 3> kComplex = {
    "{}号楼老旧小区加装电梯，部分住户意见不一致", "{}号楼物业服务差，业主想更换物业公司",
    "{}号楼旁违章搭建多年未拆，影响采光"};
constexpr std::array<std::string_view, 4> kResults = {
    "已到现场处理完毕，居民确认", "已联系物业维修，问题已解决", "已协调相关单位处理并回访",
    "已现场查看并整改到位"};
constexpr std::array<std::string_view, 4> kDepartments = {"供电公司", "自来水公司", "区住建局",
                                                          "市场监管所"};
// clang-format on

std::string_view Template(demo::DemoRng& rng, std::string_view category) {
  if (category == "small_matter") return rng.Pick(kSmall);
  if (category == "urgent_safety") return rng.Pick(kUrgent);
  if (category == "utilities") return rng.Pick(kUtilities);
  if (category == "ordinary") return rng.Pick(kOrdinary);
  return rng.Pick(kComplex);
}

std::string_view KindName(std::string_view kind) {
  if (kind == "accept") return "accept";
  if (kind == "on_site") return "on-site";
  return "resolve";
}

std::string Quote(std::string_view s) { return fmt::format("\"{}\"", s); }

struct Pending {
  std::string kind;
  int64_t due = 0;
};

// Walks the flow table for one appeal, recording as the commands of modules/appeals would.
class Sim {
 public:
  Sim(demo::DemoRng& rng, const LifeInput& in, Life& out)
      : rng_(rng), in_(in), out_(out), cast_(*in.cast) {}

  // A random share of `span` between lo and hi percent.
  int64_t Frac(int64_t span, int lo, int hi) {
    return span * rng_.Between(lo * 10, hi * 10) / 1000 + rng_.Below(1000);
  }
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(rng_.Below(static_cast<int>((hi - lo) / 1000) + 1)) * 1000 +
           rng_.Below(1000);
  }
  bool Percent(int p) { return rng_.Percent(p); }
  int64_t Pct(int lo, int hi) { return rng_.Between(lo, hi); }
  bool Stopped() const { return stopped_; }
  const std::string& State() const { return out_.state; }

  Who Staff() const { return {cast_.staff_account, cast_.staff_login}; }
  Who Worker() const { return {cast_.worker_account, cast_.worker_login}; }
  Who Supervisor() const { return {cast_.supervisor_account, cast_.supervisor_login}; }
  Who Resident() const { return {cast_.resident_account, cast_.resident_login}; }
  static Who System() { return {std::nullopt, "system"}; }

  void Intake(const Category& cat) {
    const int64_t t0 = in_.created_at;
    const int channel = rng_.Below(100);
    const bool online = channel >= 70;
    out_.channel = channel < 25   ? "desk"
                   : channel < 55 ? "hotline"
                   : channel < 60 ? "mailbox"
                   : channel < 70 ? "contact_card"
                                  : "online";
    out_.category = cat.code;
    out_.urgency =
        out_.category == "urgent_safety" || (out_.category == "utilities" && rng_.Percent(20))
            ? "urgent"
            : "normal";
    out_.description = fmt::format(fmt::runtime(Template(rng_, out_.category)), rng_.Between(1, 3));
    const Who by = online ? Resident() : Staff();
    out_.raised_by = by.account;
    out_.created_at = out_.updated_at = t0;
    out_.accept_by = t0 + cat.accept_s * 1000;
    if (cat.on_site_s > 0) out_.on_site_by = t0 + cat.on_site_s * 1000;
    out_.resolve_by = t0 + cat.resolve_s * 1000;
    pending_.push_back({"accept", *out_.accept_by});
    if (out_.on_site_by) pending_.push_back({"on_site", *out_.on_site_by});
    pending_.push_back({"resolve", *out_.resolve_by});
    out_.state = "received";
    const std::string summary = fmt::format(
        R"({{"channel":"{}","category":"{}","urgency":"{}","area_id":{},"resident_id":{}}})",
        out_.channel, out_.category, out_.urgency, in_.area_id, cast_.resident_person);
    out_.steps.push_back({"raise", std::nullopt, "received", by.account, by.login, std::nullopt,
                          std::nullopt, summary, "appeal.raise", summary, t0});
  }

  // Takes `step` at `t`, after the scheduler has raised every deadline missed by then. Returns
  // false (and takes nothing more) once `t` lies beyond the generated history.
  bool Do(std::string_view step, std::string_view to, const Who& who, int64_t t,
          std::optional<std::string> note, std::optional<std::string> reason,
          const std::string& detail_fields) {
    if (stopped_ || t > kHistoryEnd) {
      stopped_ = true;
      return false;
    }
    RaiseDue(t);
    if (step == "accept") Meet("accept");
    if (step == "arrive") Meet("on_site");
    if (step == "resolve" || step == "refer" || step == "close_unresolved" || step == "merge" ||
        step == "close") {
      pending_.clear();
    }
    std::string detail = "{" + detail_fields + "}";
    std::string summary = "{" + detail_fields + (detail_fields.empty() ? "" : ",") +
                          fmt::format(R"("from":"{}","to":"{}"}})", out_.state, to);
    out_.steps.push_back({std::string(step), out_.state, std::string(to), who.account, who.login,
                          std::move(note), std::move(reason), std::move(detail),
                          fmt::format("appeal.{}", step), std::move(summary), t});
    out_.state = to;
    out_.updated_at = t;
    if (to == "referred" || to == "closed" || to == "closed_unresolved" || to == "merged") {
      out_.open_until = t;
    }
    return true;
  }

  void SetResolveBy(int64_t due) {
    out_.resolve_by = due;
    pending_.push_back({"resolve", due});
  }

  // The history ends with the appeal still in hand: its pending clocks are raised when due.
  void Finish() {
    if (out_.open_until == 0) out_.open_until = std::numeric_limits<int64_t>::max();
    if (!pending_.empty()) RaiseDue(std::numeric_limits<int64_t>::max());
  }

 private:
  void Meet(std::string_view kind) {
    std::erase_if(pending_, [&](const Pending& p) { return p.kind == kind; });
  }

  // The scheduler raises a missed deadline within seconds of it; a step at a deadline already
  // passed raises it itself first (appeals/deadlines.cc MeetDeadline).
  void RaiseDue(int64_t t) {
    std::sort(pending_.begin(), pending_.end(),
              [](const Pending& a, const Pending& b) { return a.due < b.due; });
    std::vector<Pending> keep;
    for (const auto& p : pending_) {
      if (p.due > t) {
        keep.push_back(p);
        continue;
      }
      const int64_t at = std::min(p.due + 1000 + rng_.Below(30'000), t);
      const std::string due = FormatTime(p.due);
      const std::string detail = fmt::format(R"({{"kind":"{}","due_at":"{}","level_area_id":{}}})",
                                             p.kind, due, cast_.subdistrict_id);
      out_.steps.push_back({"supervise", out_.state, out_.state, std::nullopt, "system",
                            std::nullopt,
                            fmt::format("the {} deadline {} passed; raised to {} for supervision",
                                        KindName(p.kind), due, cast_.subdistrict_name),
                            detail, "appeal.overdue", detail, at});
      out_.supervisions.push_back({p.kind, p.due, at});
      if (!out_.overdue_at) out_.overdue_at = at;
    }
    pending_ = std::move(keep);
  }

  demo::DemoRng& rng_;
  const LifeInput& in_;
  Life& out_;
  const Cast& cast_;
  std::vector<Pending> pending_;
  bool stopped_ = false;
};

const Category& PickCategory(demo::DemoRng& rng) {
  int r = rng.Below(100);
  for (const auto& c : kCategories) {
    if (r < c.weight) return c;
    r -= c.weight;
  }
  return kCategories.back();
}

// Dispatched at `td`: taken, on site when the category has that clock, then resolved (in time
// mostly) or closed without a fix. Returns the time of the last step, or 0 when the history ended.
int64_t Work(Sim& s, Life& out, const Cast& cast, const Category& cat, int64_t td,
             bool unresolved) {
  const int64_t r = cat.resolve_s * 1000;
  const int64_t span = *out.resolve_by - td;
  int64_t target = 0;
  if (span <= 0) {
    target = td + s.Frac(r, 5, 50);
  } else if (s.Percent(88)) {
    target = td + s.Frac(span, 30, 95);
  } else {
    target = *out.resolve_by + s.Frac(r, 5, 150);
  }
  // On site (small matters): mostly within the on-site clock, which runs from intake.
  int64_t arrive = 0;
  if (cat.on_site_s > 0) {
    const int64_t by = *out.on_site_by;
    arrive = by > td + 60'000 && s.Percent(85)
                 ? td + (by - td) * s.Pct(40, 95) / 100
                 : std::max(by, td) + s.Frac(by - out.created_at, 10, 200);
    target = std::max(target, arrive + 60'000);
  }
  const int64_t take = td + ((arrive ? arrive : target) - td) * s.Pct(10, 40) / 100 + 1000;
  if (!s.Do("take", "taken", s.Worker(), take, std::nullopt, std::nullopt, "")) return 0;
  if (arrive != 0) {
    if (!s.Do("arrive", "on_site", s.Worker(), std::max(arrive, take + 1000), std::nullopt,
              std::nullopt, "")) {
      return 0;
    }
  }
  const int64_t end = std::max(target, take + 2000) + 1000;
  if (unresolved) {
    if (!s.Do("close_unresolved", "closed_unresolved", s.Staff(), end, std::nullopt,
              "超出社区职责和政策范围，已向居民解释并登记", "")) {
      return 0;
    }
    return end;
  }
  if (!s.Do("resolve", "resolved", s.Worker(), end, std::string(kResults[end % kResults.size()]),
            std::nullopt, "")) {
    return 0;
  }
  (void)cast;
  return end;
}

std::string DispatchFields(const Cast& cast) {
  return fmt::format(R"("assignee_kind":"person","assignee_id":{})", cast.worker_person);
}

}  // namespace

const std::array<Category, 5>& Categories() { return kCategories; }

Life Live(demo::DemoRng& rng, const LifeInput& in) {
  Life out;
  Sim s(rng, in, out);
  const Cast& cast = *in.cast;
  const Category& cat = PickCategory(rng);
  s.Intake(cat);
  const int64_t t0 = in.created_at;
  const int64_t a = cat.accept_s * 1000;
  const int64_t r = cat.resolve_s * 1000;
  const int64_t answer = rng.Percent(93) ? t0 + s.Frac(a, 5, 95) : t0 + a + s.Frac(a, 10, 300);
  const int fate = rng.Below(100);
  auto finish = [&] {
    s.Finish();
    return out;
  };
  if (fate < 2 && in.merge_candidate && in.merge_candidate_open_until > answer) {
    out.merged_into = in.merge_candidate;
    s.Do("merge", "merged", s.Staff(), answer, std::nullopt,
         fmt::format("the same problem as appeal {}, which this one follows", *in.merge_candidate),
         fmt::format(R"("into":{})", *in.merge_candidate));
    return finish();
  }
  if (fate < 6) {
    const std::string_view dept = rng.Pick(kDepartments);
    if (s.Do("refer", "referred", s.Staff(), answer, std::nullopt,
             fmt::format("不属于社区职责，已转{}处理", dept),
             fmt::format(R"("to":{})", Quote(dept)))) {
      out.referred_to = std::string(dept);
    }
    return finish();
  }
  if (!s.Do("accept", "accepted", s.Staff(), answer, std::nullopt, std::nullopt, "")) {
    return finish();
  }
  int64_t td = 0;
  if (fate < 10) {
    const int64_t te = answer + s.Frac(std::min(r, kDay), 5, 30);
    if (!s.Do("escalate", "escalated", s.Staff(), te, std::nullopt, "涉及多个部门，需街道协调",
              fmt::format(R"("to":"subdistrict","queue_area_id":{})", cast.subdistrict_id))) {
      return finish();
    }
    out.escalated_to = "subdistrict";
    out.escalated_area_id = cast.subdistrict_id;
    td = te + s.Between(kHour, kDay);
    if (!s.Do("dispatch", "dispatched", s.Supervisor(), td, std::nullopt, std::nullopt,
              DispatchFields(cast))) {
      return finish();
    }
  } else {
    td = answer + s.Frac(r, 2, 10) + 1000;
    if (!s.Do("dispatch", "dispatched", s.Staff(), td, std::nullopt, std::nullopt,
              DispatchFields(cast))) {
      return finish();
    }
  }
  out.assignee_id = cast.worker_person;
  const bool unresolved = fate >= 10 && fate < 12;
  for (;;) {
    const int64_t resolved = Work(s, out, cast, cat, td, unresolved);
    if (resolved == 0 || unresolved) return finish();
    if (!rng.Percent(75)) {  // not rated: closed after the follow-up window
      s.Do("close", "closed", s.Staff(), resolved + kFollowUpDays * kDay + s.Between(kHour, kDay),
           std::nullopt, fmt::format("the resident did not rate it within {} days", kFollowUpDays),
           R"("unrated":true)");
      return finish();
    }
    const int pick = rng.Below(100);
    const char* rating = pick < 78                       ? "satisfied"
                         : pick < 94 || out.reopened > 1 ? "basically_satisfied"
                                                         : "not_satisfied";
    const int64_t tf = resolved + s.Between(kHour, 2 * kDay);
    if (!s.Do("follow_up", "followed_up", s.Resident(), tf, std::nullopt, std::nullopt,
              fmt::format(R"("rating":"{}")", rating))) {
      return finish();
    }
    out.rating = rating;
    if (std::string_view(rating) != "not_satisfied") {
      s.Do("close", "closed", s.Staff(), tf + s.Between(10 * kMinute, kDay), std::nullopt,
           std::nullopt, "");
      return finish();
    }
    // Reopened by the system with a fresh resolve clock, then dispatched again.
    ++out.reopened;
    s.SetResolveBy(tf + r);
    s.Do("reopen", "accepted", Sim::System(), tf, std::nullopt,
         "the resident was not satisfied: the appeal is reopened",
         fmt::format(R"("reopened":{})", out.reopened));
    td = tf + s.Between(10 * kMinute, 2 * kHour);
    if (!s.Do("dispatch", "dispatched", s.Staff(), td, std::nullopt, std::nullopt,
              DispatchFields(cast))) {
      return finish();
    }
  }
}

}  // namespace linli::bench
