#include "modules/appeals/photos.h"

#include <gtest/gtest.h>

namespace linli::appeals {
namespace {

TEST(SniffImage, KnowsJpegPngWebpByTheirBytes) {
  EXPECT_EQ(SniffImage(std::string_view("\xFF\xD8\xFF\xE0rest", 8)), "image/jpeg");
  EXPECT_EQ(SniffImage(std::string_view("\x89PNG\r\n\x1A\nIHDR", 12)), "image/png");
  EXPECT_EQ(SniffImage("RIFF\x10\0\0\0WEBPVP8 "), std::nullopt);  // stops at the NUL
  EXPECT_EQ(SniffImage(std::string_view("RIFF\x10\0\0\0WEBPVP8 ", 16)), "image/webp");
}

TEST(SniffImage, RefusesTextAndTruncatedMagic) {
  EXPECT_EQ(SniffImage("hello, not a picture"), std::nullopt);
  EXPECT_EQ(SniffImage(""), std::nullopt);
  EXPECT_EQ(SniffImage(std::string_view("\xFF\xD8", 2)), std::nullopt);
  EXPECT_EQ(SniffImage(std::string_view("RIFF\x10\0\0\0WAVE", 12)), std::nullopt);
  EXPECT_EQ(SniffImage("<svg xmlns='http://www.w3.org/2000/svg'/>"), std::nullopt);
}

}  // namespace
}  // namespace linli::appeals
