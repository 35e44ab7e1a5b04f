#include "core/analysis/spectra.h"

#include <cmath>
#include <exception>
#include <limits>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

#include "core/analysis/eigenvalues.h"
#include "core/analysis/singular_values.h"
#include "core/util/random.h"

namespace rnnscope {

namespace {
template <class S> std::vector<double> toVector(const Vec<S>& v) { return {v.data(), v.data() + v.size()}; }

// The largest singular value of J by Golub-Kahan-Lanczos bidiagonalisation,
//   J V_k = U_k B_k,  J^T U_k = V_k B_k^T + beta_k v_{k+1} e_k^T,  B_k upper bidiagonal,
// whose top singular value converges to sigma_max(J) from below within a few steps even when
// the leading singular values are close (where power iteration crawls). Full
// re-orthogonalisation keeps U and V orthonormal for the few steps taken. `v` is the start
// vector and comes back as the top right singular vector, so that the next time step, whose
// Jacobian differs little, starts close to its answer; `u` comes back as the top left one.
template <class S>
S sigmaMaxLanczos(const Mat<S>& J, Vec<S>& v, Vec<S>* u = nullptr) {
  const Index n = J.cols(), m = J.rows(), kMax = std::min<Index>(std::min(n, m), 48);
  const S tolerance = S(64) * std::numeric_limits<S>::epsilon();
  if (v.size() != n || !(v.norm() > 0)) v = Vec<S>::Ones(n);
  Mat<S> V(n, kMax + 1), U(m, kMax);  // columns: the Lanczos vectors
  Vec<S> alpha(kMax), beta(kMax);
  V.col(0) = v.normalized();
  // sigma(B)^2 = eigenvalues of B^T B, which is tridiagonal: diagonal alpha_j^2 + beta_{j-1}^2,
  // off-diagonal alpha_j beta_j; its top eigenvalue costs O(k^2), not an SVD per step.
  Vec<S> diagonal(kMax), offDiagonal(kMax);
  Eigen::SelfAdjointEigenSolver<Mat<S>> tridiagonal;
  S previous = 0;
  Index k = 0;
  while (k < kMax) {
    Vec<S> r = J * V.col(k);
    if (k > 0) r -= beta[k - 1] * U.col(k - 1);
    r -= U.leftCols(k) * (U.leftCols(k).transpose() * r);
    alpha[k] = r.norm();
    if (!(alpha[k] > tolerance * previous) || alpha[k] == 0) break;  // J maps what is left to ~0
    U.col(k) = r / alpha[k];
    Vec<S> w = J.transpose() * U.col(k) - alpha[k] * V.col(k);
    w -= V.leftCols(k + 1) * (V.leftCols(k + 1).transpose() * w);
    beta[k] = w.norm();
    diagonal[k] = alpha[k] * alpha[k] + (k > 0 ? beta[k - 1] * beta[k - 1] : S(0));
    if (k > 0) offDiagonal[k - 1] = alpha[k - 1] * beta[k - 1];
    ++k;
    const bool invariant = !(beta[k - 1] > tolerance * alpha[k - 1]);
    if (!invariant) V.col(k) = w / beta[k - 1];
    Vec<S> sub = offDiagonal.head(k - 1);
    tridiagonal.computeFromTridiagonal(diagonal.head(k), sub, Eigen::EigenvaluesOnly);
    const S sigma = std::sqrt(std::max(S(0), tridiagonal.eigenvalues()[k - 1]));
    const bool converged = std::abs(sigma - previous) <= tolerance * sigma;
    previous = sigma;
    if (converged || invariant) break;
  }
  if (k == 0) return 0;
  Vec<S> sub = offDiagonal.head(k - 1);
  tridiagonal.computeFromTridiagonal(diagonal.head(k), sub, Eigen::ComputeEigenvectors);
  const Vec<S> y = tridiagonal.eigenvectors().col(k - 1);  // top right singular vector of B
  v = V.leftCols(k) * y;
  if (u) {
    Vec<S> By = alpha.head(k).cwiseProduct(y);  // B y, B upper bidiagonal
    By.head(k - 1) += beta.head(k - 1).cwiseProduct(y.tail(k - 1));
    *u = U.leftCols(k) * By.normalized();
  }
  return previous;
}
}  // namespace

template <class S>
std::vector<double> singularValues(const Mat<S>& m) {
  return toVector<S>(denseSingularValues<S>(m));
}

template <class S>
std::vector<double> jacobianSingularValues(const Model<S>& model, int layer, int t, Index b) {
  return singularValues<S>(model.stateJacobian(layer, t, b));
}

template <class S>
std::vector<double> jacobianSigmaMaxOverTime(const Model<S>& model, int layer, Index b) {
  std::vector<double> out(static_cast<std::size_t>(model.lastSteps()));
  Vec<S> v;
  for (int t = 0; t < model.lastSteps(); ++t)
    out[static_cast<std::size_t>(t)] = sigmaMaxLanczos<S>(model.stateJacobian(layer, t, b), v);
  return out;
}

template <class S>
std::vector<double> jacobianProductSigmaMax(const Model<S>& model, int layer, Index b, Index block) {
  const int T = model.lastSteps();
  std::vector<double> out(static_cast<std::size_t>(T));
  // P_d^T = J_{T-d+1}^T P_{d-1}^T. Keep Q (orthonormal, [n, k]) and the accumulated
  // triangular factor Racc (in double) with P_d^T Q0 = Q Racc. Q0 starts as an orthonormal basis of J_T's dominant left singular subspace: its top left
  // singular vector (Lanczos, so d = 1 is exact) and a randomised range estimate for the rest.
  const Mat<S> last = model.stateJacobian(layer, T - 1, b);
  const Index n = last.rows(), k = std::min(block, n);
  Vec<S> v, uTop;
  sigmaMaxLanczos<S>(last, v, &uTop);
  Mat<S> start(n, k);
  start.col(0) = uTop;
  if (k > 1) {
    Rng rng(0x5eed);
    Mat<S> omega(n, k - 1);
    for (Index i = 0; i < omega.size(); ++i) omega.data()[i] = static_cast<S>(rng.normal());
    Mat<S> range = last * omega;
    for (int power = 0; power < 2; ++power) range = (last * (last.transpose() * range)).eval();
    start.rightCols(k - 1) = range;
  }
  Mat<S> Q = Eigen::HouseholderQR<Mat<S>>(start).householderQ() * Mat<S>::Identity(n, k);
  Mat<double> Racc = Mat<double>::Identity(k, k);
  double logScale = 0;  // Racc is renormalised to stay in range; the scale is kept as a log
  for (int d = 1; d <= T; ++d) {
    const Mat<S> J = d == 1 ? last : model.stateJacobian(layer, T - d, b);
    Eigen::HouseholderQR<Mat<S>> qr(J.transpose() * Q);
    Q = qr.householderQ() * Mat<S>::Identity(n, k);
    const Mat<double> R =
        qr.matrixQR().topLeftCorner(k, k).template triangularView<Eigen::Upper>().toDenseMatrix().template cast<double>();
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
  const auto W = model.params().value(model.layerIds(layer).Whh);  // [GH, H]
  const int G = cfg.gates();
  const Index H = cfg.hidden;
  WeightSpectrum ws;
  ws.gamma = cfg.cell == CellKind::Rnn ? 1.0 : 0.25;  // vanilla: tanh' <= 1 (relu too); gated: sigmoid' <= 1/4
  ws.gateEigenvalues.resize(static_cast<std::size_t>(G));
  // G eigenvalue problems and one SVD, independent of each other: shared out over the
  // matrix threads (Eigen::nbThreads(), which the engine sets), the SVD first as the largest.
  std::exception_ptr failure;
#pragma omp parallel for schedule(dynamic, 1) num_threads(Eigen::nbThreads())
  for (int task = 0; task <= G; ++task) {
    try {
      if (task == 0) ws.singularValues = singularValues<S>(W);
      else ws.gateEigenvalues[static_cast<std::size_t>(task - 1)] = eigenvalues<S>(W.middleRows((task - 1) * H, H));
    } catch (...) {
#pragma omp critical(rnnscope_weight_spectrum)
      failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
  ws.sigmaMax = ws.singularValues.empty() ? 0 : ws.singularValues.front();
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
