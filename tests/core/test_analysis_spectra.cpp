// Spectra and gradient flow against independent computations: explicit SVDs of explicit
// Jacobian products, and the chain rule written out with the state Jacobians.
#include <gtest/gtest.h>

#include <Eigen/SVD>

#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

Model<double> trainedLikeModel(CellKind cell, int layers, int B, int T, double scale = 0.7) {
  ModelConfig cfg;
  cfg.cell = cell;
  cfg.hidden = 5;
  cfg.layers = layers;
  cfg.embed = 3;
  cfg.vocabSize = 6;
  cfg.dtype = DType::F64;
  Model<double> m(cfg);
  testing::randomizeParameters(m, 42, scale);
  auto state = m.zeroState(B);
  m.forward(testing::randomTokens(std::size_t(B) * T, 6, 5), B, state);
  m.loss(testing::randomTokens(std::size_t(B) * T, 6, 6));
  m.backward();
  return m;
}

double topSingularValue(const Mat<double>& m) { return Eigen::JacobiSVD<Mat<double>>(m).singularValues()[0]; }

class Spectra : public ::testing::TestWithParam<CellKind> {};

TEST_P(Spectra, SigmaMaxOverTimeMatchesFullSvd) {
  const auto m = trainedLikeModel(GetParam(), 2, 2, 6);
  for (int l = 0; l < 2; ++l) {
    const auto over = jacobianSigmaMaxOverTime(m, l, 1);
    for (int t = 0; t < 6; ++t) {
      const auto all = jacobianSingularValues(m, l, t, 1);
      EXPECT_NEAR(over[t], all.front(), 1e-8 * all.front());
      EXPECT_NEAR(all.front(), topSingularValue(m.stateJacobian(l, t, 1)), 1e-10);
      EXPECT_TRUE(std::is_sorted(all.rbegin(), all.rend()));
    }
  }
}

TEST_P(Spectra, ProductSigmaMaxIsExactWithAFullBlock) {
  const auto m = trainedLikeModel(GetParam(), 1, 1, 8, 1.5);
  const auto product = jacobianProductSigmaMax(m, 0, 0, 64);
  Mat<double> P = Mat<double>::Identity(m.stateJacobian(0, 7).rows(), m.stateJacobian(0, 7).rows());
  for (int d = 1; d <= 8; ++d) {
    P = P * m.stateJacobian(0, 8 - d);  // J_T J_{T-1} ... J_{T-d+1}
    EXPECT_NEAR(product[d - 1], topSingularValue(P), 1e-9 * topSingularValue(P)) << "d = " << d;
  }
  // with a one-vector block the first distance is still exact
  EXPECT_NEAR(jacobianProductSigmaMax(m, 0, 0, 1)[0], product[0], 1e-9 * product[0]);
}

// The live analysis runs its pieces as parallel tasks: each must come out as when called alone.
TEST_P(Spectra, LayerSpectraMatchesThePiecesCalledAlone) {
  const auto m = trainedLikeModel(GetParam(), 2, 2, 7);
  for (int l = 0; l < 2; ++l) {
    const LayerSpectra ls = layerSpectra(m, l, 3);
    EXPECT_EQ(ls.selectedStep, 3);
    const auto near = [](const std::vector<double>& a, const std::vector<double>& b, const char* what) {
      ASSERT_EQ(a.size(), b.size()) << what;
      for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-12 * (1 + std::abs(b[i]))) << what << " " << i;
    };
    near(ls.singularValuesAtSelected, jacobianSingularValues(m, l, 3), "selected");
    near(ls.sigmaMaxOverTime, jacobianSigmaMaxOverTime(m, l), "sigma max over time");
    near(ls.productSigmaMax, jacobianProductSigmaMax(m, l), "product");
    const WeightSpectrum w = weightSpectrum(m, l);
    near(ls.weights.singularValues, w.singularValues, "W_hh singular values");
    EXPECT_EQ(ls.weights.sigmaMax, ls.weights.singularValues.front());
    EXPECT_EQ(ls.weights.gamma, w.gamma);
    ASSERT_EQ(ls.weights.gateEigenvalues.size(), w.gateEigenvalues.size());
    for (std::size_t g = 0; g < w.gateEigenvalues.size(); ++g) {
      ASSERT_EQ(ls.weights.gateEigenvalues[g].size(), w.gateEigenvalues[g].size());
      for (std::size_t i = 0; i < w.gateEigenvalues[g].size(); ++i)
        EXPECT_LT(std::abs(ls.weights.gateEigenvalues[g][i] - w.gateEigenvalues[g][i]), 1e-12) << g << " " << i;
    }
    near(ls.bound, vanishingBound(w.gamma, w.sigmaMax, 7), "bound");
  }
}

// ||dL_T/dh_k|| from the analysis equals the chain rule written with explicit Jacobians:
// dL_T/ds_k = J_{k+1}^T ... J_{T-1}^T dL_T/ds_{T-1}, s = h or [h; c].
TEST_P(Spectra, LastLossGradientFollowsTheJacobianChain) {
  const int T = 7;
  const auto m = trainedLikeModel(GetParam(), 1, 2, T);
  const Index b = 1, H = 5;
  const auto lastLoss = lastLossGradientNorms(m, b);
  const auto& norms = lastLoss.dhNorm[0];
  const Index last = Index(T - 1) * 2 + b;
  Vec<double> dlogits = m.probabilities().col(last);
  dlogits[m.lastTargets()[last]] -= 1;
  const Index n = m.stateJacobian(0, 0, b).rows();
  Vec<double> v = Vec<double>::Zero(n);
  v.head(H) = m.params().value(m.headWeightId()).transpose() * dlogits;
  for (int k = T - 1; k >= 0; --k) {
    EXPECT_NEAR(norms[k], v.head(H).norm(), 1e-10 + 1e-9 * v.head(H).norm()) << "k = " << k;
    if (GetParam() == CellKind::Lstm) {
      // The chain's tail is dL_T/dc_k with h_k held; the reported one is total: c_k also makes
      // h_k = o_k tanh(c_k), so it adds dL_T/dh_k * o_k * (1 - tanh^2 c_k).
      const auto& cache = m.layerCache(0);
      const Vec<double> o = cache.gates.col(Index(k) * 2 + b).tail(H);
      const Vec<double> tc = cache.aux.col(Index(k) * 2 + b);
      const Vec<double> total = v.tail(H) + (v.head(H).array() * o.array() * (1 - tc.array().square())).matrix();
      EXPECT_NEAR(lastLoss.dcNorm[0][k], total.norm(), 1e-10 + 1e-9 * total.norm()) << "k = " << k;
    }
    v = m.stateJacobian(0, k, b).transpose() * v;
  }
  EXPECT_GT(norms.back(), norms.front() * 1e-6);
}

INSTANTIATE_TEST_SUITE_P(AllCells, Spectra, ::testing::Values(CellKind::Rnn, CellKind::Lstm, CellKind::Gru));

TEST(Spectra, WeightSpectrumAndBound) {
  auto m = trainedLikeModel(CellKind::Rnn, 1, 1, 3);
  auto W = m.params().value(m.layerIds(0).Whh);
  W.setZero();
  W.diagonal() << 0.5, -2.0, 1.0, 0.25, 0.0;
  const auto ws = weightSpectrum(m, 0);
  EXPECT_DOUBLE_EQ(ws.sigmaMax, 2.0);
  EXPECT_EQ(ws.gamma, 1.0);
  ASSERT_EQ(ws.gateEigenvalues.size(), 1u);
  double largest = 0;
  for (auto e : ws.gateEigenvalues[0]) largest = std::max(largest, std::abs(e));
  EXPECT_NEAR(largest, 2.0, 1e-12);
  const auto bound = vanishingBound(0.25, 2.0, 3);
  EXPECT_DOUBLE_EQ(bound[0], 0.5);
  EXPECT_DOUBLE_EQ(bound[2], 0.125);
}

TEST(GradientFlow, HistoryIsBounded) {
  GradientFlowHistory h(3);
  for (int i = 0; i < 5; ++i) {
    GradientFlowRecord r;
    r.step = i;
    h.push(r);
  }
  ASSERT_EQ(h.records().size(), 3u);
  EXPECT_EQ(h.records().front().step, 2);
  EXPECT_EQ(h.records().back().step, 4);
}

TEST(GradientFlow, RecordCopiesTrainingNorms) {
  const auto m = trainedLikeModel(CellKind::Lstm, 2, 2, 4);
  const auto r = gradientFlowOf(m, 9, ClipReport{3.0, 1.0, true});
  ASSERT_EQ(r.dhNorm.size(), 2u);
  EXPECT_EQ(r.dhNorm[1].size(), 4u);
  EXPECT_EQ(r.dcNorm[0].size(), 4u);
  EXPECT_EQ(r.dhNorm[0][2], m.layerCache(0).dhNorm[2]);
  EXPECT_TRUE(r.clip.clipped);
  EXPECT_EQ(r.lastLossDhNorm.size(), 2u);
  EXPECT_EQ(r.lastLossDcNorm.size(), 2u);
  EXPECT_EQ(r.weightsStep, 8);
}

}  // namespace
}  // namespace rnnscope
