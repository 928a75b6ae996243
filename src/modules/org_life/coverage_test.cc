#include "modules/org_life/coverage.h"

#include <gtest/gtest.h>

namespace linli::org_life {
namespace {

// A branch /1/ with a group /1/2/; today is 2026-02-10.
constexpr std::string_view kToday = "2026-02-10";

MeetingFact Meeting(int64_t id, int64_t org, std::string kind, std::string held_on, bool valid,
                    std::map<int64_t, std::string> attendance) {
  return {id, org, std::move(kind), std::move(held_on), valid, std::move(attendance)};
}

TEST(OrgLifeCoverage, AYearOfGeneralMeetingsWithAMissedQuarter) {
  const std::vector<MeetingFact> meetings = {
      Meeting(1, 1, "general_meeting", "2025-02-10", true, {{10, "present"}, {11, "present"}}),
      Meeting(2, 1, "general_meeting", "2025-05-10", true, {{10, "present"}, {11, "excused"}}),
      // Q3: only a meeting short of its quorum.
      Meeting(3, 1, "general_meeting", "2025-08-10", false, {{10, "present"}, {11, "absent"}}),
      Meeting(4, 1, "general_meeting", "2025-11-10", true, {{10, "present"}, {11, "absent"}}),
      Meeting(5, 1, "theme_day", "2025-11-12", true, {{10, "present"}}),        // another kind
      Meeting(6, 9, "general_meeting", "2025-08-11", true, {{10, "present"}}),  // another org
  };
  const auto periods = PeriodsOfYear(2025, 3);
  const auto slots = SlotsOf({1, "/1/", "general_meeting", 3}, periods, meetings, kToday);
  ASSERT_EQ(slots.size(), 4u);
  const SlotStatus want[] = {SlotStatus::kHeld, SlotStatus::kHeld, SlotStatus::kMissed,
                             SlotStatus::kHeld};
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(slots[i].status, want[i]) << slots[i].period.key;
  EXPECT_EQ(slots[2].invalid_meetings, std::vector<int64_t>{3});
  EXPECT_TRUE(slots[2].valid_meetings.empty());

  const MemberCoverage a = CoverMember(10, "/1/", slots, meetings);
  EXPECT_EQ(a.Required(), 4);
  EXPECT_EQ(a.attended, 3);
  EXPECT_EQ(a.not_held, 1);  // present at the meeting without quorum: it did not count
  EXPECT_FALSE(a.Complete());

  const MemberCoverage b = CoverMember(11, "/1/2/", slots, meetings);  // held by the group
  EXPECT_EQ(b.attended, 1);
  EXPECT_EQ(b.excused, 1);
  EXPECT_EQ(b.absent, 1);
  EXPECT_EQ(b.not_held, 1);
  EXPECT_EQ(b.Missed(), 2);
  EXPECT_EQ(b.slots[3].meeting_id, 4);

  const MemberCoverage stranger = CoverMember(12, "/5/", slots, meetings);
  EXPECT_EQ(stranger.Required(), 0);
}

TEST(OrgLifeCoverage, OpenPeriodsAreNotOwedYet) {
  const std::vector<MeetingFact> meetings = {
      Meeting(1, 1, "theme_day", "2026-01-20", true, {{10, "present"}}),
  };
  // January is over and held; February is under way; March is ahead.
  const auto periods = PeriodsWithin("2026-01-01", "2026-03-31", 1);
  const auto slots = SlotsOf({1, "/1/", "theme_day", 1}, periods, meetings, kToday);
  ASSERT_EQ(slots.size(), 3u);
  EXPECT_EQ(slots[0].status, SlotStatus::kHeld);
  EXPECT_EQ(slots[1].status, SlotStatus::kOpen);
  EXPECT_EQ(slots[2].status, SlotStatus::kOpen);
  const MemberCoverage m = CoverMember(10, "/1/", slots, meetings);
  EXPECT_EQ(m.Required(), 1);
  EXPECT_TRUE(m.Complete());
  // A member not on the roll of a held meeting missed it.
  EXPECT_EQ(CoverMember(11, "/1/", slots, meetings).absent, 1);
}

TEST(OrgLifeCoverage, CommitteeMeetingsDoNotBindMembers) {
  const std::vector<MeetingFact> meetings;
  const auto slots =
      SlotsOf({1, "/1/", "committee_meeting", 1}, PeriodsOfYear(2025, 1), meetings, kToday);
  EXPECT_EQ(slots.size(), 12u);
  EXPECT_FALSE(Binds(slots[0], "/1/"));
  EXPECT_EQ(CoverMember(10, "/1/", slots, meetings).Required(), 0);
}

TEST(OrgLifeCoverage, GroupMeetingsBindOnlyTheGroup) {
  Slot group{2, "/1/2/", "group_meeting", PeriodOf("2025-01-05", 1), SlotStatus::kMissed, {}, {}};
  EXPECT_TRUE(Binds(group, "/1/2/"));
  EXPECT_FALSE(Binds(group, "/1/"));    // held by the branch itself
  EXPECT_FALSE(Binds(group, "/1/3/"));  // another group
}

TEST(OrgLifeCoverage, ShareCountsOnlyMeasuredMembers) {
  std::vector<MemberCoverage> members(3);
  members[0].person_id = 1;
  members[0].slots.push_back({0, Outcome::kAttended, 5});
  members[0].attended = 1;
  members[1].person_id = 2;
  members[1].slots.push_back({0, Outcome::kAbsent, 5});
  members[1].absent = 1;
  members[2].person_id = 3;  // bound by nothing measured
  const Share s = ShareOf(members);
  EXPECT_EQ(s.complete, std::vector<int64_t>{1});
  EXPECT_EQ(s.incomplete, std::vector<int64_t>{2});
  EXPECT_EQ(s.unmeasured, std::vector<int64_t>{3});
  EXPECT_EQ(s.Measured(), 2u);
}

}  // namespace
}  // namespace linli::org_life
