#pragma once
// Every number of one forward and one backward pass over a short window of one stream, step by
// step, for the "step through BPTT" view: the forward pass t = 0..T-1 (input, pre-activation,
// gates, h_t, c_t, logits, softmax, loss_t), then the backward pass t = T-1..0 (dL/dy_t, the
// two parts of dL/dh_t, dL/dc_t, dL/d(pre-activation), and each step's term of every weight
// gradient with the running sums), and what truncation cuts at the window's start.
//
// The numbers come from the model's own forward, loss() and backward() (with the opt-in
// record of LayerCache::recordStateGradients); what the trace adds is bookkeeping around them
// (per-step outer products, the split of dL/dh_t into its two sources). Shapes use the letters
// of core/nn/layer_cache.h with B = 1, so N = T; n = H, or 2H for LSTM (s = [h; c]).
// Conventions: docs/math-conventions.md, "Stepping through BPTT".
#include <cstdint>
#include <span>
#include <vector>

#include "core/nn/model.h"

namespace rnnscope {

// Matrices of size G*H x max(I, H) per step (weight-gradient terms and their running sums) and
// the state Jacobians are kept only for layers this small; norms are kept always.
inline constexpr int kBpttDetailMaxHidden = 16;

struct BpttTraceOptions {
  int detailMaxHidden = kBpttDetailMaxHidden;  // H above this: norms only, no per-step matrices
};

// One parameter tensor's share of step t of the backward walk.
template <class S>
struct BpttGradientStep {
  Mat<S> term;        // this step's term (same shape as the tensor; empty when not detailed)
  Mat<S> cumulative;  // sum of the terms of steps t..T-1: the gradient so far (empty when not detailed)
  S termNorm = 0;        // Frobenius norm of term (always)
  S cumulativeNorm = 0;  // Frobenius norm of cumulative (always); at t = 0 that of the model's gradient
};

// The Euclidean norm of every vector of a BpttLayerStep (0 for one that is empty), for drawing a
// large layer as strips.
template <class S>
struct BpttLayerNorms {
  S x = 0, inputProjection = 0, recurrentProjection = 0, preactivation = 0, gates = 0, h = 0, c = 0;
  S dhFromAbove = 0, dhFromFuture = 0, dh = 0, dcFromFuture = 0, dcFromH = 0, dc = 0;
  S dpreIn = 0, dpreRec = 0, dx = 0;
};

// One recurrent layer at step t. Gate blocks are H rows each: LSTM (i, f, g, o), GRU (r, z, n).
template <class S>
struct BpttLayerStep {
  // forward
  Vec<S> x;                    // [I]  x_t: one-hot of the token (E = 0), its embedding row, or h_t of the layer below
  Vec<S> inputProjection;      // [GH] W_ih x_t + b_ih
  Vec<S> recurrentProjection;  // [GH] W_hh h_{t-1} + b_hh; GRU classic's n rows: W_hn (r*h_{t-1}) + b_hn
  // [GH] a_t, the argument of each gate's activation: inputProjection + recurrentProjection,
  // except GRU reset_after's n rows, W_in x + b_in + r*(W_hn h_{t-1} + b_hn)
  Vec<S> preactivation;
  Vec<S> gates;  // [GH] activated gates (LSTM i,f,g,o; GRU r,z,n); empty for vanilla
  Vec<S> h;      // [H]  h_t
  Vec<S> c;      // [H]  c_t (LSTM; empty otherwise)

  // backward. dL/dh_t = dhFromAbove + dhFromFuture (the split the model's time loop adds up).
  Vec<S> dhFromAbove;   // [H] top layer: W_hy^T dL/dy_t; lower layers: dL/dx_t of the layer above
  // [H] h-rows of J_{t+1}^T dL/ds_{t+1}: everything step t+1 sends back to h_t (through the
  // gates and W_hh, GRU's direct z*dh or (1-z)*dh, LSTM's route via c_{t+1}); zero at t = T-1
  Vec<S> dhFromFuture;
  Vec<S> dh;            // [H] total dL/dh_t, as the model's backward pass had it
  // LSTM only (empty otherwise): dL/dc_t = dcFromFuture + dcFromH
  Vec<S> dcFromFuture;  // [H] f_{t+1} * dL/dc_{t+1}, the c-rows of J_{t+1}^T dL/ds_{t+1}; zero at t = T-1
  Vec<S> dcFromH;       // [H] dL/dh_t * o_t * (1 - tanh^2 c_t), through h_t = o_t tanh(c_t)
  Vec<S> dc;            // [H] total dL/dc_t, as the model's backward pass had it
  Vec<S> dpreIn;        // [GH] dL/d(W_ih x_t + b_ih)
  Vec<S> dpreRec;       // [GH] dL/d(recurrentProjection); differs from dpreIn only in GRU's n rows
  Vec<S> dx;            // [I] dL/dx_t = W_ih^T dpreIn (dense input only; empty for one-hot)
  // this step's terms of the layer's gradients:
  BpttGradientStep<S> Wih;  // [GH, I] dpreIn_t x_t^T
  BpttGradientStep<S> Whh;  // [GH, H] dpreRec_t h_{t-1}^T (GRU classic's n rows: dpreRec_t (r*h_{t-1})^T)
  BpttGradientStep<S> bih;  // [GH, 1] dpreIn_t (term and cumulative kept at every size)
  BpttGradientStep<S> bhh;  // [GH, 1] dpreRec_t (term and cumulative kept at every size)

  Mat<S> jacobian;  // [n, n] J_t = ds_t/ds_{t-1} (Model::stateJacobian); empty when not detailed
  BpttLayerNorms<S> norms;
};

// The head and the loss at step t, and the embedding's share of the backward walk.
template <class S>
struct BpttOutputStep {
  std::int32_t input = 0;   // token x_t
  std::int32_t target = 0;  // token to predict
  Vec<S> logits;            // [V] y_t = W_hy h_t + b_hy (top layer's h_t)
  Vec<S> probabilities;     // [V] p_t = softmax(y_t)
  S loss = 0;               // loss_t = -log p_t[target] (nats); the window's loss is their mean
  Vec<S> dlogits;           // [V] dL/dy_t = (p_t - onehot(target)) / T, L the mean over the window
  BpttGradientStep<S> Why;    // [V, H] dy_t h_t^T
  BpttGradientStep<S> bhy;    // [V, 1] dy_t (kept at every size)
  BpttGradientStep<S> embed;  // [V, E] row input_t: dL/dx_t of layer 0 (E > 0; all empty for one-hot)
  S dlogitsNorm = 0;
};

// Where truncated BPTT cuts, for one layer: the state carried across from the previous window,
// and the gradient arriving at it, dL/ds_{-1} = J_0^T dL/ds_0. Truncated BPTT treats the
// carried state as a constant and drops this gradient: it would have to flow on into the
// previous window, whose graph is gone. Full BPTT of one long window has no such cut.
template <class S>
struct BpttBoundary {
  Vec<S> hCarried;  // [H] h_{-1}
  Vec<S> cCarried;  // [H] c_{-1} (LSTM)
  Vec<S> dh;        // [H] dL/dh_{-1}, dropped
  Vec<S> dc;        // [H] dL/dc_{-1} = f_0 * dL/dc_0 (LSTM), dropped
  S dhNorm = 0, dcNorm = 0;
};

template <class S>
struct BpttTrace {
  CellKind cell = CellKind::Rnn;
  Nonlinearity nonlinearity = Nonlinearity::Tanh;
  GruVariant gruVariant = GruVariant::ResetAfter;
  int T = 0, L = 0, H = 0, G = 1, V = 0, E = 0;
  bool detailed = false;  // H <= options.detailMaxHidden: matrices kept, not only norms
  S loss = 0;             // mean of output[t].loss, as Model::loss returned it
  std::vector<BpttOutputStep<S>> output;             // [T]
  std::vector<std::vector<BpttLayerStep<S>>> layers;  // [L][T], layer 0 at the bottom
  std::vector<BpttBoundary<S>> boundary;             // [L]
};

// Runs model.forward, loss and backward over one stream (B = 1, T = inputs.size()) starting
// from carriedIn, and collects every number of both passes. The model is left as after that
// pass: its caches, logits and gradients describe this window (give it a copy of the model
// when that matters). The record of state gradients is switched off again before returning.
// Throws rnnscope::Error for an empty window, inputs and targets of different lengths, a
// carried state that is not one stream of the model's layers, or clamped cells (the backward
// pass does not follow a clamp, so the trace would not describe the forward pass).
template <class S>
BpttTrace<S> traceBackpropagation(Model<S>& model, std::span<const std::int32_t> inputs,
                                  std::span<const std::int32_t> targets, const RecurrentState<S>& carriedIn,
                                  const BpttTraceOptions& options = {});

}  // namespace rnnscope
