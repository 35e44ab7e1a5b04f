#pragma once
// Small helpers shared by the core tests.
#include <cstdint>
#include <random>
#include <vector>

#include "core/nn/model.h"

namespace rnnscope::testing {

// Fills every parameter with uniform values in [-scale, scale], reproducibly.
template <class S>
void randomizeParameters(Model<S>& m, std::uint64_t seed, double scale = 0.5) {
  std::mt19937_64 rng(seed);
  for (Index i = 0; i < m.params().values().size(); ++i)
    m.params().values()[i] = static_cast<S>(scale * (2.0 * (double(rng() >> 11) / double(1ull << 53)) - 1.0));
}

inline std::vector<std::int32_t> randomTokens(std::size_t n, int vocab, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::int32_t> t(n);
  for (auto& x : t) x = static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(vocab));
  return t;
}

}  // namespace rnnscope::testing
