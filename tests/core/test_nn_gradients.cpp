// Every analytic derivative of the model against central finite differences, in double,
// inside truncated BPTT: the second window starts from the state the first one left, held
// constant, so the check also proves that no gradient leaks across the cut.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/nn/model.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

struct GradCase {
  CellKind cell;
  Nonlinearity nonlinearity;
  GruVariant variant;
  int layers;
  int embed;
};

std::string caseName(const ::testing::TestParamInfo<GradCase>& info) {
  const auto& c = info.param;
  std::string name = toString(c.cell);
  if (c.cell == CellKind::Rnn) name.append("_").append(toString(c.nonlinearity));
  if (c.cell == CellKind::Gru) name.append("_").append(toString(c.variant));
  name.append("_L").append(std::to_string(c.layers)).append(c.embed > 0 ? "_embed" : "_onehot");
  return name;
}

struct Fixture : testing::TwoWindows {
  explicit Fixture(const GradCase& c)
      : TwoWindows(configFor(c), [](Model<double>& m) { testing::randomizeParameters(m, 1234); }) {}
  static ModelConfig configFor(const GradCase& c) {
    ModelConfig cfg;
    cfg.cell = c.cell;
    cfg.nonlinearity = c.nonlinearity;
    cfg.gruVariant = c.variant;
    cfg.layers = c.layers;
    cfg.embed = c.embed;
    cfg.hidden = 5;
    cfg.vocabSize = V;
    cfg.dtype = DType::F64;
    return cfg;
  }
};

class GradientCheck : public ::testing::TestWithParam<GradCase> {};

TEST_P(GradientCheck, ParameterGradientsMatchFiniteDifferences) {
  Fixture f(GetParam());
  f.lossFrom(f.carried);
  f.model.backward();
  const Vec<double> analytic = f.model.params().grads();
  ASSERT_GT(analytic.norm(), 1e-4);

  auto& p = f.model.params().values();
  Vec<double> numeric(p.size());
  for (Index i = 0; i < p.size(); ++i) numeric[i] = testing::derivative(p[i], [&] { return f.lossFrom(f.carried); });
  EXPECT_LT(testing::maxRelativeError(analytic, numeric), 1e-6);
  EXPECT_LT((analytic - numeric).norm() / (analytic.norm() + numeric.norm()), 1e-8);
}

TEST_P(GradientCheck, CarriedStateGradientMatchesFiniteDifferences) {
  Fixture f(GetParam());
  f.lossFrom(f.carried);
  f.model.backward();
  for (int l = 0; l < f.model.config().layers; ++l) {
    const Mat<double> analytic = f.model.layerCache(l).dh;  // dL/dh_{-1} of layer l
    Mat<double> numeric(analytic.rows(), analytic.cols());
    auto s = f.carried;
    for (Index i = 0; i < analytic.size(); ++i)
      numeric.data()[i] = testing::derivative(s.h[l].data()[i], [&] { return f.lossFrom(s); });
    EXPECT_LT(testing::maxRelativeError(analytic.reshaped(), numeric.reshaped()), 1e-6) << "layer " << l;
    if (f.model.config().cell != CellKind::Lstm) continue;
    const Mat<double> analyticC = f.model.layerCache(l).dc;  // dL/dc_{-1}
    Mat<double> numericC(analyticC.rows(), analyticC.cols());
    for (Index i = 0; i < analyticC.size(); ++i)
      numericC.data()[i] = testing::derivative(s.c[l].data()[i], [&] { return f.lossFrom(s); });
    EXPECT_LT(testing::maxRelativeError(analyticC.reshaped(), numericC.reshaped()), 1e-6) << "layer " << l;
    EXPECT_GT(analyticC.norm(), 1e-6);
  }
}

std::vector<GradCase> allCases() {
  std::vector<GradCase> cases;
  const GradCase cells[] = {
      {CellKind::Rnn, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Rnn, Nonlinearity::Relu, GruVariant::ResetAfter, 1, 0},
      {CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Gru, Nonlinearity::Tanh, GruVariant::Classic, 1, 0},
  };
  for (auto c : cells)
    for (int layers : {1, 3})
      for (int embed : {0, 4}) {
        c.layers = layers;
        c.embed = embed;
        cases.push_back(c);
      }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AllCells, GradientCheck, ::testing::ValuesIn(allCases()), caseName);

}  // namespace
}  // namespace rnnscope
