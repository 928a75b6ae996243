#include "modules/org_life/validity.h"

#include <vector>

#include <gtest/gtest.h>

namespace linli::org_life {
namespace {

// `full` full members of whom `full_present` are present and `full_excused` excused, plus
// `prob_present` probationary members present.
std::vector<AttendanceRow> Roll(int full, int full_present, int full_excused, int prob_present) {
  std::vector<AttendanceRow> rows;
  int64_t id = 1;
  for (int i = 0; i < full; ++i) {
    std::string status = i < full_present                  ? "present"
                         : i < full_present + full_excused ? "excused"
                                                           : "absent";
    rows.push_back({id++, status, true, true});
  }
  for (int i = 0; i < prob_present; ++i) rows.push_back({id++, "present", false, true});
  return rows;
}

TEST(OrgLifeValidity, GeneralMeetingNeedsMoreThanHalfOfTheFullMembers) {
  struct Case {
    int full, full_present, full_excused, prob_present;
    bool valid;
  } cases[] = {
      {10, 6, 0, 0, true},   // 6 of 10
      {10, 5, 0, 0, false},  // exactly half is not more than half
      {10, 5, 3, 0, false},  // the excused do not count towards the quorum
      {10, 5, 0, 4, false},  // probationary members attend but do not vote
      {9, 5, 0, 0, true},   {9, 4, 0, 0, false}, {1, 1, 0, 0, true},
      {3, 2, 0, 0, true},   {0, 0, 0, 3, false},  // no full members: no quorum can be reached
  };
  for (const auto& c : cases) {
    const Tally t = Count(Roll(c.full, c.full_present, c.full_excused, c.prob_present));
    EXPECT_EQ(Valid("general_meeting", t), c.valid)
        << c.full << " full, " << c.full_present << " present";
  }
  EXPECT_EQ(QuorumOf(10), 6);
  EXPECT_EQ(QuorumOf(9), 5);
  EXPECT_EQ(QuorumOf(0), 1);
}

TEST(OrgLifeValidity, OtherKindsNeedSomeonePresent) {
  EXPECT_TRUE(Valid("theme_day", Count(Roll(10, 1, 0, 0))));
  EXPECT_TRUE(Valid("party_lecture", Count(Roll(0, 0, 0, 1))));
  EXPECT_FALSE(Valid("group_meeting", Count(Roll(4, 0, 2, 0))));
}

TEST(OrgLifeValidity, CountsEachStatus) {
  const Tally t = Count(Roll(5, 2, 1, 2));
  EXPECT_EQ(t.present, 4);
  EXPECT_EQ(t.excused, 1);
  EXPECT_EQ(t.absent, 2);
  EXPECT_EQ(t.voting, 5);
  EXPECT_EQ(t.voting_present, 2);
}

}  // namespace
}  // namespace linli::org_life
