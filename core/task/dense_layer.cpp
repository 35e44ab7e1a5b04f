#include "core/task/dense_layer.h"

#include <cmath>

namespace rnnscope {

template <class S>
DenseLayer<S>::DenseLayer(int inputs, int outputs, bool tanhOutput) : inputs_(inputs), outputs_(outputs), tanh_(tanhOutput) {
  weight_ = params_.add("weight", {outputs, inputs});
  bias_ = params_.add("bias", {outputs});
  params_.finalize();
}

template <class S>
void DenseLayer<S>::initialize(Rng& rng) {
  const double bound = 1.0 / std::sqrt(double(inputs_));
  for (Index i = 0; i < params_.values().size(); ++i) params_.values()[i] = static_cast<S>(rng.uniform(-bound, bound));
}

// y = act(W x + b)
template <class S>
const Mat<S>& DenseLayer<S>::forward(const Mat<S>& X) {
  x_ = X;
  y_.noalias() = params_.value(weight_) * X;
  y_.colwise() += params_.value(bias_).col(0);
  if (tanh_) y_ = y_.array().tanh().matrix();
  return y_;
}

// dpre = dy (o (1 - y^2) for tanh);  dW = dpre x^T,  db = sum_b dpre,  dx = W^T dpre
template <class S>
Mat<S> DenseLayer<S>::backward(const Mat<S>& dY) {
  Mat<S> dPre = dY;
  if (tanh_) dPre.array() *= S(1) - y_.array().square();
  params_.grad(weight_).noalias() = dPre * x_.transpose();
  params_.grad(bias_).col(0) = dPre.rowwise().sum();
  return params_.value(weight_).transpose() * dPre;
}

template class DenseLayer<float>;
template class DenseLayer<double>;

}  // namespace rnnscope
