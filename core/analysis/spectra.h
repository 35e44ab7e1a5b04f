#pragma once
// Why gradients vanish or explode, in numbers: the singular values of each step's state
// Jacobian J_t = d s_t / d s_{t-1}, of their product over a distance d, and of W_hh itself,
// beside the bound ||J_T ... J_{T-d+1}|| <= (gamma * lambda)^d, gamma = max |act'|
// (1 for tanh, 1/4 for sigmoid), lambda = sigma_max(W_hh).
#include <complex>
#include <vector>

#include "core/nn/model.h"

namespace rnnscope {

// Singular values (descending) of a matrix, computed in its own precision.
template <class S>
std::vector<double> singularValues(const Mat<S>& m);

// All singular values of J_t for one layer at step t of the last window (batch column b).
template <class S>
std::vector<double> jacobianSingularValues(const Model<S>& model, int layer, int t, Index b = 0);

// sigma_max(J_t) for every step t of the last window: [T].
template <class S>
std::vector<double> jacobianSigmaMaxOverTime(const Model<S>& model, int layer, Index b = 0);

// sigma_max(J_T J_{T-1} ... J_{T-d+1}) for d = 1..T, T the window's last step: [T].
// The product is propagated as an orthonormal block re-orthogonalised (QR) at every step,
// so it neither overflows nor loses the dominant direction; with block = state size the
// result is exact, with a smaller block it is exact at d = 1 and a lower bound after
// (the block starts on J_T's dominant left singular subspace).
template <class S>
std::vector<double> jacobianProductSigmaMax(const Model<S>& model, int layer, Index b = 0, Index block = 16);

struct WeightSpectrum {
  std::vector<double> singularValues;               // of the whole W_hh [GH, H], descending
  std::vector<std::vector<std::complex<double>>> gateEigenvalues;  // [G][H] of each H x H gate block
  std::vector<double> gateSpectralRadius;            // [G] rho = max |eigenvalue| of each gate block
  // lambda in the vanilla RNN's bound. rho <= sigma_max always, and for a non-normal W_hh
  // sigma_max can be far larger: one step may stretch a state by sigma_max even when rho < 1.
  double sigmaMax = 0;
  double gamma = 1;                                  // max |activation'|: 1 (tanh, relu) or 1/4 (sigmoid)
};

template <class S>
WeightSpectrum weightSpectrum(const Model<S>& model, int layer);

// (gamma * lambda)^d for d = 1..n.
std::vector<double> vanishingBound(double gamma, double lambda, int n);

// Everything the Jacobian and weight-spectrum views show of one layer after a window.
struct LayerSpectra {
  int selectedStep = 0;                          // the timestep whose full spectrum is below
  std::vector<double> singularValuesAtSelected;  // of J at selectedStep, descending
  std::vector<double> sigmaMaxOverTime;          // [T] sigma_max(J_t)
  std::vector<double> productSigmaMax;           // [T] sigma_max of the product over distance d = 1..T
  std::vector<double> bound;                     // [T] (gamma * lambda)^d; empty with layer norm (no such bound)
  WeightSpectrum weights;
};

// The live analysis of one layer (batch column 0): the pieces above, which do not depend on
// each other, run as separate tasks over the matrix threads (Eigen::nbThreads()), longest
// first, each on one thread; with one matrix thread, one after the other.
template <class S>
LayerSpectra layerSpectra(const Model<S>& model, int layer, int selectedStep);

}  // namespace rnnscope
