// Rules for residents' personal data: validation of PRC resident ID numbers (GB 11643-1999)
// and mobile numbers, and the masks shown in every list, export and log.
#pragma once

#include <string>
#include <string_view>

namespace linli {

// 18 characters: 17 digits and a check character (0-9 or X) that matches; a real birth date.
bool ValidIdNumber(std::string_view id);
// The check character for the first 17 digits. REQUIRES: 17 ASCII digits.
char IdNumberCheckChar(std::string_view first17);
// A mainland mobile number: 11 digits beginning with 1.
bool ValidPhone(std::string_view phone);

// First 6 and last 4 characters kept: "110101********123X".
std::string MaskIdNumber(std::string_view id);
// First 3 and last 4 digits kept: "138****5678".
std::string MaskPhone(std::string_view phone);

}  // namespace linli
