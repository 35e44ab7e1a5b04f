#pragma once
// Eigenvalues of a real square matrix, and nothing else: Householder reduction to upper
// Hessenberg form, then Francis' implicit double-shift QR iteration with deflation
// (Golub & Van Loan, "Matrix Computations", 4th ed., algorithms 7.4.2 and 7.5.2).
// Since neither the Schur vectors nor the Schur form are wanted, each QR sweep updates only
// the active (not yet deflated) diagonal window, as EISPACK's hqr and LAPACK's xLAHQR do with
// wantt = false: a window of m rows costs O(m^2) per sweep instead of O(n m).
#include <complex>
#include <vector>

#include "core/nn/tensor.h"

namespace rnnscope {

// The n eigenvalues of the square matrix a, computed in its own precision S, complex pairs
// adjacent (conjugates, positive imaginary part first); no particular order otherwise.
// Throws rnnscope::Error if the iteration does not converge (30 sweeps per eigenvalue).
template <class S>
std::vector<std::complex<double>> eigenvalues(const Mat<S>& a);

// The same for a matrix already in upper Hessenberg form (entries below the first
// subdiagonal are ignored); h is overwritten.
template <class S>
std::vector<std::complex<double>> hessenbergEigenvalues(Mat<S>& h);

}  // namespace rnnscope
