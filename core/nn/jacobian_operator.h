#pragma once
// The state Jacobians J_t = d s_t / d s_{t-1} of one layer as operators: J_t X and J_t^T U
// for a block of vectors, each column at its own step t, straight from W_hh and the gate
// values the forward pass cached, without forming any J_t. One product with W_hh (or W_hh^T)
// serves the whole block, plus elementwise work: the arithmetic of one step of forward-mode
// differentiation (J v) or of backpropagation (J^T u, as in cells.h). The explicit matrices
// (layerStateJacobian) are the reference these are tested against.
#include <span>

#include "core/nn/layer_cache.h"

namespace rnnscope {

template <class S>
class StateJacobianOperator {
public:
  // Column j of every block belongs to step steps[j] of batch column b of the cached window.
  // w must outlive the operator (it keeps the views, not copies, of W_hh).
  StateJacobianOperator(const LayerWeights<S>& w, const LayerCache<S>& c, std::span<const int> steps, Index b);

  Index size() const { return n_; }       // state size n: H, or 2H for LSTM ([h; c])
  Index columns() const { return m_; }    // m = steps.size()

  // The operator of a subset of the columns, in the order given.
  StateJacobianOperator select(std::span<const Index> columns) const;

  // Y = J X column by column: Y.col(j) = J_{steps[j]} X.col(j). X, Y: [n, m].
  void apply(const Mat<S>& X, Mat<S>& Y) const;
  // V = J^T U column by column. U, V: [n, m].
  void applyTranspose(const Mat<S>& U, Mat<S>& V) const;

private:
  // Every cell's J is "skip on the state itself + gate factors on W_hh's rows":
  //   vanilla          J x = d * (W x),                            d = act'
  //   GRU reset_after  J x = z*x + a_r*(W_r x) + a_z*(W_z x) + a_n*(W_n x)
  //   GRU classic      J x = (1-z)*x + a_z*(W_z x) + a_n*W_n(a_r*(W_r x) + r*x)
  //   LSTM             J [x; y] = [a_o*(W_o x) + k*dc; dc],  dc = f*y + a_i*(W_i x) + a_f*(W_f x) + a_g*(W_g x)
  // with the factors a_* (cells.h, stateJacobian) gathered per column here.
  // With layer norm (rnn, lstm), every W x above becomes g_hh * J_LN(W x) with the column's own
  // normalisation (J_LN symmetric, core/nn/layer_norm.h), and the LSTM's k * dc becomes
  // k * g_c * J_LN_c(dc): the same products, plus O(GH) elementwise work per column.
  Mat<S> recurrent(const Mat<S>& X) const;           // [GH, m]: W x, or g_hh * J_LN(W x)
  Mat<S> recurrentTranspose(Mat<S> Z) const;         // [H, m]:  W^T z, or W^T J_LN(g_hh * z)
  Mat<S> cellToOutput(const Mat<S>& dc) const;       // [H, m]:  dh_t/dc_t dc (LSTM)
  Mat<S> cellToOutputTranspose(const Mat<S>& u) const;

  LayerWeights<S> w_;
  CellKind cell_;
  GruVariant variant_;
  Index H_, n_, m_;
  Mat<S> gate_;   // [GH, m] a_* per gate row block
  Mat<S> skip_;   // [H, m]  z (GRU reset_after), 1-z (classic), f (LSTM); empty for vanilla
  Mat<S> extra_;  // [H, m]  k = o (1 - tanh^2 c) (LSTM), r (GRU classic)
  bool layerNorm_ = false;
  Vec<S> recGain_, cGain_;    // [GH], [H] (LSTM) layer-norm gains of W_hh h and of c
  Mat<S> recHat_, cHat_;      // [GH, m], [H, m] (LSTM) normalised values of each column's step
  RowVec<S> recInv_, cInv_;   // [m] their 1 / sqrt(var + eps)
};

}  // namespace rnnscope
