// The gradient-flow toy's figures, which the toy lesson's text states: 0.9^50 and 1.1^50, the
// matrix line on top of the scalar's, and the eigenvalues on the circle of radius f.
#include <gtest/gtest.h>

#include <cmath>

#include "core/analysis/eigenvalues.h"
#include "core/analysis/gradient_toy.h"

namespace rnnscope {
namespace {

TEST(GradientToy, TheScalarLineIsFToTheK) {
  const auto fading = scalarGradientFlow(0.9, 50);
  ASSERT_EQ(fading.size(), 51u);
  EXPECT_DOUBLE_EQ(fading[0], 1.0);
  EXPECT_NEAR(fading[50], 0.00515, 0.00001);  // the lesson says "0.005"
  EXPECT_NEAR(scalarGradientFlow(1.1, 50)[50], 117.39, 0.01);  // "117"
  EXPECT_DOUBLE_EQ(scalarGradientFlow(1.0, 50)[50], 1.0);
  EXPECT_NEAR(factorPerStep(fading, 0, 50), 0.9, 1e-12);
}

TEST(GradientToy, AScaledOrthogonalMatrixDrawsTheScalarsLineAndHasItsEigenvaluesOnTheCircle) {
  for (double f : {0.9, 1.0, 1.1}) {
    const Mat<double> m = scaledOrthogonal(f, 8, 7);
    Vec<double> g(8);
    g << 1, -2, 0.5, 3, 0, 1, -1, 2;
    const auto matrix = matrixGradientFlow(m, g, 50);
    const auto scalar = scalarGradientFlow(f, 50);
    for (std::size_t k = 0; k < scalar.size(); ++k) EXPECT_NEAR(matrix[k] / scalar[k], 1.0, 1e-12) << "f " << f << " k " << k;
    for (const auto& lambda : eigenvalues<double>(m)) EXPECT_NEAR(std::abs(lambda), f, 1e-10);
  }
}

TEST(GradientToy, AMatrixWithUnequalEigenvaluesIsNotTheScalarsLine) {
  // The matrix line equals f^k because every eigenvalue has modulus f, not for any matrix of
  // spectral radius f: a diagonal matrix with a smaller second eigenvalue falls below it.
  Mat<double> m = Mat<double>::Zero(2, 2);
  m(0, 0) = 1.0;
  m(1, 1) = 0.5;
  Vec<double> g(2);
  g << 0, 1;
  EXPECT_NEAR(matrixGradientFlow(m, g, 10)[10], std::pow(0.5, 10), 1e-15);
  EXPECT_TRUE(std::isnan(factorPerStep({1.0, 0.0}, 0, 1)));
}

}  // namespace
}  // namespace rnnscope
