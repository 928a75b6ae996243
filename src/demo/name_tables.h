// Tables of Chinese names for the demo data: surnames by frequency, given-name characters by
// generation and gender, and generic place words for communities and subdistricts the seed texts
// do not name.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "demo/rng.h"

namespace linli::demo {

// Surnames, the commonest first.
std::span<const std::string_view> Surnames();
// A surname: from `local` (a region's favourites) three times in ten when it is not empty,
// otherwise from Surnames() skewed towards the common ones.
std::string PickSurname(DemoRng& rng, std::span<const std::string_view> local);
// A one- or two-character given name in the fashion of someone `age` years old.
std::string PickGivenName(DemoRng& rng, int age, bool male);

// Generic community names ("和平", "新华", ...), without the "社区" suffix; common all over
// China, so none points at one real place.
std::span<const std::string_view> CommunityWords();
// Generic subdistrict names ("城东", "城西", ...), without the "街道" suffix.
std::span<const std::string_view> SubdistrictWords();

}  // namespace linli::demo
