#include "modules/accounts/session_memo.h"

#include <gtest/gtest.h>

namespace linli::accounts {
namespace {

auth::Actor ActorOf(const std::string& session, int64_t account) {
  auth::Actor a;
  a.account_id = account;
  a.session_id = session;
  return a;
}

TEST(SessionMemo, AnswersWithinTheTtlAndBeforeExpiry) {
  SessionMemo memo(1000, 10);
  memo.Keep(ActorOf("s1", 7), /*session_expires_at=*/5000, memo.Generation(), /*now=*/100);
  ASSERT_TRUE(memo.Find("s1", 1099));
  EXPECT_EQ(memo.Find("s1", 1099)->account_id, 7);
  EXPECT_FALSE(memo.Find("s1", 1100));  // read a whole ttl ago
  EXPECT_FALSE(memo.Find("s2", 200));

  memo.Keep(ActorOf("s3", 8), /*session_expires_at=*/300, memo.Generation(), /*now=*/200);
  EXPECT_TRUE(memo.Find("s3", 300));
  EXPECT_FALSE(memo.Find("s3", 301));  // the session expired
}

TEST(SessionMemo, ForgetDropsEntriesAndRefusesReadsStartedBefore) {
  SessionMemo memo(1000, 10);
  memo.Keep(ActorOf("s1", 7), 5000, memo.Generation(), 100);
  const uint64_t before = memo.Generation();
  memo.Forget();
  EXPECT_FALSE(memo.Find("s1", 200));
  memo.Keep(ActorOf("s2", 8), 5000, before, 200);  // read before the change: stale
  EXPECT_FALSE(memo.Find("s2", 300));
  memo.Keep(ActorOf("s2", 8), 5000, memo.Generation(), 300);
  EXPECT_TRUE(memo.Find("s2", 400));
}

TEST(SessionMemo, StaysWithinItsCapacity) {
  SessionMemo memo(1000, 2);
  memo.Keep(ActorOf("a", 1), 5000, memo.Generation(), 100);
  memo.Keep(ActorOf("b", 2), 5000, memo.Generation(), 100);
  memo.Keep(ActorOf("c", 3), 5000, memo.Generation(), 100);  // full of live entries: starts over
  EXPECT_TRUE(memo.Find("c", 200));
  EXPECT_FALSE(memo.Find("a", 200));
  EXPECT_FALSE(memo.Find("b", 200));
}

}  // namespace
}  // namespace linli::accounts
