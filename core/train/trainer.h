#pragma once
// Truncated BPTT training of a character model: one window per step, the state carried from
// window to window with no gradient across the cut (docs/math-conventions.md, "Backpropagation through time").
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/batcher.h"
#include "core/nn/model.h"
#include "core/train/clipping.h"
#include "core/train/initializers.h"
#include "core/train/optimizer.h"

namespace rnnscope {

struct TrainConfig {
  ModelConfig model;  // vocab_size comes from the corpus
  InitConfig init;
  OptimizerConfig optimizer;
  ClipConfig clip;
  int batch = 32;     // B independent streams through the text
  int seqLen = 64;    // T steps per window
  bool fullBptt = false;  // one window over each whole stream instead of seqLen
  std::uint64_t seed = 1;
  double validationFraction = 0.1;

  void validate() const;
  nlohmann::json toJson() const;
  static TrainConfig fromJson(const nlohmann::json& j);
};

struct StepReport {
  std::int64_t step = 0;       // updates done, counting this one
  double loss = 0;             // mean cross-entropy of this window, in nats per character
  ClipReport clip;
  bool applied = false;        // false when loss or gradient were not finite: weights untouched
  std::int64_t epoch = 0;
  std::int64_t positions = 0;  // characters predicted in this window (B*T)
};

// Where a run stands, beyond its weights: what a resumed run needs to continue bit for bit.
template <class S>
struct TrainerState {
  std::int64_t step = 0;
  StreamBatcher::Position position;
  RecurrentState<S> carried;  // the state entering the next window
};

// Mean cross-entropy of a model over (at most maxPositions of) a text read as one stream from
// the zero state in windows of `window` steps; NaN for a text of fewer than two tokens.
template <class S>
double evaluateLoss(Model<S>& model, std::span<const std::int32_t> tokens, int window, std::int64_t maxPositions);

// The same reading, with the loss also averaged over the positions whose input is `marker`:
// the predictions of the character that follows each marker (in builtin:recall-D, the answer
// after '='). Over the positions n = 0 .. P-1 predicted, with l_n = -log p(tokens[n+1] | tokens[0..n]),
//   all         = (1/P) sum_n l_n                      (= evaluateLoss)
//   afterMarker = (1/M) sum_{n: tokens[n] = marker} l_n,  M = markedPositions
// in nats per character; afterMarker is NaN when no marker is read (M = 0), all as evaluateLoss.
// How many validation positions a measurement of the answer loss reads (the lesson metric
// answer_loss and the engine's live figure alike): about 8192 / (D + 2) answers.
inline constexpr std::int64_t kAnswerLossPositions = 8192;

struct LossSplit {
  double all = std::numeric_limits<double>::quiet_NaN();
  double afterMarker = std::numeric_limits<double>::quiet_NaN();
  std::int64_t markedPositions = 0;
};
template <class S>
LossSplit evaluateLossSplit(Model<S>& model, std::span<const std::int32_t> tokens, int window,
                            std::int64_t maxPositions, std::int32_t marker);

template <class S>
class Trainer {
public:
  // Tokens are ids into the vocabulary the config's vocab_size describes.
  Trainer(const TrainConfig& config, std::vector<std::int32_t> trainTokens,
          std::vector<std::int32_t> validationTokens);

  // One update. `beforeUpdate`, if given, runs after the backward pass and clipping and
  // before the optimiser moves the weights, so whatever it reads from model() (caches,
  // weights, gradients) describes one set of weights: those after step - 1 updates.
  using BeforeUpdate = std::function<void(const Model<S>&, const StepReport&)>;
  StepReport step(const BeforeUpdate& beforeUpdate = {});
  // The pass the next step() will compute (its window, from the carried state, with the current
  // weights, up to clipping), without the update: `inspect` sees what that step's `beforeUpdate`
  // will see, under the same condition (a finite loss and gradient), and the report is the one
  // that step will return. Nothing the next step depends on moves (data position, carried state,
  // step count, optimiser, weights); the model's caches and gradients and lastWindow() are the
  // previewed pass's.
  StepReport preview(const BeforeUpdate& inspect);
  // Mean cross-entropy over (at most maxPositions of) the validation text, one stream from the
  // zero state; NaN when there is no validation text. Leaves the training state alone.
  double validationLoss(std::int64_t maxPositions = 16384);

  const TrainConfig& config() const { return config_; }
  Model<S>& model() { return model_; }
  const Model<S>& model() const { return model_; }
  Optimizer<S>& optimizer() { return optimizer_; }
  int windowSteps() const { return steps_; }
  const Window& lastWindow() const { return window_; }  // of the last pass (its inputs and targets)
  const std::vector<std::int32_t>& validationTokens() const { return validation_; }

  // Live changes between steps (learning rate, optimiser, clipping).
  void setOptimizerConfig(const OptimizerConfig& c);
  void setClipConfig(const ClipConfig& c);

  TrainerState<S> state() const;
  void restore(const TrainerState<S>& s);
  bool parametersFinite() const { return model_.params().values().allFinite(); }

private:
  // Forward, loss, backward and clipping of the window `batcher` gives next, from `carried`;
  // both advance. The report is stamped as update step_ + 1.
  StepReport pass(StreamBatcher& batcher, RecurrentState<S>& carried);

  TrainConfig config_;
  std::vector<std::int32_t> train_, validation_;
  int steps_;
  Model<S> model_;
  Optimizer<S> optimizer_;
  StreamBatcher batcher_;
  Window window_;
  RecurrentState<S> carried_;
  std::int64_t step_ = 0;
};

}  // namespace rnnscope
