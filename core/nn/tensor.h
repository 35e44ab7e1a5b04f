#pragma once
// Eigen names used across the core. Activations are column-major with one column per
// (time, batch) position; parameters are row-major views into one flat buffer, so their
// memory layout is exactly PyTorch's and a checkpoint is a plain copy.
#include <Eigen/Dense>

namespace rnnscope {

using Index = Eigen::Index;

template <class S> using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;
template <class S> using RowMat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <class S> using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;
template <class S> using RowVec = Eigen::Matrix<S, 1, Eigen::Dynamic>;
template <class S> using RowMap = Eigen::Map<RowMat<S>>;
template <class S> using ConstRowMap = Eigen::Map<const RowMat<S>>;
template <class S> using VecMap = Eigen::Map<Vec<S>>;
template <class S> using ConstVecMap = Eigen::Map<const Vec<S>>;

}  // namespace rnnscope
