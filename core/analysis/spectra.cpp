#include "core/analysis/spectra.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <limits>
#include <optional>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

#include "core/analysis/eigenvalues.h"
#include "core/analysis/singular_values.h"
#include "core/util/random.h"

namespace rnnscope {

namespace {
template <class S> std::vector<double> toVector(const Vec<S>& v) { return {v.data(), v.data() + v.size()}; }

// Column j of a . b for blocks whose columns are independent problems: [m].
template <class S>
Vec<S> columnDots(const Mat<S>& a, const Mat<S>& b) {
  return a.cwiseProduct(b).colwise().sum().transpose();
}

// 1/x, or 0 where x is 0 (a column whose Lanczos run has stopped).
template <class S>
Vec<S> safeInverse(const Vec<S>& x) {
  return x.unaryExpr([](S v) { return v > 0 ? S(1) / v : S(0); });
}

// The largest eigenvalue of the symmetric tridiagonal matrix with diagonal a [k] and
// off-diagonal b [k-1], known to be at least `below`, by bisection on Sturm counts: the
// number of eigenvalues under x is the number of negative pivots of T - x I = L D L^T
// (Golub & Van Loan 8.4.1). O(k) per halving, no allocation.
template <class S>
S topTridiagonalEigenvalue(const Vec<S>& a, const Vec<S>& b, S below) {
  const Index k = a.size();
  const auto allBelow = [&](S x) {  // every eigenvalue < x
    S pivot = a[0] - x;
    Index negative = pivot < 0;
    for (Index i = 1; i < k; ++i) {
      if (pivot == 0) pivot = std::numeric_limits<S>::epsilon() * (std::abs(x) + std::numeric_limits<S>::min());
      pivot = a[i] - x - b[i - 1] * b[i - 1] / pivot;
      negative += pivot < 0;
    }
    return negative == k;
  };
  S hi = 0;  // Gershgorin: no eigenvalue exceeds a_i + |b_{i-1}| + |b_i|
  for (Index i = 0; i < k; ++i) hi = std::max(hi, a[i] + (i > 0 ? std::abs(b[i - 1]) : S(0)) + (i + 1 < k ? std::abs(b[i]) : S(0)));
  S lo = std::min(std::max(below, S(0)), hi);
  const S tolerance = 2 * std::numeric_limits<S>::epsilon();
  while (hi - lo > tolerance * hi) {
    const S mid = S(0.5) * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (allBelow(mid) ? hi : lo) = mid;
  }
  return hi;
}

// sigma_max(J_j) of each column's Jacobian J_j of the operator, by Golub-Kahan-Lanczos
// bidiagonalisation run for every column in lockstep,
//   J V_k = U_k B_k,  J^T U_k = V_k B_k^T + beta_k v_{k+1} e_k^T,  B_k upper bidiagonal,
// whose top singular value converges to sigma_max(J) from below within a few steps even when
// the leading singular values are close (where power iteration crawls). A step is one block
// product with J and one with J^T for all running columns at once (a matrix product with
// W_hh, not m matrix-vector products); a column that has converged leaves the block. Full
// re-orthogonalisation keeps each column's U and V orthonormal for the few steps taken.
// `start` [n, m] holds the start vectors (ones if empty). With `left` / `right`, the top
// left / right singular vectors come back too: [n, m].
template <class S>
Vec<S> lockstepSigmaMax(const StateJacobianOperator<S>& op, const Mat<S>& start, Mat<S>* left = nullptr,
                        Mat<S>* right = nullptr) {
  const Index n = op.size(), m = op.columns(), kMax = std::min<Index>(n, 48);
  const S tolerance = S(64) * std::numeric_limits<S>::epsilon();
  Mat<S> v0 = start.size() == n * m ? start : Mat<S>::Ones(n, m);
  v0.colwise().normalize();
  // Each column's whole history, kept for the singular vectors: V_i, U_i of column j
  std::vector<Mat<S>> Vall(static_cast<std::size_t>(m)), Uall(static_cast<std::size_t>(m));
  Mat<S> alpha = Mat<S>::Zero(kMax, m), beta = Mat<S>::Zero(kMax, m);  // B's diagonals, per column
  Vec<S> sigma = Vec<S>::Zero(m);
  std::vector<Index> kept(static_cast<std::size_t>(m), 0);  // steps that count, per column
  // The running block: its columns are the original columns `running`, with their Lanczos
  // vectors so far V[i], U[i] ([n, r] each) and their own operator.
  std::vector<Index> running(static_cast<std::size_t>(m));
  for (Index j = 0; j < m; ++j) running[static_cast<std::size_t>(j)] = j;
  std::optional<StateJacobianOperator<S>> block(op);  // an operator holds views: re-made, not assigned
  std::vector<Mat<S>> V{v0}, U;
  Vec<S> betaBefore;  // beta_{k-1} of the block's columns
  Mat<S> R, W;
  // sigma(B)^2 = eigenvalues of B^T B, which is tridiagonal: diagonal alpha_i^2 + beta_{i-1}^2,
  // off-diagonal alpha_i beta_i
  auto tridiagonal = [&](Index j, Index k, Vec<S>& diagonal, Vec<S>& offDiagonal) {
    diagonal = alpha.col(j).head(k).cwiseAbs2();
    diagonal.tail(k - 1) += beta.col(j).head(k - 1).cwiseAbs2();
    offDiagonal = alpha.col(j).head(k - 1).cwiseProduct(beta.col(j).head(k - 1));
  };
  Vec<S> diagonal, offDiagonal;
  for (Index k = 0; k < kMax && !running.empty(); ++k) {
    const Index r = static_cast<Index>(running.size());
    Vec<S> a(r), bnext(r);
    block->apply(V[k], R);
    if (k > 0) R -= U[k - 1] * betaBefore.asDiagonal();
    for (Index i = 0; i < k; ++i) R -= U[i] * columnDots<S>(U[i], R).asDiagonal();
    a = R.colwise().norm().transpose();
    U.push_back(R * safeInverse<S>(a).asDiagonal());
    block->applyTranspose(U[k], W);
    W -= V[k] * a.asDiagonal();
    for (Index i = 0; i <= k; ++i) W -= V[i] * columnDots<S>(V[i], W).asDiagonal();
    bnext = W.colwise().norm().transpose();
    V.push_back(W * safeInverse<S>(bnext).asDiagonal());
    betaBefore = bnext;
    std::vector<Index> stay;  // positions in the block that go on
    for (Index p = 0; p < r; ++p) {
      const Index j = running[static_cast<std::size_t>(p)];
      alpha(k, j) = a[p];
      beta(k, j) = bnext[p];
      if (!(a[p] > tolerance * sigma[j])) continue;  // J maps what is left to ~0
      kept[static_cast<std::size_t>(j)] = k + 1;
      tridiagonal(j, k + 1, diagonal, offDiagonal);
      const S next = std::sqrt(topTridiagonalEigenvalue<S>(diagonal, offDiagonal, sigma[j] * sigma[j]));
      const bool converged = std::abs(next - sigma[j]) <= tolerance * next;
      const bool invariant = !(bnext[p] > tolerance * a[p]);
      sigma[j] = next;
      if (!converged && !invariant) stay.push_back(p);
    }
    if ((left || right) && static_cast<Index>(stay.size()) < r) {  // keep the finished columns' vectors
      for (Index p = 0, s = 0; p < r; ++p) {
        if (s < static_cast<Index>(stay.size()) && stay[static_cast<std::size_t>(s)] == p) { ++s; continue; }
        const auto j = static_cast<std::size_t>(running[static_cast<std::size_t>(p)]);
        Vall[j].resize(n, k + 1);
        Uall[j].resize(n, k + 1);
        for (Index i = 0; i <= k; ++i) Vall[j].col(i) = V[i].col(p), Uall[j].col(i) = U[i].col(p);
      }
    }
    if (static_cast<Index>(stay.size()) < r) {  // shrink the block to the columns still running
      std::vector<Index> next;
      for (Index p : stay) next.push_back(running[static_cast<std::size_t>(p)]);
      running = std::move(next);
      if (running.empty()) break;
      block.emplace(op.select(running));
      for (auto& x : V) x = x(Eigen::all, stay).eval();
      for (auto& x : U) x = x(Eigen::all, stay).eval();
      betaBefore = betaBefore(stay).eval();
    }
  }
  if (left || right) {
    for (std::size_t p = 0; p < running.size(); ++p) {  // stopped at kMax
      const auto j = static_cast<std::size_t>(running[p]);
      const Index k = kept[j];
      Vall[j].resize(n, k);
      Uall[j].resize(n, k);
      for (Index i = 0; i < k; ++i) Vall[j].col(i) = V[i].col(Index(p)), Uall[j].col(i) = U[i].col(Index(p));
    }
    if (left) left->setZero(n, m);
    if (right) right->setZero(n, m);
    for (Index j = 0; j < m; ++j) {
      const Index k = kept[static_cast<std::size_t>(j)];
      if (k == 0) continue;
      tridiagonal(j, k, diagonal, offDiagonal);
      Eigen::SelfAdjointEigenSolver<Mat<S>> solver;
      solver.computeFromTridiagonal(diagonal, offDiagonal, Eigen::ComputeEigenvectors);
      const Vec<S> y = solver.eigenvectors().col(k - 1);  // top right singular vector of B
      if (right) right->col(j) = Vall[static_cast<std::size_t>(j)] * y;
      Vec<S> By = alpha.col(j).head(k).cwiseProduct(y);  // B y, B upper bidiagonal
      By.head(k - 1) += beta.col(j).head(k - 1).cwiseProduct(y.tail(k - 1));
      if (left) left->col(j) = Uall[static_cast<std::size_t>(j)] * By.normalized();
    }
  }
  return sigma;
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
  const int T = model.lastSteps();
  if (T == 0) return {};
  // every step at once, in one block per matrix thread (each a whole Lanczos run of its own)
  const int parts = std::max(1, std::min(Eigen::nbThreads(), T));
  std::vector<StateJacobianOperator<S>> ops;
  for (int p = 0; p < parts; ++p) {
    std::vector<int> steps;
    for (int t = p * T / parts; t < (p + 1) * T / parts; ++t) steps.push_back(t);
    ops.push_back(model.stateJacobianOperator(layer, steps, b));
  }
  std::vector<double> out(static_cast<std::size_t>(T));
  // All start from the top right singular vector of the last step's J: the Jacobians of one
  // window share W_hh, and a start close to the answer saves most Lanczos steps.
  Mat<S> v;
  lockstepSigmaMax<S>(model.stateJacobianOperator(layer, std::vector<int>{T - 1}, b), Mat<S>(), nullptr, &v);
#pragma omp parallel for schedule(static, 1) num_threads(parts)
  for (int p = 0; p < parts; ++p) {
    const auto& op = ops[static_cast<std::size_t>(p)];
    const Vec<S> sigma = lockstepSigmaMax<S>(op, v.replicate(1, op.columns()));
    std::copy(sigma.data(), sigma.data() + sigma.size(), out.begin() + p * T / parts);
  }
  return out;
}

template <class S>
std::vector<double> jacobianProductSigmaMax(const Model<S>& model, int layer, Index b, Index block) {
  const int T = model.lastSteps();
  std::vector<double> out(static_cast<std::size_t>(T));
  // P_d^T = J_{T-d+1}^T P_{d-1}^T. Keep Q (orthonormal, [n, k]) and the accumulated
  // triangular factor Racc (in double) with P_d^T Q0 = Q Racc. Q0 starts as an orthonormal
  // basis of J_T's dominant left singular subspace: its top left singular vector (Lanczos, so
  // d = 1 is exact) and a randomised range estimate for the rest. No J is ever formed: each
  // step is one product J^T Q from W_hh and the step's cached gates.
  const auto opAt = [&](int t, Index columns) { return model.stateJacobianOperator(layer, std::vector<int>(std::size_t(columns), t), b); };
  const auto lastOne = opAt(T - 1, 1);
  const Index n = lastOne.size(), k = std::min(block, n);
  Mat<S> uTop;
  lockstepSigmaMax<S>(lastOne, Mat<S>(), &uTop);
  Mat<S> start(n, k);
  start.col(0) = uTop.col(0);
  if (k > 1) {
    const auto last = opAt(T - 1, k - 1);
    Rng rng(0x5eed);
    Mat<S> omega(n, k - 1), range, back;
    for (Index i = 0; i < omega.size(); ++i) omega.data()[i] = static_cast<S>(rng.normal());
    last.apply(omega, range);
    for (int power = 0; power < 2; ++power) {  // range = (J J^T)^2 J omega
      last.applyTranspose(range, back);
      last.apply(back, range);
    }
    start.rightCols(k - 1) = range;
  }
  Mat<S> Q = Eigen::HouseholderQR<Mat<S>>(start).householderQ() * Mat<S>::Identity(n, k), JtQ;
  Mat<double> Racc = Mat<double>::Identity(k, k);
  double logScale = 0;  // Racc is renormalised to stay in range; the scale is kept as a log
  for (int d = 1; d <= T; ++d) {
    opAt(T - d, k).applyTranspose(Q, JtQ);
    Eigen::HouseholderQR<Mat<S>> qr(JtQ);
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
    // sigma_max(Racc)^2 = lambda_max(Racc^T Racc): squaring costs no accuracy at the top of
    // the spectrum, and a k x k symmetric eigenvalue problem is several times cheaper than an SVD
    const Mat<double> gram = Racc.transpose() * Racc;
    const Eigen::SelfAdjointEigenSolver<Mat<double>> small(gram, Eigen::EigenvaluesOnly);
    out[static_cast<std::size_t>(d - 1)] = std::exp(logScale + 0.5 * std::log(std::max(0.0, small.eigenvalues()[k - 1])));
  }
  return out;
}

namespace {
// Runs independent tasks over the matrix threads, in the order given (so longest first packs
// best); the first exception any task throws is rethrown here. Inside the parallel region
// Eigen's own products stay on their task's thread (OpenMP does not nest by default).
void runTasks(const std::vector<std::function<void()>>& tasks) {
  std::exception_ptr failure;
  const int n = static_cast<int>(tasks.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(Eigen::nbThreads())
  for (int i = 0; i < n; ++i) {
    try {
      tasks[static_cast<std::size_t>(i)]();
    } catch (...) {
#pragma omp critical(rnnscope_spectra_tasks)
      if (!failure) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
}

// The tasks that fill a WeightSpectrum: G eigenvalue problems (one per H x H gate block) and
// the SVD of the whole W_hh [GH, H], the SVD first as the largest. W must outlive them.
template <class S>
void addWeightSpectrumTasks(const Model<S>& model, const Mat<S>& W, WeightSpectrum& ws,
                            std::vector<std::function<void()>>& tasks) {
  const auto& cfg = model.config();
  const Index H = cfg.hidden;
  ws.gamma = cfg.cell == CellKind::Rnn ? 1.0 : 0.25;  // vanilla: tanh' <= 1 (relu too); gated: sigmoid' <= 1/4
  ws.gateEigenvalues.resize(static_cast<std::size_t>(cfg.gates()));
  tasks.push_back([&W, &ws] { ws.singularValues = singularValues<S>(W); });
  for (int g = 0; g < cfg.gates(); ++g)
    tasks.push_back([&W, &ws, g, H] { ws.gateEigenvalues[static_cast<std::size_t>(g)] = eigenvalues<S>(W.middleRows(g * H, H)); });
}

void finishWeightSpectrum(WeightSpectrum& ws) {
  ws.sigmaMax = ws.singularValues.empty() ? 0 : ws.singularValues.front();
  ws.gateSpectralRadius.clear();
  for (const auto& gate : ws.gateEigenvalues) {
    double rho = 0;
    for (const auto& e : gate) rho = std::max(rho, std::abs(e));
    ws.gateSpectralRadius.push_back(rho);
  }
}
}  // namespace

template <class S>
WeightSpectrum weightSpectrum(const Model<S>& model, int layer) {
  const Mat<S>& W = model.params().value(model.layerIds(layer).Whh);  // [GH, H]
  WeightSpectrum ws;
  std::vector<std::function<void()>> tasks;
  addWeightSpectrumTasks(model, W, ws, tasks);
  runTasks(tasks);
  finishWeightSpectrum(ws);
  return ws;
}

template <class S>
LayerSpectra layerSpectra(const Model<S>& model, int layer, int selectedStep) {
  LayerSpectra ls;
  ls.selectedStep = selectedStep;
  const Mat<S>& W = model.params().value(model.layerIds(layer).Whh);  // [GH, H]
  // Longest first (LSTM, hidden 256, one thread: 20, 17, 9 ms, then 5 and 4 x 8 ms).
  std::vector<std::function<void()>> tasks = {
      [&] { ls.sigmaMaxOverTime = jacobianSigmaMaxOverTime(model, layer); },
      [&] { ls.singularValuesAtSelected = jacobianSingularValues(model, layer, selectedStep); },
      [&] { ls.productSigmaMax = jacobianProductSigmaMax(model, layer); }};
  addWeightSpectrumTasks(model, W, ls.weights, tasks);
  runTasks(tasks);
  finishWeightSpectrum(ls.weights);
  // With layer norm, J_t = diag(act') diag(g_hh) J_LN W_hh, and J_LN scales by 1 / std(W_hh h_{t-1}):
  // sigma_max(W_hh) bounds nothing, so there is no bound to draw (docs/math-conventions.md).
  if (!model.config().layerNorm) ls.bound = vanishingBound(ls.weights.gamma, ls.weights.sigmaMax, model.lastSteps());
  return ls;
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
  template WeightSpectrum weightSpectrum<S>(const Model<S>&, int);                                \
  template LayerSpectra layerSpectra<S>(const Model<S>&, int, int);
RNNSCOPE_INSTANTIATE(float)
RNNSCOPE_INSTANTIATE(double)
#undef RNNSCOPE_INSTANTIATE

}  // namespace rnnscope
