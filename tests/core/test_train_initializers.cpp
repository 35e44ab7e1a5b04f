#include <gtest/gtest.h>

#include <cmath>

#include "core/util/error.h"
#include "core/train/initializers.h"

namespace rnnscope {
namespace {

ModelConfig config(CellKind cell, int hidden = 32) {
  ModelConfig c;
  c.cell = cell;
  c.hidden = hidden;
  c.embed = 16;
  c.vocabSize = 20;
  c.layers = 2;
  c.dtype = DType::F64;
  return c;
}

Model<double> initialized(CellKind cell, InitConfig init, std::uint64_t seed = 3) {
  Model<double> m(config(cell));
  Rng rng(seed);
  initialize(m, init, rng);
  return m;
}

TEST(Initializers, PyTorchDefaultIsUniformWithinOneOverSqrtH) {
  const auto m = initialized(CellKind::Gru, {InitScheme::PyTorchDefault, 0, NAN});
  const double bound = 1 / std::sqrt(32.0);
  for (int l = 0; l < 2; ++l) {
    const auto w = m.params().value(m.layerIds(l).Whh);
    EXPECT_LE(w.cwiseAbs().maxCoeff(), bound);
    EXPECT_GT(w.cwiseAbs().maxCoeff(), 0.9 * bound);  // and actually spreads over the range
  }
  const auto e = m.params().value(m.embedId());
  const double var = e.array().square().mean();
  EXPECT_NEAR(var, 1.0, 0.15);  // nn.Embedding draws N(0, 1)
}

TEST(Initializers, XavierBoundDependsOnFans) {
  const auto m = initialized(CellKind::Rnn, {InitScheme::Xavier, 0, NAN});
  const auto wih0 = m.params().value(m.layerIds(0).Wih);  // [32, 16]
  EXPECT_LE(wih0.cwiseAbs().maxCoeff(), std::sqrt(6.0 / 48));
  EXPECT_GT(wih0.cwiseAbs().maxCoeff(), 0.9 * std::sqrt(6.0 / 48));
  EXPECT_EQ(m.params().value(m.layerIds(0).bih).norm(), 0.0);
}

TEST(Initializers, HeHasVarianceTwoOverFanIn) {
  Model<double> m(config(CellKind::Rnn, 256));
  Rng rng(5);
  initialize(m, {InitScheme::He, 0, NAN}, rng);
  const auto w = m.params().value(m.layerIds(1).Whh);  // fan_in 256
  EXPECT_NEAR(w.array().square().mean(), 2.0 / 256, 0.1 * 2.0 / 256);
}

TEST(Initializers, OrthogonalRecurrentBlocks) {
  const auto m = initialized(CellKind::Lstm, {InitScheme::Orthogonal, 0, NAN});
  const auto w = m.params().value(m.layerIds(0).Whh);
  for (int g = 0; g < 4; ++g) {
    const Mat<double> q = w.middleRows(g * 32, 32);
    EXPECT_LT((q.transpose() * q - Mat<double>::Identity(32, 32)).norm(), 1e-10) << "gate " << g;
  }
}

TEST(Initializers, SpectralRadiusIsRescaledPerGate) {
  for (double rho : {0.5, 1.7}) {
    const auto m = initialized(CellKind::Gru, {InitScheme::PyTorchDefault, rho, NAN});
    const auto w = m.params().value(m.layerIds(1).Whh);
    for (int g = 0; g < 3; ++g) EXPECT_NEAR(spectralRadius<double>(w.middleRows(g * 32, 32)), rho, 1e-9);
  }
}

TEST(Initializers, ForgetGateBias) {
  const auto m = initialized(CellKind::Lstm, {InitScheme::Xavier, 0, 1.5});
  const auto bih = m.params().value(m.layerIds(0).bih);
  EXPECT_EQ(bih.middleRows(32, 32).minCoeff(), 1.5);
  EXPECT_EQ(bih.middleRows(32, 32).maxCoeff(), 1.5);
  EXPECT_EQ(m.params().value(m.layerIds(0).bhh).middleRows(32, 32).norm(), 0.0);
  EXPECT_EQ(bih.topRows(32).norm(), 0.0);
}

TEST(Initializers, SeedDecidesEverything) {
  const auto a = initialized(CellKind::Lstm, {}, 11), b = initialized(CellKind::Lstm, {}, 11);
  const auto c = initialized(CellKind::Lstm, {}, 12);
  EXPECT_EQ(a.params().values(), b.params().values());
  EXPECT_NE(a.params().values(), c.params().values());
}

TEST(Initializers, JsonRoundTripAndRangeChecks) {
  InitConfig c{InitScheme::Orthogonal, 0.9, 2.0};
  const auto back = InitConfig::fromJson(c.toJson());
  EXPECT_EQ(back.scheme, InitScheme::Orthogonal);
  EXPECT_EQ(back.spectralRadius, 0.9);
  EXPECT_EQ(back.forgetBias, 2.0);
  EXPECT_THROW(InitConfig::fromJson({{"spectral_radius", -1}}), Error);
  EXPECT_THROW(InitConfig::fromJson({{"scheme", "lecun"}}), Error);
}

}  // namespace
}  // namespace rnnscope
