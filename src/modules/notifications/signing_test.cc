#include "modules/notifications/signing.h"

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "core/hmac.h"

namespace linli::notifications {
namespace {

class SigningTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Crypto::Init()); }
};

// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
TEST_F(SigningTest, HmacMatchesRfc4231) {
  EXPECT_EQ(HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_F(SigningTest, SignatureCoversTimestampAndBody) {
  const std::string sig = Signature("s3cret", 1763800000, R"({"a":1})");
  EXPECT_EQ(sig, "sha256=" + HmacSha256Hex("s3cret", R"(1763800000.{"a":1})"));
  EXPECT_NE(sig, Signature("s3cret", 1763800001, R"({"a":1})"));
  EXPECT_NE(sig, Signature("s3cret", 1763800000, R"({"a":2})"));
  EXPECT_NE(sig, Signature("other", 1763800000, R"({"a":1})"));
}

TEST(BackoffTest, DoublesUpToTheCap) {
  EXPECT_EQ(BackoffMs(1, 1000, 300'000), 1000);
  EXPECT_EQ(BackoffMs(2, 1000, 300'000), 2000);
  EXPECT_EQ(BackoffMs(3, 1000, 300'000), 4000);
  EXPECT_EQ(BackoffMs(9, 1000, 300'000), 256'000);
  EXPECT_EQ(BackoffMs(10, 1000, 300'000), 300'000);
  EXPECT_EQ(BackoffMs(1000, 1000, 300'000), 300'000);  // no overflow
}

}  // namespace
}  // namespace linli::notifications
