// The eigenvalues-only Hessenberg QR against Eigen's EigenSolver (double), compared as
// multisets, on matrices that exercise real and complex deflation, exceptional shifts and
// degenerate spectra.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include "core/analysis/eigenvalues.h"
#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {
namespace {

using Complexes = std::vector<std::complex<double>>;

Mat<double> randomMatrix(Index n, std::uint64_t seed, double scale = 1.0) {
  Rng rng(seed);
  Mat<double> m(n, n);
  for (Index i = 0; i < m.size(); ++i) m.data()[i] = scale * rng.normal();
  return m;
}

Mat<double> randomOrthogonal(Index n, std::uint64_t seed) {
  return Eigen::HouseholderQR<Mat<double>>(randomMatrix(n, seed)).householderQ();
}

// The largest distance between matched eigenvalues, matching each of `got` to the nearest
// unused one of `want` in turn (exact for well separated spectra; for clusters an upper bound
// on a tolerance-sized mismatch is all that is asked).
double multisetDistance(const Complexes& got, const Complexes& want) {
  EXPECT_EQ(got.size(), want.size());
  std::vector<bool> used(want.size(), false);
  double worst = 0;
  for (const auto& g : got) {
    double best = INFINITY;
    std::size_t at = 0;
    for (std::size_t i = 0; i < want.size(); ++i)
      if (!used[i] && std::abs(g - want[i]) < best) best = std::abs(g - want[i]), at = i;
    if (at < used.size()) used[at] = true;
    worst = std::max(worst, best);
  }
  return worst;
}

Complexes reference(const Mat<double>& a) {
  const Eigen::VectorXcd ev = Eigen::EigenSolver<Mat<double>>(a, false).eigenvalues();
  return {ev.data(), ev.data() + ev.size()};
}

void expectSameSpectrum(const Mat<double>& a, double tolerance) {
  const Complexes got = eigenvalues<double>(a);
  ASSERT_EQ(got.size(), static_cast<std::size_t>(a.rows()));
  EXPECT_LE(multisetDistance(got, reference(a)), tolerance);
  // real matrices: non-real eigenvalues come in conjugate pairs, the positive one first
  for (std::size_t i = 0; i < got.size(); ++i)
    if (got[i].imag() > 0) {
      ASSERT_LT(i + 1, got.size());
      EXPECT_EQ(got[i + 1], std::conj(got[i]));
    }
}

TEST(Eigenvalues, RandomMatricesMatchEigenSolver) {
  for (Index n : {3, 4, 5, 8, 17, 64, 150}) {
    const Mat<double> a = randomMatrix(n, 100 + n, 1.0 / std::sqrt(double(n)));
    expectSameSpectrum(a, 1e-10);
  }
}

TEST(Eigenvalues, OneByOneAndTwoByTwo) {
  expectSameSpectrum(Mat<double>::Constant(1, 1, -3.5), 0);
  Mat<double> real(2, 2), rotation(2, 2), repeated(2, 2);
  real << 2, 1, 1, 3;            // (5 +- sqrt 5)/2
  rotation << 0, -2, 2, 0;       // +-2i
  repeated << 1, 1, 0, 1;        // a Jordan block: 1, 1
  expectSameSpectrum(real, 1e-14);
  expectSameSpectrum(rotation, 1e-14);
  expectSameSpectrum(repeated, 1e-14);
  const Complexes r = eigenvalues<double>(rotation);
  EXPECT_DOUBLE_EQ(r[0].imag(), 2.0);
  EXPECT_DOUBLE_EQ(r[1].imag(), -2.0);
  EXPECT_TRUE(eigenvalues<double>(Mat<double>(0, 0)).empty());
}

TEST(Eigenvalues, ComplexPairsOfABlockRotation) {
  // Q diag(R(theta_1), ..., R(theta_k)) Q^T: eigenvalues rho_j exp(+-i theta_j), known exactly
  const Index k = 20, n = 2 * k;
  Mat<double> blocks = Mat<double>::Zero(n, n);
  Complexes want;
  for (Index j = 0; j < k; ++j) {
    const double theta = 0.1 + 0.15 * double(j), rho = 0.5 + 0.05 * double(j);
    blocks.block(2 * j, 2 * j, 2, 2) << rho * std::cos(theta), -rho * std::sin(theta), rho * std::sin(theta),
        rho * std::cos(theta);
    want.push_back(std::polar(rho, theta));
    want.push_back(std::polar(rho, -theta));
  }
  const Mat<double> q = randomOrthogonal(n, 7);
  const Mat<double> a = q * blocks * q.transpose();
  EXPECT_LE(multisetDistance(eigenvalues<double>(a), want), 1e-12);
  expectSameSpectrum(a, 1e-12);
}

TEST(Eigenvalues, ScaledOrthogonalHasItsSpectrumOnACircle) {
  for (double scale : {0.9, 1.0, 1.7}) {
    const Mat<double> a = scale * randomOrthogonal(96, 11);
    const Complexes got = eigenvalues<double>(a);
    for (const auto& e : got) EXPECT_NEAR(std::abs(e), scale, 1e-12 * scale);
    expectSameSpectrum(a, 1e-11);
  }
}

TEST(Eigenvalues, DiagonalZeroAndNilpotent) {
  Mat<double> d = Mat<double>::Zero(6, 6);
  d.diagonal() << 0.5, -2.0, 1.0, 0.25, 0.0, 1.0;
  expectSameSpectrum(d, 0);
  expectSameSpectrum(Mat<double>::Zero(7, 7), 0);
  // a single nilpotent Jordan block J_n(0): eigenvalue 0 with multiplicity n. Rounding moves
  // it by up to eps^(1/n) in exact arithmetic on a perturbation, here nothing perturbs it
  Mat<double> jordan = Mat<double>::Zero(8, 8);
  for (Index i = 0; i + 1 < 8; ++i) jordan(i, i + 1) = 1;
  for (const auto& e : eigenvalues<double>(jordan)) EXPECT_EQ(std::abs(e), 0.0);
  // the same block in a rotated basis: the eigenvalues scatter on a circle of radius about
  // eps^(1/8) ~ 0.01, the textbook sensitivity of a defective eigenvalue; both solvers agree
  // on that scale only
  const Mat<double> q = randomOrthogonal(8, 3);
  const Mat<double> rotated = q * jordan * q.transpose();
  for (const auto& e : eigenvalues<double>(rotated)) EXPECT_LT(std::abs(e), 0.05);
  // a Jordan block for 2 beside well separated eigenvalues
  Mat<double> mixed = randomMatrix(10, 5, 0.1);
  mixed.topLeftCorner(3, 3) << 2, 1, 0, 0, 2, 1, 0, 0, 2;
  mixed.bottomLeftCorner(7, 3).setZero();
  Complexes got = eigenvalues<double>(mixed);
  int nearTwo = 0;
  for (const auto& e : got) nearTwo += std::abs(e - 2.0) < 1e-3;
  EXPECT_EQ(nearTwo, 3);
  expectSameSpectrum(mixed, 1e-3);
}

TEST(Eigenvalues, PermutationNeedsExceptionalShifts) {
  // the cyclic shift: its standard shifts are zero, so plain Francis sweeps stall (a classic
  // example); eigenvalues are the n-th roots of unity
  const Index n = 12;
  Mat<double> p = Mat<double>::Zero(n, n);
  for (Index i = 0; i < n; ++i) p((i + 1) % n, i) = 1;
  Complexes want;
  for (Index k = 0; k < n; ++k) want.push_back(std::polar(1.0, 2 * std::numbers::pi * double(k) / double(n)));
  EXPECT_LE(multisetDistance(eigenvalues<double>(p), want), 1e-12);
}

TEST(Eigenvalues, FloatAgreesWithDoubleToItsPrecision) {
  const Mat<double> a = randomMatrix(128, 21, 1.0 / std::sqrt(128.0));
  const Complexes got = eigenvalues<float>(a.cast<float>());
  EXPECT_LE(multisetDistance(got, reference(a)), 1e-4);
}

TEST(Eigenvalues, HessenbergInputIgnoresEntriesBelowTheSubdiagonal) {
  Mat<double> h = randomMatrix(9, 31);
  for (Index j = 0; j < 9; ++j)
    for (Index i = j + 2; i < 9; ++i) h(i, j) = 0;
  const Complexes want = reference(h);
  Mat<double> dirty = h;
  dirty(8, 0) = 100;
  dirty(5, 1) = -7;
  EXPECT_LE(multisetDistance(hessenbergEigenvalues<double>(dirty), want), 1e-11);
  EXPECT_THROW(eigenvalues<double>(Mat<double>::Zero(2, 3)), Error);
}

}  // namespace
}  // namespace rnnscope
