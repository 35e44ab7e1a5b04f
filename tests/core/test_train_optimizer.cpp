// Optimiser steps against values computed by hand (and by the textbook formulas in Python),
// two steps each so that the state carried between steps is checked too.
#include <gtest/gtest.h>

#include "core/train/optimizer.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

struct TwoSteps {
  Vec<double> afterFirst, afterSecond;
};

TwoSteps run(OptimizerKind kind, double weightDecay = 0) {
  OptimizerConfig c;
  c.kind = kind;
  c.learningRate = 0.1;
  c.weightDecay = weightDecay;
  Optimizer<double> opt(c, 2);
  Vec<double> p(2), g1(2), g2(2);
  p << 1.0, -2.0;
  g1 << 0.5, 0.1;
  g2 << -0.5, 0.3;
  opt.step(p, g1);
  TwoSteps out{p, {}};
  opt.step(p, g2);
  out.afterSecond = p;
  return out;
}

void expectNear(const Vec<double>& v, double a, double b, double tol = 1e-12) {
  EXPECT_NEAR(v[0], a, tol);
  EXPECT_NEAR(v[1], b, tol);
}

TEST(Optimizer, Sgd) {
  const auto r = run(OptimizerKind::Sgd);
  expectNear(r.afterFirst, 0.95, -2.01);
  expectNear(r.afterSecond, 1.0, -2.04);
}

TEST(Optimizer, SgdWithWeightDecayAddsL2Gradient) {
  const auto r = run(OptimizerKind::Sgd, 0.1);  // g = (0.5 + 0.1*1, 0.1 - 0.1*2)
  expectNear(r.afterFirst, 0.94, -1.99);
}

TEST(Optimizer, Momentum) {
  const auto r = run(OptimizerKind::Momentum);
  // b1 = g1; b2 = 0.9*b1 + g2 = (-0.05, 0.39)
  expectNear(r.afterFirst, 0.95, -2.01);
  expectNear(r.afterSecond, 0.955, -2.049);
}

TEST(Optimizer, Nesterov) {
  const auto r = run(OptimizerKind::Nesterov);
  // step 1: p -= 0.1 * (g1 + 0.9*g1); step 2: b = (-0.05, 0.39), p -= 0.1 * (g2 + 0.9*b)
  expectNear(r.afterFirst, 0.905, -2.019);
  expectNear(r.afterSecond, 0.905 + 0.1 * 0.545, -2.019 - 0.1 * 0.651);
}

TEST(Optimizer, RmsProp) {
  const auto r = run(OptimizerKind::RmsProp);
  expectNear(r.afterFirst, 1.9999996003772225e-07, -2.999999000001, 1e-10);
  expectNear(r.afterSecond, 0.7088813045057977, -3.9491566954532935, 1e-10);
}

TEST(Optimizer, Adagrad) {
  const auto r = run(OptimizerKind::Adagrad);
  // s = g^2 so the first step moves each weight by lr in the gradient's direction
  expectNear(r.afterFirst, 0.9, -2.1, 1e-9);
  // s = (0.5, 0.1^2 + 0.3^2); p -= 0.1 * g2 / sqrt(s)
  expectNear(r.afterSecond, 0.9 + 0.1 * 0.5 / std::sqrt(0.5), -2.1 - 0.1 * 0.3 / std::sqrt(0.1), 1e-9);
}

TEST(Optimizer, Adam) {
  const auto r = run(OptimizerKind::Adam);
  expectNear(r.afterFirst, 0.900000002, -2.099999990000001, 1e-10);
  expectNear(r.afterSecond, 0.9052631597894736, -2.19177809779441, 1e-10);
}

TEST(Optimizer, SwitchingKindRestartsState) {
  OptimizerConfig c;
  c.kind = OptimizerKind::Adam;
  Optimizer<double> opt(c, 2);
  Vec<double> p = Vec<double>::Ones(2), g = Vec<double>::Ones(2);
  opt.step(p, g);
  EXPECT_EQ(opt.stepCount(), 1);
  c.kind = OptimizerKind::Momentum;
  opt.setConfig(c);
  EXPECT_EQ(opt.stepCount(), 0);
  EXPECT_EQ(opt.stateBuffers()[0].second->norm(), 0.0);
}

TEST(Optimizer, RejectsAbsurdSettings) {
  OptimizerConfig c;
  c.learningRate = -1;
  EXPECT_THROW(Optimizer<float>(c, 3), Error);
  c.learningRate = 0.1;
  c.beta2 = 1.0;
  EXPECT_THROW(c.validate(), Error);
  EXPECT_THROW(optimizerKindFromString("adamw"), Error);
}

}  // namespace
}  // namespace rnnscope
