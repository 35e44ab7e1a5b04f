#pragma once
// A character-level language model: embedding (or one-hot) -> L stacked recurrent layers ->
// linear head -> softmax cross-entropy. Parameters are named and shaped as the PyTorch module
// {embed: nn.Embedding, rnn: nn.RNN/LSTM/GRU, head: nn.Linear} would name them (docs/checkpoint-format.md);
// with layer_norm, each layer also has rnn.ln_ih_l{k}, rnn.ln_hh_l{k} (and rnn.ln_c_l{k}, LSTM)
// .weight (gain) and .bias, named like nn.LayerNorm submodules.
// The same stack serves the sequence tasks (docs/tasks.md): a head over K labels instead of the
// V next tokens (classify, tag), targets that skip positions, no head at all (an encoder), and
// a gradient arriving at the last state from a decoder.
#include <cstdint>
#include <span>
#include <vector>

#include "core/nn/config.h"
#include "core/nn/jacobian_operator.h"
#include "core/nn/layer_cache.h"
#include "core/nn/parameters.h"

namespace rnnscope {

template <class S>
struct RecurrentState {
  std::vector<Mat<S>> h;  // per layer [H, B]
  std::vector<Mat<S>> c;  // per layer [H, B], LSTM only (empty otherwise)
  int batch() const { return h.empty() ? 0 : static_cast<int>(h[0].cols()); }
};

// A target that asks for nothing: its position adds no loss (PyTorch's ignore_index). Classify
// gives every position but the last this target; padded positions of tag and seq2seq have it.
inline constexpr std::int32_t kNoTarget = -1;

template <class S>
class Model {
public:
  explicit Model(const ModelConfig& config);  // parameters zero; see train/initializers.h

  const ModelConfig& config() const { return config_; }
  ParameterSet<S>& params() { return params_; }
  const ParameterSet<S>& params() const { return params_; }

  RecurrentState<S> zeroState(int batch) const;

  // Runs a window forward from `state` (updated to the state after the window).
  // inputs: [N] token ids, time-major (n = t*B + b). Fills logits().
  void forward(std::span<const std::int32_t> inputs, int batch, RecurrentState<S>& state);
  // Mean cross-entropy of the last forward against targets [N] over the positions whose target
  // is not kNoTarget (at least one); fills probabilities(). Needs a head.
  S loss(std::span<const std::int32_t> targets);
  // Softmax of the last forward without a loss (sampling, probing); fills probabilities().
  void computeProbabilities();
  // Gradients of the last loss() w.r.t. every parameter, written (not added) to params().grads().
  // Also leaves per-layer dL/dh_t norms in layerCache(l).dhNorm (and dcNorm). dFinal, when
  // given, is dL/d(the state the window carried out), per layer, from a part that read it.
  void backward(const RecurrentState<S>* dFinal = nullptr);

  // Backpropagates a gradient arriving at the top layer's outputs from elsewhere (analysis sends
  // a single position's loss; an encoder sends zero and receives dFinal): dTop [H, N] replaces
  // the head's contribution.
  void backwardFromTop(const Mat<S>& dTop, const RecurrentState<S>* dFinal = nullptr);
  // dL/d(the state carried in) of the last backward, per layer: what a decoder hands back to
  // its encoder, or an image encoder's share.
  RecurrentState<S> initialStateGradient() const;

  // When on, every backward pass also keeps the whole per-step dL/dh_t (and dL/dc_t) in
  // layerCache(l).dhAll (dcAll), not only their norms; off by default (core/analysis/bptt_trace.h).
  void setRecordStateGradients(bool on);

  // Interventions applied from the next forward on; an empty list removes them.
  void setClamps(const std::vector<CellClamp>& clamps);

  const Mat<S>& logits() const { return logits_; }               // [K, N]
  const Mat<S>& probabilities() const { return probs_; }         // [K, N]
  const LayerCache<S>& layerCache(int layer) const { return caches_[layer]; }
  std::span<const std::int32_t> lastTargets() const { return targets_; }  // [N] of the last loss()
  // [N] the terms of the last loss(): -log p_n[y_n] per position n = t*B + b, in double (0 where
  // the target is kNoTarget); loss() is their mean over the positions with a target.
  std::span<const double> positionLosses() const { return positionLosses_; }
  // The top layer's outputs h_0..h_{T-1} of the last window: [H, N].
  Eigen::Map<const Mat<S>> topOutputs() const;
  int lastBatch() const { return batch_; }
  int lastSteps() const { return steps_; }

  // Parameter ids, for initialisers, analysis and checkpoints.
  int embedId() const { return embed_; }  // -1 for one-hot input
  // ln*: the layer-norm gains (weight) and biases, -1 without layer_norm (lnC*: LSTM only)
  struct LayerIds {
    int Wih = -1, Whh = -1, bih = -1, bhh = -1;
    int lnIhW = -1, lnIhB = -1, lnHhW = -1, lnHhB = -1, lnCW = -1, lnCB = -1;
  };
  const LayerIds& layerIds(int layer) const { return layerIds_[layer]; }
  int headWeightId() const { return headW_; }  // -1 without a head
  int headBiasId() const { return headB_; }

  LayerWeights<S> layerWeights(int layer) const;
  // d s_t / d s_{t-1} of `layer` at step t of the last window (batch column b); see
  // layerStateJacobian. [H, H], or [2H, 2H] for LSTM with s = [h; c].
  Mat<S> stateJacobian(int layer, int t, Index b = 0) const;
  // The same Jacobians as one operator on blocks of vectors, column j at step steps[j]
  // (core/nn/jacobian_operator.h); it refers to the model's weights, so it must not outlive it.
  StateJacobianOperator<S> stateJacobianOperator(int layer, std::span<const int> steps, Index b = 0) const;
  LayerGrads<S> layerGrads(int layer);

private:
  void backwardThroughLayers(Mat<S>& dTop, const RecurrentState<S>* dFinal);

  ModelConfig config_;
  ParameterSet<S> params_;
  int embed_ = -1, headW_ = -1, headB_ = -1;
  std::vector<LayerIds> layerIds_;

  // workspace of the last window
  int batch_ = 0, steps_ = 0;
  std::int64_t counted_ = 0;  // M: the positions of the last loss() with a target
  std::vector<std::int32_t> inputs_;   // [N]
  std::vector<std::int32_t> targets_;  // [N]
  std::vector<double> positionLosses_;  // [N]
  Mat<S> x0_;        // [E, N] embedded inputs
  std::vector<LayerCache<S>> caches_;  // [L]
  Mat<S> logits_;    // [K, N]
  Mat<S> probs_;     // [K, N]
  Mat<S> dTop_;      // [H, N] dL/dh of the top layer's outputs
  std::vector<Mat<S>> dBelow_;  // [L] dL/dx of each layer's input: [I, N]
};

}  // namespace rnnscope
