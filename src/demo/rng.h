// DemoRng: the one source of chance in the demo data. A fixed-seed std::mt19937_64 (whose output
// the standard fixes bit for bit) mapped to ranges with `%`, never through a
// std::uniform_*_distribution (whose output differs between standard libraries), so the same
// seed gives the same data with every compiler.
#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace linli::demo {

class DemoRng {
 public:
  explicit DemoRng(uint64_t seed) : engine_(seed) {}

  // A value in [0, n). REQUIRES: n > 0.
  int Below(int n) { return static_cast<int>(engine_() % static_cast<uint64_t>(n)); }
  // A value in [lo, hi]. REQUIRES: lo <= hi.
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  // True `percent` times in a hundred.
  bool Percent(int percent) { return Below(100) < percent; }
  // One element of `items` (an array, span or vector). REQUIRES: !items.empty().
  template <class Container>
  const auto& Pick(const Container& items) {
    return items[static_cast<size_t>(Below(static_cast<int>(items.size())))];
  }
  // Fisher-Yates shuffle.
  template <class T>
  void Shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) {
      std::swap(v[i - 1], v[static_cast<size_t>(Below(static_cast<int>(i)))]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace linli::demo
