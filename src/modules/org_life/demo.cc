#include "modules/org_life/demo.h"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/org_life/commands.h"

namespace linli::org_life {
namespace {

using demo::Builder;

struct Plan {
  std::string_view kind;
  std::string_view held_on;
  std::string_view topic;
  std::string_view minutes;
};
constexpr std::array<Plan, 5> kBranchMeetings = {{
    {"theme_day", "2025-04-12", "主题党日：清理建安街楼道杂物",
     "分两组清理3栋、5栋楼道，劝导住户不再堆放"},
    {"general_meeting", "2025-04-25", "支部党员大会：学习社区党建工作实施方案",
     "传达区委组织部调研意见，讨论党员责任区划分"},
    {"party_lecture", "2025-05-16", "党课：在职党员到社区报到服务", "书记讲授一表双卡一会的做法"},
    {"theme_day", "2025-05-24", "主题党日：走访返乡人员", "登记返乡人员就业培训意向"},
    {"theme_day", "2025-06-14", "主题党日：党员责任区巡查", "巡查各责任区环境卫生和安全隐患"},
}};
constexpr std::array<std::string_view, 3> kGroupDays = {"2025-04-08", "2025-05-08", "2025-06-10"};

MeetingForm FormOf(int64_t org, const Plan& p, const std::vector<int64_t>& members, size_t away) {
  MeetingForm f;
  f.org_id = org;
  f.kind = std::string(p.kind);
  f.held_on = std::string(p.held_on);
  f.topic = std::string(p.topic);
  f.minutes = std::string(p.minutes);
  if (p.kind == "party_lecture") f.lecturer = "支部书记";
  for (size_t i = 0; i < members.size(); ++i) {
    // At every other meeting one member is away: excused, or absent at theme days.
    const bool is_away = away < members.size() && i == away;
    f.attendance.push_back(
        {members[i], !is_away ? "present" : (p.kind == "theme_day" ? "absent" : "excused")});
  }
  return f;
}

void Record(Builder& b, const MeetingForm& f) {
  demo::Take(RecordMeeting(b.conn(), b.actor(), f, LocalDate(NowMs())),
             fmt::format("meeting {} {}", f.kind, f.held_on));
}

}  // namespace

void DemoRows(demo::World& w) {
  if (w.lingfeng.branches.empty()) return;
  const int64_t branch = w.lingfeng.branches.front();
  std::vector<int64_t> all;                        // the branch's members, groups included
  std::map<int64_t, std::vector<int64_t>> groups;  // group -> its members
  for (const auto& m : w.lingfeng.members) {
    if (m.branch != branch) continue;
    all.push_back(m.person.person_id);
    if (m.org != branch) groups[m.org].push_back(m.person.person_id);
  }
  for (size_t i = 0; i < kBranchMeetings.size(); ++i) {
    Record(w.b, FormOf(branch, kBranchMeetings[i], all, i % 2 == 0 ? all.size() : i));
  }
  for (const auto& [group, members] : groups) {
    for (size_t month = 0; month < kGroupDays.size(); ++month) {
      const Plan p{"group_meeting", kGroupDays[month], "党小组会：学习与责任区分工",
                   "交流各自责任区情况"};
      Record(w.b, FormOf(group, p, members, month == 1 ? 0 : members.size()));
    }
  }
}

}  // namespace linli::org_life
