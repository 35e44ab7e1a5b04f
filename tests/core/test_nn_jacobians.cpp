// The analytic state Jacobians d s_t / d s_{t-1} against finite differences in double, for
// every cell and variant, in every layer of a stack, at a step inside a window.
#include <gtest/gtest.h>

#include "core/nn/model.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

struct JacCase {
  CellKind cell;
  Nonlinearity nonlinearity;
  GruVariant variant;
};

class StateJacobian : public ::testing::TestWithParam<JacCase> {};

TEST_P(StateJacobian, MatchesFiniteDifferences) {
  ModelConfig cfg;
  cfg.cell = GetParam().cell;
  cfg.nonlinearity = GetParam().nonlinearity;
  cfg.gruVariant = GetParam().variant;
  cfg.hidden = 6;
  cfg.layers = 2;
  cfg.embed = 3;
  cfg.vocabSize = 5;
  cfg.dtype = DType::F64;
  Model<double> m(cfg);
  testing::randomizeParameters(m, 77, 0.8);
  const int B = 2, T = 4, t = 2;
  const auto tokens = testing::randomTokens(T * B, 5, 4);
  auto state = m.zeroState(B);
  for (auto& h : state.h) h.setRandom();
  for (auto& c : state.c) c.setRandom();
  auto start = state;
  m.forward(tokens, B, state);

  // Replay steps 0..t-1 to get every layer's state before step t, then perturb one layer's
  // state and run only step t: its own next state moves by J times the perturbation.
  auto before = start;
  Model<double> replay = m;
  replay.forward(std::span(tokens).first(t * B), B, before);
  const std::span<const std::int32_t> stepInput = std::span(tokens).subspan(t * B, B);
  const bool lstm = cfg.cell == CellKind::Lstm;
  const Index H = cfg.hidden, n = lstm ? 2 * H : H;
  for (int l = 0; l < cfg.layers; ++l) {
    for (Index b = 0; b < B; ++b) {
      const Mat<double> J = m.stateJacobian(l, t, b);  // the window of T steps is still cached
      ASSERT_EQ(J.rows(), n);
      Mat<double> numeric(n, n);
      const double eps = 1e-6;
      for (Index j = 0; j < n; ++j) {
        Vec<double> plus, minus;
        for (double sign : {1.0, -1.0}) {
          auto s = before;
          // layers below l must see the same input: only layer l's own state is perturbed
          (j < H ? s.h[l](j, b) : s.c[l](j - H, b)) += sign * eps;
          Model<double> probe = m;
          probe.forward(stepInput, B, s);
          Vec<double> out(n);
          out.head(H) = s.h[l].col(b);
          if (lstm) out.tail(H) = s.c[l].col(b);
          (sign > 0 ? plus : minus) = out;
        }
        numeric.col(j) = (plus - minus) / (2 * eps);
      }
      EXPECT_LT((J - numeric).cwiseAbs().maxCoeff(), 1e-8) << "layer " << l << " column " << b;
      EXPECT_GT(J.norm(), 1e-3);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllCells, StateJacobian,
                         ::testing::Values(JacCase{CellKind::Rnn, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Rnn, Nonlinearity::Relu, GruVariant::ResetAfter},
                                           JacCase{CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::Classic}));

}  // namespace
}  // namespace rnnscope
