#pragma once
// Small helpers shared by the core tests.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include <gtest/gtest.h>

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

// Two windows of B streams over a vocabulary of V: the first only produces a non-zero carried
// state; the loss of the second from a given start state is what the gradient checks
// differentiate, so they also prove that no gradient leaks across the cut of truncated BPTT.
struct TwoWindows {
  static constexpr int B = 2, T1 = 4, T2 = 5, V = 7;
  Model<double> model;
  std::vector<std::int32_t> in1, in2, tgt2;
  RecurrentState<double> carried;

  // `randomize` fills the parameters before the first window runs.
  template <class Randomize>
  TwoWindows(const ModelConfig& config, Randomize&& randomize) : model(config) {
    randomize(model);
    in1 = randomTokens(T1 * B, V, 1);
    in2 = randomTokens(T2 * B, V, 2);
    tgt2 = randomTokens(T2 * B, V, 3);
    carried = model.zeroState(B);
    model.forward(in1, B, carried);
  }
  double lossFrom(const RecurrentState<double>& start) {
    auto s = start;
    model.forward(in2, B, s);
    return model.loss(tgt2);
  }
};

// Fourth-order central difference: (-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)) / 12h, error O(h^4),
// so h can be large enough that rounding stays near 1e-12.
template <class F>
double derivative(double& x, F&& f, double h = 1e-4) {
  const double keep = x;
  double v[4];
  const double offsets[4] = {2 * h, h, -h, -2 * h};
  for (int k = 0; k < 4; ++k) {
    x = keep + offsets[k];
    v[k] = f();
  }
  x = keep;
  return (-v[0] + 8 * v[1] - 8 * v[2] + v[3]) / (12 * h);
}

// Largest elementwise relative error of an analytic result a against a numeric one n, with a
// floor under which both are rounding noise.
template <class A, class N>
double maxRelativeError(const A& a, const N& n, double floor = 1e-5) {
  EXPECT_EQ(a.size(), n.size());
  double worst = 0;
  for (Index i = 0; i < std::min<Index>(a.size(), n.size()); ++i)
    worst = std::max(worst, std::abs(a.data()[i] - n.data()[i]) /
                                std::max(std::abs(a.data()[i]) + std::abs(n.data()[i]), floor));
  return worst;
}

// The exact state Jacobian d s_t / d s_{t-1} of every layer (s = h, or [h; c] for the LSTM) of
// the window `tokens` (B streams) that m has just run from `start`, against central differences:
// steps 0..t-1 are replayed from `start`, then one layer's state is perturbed and only step t is
// run, so that its next state moves by J times the perturbation (the layers below see the same
// input). Returns the Jacobians it checked, one per layer and stream (layer-major).
inline std::vector<Mat<double>> expectStateJacobiansMatchFiniteDifferences(const Model<double>& m,
                                                                           std::span<const std::int32_t> tokens, int B,
                                                                           int t, const RecurrentState<double>& start) {
  auto before = start;
  Model<double> replay = m;
  replay.forward(tokens.first(static_cast<std::size_t>(t * B)), B, before);
  const auto stepInput = tokens.subspan(static_cast<std::size_t>(t * B), static_cast<std::size_t>(B));
  const auto& cfg = m.config();
  const bool lstm = cfg.cell == CellKind::Lstm;
  const Index H = cfg.hidden, n = lstm ? 2 * H : H;
  std::vector<Mat<double>> checked;
  for (int l = 0; l < cfg.layers; ++l) {
    for (Index b = 0; b < B; ++b) {
      const Mat<double> J = m.stateJacobian(l, t, b);  // the window is still cached
      EXPECT_EQ(J.rows(), n);
      if (J.rows() != n) return checked;
      Mat<double> numeric(n, n);
      const double eps = 1e-6;
      for (Index j = 0; j < n; ++j) {
        Vec<double> plus, minus;
        for (double sign : {1.0, -1.0}) {
          auto s = before;
          (j < H ? s.h[static_cast<std::size_t>(l)](j, b) : s.c[static_cast<std::size_t>(l)](j - H, b)) += sign * eps;
          Model<double> probe = m;
          probe.forward(stepInput, B, s);
          Vec<double> out(n);
          out.head(H) = s.h[static_cast<std::size_t>(l)].col(b);
          if (lstm) out.tail(H) = s.c[static_cast<std::size_t>(l)].col(b);
          (sign > 0 ? plus : minus) = out;
        }
        numeric.col(j) = (plus - minus) / (2 * eps);
      }
      EXPECT_LT((J - numeric).cwiseAbs().maxCoeff(), 1e-8) << "layer " << l << " column " << b;
      EXPECT_GT(J.norm(), 1e-3);
      checked.push_back(J);
    }
  }
  return checked;
}

}  // namespace rnnscope::testing
