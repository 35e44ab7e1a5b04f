#pragma once
// The course's simulate_gradient_flow toy, three times over. Backpropagation through time
// multiplies the gradient by one Jacobian per step back; the toy replaces the Jacobian by
//   1. a number f:                      g_k = f^k g_0
//   2. a matrix M = f Q, Q orthogonal:   ||M^k g|| = f^k ||g|| exactly, since Q keeps lengths;
//                                        every eigenvalue of M has modulus f, so the
//                                        eigenvalues lie inside (f < 1), on (f = 1) or outside
//                                        (f > 1) the unit circle
// and a vanilla RNN whose W_hh starts as the same f Q then adds diag(1 - h^2) to each step,
// which can only take away (tanh' <= 1): its line lies at or below the other two.
#include <complex>
#include <cstdint>
#include <vector>

#include "core/nn/tensor.h"

namespace rnnscope {

// f^k for k = 0..steps.
std::vector<double> scalarGradientFlow(double factor, int steps);

// f Q with Q a uniformly random n x n orthogonal matrix drawn from `seed`.
Mat<double> scaledOrthogonal(double factor, Index n, std::uint64_t seed);

// ||M^k g|| / ||g|| for k = 0..steps (g != 0).
std::vector<double> matrixGradientFlow(const Mat<double>& m, const Vec<double>& g, int steps);

// The average factor per step of a decaying or growing norm: (norms[to] / norms[from])^(1 / (to - from)),
// the slope of the straight line through the two points on a log axis. NaN where undefined.
double factorPerStep(const std::vector<double>& norms, std::size_t from, std::size_t to);

}  // namespace rnnscope
