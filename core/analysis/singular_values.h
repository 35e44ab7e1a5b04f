#pragma once
// Singular values only, of a dense matrix: Householder bidiagonalisation, then the
// Golub-Kahan implicit-shift QR iteration on the bidiagonal (Golub & Van Loan, "Matrix
// Computations", 4th ed., algorithms 5.4.2 and 8.6.2). Without singular vectors the
// bidiagonal iteration costs O(n^2), where divide and conquer (Eigen's BDCSVD) still builds
// the small singular-vector matrices it merges: for 512 x 512 that part is most of the time.
#include "core/nn/tensor.h"

namespace rnnscope {

// Singular values, descending, of the upper bidiagonal matrix with diagonal d [n] and
// superdiagonal e [n-1]. Throws rnnscope::Error if the iteration does not converge.
template <class S>
Vec<S> bidiagonalSingularValues(Vec<S> d, Vec<S> e);

// Singular values, descending, of any m x n matrix: min(m, n) of them. A tall matrix is
// reduced to its triangular QR factor first (R has the same singular values), a wide one is
// transposed.
template <class S>
Vec<S> denseSingularValues(const Mat<S>& a);

}  // namespace rnnscope
