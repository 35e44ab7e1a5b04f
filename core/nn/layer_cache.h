#pragma once
// What one recurrent layer remembers of a window, and its gradient buffers.
//
// Dimension letters (used in every shape comment of core/nn):
//   B batch streams, T steps in the window, N = T*B positions (column n = t*B + b),
//   I input size of the layer, H hidden size, G gates (1 rnn, 4 lstm, 3 gru), V vocabulary.
#include <vector>

#include "core/nn/config.h"
#include "core/nn/tensor.h"

namespace rnnscope {

// Row-major views of one layer's parameters in PyTorch layout, and of their gradients.
// The layer-norm gains and biases are empty views ([0, 0]) unless the model has layer_norm.
template <class S, class MapT>
struct LayerTensors {
  MapT Wih;  // [GH, I]
  MapT Whh;  // [GH, H]
  MapT bih;  // [GH, 1]
  MapT bhh;  // [GH, 1]
  MapT lnIhGain{nullptr, 0, 0}, lnIhBias{nullptr, 0, 0};  // [GH, 1] LN of W_ih x
  MapT lnHhGain{nullptr, 0, 0}, lnHhBias{nullptr, 0, 0};  // [GH, 1] LN of W_hh h_{t-1}
  MapT lnCGain{nullptr, 0, 0}, lnCBias{nullptr, 0, 0};    // [H, 1]  LN of c_t (LSTM)
};
template <class S> using LayerWeights = LayerTensors<S, ConstRowMap<S>>;
template <class S> using LayerGrads = LayerTensors<S, RowMap<S>>;

// Forces one cell to a value at every step (an intervention: what does a "quote cell" do to
// the text when held on?). For LSTM, clamping the cell state c also recomputes h = o*tanh(c).
struct CellClamp {
  int layer = 0;
  int unit = 0;
  bool cellState = false;  // clamp c (LSTM) instead of h
  double value = 0;
};

template <class S>
struct LayerCache {
  CellKind cell = CellKind::Rnn;
  Nonlinearity nonlinearity = Nonlinearity::Tanh;
  GruVariant gruVariant = GruVariant::ResetAfter;
  bool layerNorm = false;  // rnn, lstm only (ModelConfig::layerNorm)
  int H = 0, G = 1, B = 0, T = 0;
  std::vector<CellClamp> clamps;  // of this layer; applied after every step

  // forward
  Mat<S> pre;    // [GH, N]  W_ih x_t + b_ih at every position; with layer norm LN(W_ih x_t) + b_ih
  Mat<S> gates;  // [GH, N]  activated gates: LSTM (i,f,g,o), GRU (r,z,n); unused by vanilla
  Mat<S> h;      // [H, N+B] first B columns: the state carried in; then h_0 .. h_{T-1}
  Mat<S> c;      // [H, N+B] LSTM cell state, same layout
  Mat<S> aux;    // [H, N]   LSTM tanh(c_t); GRU reset_after W_hn h_{t-1} + b_hn; classic r*h_{t-1}
  Mat<S> rec;    // [GH, B]  scratch: recurrent pre-activation of one step

  // layer normalisation (layerNorm only, else empty): xhat = (a - mean) / sqrt(var + eps) per
  // column, before gain and bias, and 1 / sqrt(var + eps) per column (core/nn/layer_norm.h)
  Mat<S> lnInHat;      // [GH, N] of a = W_ih x_t
  RowVec<S> lnInInv;   // [N]
  Mat<S> lnRecHat;     // [GH, N] of a = W_hh h_{t-1}
  RowVec<S> lnRecInv;  // [N]
  Mat<S> lnCHat;       // [H, N]  of a = c_t (LSTM); aux then holds tanh(LN(c_t))
  RowVec<S> lnCInv;    // [N]     (LSTM)

  // backward
  Mat<S> dpreIn;   // [GH, N] dL/d(W_ih x + b_ih)
  Mat<S> dpreRec;  // [GH, N] dL/d(W_hh h + b_hh); differs from dpreIn only in GRU's n rows
                   //         (with layer norm: dL/d(LN(W_hh h) + b_hh), dpreIn: dL/d(LN(W_ih x) + b_ih))
  Mat<S> dprojIn;  // [GH, N] dL/d(W_ih x) through the layer norm (layerNorm only)
  Mat<S> dprojRec; // [GH, N] dL/d(W_hh h_{t-1}) through the layer norm (layerNorm only)
  Mat<S> dlnC;     // [H, N]  dL/d(LN(c_t)), the argument of h's tanh (layerNorm LSTM only)
  Mat<S> dhEnd;    // [H, B]  dL/d(h carried out) from beyond the window, or empty: zero (truncated
                   //         BPTT); a seq2seq encoder receives its decoder's dL/dh_{-1} here
  Mat<S> dcEnd;    // [H, B]  the same for c (LSTM)
  Mat<S> dh;       // [H, B]  dL/dh_t flowing in from step t+1
  Mat<S> dc;       // [H, B]  dL/dc_t flowing in from step t+1 (LSTM)
  Mat<S> scratch;  // [H, B]
  std::vector<S> dhNorm;  // [T] ||dL/dh_t||, the total derivative (from the loss at t and after)
  std::vector<S> dcNorm;  // [T] ||dL/dc_t|| (LSTM)

  // Opt-in record of the whole vectors behind dhNorm/dcNorm, for the step-through view
  // (core/analysis/bptt_trace.h). Off by default: the time loop then neither sizes nor writes them.
  bool recordStateGradients = false;
  Mat<S> dhAll;  // [H, N] total dL/dh_t = from above at t + from step t+1 (when recording)
  Mat<S> dcAll;  // [H, N] total dL/dc_t = from c_{t+1} via f + dh_t o (1 - tanh^2 c_t) (LSTM, when recording)

  int N() const { return T * B; }
  auto hPrev(int t) { return h.middleCols(t * B, B); }         // h_{t-1}
  auto hAt(int t) { return h.middleCols((t + 1) * B, B); }     // h_t
  auto cPrev(int t) { return c.middleCols(t * B, B); }
  auto cAt(int t) { return c.middleCols((t + 1) * B, B); }
  auto at(Mat<S>& m, int t) { return m.middleCols(t * B, B); }
  auto hPrev(int t) const { return h.middleCols(t * B, B); }
  auto hAt(int t) const { return h.middleCols((t + 1) * B, B); }
  auto cPrev(int t) const { return c.middleCols(t * B, B); }
  auto cAt(int t) const { return c.middleCols((t + 1) * B, B); }
  auto at(const Mat<S>& m, int t) const { return m.middleCols(t * B, B); }
  auto at(RowVec<S>& v, int t) { return v.segment(t * B, B); }
  auto at(const RowVec<S>& v, int t) const { return v.segment(t * B, B); }

  // Sizes every buffer for a window; a no-op when the shape is unchanged, so the training
  // loop allocates only when batch or window length change.
  void resize(int batch, int steps);
};

}  // namespace rnnscope
