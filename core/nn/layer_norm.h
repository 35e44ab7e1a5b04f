#pragma once
// Layer normalisation of each column over its rows (Ba, Kiros & Hinton 2016), computed as
// PyTorch's nn.LayerNorm computes it: the biased variance (divided by n, not n-1) and eps
// inside the square root. Used by the layer-normalised cells (cells.h) and by the state
// Jacobians (jacobian_operator.h); the equations are in docs/math-conventions.md.
#include <type_traits>

#include "core/nn/tensor.h"

namespace rnnscope {

inline constexpr double kLayerNormEps = 1e-5;

// a [n, m] column by column: xhat = (a - mean(a)) / sqrt(var(a) + eps), invStd = 1 / sqrt(var(a) + eps)
// ([1, m]), then a <- gain * xhat + bias in place (gain, bias: [n]).
template <class A, class Xh, class Inv, class Gain, class Bias>
void layerNormForward(A&& a, Xh&& xhat, Inv&& invStd, const Gain& gain, const Bias& bias) {
  using S = typename std::decay_t<A>::Scalar;
  const RowVec<S> mean = a.colwise().mean();
  xhat = a.rowwise() - mean;
  invStd = (xhat.array().square().colwise().mean() + S(kLayerNormEps)).rsqrt().matrix();
  xhat.array().rowwise() *= invStd.array();
  a = ((xhat.array().colwise() * gain.array()).colwise() + bias.array()).matrix();
}

// The derivative of xhat with respect to a, applied to each column v of a block:
//   J = invStd (I - 1 1^T / n - xhat xhat^T / n),  v <- J v,
// each column with its own xhat and invStd. J is symmetric, so this is also J^T v: the
// backward pass (v = gain * dL/dy gives dL/da) and the forward-mode product (v = da) alike.
template <class V, class Xh, class Inv>
void layerNormJacobian(V&& v, const Xh& xhat, const Inv& invStd) {
  using S = typename std::decay_t<V>::Scalar;
  const RowVec<S> mv = v.colwise().mean();
  const RowVec<S> mx = xhat.cwiseProduct(v).colwise().mean();
  v.rowwise() -= mv;
  v.array() -= xhat.array().rowwise() * mx.array();
  v.array().rowwise() *= invStd.array();
}

// The same J of ONE position (xhat [n], invStd) applied to every column of M [n, k]: M <- J M.
template <class S, class Xh>
void layerNormJacobianOf(Mat<S>& M, const Xh& xhat, S invStd) {
  const S n = S(M.rows());
  M.rowwise() -= RowVec<S>(M.colwise().mean());
  const RowVec<S> proj = (xhat.transpose() * M) / n;
  M.noalias() -= xhat * proj;
  M *= invStd;
}

}  // namespace rnnscope
