#pragma once
// Training of the sequence tasks (docs/tasks.md) on whole examples, a batch of B at a time:
//   classify  inputs left-padded to the batch's longest, the label scored at the last step only
//   tag       inputs right-padded, a label scored at every real position
//   seq2seq   an encoder (no head) reads the left-padded source; its last state starts a decoder
//             fed <s> y_1 .. y_U (teacher forcing) and scored on y_1 .. y_U </s>
//   caption   the picture's features f = tanh(W x + b) start the decoder, layer l taking rows
//             lH..(l+1)H, which writes the caption as seq2seq's decoder does
//   vqa       a question encoder (no head) reads the left-padded question; its last output h_T
//             and the picture's features f together give the answer through one hidden layer,
//             g = tanh(W_c [h_T; f] + b_c), logits = W_a g + b_a (a linear head on [h_T; f] alone
//             could not ask the picture what the question asks: its two halves only add up)
// Each batch starts from the zero state: examples are independent, so nothing is carried.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/nn/model.h"
#include "core/task/dense_layer.h"
#include "core/task/labelled_data.h"
#include "core/train/clipping.h"
#include "core/train/initializers.h"
#include "core/train/optimizer.h"
#include "core/train/trainer.h"
#include "core/util/random.h"

namespace rnnscope {

struct TaskConfig {
  ModelConfig model;  // vocab_size and labels come from the data
  InitConfig init;
  OptimizerConfig optimizer;
  ClipConfig clip;
  int batch = 32;
  std::uint64_t seed = 1;
  double validationFraction = 0.1;
  int maxDecode = 64;  // seq2seq: the longest output greedy decoding writes

  void validate() const;
  nlohmann::json toJson() const;
  static TaskConfig fromJson(const nlohmann::json& j);  // validates
  // What a task shares with the language model's settings (the model panel and the CLI edit a
  // TrainConfig): the model, its start, the optimiser, the clipping, the batch, the seed and the
  // validation share. The other fields keep their values.
  static TaskConfig sharedWith(const TrainConfig& c);
  TrainConfig asTrainConfig() const;
};

struct TaskStepReport {
  std::int64_t step = 0;     // updates done, counting this one
  double loss = 0;           // mean cross-entropy over the scored positions of the batch
  double accuracy = 0;       // of the batch's scored positions (argmax = label), before the update
  ClipReport clip;
  bool applied = false;      // false when loss or gradient were not finite: weights untouched
  std::int64_t epoch = 0;
};

// Where training stands beyond the weights and the optimiser: what a resumed run needs to
// visit the same examples in the same order.
struct TaskTrainerState {
  std::int64_t step = 0, epoch = 0;
  std::size_t cursor = 0;                 // next index into the training order
  std::vector<std::size_t> trainOrder;    // the current pass's order of training examples
  std::array<std::uint64_t, 4> shuffle{};  // the generator of the next passes' orders
};

// One batch laid out for the model: time-major [T*B] like the language model's windows.
struct TaskBatch {
  int batch = 0, steps = 0;            // B, T of the input (encoder) sequence
  std::vector<std::int32_t> inputs;    // [T*B]
  std::vector<std::int32_t> targets;   // classify/tag: [T*B] (kNoTarget where nothing is asked)
  int decoderSteps = 0;                // seq2seq: U + 1
  std::vector<std::int32_t> decoderInputs;   // [(U+1)*B] <s> y_1 .. y_U, padded
  std::vector<std::int32_t> decoderTargets;  // [(U+1)*B] y_1 .. y_U </s>, kNoTarget after
  std::vector<std::int32_t> answers;         // vqa: [B]
  std::vector<float> images;                 // caption, vqa: [P*B], example b's pixels from b*P
};

// Lays out examples as one batch of the task's kind (see the top of this file).
TaskBatch layoutBatch(const TaskData& data, const std::vector<const LabelledSequence*>& examples);

template <class S>
class TaskTrainer {
public:
  // The data's examples are split once into training and validation by a shuffle of the seed.
  // Data with vocabularies but no examples makes a trainer that only predicts (a loaded run).
  TaskTrainer(const TaskConfig& config, TaskData data);
  TaskTrainer(const TaskTrainer&) = delete;  // parts() points into it
  TaskTrainer& operator=(const TaskTrainer&) = delete;

  // Error when there are no training examples. beforeUpdate sees the pass with its caches and
  // clipped gradients in place, before the optimiser changes the weights (the engine's views).
  TaskStepReport step(const std::function<void(const TaskStepReport&)>& beforeUpdate = {});
  // Accuracy over (at most maxExamples of) the validation examples: classify, the share of
  // correct labels; tag, of correct tags; seq2seq, of outputs decoded greedily exactly right.
  // NaN without validation examples.
  double validationAccuracy(std::size_t maxExamples = 2048);

  // The prediction for one example's input (its tokens, and its picture for caption and vqa):
  // classify and vqa [1] label, tag [T] labels, seq2seq and caption the greedy output up to </s>
  // or maxDecode tokens (without </s>).
  std::vector<std::int32_t> predict(const LabelledSequence& input);

  // The loss of these examples as one batch and, with `gradients`, every part's gradient of it:
  // what step() computes before clipping (the finite-difference checks differentiate it).
  double lossOf(const std::vector<const LabelledSequence*>& examples, bool gradients);

  const TaskConfig& config() const { return config_; }
  // Live between steps, as the language model's trainer: every part's optimiser (a new kind
  // restarts their state), the clipping of the joint gradient.
  void setOptimizerConfig(const OptimizerConfig& c);
  void setClipConfig(const ClipConfig& c);
  const TaskData& data() const { return data_; }
  // The recurrent stack: classify/tag the model; seq2seq/caption the decoder; vqa the question's encoder.
  Model<S>& model() { return model_; }
  Model<S>* encoder() { return encoder_ ? &*encoder_ : nullptr; }  // seq2seq
  // The trained parts with their checkpoint name prefixes (docs/tasks.md, "Checkpoints"):
  //   classify, tag  ""
  //   seq2seq        "encoder.", "decoder."
  //   caption        "image.", "decoder."
  //   vqa            "question.", "image.", "combine.", "answer."
  struct Part {
    std::string prefix;
    ParameterSet<S>* params;
    Optimizer<S>* optimizer;
  };
  const std::vector<Part>& parts() { return parts_; }
  bool parametersFinite() const;

  TaskTrainerState state() const;
  void restore(const TaskTrainerState& s);  // Error when the order does not fit the data
  std::int64_t stepCount() const { return step_; }
  const std::vector<std::size_t>& validationIndices() const { return validation_; }

private:
  double scoreBatch(const TaskBatch& b);  // forward and loss of a laid-out batch; fills accuracy_
  void backwardBatch(const TaskBatch& b);  // the gradients of the last scoreBatch, in every part
  // The decoder's first state for seq2seq (the encoder's last) and caption (the picture's features).
  RecurrentState<S> decoderStart(const TaskBatch& b);
  std::vector<std::int32_t> greedyDecode(const LabelledSequence& input);
  void addPart(const std::string& prefix, ParameterSet<S>& params);

  TaskConfig config_;
  TaskData data_;
  Model<S> model_;
  std::optional<Model<S>> encoder_;
  std::optional<DenseLayer<S>> image_, combine_, answer_;
  std::vector<Optimizer<S>> optimizers_;  // one per part, in parts() order
  std::vector<Part> parts_;
  Mat<S> answerProbs_;  // vqa: [K, B] softmax of the last scoreBatch's answer logits
  std::vector<std::size_t> train_, validation_;  // example indices
  std::size_t cursor_ = 0;
  std::int64_t epoch_ = 0, step_ = 0;
  Rng shuffle_;
  double accuracy_ = 0;
  Vec<S> joined_;  // [P_encoder + P_decoder] both parts' gradients, clipped by their joint norm
};

}  // namespace rnnscope
