#include "core/analysis/singular_values.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

#include <Eigen/QR>
#include <Eigen/Householder>

#include "core/util/error.h"

namespace rnnscope {

namespace {

// A plane rotation [c s; -s c] with c y + s z = r = sqrt(y^2 + z^2), -s y + c z = 0. The
// squares are scaled first only when they would overflow or underflow (what std::hypot does
// always, several times slower; the iteration is bound by this rotation's latency).
template <class S>
struct Rotation {
  S c = 1, s = 0, r = 0;
  Rotation(S y, S z) {
    const S big = std::max(std::abs(y), std::abs(z));
    if (big == 0) return;
    static const S safeMin = std::sqrt(std::numeric_limits<S>::min()) * 4, safeMax = S(1) / safeMin;
    if (big > safeMin && big < safeMax) {
      r = std::sqrt(y * y + z * z);
    } else {
      const S ys = y / big, zs = z / big;
      r = big * std::sqrt(ys * ys + zs * zs);
    }
    const S inverse = S(1) / r;
    c = y * inverse;
    s = z * inverse;
  }
};

// Row i has a zero diagonal: rotations of rows (j, i), j = i+1..hi, from the left move its
// superdiagonal entry along the row until it falls off the block (Golub & Van Loan 8.6.2).
template <class S>
void clearRow(Vec<S>& d, Vec<S>& e, Index i, Index hi) {
  S f = e[i];
  e[i] = 0;
  for (Index j = i + 1; j <= hi && f != 0; ++j) {
    const Rotation<S> g(d[j], f);
    d[j] = g.r;
    if (j < hi) {
      f = -g.s * e[j];
      e[j] *= g.c;
    }
  }
}

// The block's last diagonal entry is zero: rotations of columns (j, hi), j = hi-1..lo, from
// the right move the entry above it up the column until it falls off the block.
template <class S>
void clearLastColumn(Vec<S>& d, Vec<S>& e, Index lo, Index hi) {
  S f = e[hi - 1];
  e[hi - 1] = 0;
  for (Index j = hi - 1; j >= lo && f != 0; --j) {
    const Rotation<S> g(d[j], f);
    d[j] = g.r;
    if (j > lo) {
      f = -g.s * e[j - 1];
      e[j - 1] *= g.c;
    }
  }
}

// One Golub-Kahan SVD step on the block lo..hi (Golub & Van Loan 8.6.1): an implicit QR step
// on B^T B with the Wilkinson shift mu (the eigenvalue of B^T B's trailing 2x2 closer to its
// last entry), done as alternating column and row rotations that chase a bulge down B.
template <class S>
void golubKahanStep(Vec<S>& d, Vec<S>& e, Index lo, Index hi) {
  const S eBefore = hi - 1 > lo ? e[hi - 2] : S(0);
  const S a11 = d[hi - 1] * d[hi - 1] + eBefore * eBefore, a12 = d[hi - 1] * e[hi - 1];
  const S a22 = d[hi] * d[hi] + e[hi - 1] * e[hi - 1];
  const S delta = S(0.5) * (a11 - a22);
  const S root = Rotation<S>(delta, a12).r;
  const S denominator = delta + std::copysign(root, delta);  // no cancellation
  const S mu = denominator != 0 ? a22 - a12 * a12 / denominator : a22;
  S y = d[lo] * d[lo] - mu, z = d[lo] * e[lo];
  for (Index k = lo; k < hi; ++k) {
    const Rotation<S> right(y, z);  // columns k, k+1: clears z (the first column of B^T B - mu I, then the bulge)
    if (k > lo) e[k - 1] = right.r;
    const S dk = right.c * d[k] + right.s * e[k];
    const S ek = -right.s * d[k] + right.c * e[k];
    const S bulgeBelow = right.s * d[k + 1];
    const S dNext = right.c * d[k + 1];
    const Rotation<S> left(dk, bulgeBelow);  // rows k, k+1: clears the bulge below the diagonal
    d[k] = left.r;
    e[k] = left.c * ek + left.s * dNext;
    d[k + 1] = -left.s * ek + left.c * dNext;
    if (k + 1 < hi) {
      y = e[k];
      z = left.s * e[k + 1];  // the bulge right of the superdiagonal
      e[k + 1] *= left.c;
    }
  }
}

// A = U B V^T with B upper bidiagonal, by alternating Householder reflections from the left
// (clearing column k below the diagonal) and from the right (clearing row k right of the
// superdiagonal), Golub & Van Loan 5.4.2. Unblocked on purpose: its matrix-vector products
// run on the calling thread, where the blocked form's many small parallel products stall
// whenever the second core is busy. a [m, n], m >= n, is overwritten.
template <class S>
void bidiagonalize(Mat<S>& a, Vec<S>& d, Vec<S>& e) {
  const Index m = a.rows(), n = a.cols();
  d.resize(n);
  e.resize(n - 1);
  Vec<S> workspace(m);
  for (Index k = 0; k < n; ++k) {
    S tau, beta;
    a.col(k).tail(m - k).makeHouseholderInPlace(tau, beta);
    d[k] = beta;
    a.bottomRightCorner(m - k, n - k - 1).applyHouseholderOnTheLeft(a.col(k).tail(m - k - 1), tau, workspace.data());
    if (k + 1 == n) break;
    a.row(k).tail(n - k - 1).makeHouseholderInPlace(tau, beta);
    e[k] = beta;
    a.bottomRightCorner(m - k - 1, n - k - 1)
        .applyHouseholderOnTheRight(a.row(k).tail(n - k - 2).transpose(), tau, workspace.data());
  }
}

}  // namespace

template <class S>
Vec<S> bidiagonalSingularValues(Vec<S> d, Vec<S> e) {
  const Index n = d.size();
  if (n == 0) return d;
  if (e.size() != n - 1) throw Error("a bidiagonal matrix of order n has n - 1 superdiagonal entries");
  const S eps = std::numeric_limits<S>::epsilon();
  const S norm = std::max(d.cwiseAbs().maxCoeff(), e.size() > 0 ? e.cwiseAbs().maxCoeff() : S(0));
  const S tiny = eps * norm;  // entries below this are rounding noise of the bidiagonalisation
  Index steps = 0;
  const Index maxSteps = 30 * std::max<Index>(n, 10);
  for (Index hi = n - 1; hi > 0;) {
    // negligible superdiagonal entries split the matrix (Golub & Van Loan 8.6.2)
    for (Index i = 0; i < hi; ++i)
      if (std::abs(e[i]) <= eps * (std::abs(d[i]) + std::abs(d[i + 1])) || std::abs(e[i]) <= tiny * eps) e[i] = 0;
    while (hi > 0 && e[hi - 1] == 0) --hi;
    if (hi == 0) break;
    Index lo = hi - 1;
    while (lo > 0 && e[lo - 1] != 0) --lo;
    // a zero on the diagonal: rotate its row's (or the last column's) off-diagonal entry away
    Index zero = -1;
    for (Index i = lo; i <= hi && zero < 0; ++i)
      if (std::abs(d[i]) <= tiny) d[i] = 0, zero = i;
    if (zero >= 0) {
      if (zero < hi) clearRow(d, e, zero, hi);
      else clearLastColumn(d, e, lo, hi);
      continue;
    }
    if (++steps > maxSteps) throw Error("the QR iteration for singular values did not converge");
    golubKahanStep(d, e, lo, hi);
  }
  Vec<S> sv = d.cwiseAbs();
  std::sort(sv.data(), sv.data() + n, std::greater<S>());
  return sv;
}

template <class S>
Vec<S> denseSingularValues(const Mat<S>& a) {
  if (a.rows() < a.cols()) return denseSingularValues<S>(a.transpose());
  const Index n = a.cols();
  if (n == 0) return Vec<S>();
  if (a.rows() > n) {  // A = Q R: R [n, n] has A's singular values
    const Eigen::HouseholderQR<Mat<S>> qr(a);
    return denseSingularValues<S>(qr.matrixQR().topRows(n).template triangularView<Eigen::Upper>().toDenseMatrix());
  }
  if (n == 1) return Vec<S>::Constant(1, std::abs(a(0, 0)));
  Mat<S> work = a;
  Vec<S> d, e;
  bidiagonalize<S>(work, d, e);
  return bidiagonalSingularValues<S>(std::move(d), std::move(e));
}

template Vec<float> bidiagonalSingularValues<float>(Vec<float>, Vec<float>);
template Vec<double> bidiagonalSingularValues<double>(Vec<double>, Vec<double>);
template Vec<float> denseSingularValues<float>(const Mat<float>&);
template Vec<double> denseSingularValues<double>(const Mat<double>&);

}  // namespace rnnscope
