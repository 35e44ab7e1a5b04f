#include "core/analysis/spectra.h"

#include <cmath>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

namespace rnnscope {

namespace {
std::vector<double> toVector(const Vec<double>& v) { return {v.data(), v.data() + v.size()}; }

// Largest singular value by power iteration on J^T J, warm-started from `v` (updated), which
// makes consecutive time steps, whose Jacobians differ little, converge in a few rounds. It
// stops when the residual ||J^T J v - sigma^2 v|| is below 1e-12 sigma^2; if that has not
// happened after maxIterations (close top singular values), a full SVD answers instead.
double sigmaMaxPower(const Mat<double>& J, Vec<double>& v, int maxIterations = 300) {
  if (v.size() != J.cols() || v.norm() == 0) v = Vec<double>::Ones(J.cols()).normalized();
  Vec<double> u(J.rows()), w(J.cols());
  for (int it = 0; it < maxIterations; ++it) {
    u.noalias() = J * v;
    w.noalias() = J.transpose() * u;
    const double lambda = v.dot(w);  // Rayleigh quotient: sigma^2 estimate
    if (lambda <= 0) break;
    const double residual = (w - lambda * v).norm();
    v = w / w.norm();
    if (residual <= 1e-12 * lambda) return std::sqrt(lambda);
  }
  return Eigen::BDCSVD<Mat<double>>(J).singularValues()[0];
}
}  // namespace

template <class S>
std::vector<double> singularValues(const Mat<S>& m) {
  Eigen::BDCSVD<Mat<double>> svd(m.template cast<double>());
  return toVector(svd.singularValues());
}

template <class S>
std::vector<double> jacobianSingularValues(const Model<S>& model, int layer, int t, Index b) {
  return singularValues<S>(model.stateJacobian(layer, t, b));
}

template <class S>
std::vector<double> jacobianSigmaMaxOverTime(const Model<S>& model, int layer, Index b) {
  std::vector<double> out(static_cast<std::size_t>(model.lastSteps()));
  Vec<double> v;
  for (int t = 0; t < model.lastSteps(); ++t)
    out[static_cast<std::size_t>(t)] = sigmaMaxPower(model.stateJacobian(layer, t, b).template cast<double>(), v);
  return out;
}

template <class S>
std::vector<double> jacobianProductSigmaMax(const Model<S>& model, int layer, Index b, Index block) {
  const int T = model.lastSteps();
  std::vector<double> out(static_cast<std::size_t>(T));
  // P_d^T = J_{T-d+1}^T P_{d-1}^T. Start from the top left singular vectors of J_T, keep
  // Q (orthonormal, [n, k]) and the accumulated triangular factor Racc with P_d^T U0 = Q Racc.
  const Mat<double> last = model.stateJacobian(layer, T - 1, b).template cast<double>();
  const Index n = last.rows(), k = std::min(block, n);
  Eigen::BDCSVD<Mat<double>> svd(last, Eigen::ComputeFullU);
  Mat<double> Q = svd.matrixU().leftCols(k);
  Mat<double> Racc = Mat<double>::Identity(k, k);
  double logScale = 0;  // Racc is renormalised to stay in range; the scale is kept as a log
  for (int d = 1; d <= T; ++d) {
    const Mat<double> J = d == 1 ? last : model.stateJacobian(layer, T - d, b).template cast<double>();
    Eigen::HouseholderQR<Mat<double>> qr(J.transpose() * Q);
    Q = qr.householderQ() * Mat<double>::Identity(n, k);
    const Mat<double> R = qr.matrixQR().topLeftCorner(k, k).template triangularView<Eigen::Upper>();
    Racc = (R * Racc).eval();
    const double scale = Racc.cwiseAbs().maxCoeff();
    if (scale == 0) {
      std::fill(out.begin() + d - 1, out.end(), 0.0);
      break;
    }
    Racc /= scale;
    logScale += std::log(scale);
    Eigen::JacobiSVD<Mat<double>> small(Racc);
    out[static_cast<std::size_t>(d - 1)] = std::exp(logScale + std::log(small.singularValues()[0]));
  }
  return out;
}

template <class S>
WeightSpectrum weightSpectrum(const Model<S>& model, int layer) {
  const auto& cfg = model.config();
  const Mat<double> W = model.params().value(model.layerIds(layer).Whh).template cast<double>();
  WeightSpectrum ws;
  ws.singularValues = singularValues<double>(W);
  ws.sigmaMax = ws.singularValues.empty() ? 0 : ws.singularValues.front();
  ws.gamma = cfg.cell == CellKind::Rnn ? 1.0 : 0.25;  // vanilla: tanh' <= 1 (relu too); gated: sigmoid' <= 1/4
  const Index H = cfg.hidden;
  for (int g = 0; g < cfg.gates(); ++g) {
    Eigen::EigenSolver<Mat<double>> es(W.middleRows(g * H, H), false);
    const auto& ev = es.eigenvalues();
    ws.gateEigenvalues.emplace_back(ev.data(), ev.data() + ev.size());
  }
  return ws;
}

std::vector<double> vanishingBound(double gamma, double lambda, int n) {
  std::vector<double> out(static_cast<std::size_t>(std::max(n, 0)));
  for (int d = 1; d <= n; ++d) out[static_cast<std::size_t>(d - 1)] = std::pow(gamma * lambda, d);
  return out;
}

#define RNNSCOPE_INSTANTIATE(S)                                                                    \
  template std::vector<double> singularValues<S>(const Mat<S>&);                                   \
  template std::vector<double> jacobianSingularValues<S>(const Model<S>&, int, int, Index);        \
  template std::vector<double> jacobianSigmaMaxOverTime<S>(const Model<S>&, int, Index);           \
  template std::vector<double> jacobianProductSigmaMax<S>(const Model<S>&, int, Index, Index);     \
  template WeightSpectrum weightSpectrum<S>(const Model<S>&, int);
RNNSCOPE_INSTANTIATE(float)
RNNSCOPE_INSTANTIATE(double)
#undef RNNSCOPE_INSTANTIATE

}  // namespace rnnscope
