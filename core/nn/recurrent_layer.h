#pragma once
// One recurrent layer over a window: the time loop shared by every cell, with the work that
// does not depend on time hoisted out of it (one input projection and one product per
// weight gradient per window, in the spirit of cuDNN's persistent RNN kernels' bookkeeping).
#include <cstdint>

#include "core/nn/layer_cache.h"

namespace rnnscope {

// The layer's input: dense columns [I, N] (an embedding or the layer below), or token ids
// [N] meaning one-hot vectors, where W_ih x is a column lookup.
template <class S>
struct LayerInput {
  const S* dense = nullptr;  // column-major [rows, N], contiguous
  Index rows = 0;
  const std::int32_t* tokens = nullptr;
  Eigen::Map<const Mat<S>> matrix(Index n) const { return {dense, rows, n}; }
};

// Runs the window forward. Expects c.h (and c.c) first B columns to hold the state carried
// in; leaves h_0..h_{T-1} after them. c must have been resized for the window.
template <class S>
void layerForward(const LayerWeights<S>& w, LayerCache<S>& c, LayerInput<S> in);

// Backpropagates through the window, from dOut = dL/dh_t of the layer's outputs from above
// ([H, N]); the gradient entering from beyond the window is zero (truncated BPTT).
// Adds the weight gradients into g. Writes dL/dx into dx ([I, N]) for dense input; for
// one-hot input the gradient lands in g.Wih's columns. Leaves dL/d(state carried in) in
// c.dh (and c.dc).
template <class S>
void layerBackward(const LayerWeights<S>& w, LayerGrads<S>& g, LayerCache<S>& c, LayerInput<S> in,
                   const Mat<S>& dOut, Mat<S>* dx);

// The two halves of layerBackward, for analyses that need the gradient through time but not
// the weight gradients: fills c.dpreIn/c.dpreRec/c.dhNorm from dOut, then dx = W_ih^T dpreIn.
// With 0 < steps < T only steps 0..steps-1 are backpropagated, for a dOut that is zero after
// them (a loss at step t sends nothing to later steps): the later columns of dpreIn, dpreRec,
// dx (which must then already be [I, N]) and entries of dhNorm are left as they were. The
// horizon's pass for the loss at step t needs steps = t + 1.
template <class S>
void layerBackwardThroughTime(const LayerWeights<S>& w, LayerCache<S>& c, const Mat<S>& dOut, int steps = -1);
template <class S>
void layerInputGradient(const LayerWeights<S>& w, const LayerCache<S>& c, Mat<S>& dx, int steps = -1);

// A copy of one batch column b of a cache: the same window as seen by stream b alone (B = 1).
template <class S>
LayerCache<S> singleStreamCache(const LayerCache<S>& c, Index b);

// The exact Jacobian d s_t / d s_{t-1} of the layer's state at step t of the last window, for
// batch column b, with the layer's input held fixed; s = h, or [h; c] for LSTM. J: [n, n].
template <class S>
void layerStateJacobian(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, Mat<S>& J);

}  // namespace rnnscope
