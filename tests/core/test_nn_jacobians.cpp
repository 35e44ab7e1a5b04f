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

  testing::expectStateJacobiansMatchFiniteDifferences(m, tokens, B, t, start);
}

INSTANTIATE_TEST_SUITE_P(AllCells, StateJacobian,
                         ::testing::Values(JacCase{CellKind::Rnn, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Rnn, Nonlinearity::Relu, GruVariant::ResetAfter},
                                           JacCase{CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           JacCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::Classic}));

}  // namespace
}  // namespace rnnscope
