// Singular values only (bidiagonalisation + Golub-Kahan QR) against Eigen's JacobiSVD in
// double, on square, tall, wide, rank-deficient and graded matrices and on bidiagonals with
// zeros on the diagonal.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include <Eigen/QR>
#include <Eigen/SVD>

#include "core/analysis/singular_values.h"
#include "core/analysis/spectra.h"
#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {
namespace {

Mat<double> randomMatrix(Index rows, Index cols, std::uint64_t seed) {
  Rng rng(seed);
  Mat<double> m(rows, cols);
  for (Index i = 0; i < m.size(); ++i) m.data()[i] = rng.normal();
  return m;
}

Vec<double> reference(const Mat<double>& a) { return Eigen::JacobiSVD<Mat<double>>(a).singularValues(); }

void expectSameValues(const Mat<double>& a, double relative) {
  const Vec<double> got = denseSingularValues<double>(a), want = reference(a);
  ASSERT_EQ(got.size(), want.size());
  ASSERT_TRUE(std::is_sorted(got.data(), got.data() + got.size(), std::greater<double>()));
  const double scale = want.size() > 0 ? want[0] : 0.0;
  for (Index i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], relative * scale) << "i = " << i;
}

TEST(SingularValues, SquareTallAndWideMatchJacobiSvd) {
  for (auto [rows, cols] : {std::pair<Index, Index>{1, 1}, {2, 2}, {7, 7}, {64, 64}, {200, 200}, {40, 9}, {9, 40}, {1, 5}, {5, 1}})
    expectSameValues(randomMatrix(rows, cols, std::uint64_t(rows * 1000 + cols)), 1e-12);
  EXPECT_EQ(denseSingularValues<double>(Mat<double>(0, 3)).size(), 0);
}

TEST(SingularValues, RankDeficientHasExactZerosWithinRounding) {
  Mat<double> a = randomMatrix(30, 30, 4);
  a.col(3).setZero();
  a.row(11).setZero();
  a.col(7) = a.col(8) * 2.0;
  a.col(20) = a.col(1) - a.col(2);
  const Vec<double> got = denseSingularValues<double>(a);
  // a zero column and two dependent ones: rank 27 (the zero row takes nothing more away)
  for (Index i = 27; i < 30; ++i) EXPECT_LT(got[i], 1e-13 * got[0]) << "i = " << i;
  EXPECT_GT(got[26], 1e-3 * got[0]);
  expectSameValues(a, 1e-12);
  expectSameValues(Mat<double>::Zero(6, 6), 0);
}

TEST(SingularValues, KnownValuesOfAnOrthogonalSandwich) {
  // U diag(s) V^T with graded s over 12 orders of magnitude: the values are known exactly
  const Index n = 24;
  Vec<double> s(n);
  for (Index i = 0; i < n; ++i) s[i] = std::pow(10.0, 2.0 - 0.5 * double(i));
  const Mat<double> u = Eigen::HouseholderQR<Mat<double>>(randomMatrix(n, n, 1)).householderQ();
  const Mat<double> v = Eigen::HouseholderQR<Mat<double>>(randomMatrix(n, n, 2)).householderQ();
  const Vec<double> got = denseSingularValues<double>(u * s.asDiagonal() * v.transpose());
  for (Index i = 0; i < n; ++i) EXPECT_NEAR(got[i], s[i], 1e-13 * s[0]) << "i = " << i;
}

TEST(SingularValues, BidiagonalWithZerosOnTheDiagonal) {
  // zeros inside and at the end of the diagonal need the rotations that clear a row or the
  // last column before the QR steps can go on
  Vec<double> d(6), e(5);
  d << 1.0, 0.0, 3.0, -2.0, 0.5, 0.0;
  e << 0.7, 1.1, -0.4, 2.0, 0.9;
  Mat<double> b = Mat<double>::Zero(6, 6);
  b.diagonal() = d;
  b.diagonal<1>() = e;
  const Vec<double> got = bidiagonalSingularValues<double>(d, e), want = reference(b);
  for (Index i = 0; i < 6; ++i) EXPECT_NEAR(got[i], want[i], 1e-14 * want[0]) << "i = " << i;
  // rank 5: the last row is zero (and so the first two columns are parallel)
  EXPECT_LT(got[5], 1e-14);
  EXPECT_GT(got[4], 0.05);
  EXPECT_THROW(bidiagonalSingularValues<double>(d, Vec<double>(2)), Error);
}

TEST(SingularValues, FloatAgreesWithDoubleToItsPrecision) {
  const Mat<double> a = randomMatrix(96, 96, 9);
  const Vec<float> got = denseSingularValues<float>(a.cast<float>());
  const Vec<double> want = reference(a);
  for (Index i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 2e-5 * want[0]) << "i = " << i;
  // the public entry point in spectra.h is the same computation
  const auto viaSpectra = singularValues<double>(a);
  for (Index i = 0; i < want.size(); ++i) EXPECT_NEAR(viaSpectra[std::size_t(i)], want[i], 1e-12 * want[0]);
}

}  // namespace
}  // namespace rnnscope
