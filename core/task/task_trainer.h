#pragma once
// Training of the sequence tasks (docs/tasks.md) on whole examples, a batch of B at a time:
//   classify  inputs left-padded to the batch's longest, the label scored at the last step only
//   tag       inputs right-padded, a label scored at every real position
//   seq2seq   an encoder (no head) reads the left-padded source; its last state starts a decoder
//             fed <s> y_1 .. y_U (teacher forcing) and scored on y_1 .. y_U </s>
// Each batch starts from the zero state: examples are independent, so nothing is carried.
#include <array>
#include <cstdint>
#include <string>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/nn/model.h"
#include "core/task/labelled_data.h"
#include "core/train/clipping.h"
#include "core/train/initializers.h"
#include "core/train/optimizer.h"
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
};

// Lays out examples as one batch of the task's kind (see the top of this file).
TaskBatch layoutBatch(const TaskData& data, const std::vector<const LabelledSequence*>& examples);

template <class S>
class TaskTrainer {
public:
  // The data's examples are split once into training and validation by a shuffle of the seed.
  // Data with vocabularies but no examples makes a trainer that only predicts (a loaded run).
  TaskTrainer(const TaskConfig& config, TaskData data);

  TaskStepReport step();  // Error when there are no training examples
  // Accuracy over (at most maxExamples of) the validation examples: classify, the share of
  // correct labels; tag, of correct tags; seq2seq, of outputs decoded greedily exactly right.
  // NaN without validation examples.
  double validationAccuracy(std::size_t maxExamples = 2048);

  // The prediction for one input: classify [1] label, tag [T] labels, seq2seq the greedy output
  // up to </s> or maxDecode tokens (without </s>).
  std::vector<std::int32_t> predict(const std::vector<std::int32_t>& tokens);

  const TaskConfig& config() const { return config_; }
  const TaskData& data() const { return data_; }
  Model<S>& model() { return model_; }  // classify/tag: the model; seq2seq: the decoder
  Model<S>* encoder() { return encoder_ ? &*encoder_ : nullptr; }
  // The trained parts with their checkpoint name prefixes: {"", model} for classify and tag,
  // {"encoder.", encoder} and {"decoder.", decoder} for seq2seq (docs/tasks.md, "Checkpoints").
  struct Part {
    std::string prefix;
    Model<S>* model;
    Optimizer<S>* optimizer;
  };
  std::vector<Part> parts();
  bool parametersFinite() const;

  TaskTrainerState state() const;
  void restore(const TaskTrainerState& s);  // Error when the order does not fit the data
  std::int64_t stepCount() const { return step_; }
  const std::vector<std::size_t>& validationIndices() const { return validation_; }

private:
  double scoreBatch(const TaskBatch& b);  // forward and loss of the last layoutBatch; fills accuracy_
  std::vector<std::int32_t> greedyDecode(const std::vector<std::int32_t>& tokens);

  TaskConfig config_;
  TaskData data_;
  Model<S> model_;
  std::optional<Model<S>> encoder_;
  Optimizer<S> optimizer_;
  std::optional<Optimizer<S>> encoderOptimizer_;
  std::vector<std::size_t> train_, validation_;  // example indices
  std::size_t cursor_ = 0;
  std::int64_t epoch_ = 0, step_ = 0;
  Rng shuffle_;
  double accuracy_ = 0;
  Vec<S> joined_;  // [P_encoder + P_decoder] both parts' gradients, clipped by their joint norm
};

}  // namespace rnnscope
