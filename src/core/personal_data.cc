#include "core/personal_data.h"

#include <algorithm>
#include <cctype>

#include "core/form.h"

namespace linli {
namespace {
bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
std::string Mask(std::string_view s, size_t keep_head, size_t keep_tail) {
  if (s.size() <= keep_head + keep_tail) return std::string(s.size(), '*');
  return std::string(s.substr(0, keep_head)) + std::string(s.size() - keep_head - keep_tail, '*') +
         std::string(s.substr(s.size() - keep_tail));
}
}  // namespace

char IdNumberCheckChar(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kChecks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kChecks[sum % 11];
}

bool ValidIdNumber(std::string_view id) {
  if (id.size() != 18 || !AllDigits(id.substr(0, 17))) return false;
  const std::string birth = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) +
                            "-" + std::string(id.substr(12, 2));
  if (!ValidDate(birth)) return false;
  return IdNumberCheckChar(id.substr(0, 17)) == id[17];
}

bool ValidPhone(std::string_view phone) {
  return phone.size() == 11 && phone[0] == '1' && AllDigits(phone);
}

std::string MaskIdNumber(std::string_view id) { return Mask(id, 6, 4); }
std::string MaskPhone(std::string_view phone) { return Mask(phone, 3, 4); }

}  // namespace linli
