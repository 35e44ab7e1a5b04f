#include "core/analysis/eigenvalues.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <Eigen/Eigenvalues>

#include "core/util/error.h"

namespace rnnscope {

namespace {

using Pair = std::pair<std::complex<double>, std::complex<double>>;

// Eigenvalues of [a b; c d]: d + p +- sqrt(p^2 + bc), p = (a - d)/2. For a real pair the one
// with z = p + sign(p) sqrt(p^2 + bc) has no cancellation, and the other follows from
// (d + p)^2 - (p^2 + bc) = ad - bc as d - bc/z.
template <class S>
Pair eigenvalues2x2(S a, S b, S c, S d) {
  const S p = S(0.5) * (a - d), disc = p * p + b * c;
  if (disc >= 0) {
    const S z = p + std::copysign(std::sqrt(disc), p);
    return {d + z, z != 0 ? d - (b / z) * c : d};
  }
  const double re = d + p, im = std::sqrt(-disc);
  return {{re, im}, {re, -im}};
}

// The top row of the active window that ends at row hi: going up from hi, the first k whose
// subdiagonal entry is negligible beside its diagonal neighbours,
// |h(k,k-1)| <= eps (|h(k-1,k-1)| + |h(k,k)|)  (Golub & Van Loan 7.5.1); it is set to zero.
template <class S>
Index windowStart(Mat<S>& h, Index hi, S norm) {
  const S eps = std::numeric_limits<S>::epsilon();
  for (Index k = hi; k > 0; --k) {
    S neighbours = std::abs(h(k - 1, k - 1)) + std::abs(h(k, k));
    if (neighbours == 0) neighbours = norm;
    if (std::abs(h(k, k - 1)) <= eps * neighbours || std::abs(h(k, k - 1)) < std::numeric_limits<S>::min()) {
      h(k, k - 1) = 0;
      return k;
    }
  }
  return 0;
}

// A Householder reflector P = I - tau v v^T, v = (1, v1, v2), with P (x, y, z)^T = (beta, 0, 0)^T.
template <class S>
struct Reflector {
  S tau = 0, v1 = 0, v2 = 0, beta = 0;
  Reflector(S x, S y, S z) {
    const S scale = std::abs(x) + std::abs(y) + std::abs(z);  // the reflector is scale-free
    if (scale == 0) return;
    x /= scale, y /= scale, z /= scale;
    const S norm = std::sqrt(x * x + y * y + z * z);
    const S b = -std::copysign(norm, x);  // the sign that avoids cancellation in x - b
    tau = (b - x) / b;
    v1 = y / (x - b);
    v2 = z / (x - b);
    beta = b * scale;
  }
};

// P from the left on rows k..k+r-1 (r = 2 or 3), columns j0..j1.
template <class S>
void reflectRows(Mat<S>& h, const Reflector<S>& p, Index k, int r, Index j0, Index j1) {
  for (Index j = j0; j <= j1; ++j) {
    S* col = &h(k, j);
    const S w = p.tau * (col[0] + p.v1 * col[1] + (r == 3 ? p.v2 * col[2] : S(0)));
    col[0] -= w;
    col[1] -= w * p.v1;
    if (r == 3) col[2] -= w * p.v2;
  }
}

// P from the right on columns k..k+r-1, rows i0..i1.
template <class S>
void reflectColumns(Mat<S>& h, const Reflector<S>& p, Index k, int r, Index i0, Index i1) {
  S* c0 = &h(0, k);
  S* c1 = &h(0, k + 1);
  S* c2 = r == 3 ? &h(0, k + 2) : nullptr;
  for (Index i = i0; i <= i1; ++i) {
    const S w = p.tau * (c0[i] + p.v1 * c1[i] + (r == 3 ? p.v2 * c2[i] : S(0)));
    c0[i] -= w;
    c1[i] -= w * p.v1;
    if (r == 3) c2[i] -= w * p.v2;
  }
}

// One implicit double-shift QR sweep on the window h[lo..hi, lo..hi], hi - lo >= 2, with the
// two shifts given by their sum s and product t (Golub & Van Loan 7.5.2): a reflector brings
// in the first column of (H - s1 I)(H - s2 I) = H^2 - s H + t I, which is nonzero in three
// entries only, and further reflectors chase the bulge this makes down the subdiagonal.
// Only the window is updated: rows above lo and columns right of hi belong to the Schur
// form, which is not wanted.
template <class S>
void francisSweep(Mat<S>& h, Index lo, Index hi, S s, S t) {
  S x = h(lo, lo) * h(lo, lo) + h(lo, lo + 1) * h(lo + 1, lo) - s * h(lo, lo) + t;
  S y = h(lo + 1, lo) * (h(lo, lo) + h(lo + 1, lo + 1) - s);
  S z = h(lo + 1, lo) * h(lo + 2, lo + 1);
  for (Index k = lo; k < hi; ++k) {
    const int r = k + 2 <= hi ? 3 : 2;
    if (k > lo) {  // the bulge sits in column k-1, below the subdiagonal
      x = h(k, k - 1);
      y = h(k + 1, k - 1);
      z = r == 3 ? h(k + 2, k - 1) : S(0);
    }
    const Reflector<S> p(x, y, z);
    if (p.tau == 0) continue;
    if (k > lo) {
      h(k, k - 1) = p.beta;
      h(k + 1, k - 1) = 0;
      if (r == 3) h(k + 2, k - 1) = 0;
    }
    reflectRows(h, p, k, r, k, hi);
    reflectColumns(h, p, k, r, lo, std::min(k + 3, hi));
  }
}

}  // namespace

template <class S>
std::vector<std::complex<double>> hessenbergEigenvalues(Mat<S>& h) {
  const Index n = h.rows();
  if (h.cols() != n) throw Error("eigenvalues need a square matrix");
  for (Index j = 0; j + 2 < n; ++j) h.col(j).tail(n - j - 2).setZero();
  const S norm = n > 0 ? h.cwiseAbs().maxCoeff() : S(0);
  std::vector<std::complex<double>> out(static_cast<std::size_t>(n));
  int sinceDeflation = 0;
  Index sweeps = 0;
  const Index maxSweeps = 30 * std::max<Index>(n, 10);
  for (Index hi = n - 1; hi >= 0;) {
    const Index lo = windowStart(h, hi, norm);
    if (lo == hi) {  // a 1x1 block has split off
      out[static_cast<std::size_t>(hi)] = h(hi, hi);
      hi -= 1;
      sinceDeflation = 0;
    } else if (lo == hi - 1) {  // a 2x2 block: a real pair or a complex conjugate pair
      const auto [first, second] = eigenvalues2x2(h(hi - 1, hi - 1), h(hi - 1, hi), h(hi, hi - 1), h(hi, hi));
      out[static_cast<std::size_t>(hi - 1)] = first;
      out[static_cast<std::size_t>(hi)] = second;
      hi -= 2;
      sinceDeflation = 0;
    } else {
      if (++sweeps > maxSweeps) throw Error("the QR iteration for eigenvalues did not converge");
      ++sinceDeflation;
      S s, t;
      if (sinceDeflation % 10 == 0) {
        // exceptional shift after 10 sweeps without deflation, to break a cycle (EISPACK hqr's
        // ad hoc values): the eigenvalues of [w + 3e/4, -7e^2/16 / e; e, w + 3e/4]
        const S e = std::abs(h(hi, hi - 1)) + std::abs(h(hi - 1, hi - 2));
        const S w = h(hi, hi) + S(0.75) * e;
        s = 2 * w;
        t = w * w + S(0.4375) * e * e;
      } else {  // the eigenvalues of the trailing 2x2 block (Francis' double shift)
        s = h(hi - 1, hi - 1) + h(hi, hi);
        t = h(hi - 1, hi - 1) * h(hi, hi) - h(hi - 1, hi) * h(hi, hi - 1);
      }
      francisSweep(h, lo, hi, s, t);
    }
  }
  return out;
}

template <class S>
std::vector<std::complex<double>> eigenvalues(const Mat<S>& a) {
  if (a.rows() != a.cols()) throw Error("eigenvalues need a square matrix");
  if (a.rows() == 0) return {};
  Mat<S> h = Eigen::HessenbergDecomposition<Mat<S>>(a).matrixH();  // A = Q H Q^T, Householder
  return hessenbergEigenvalues<S>(h);
}

template std::vector<std::complex<double>> eigenvalues<float>(const Mat<float>&);
template std::vector<std::complex<double>> eigenvalues<double>(const Mat<double>&);
template std::vector<std::complex<double>> hessenbergEigenvalues<float>(Mat<float>&);
template std::vector<std::complex<double>> hessenbergEigenvalues<double>(Mat<double>&);

}  // namespace rnnscope
