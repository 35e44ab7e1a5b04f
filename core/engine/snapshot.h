#pragma once
// What the engine publishes: an immutable picture of the session. Panels render snapshots and
// nothing else; everything a panel shows must be in here.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/analysis/activations.h"
#include "core/analysis/bptt_trace.h"
#include "core/analysis/concepts.h"
#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "core/engine/commands.h"
#include "core/engine/engine_message.h"
#include "core/engine/metrics_log.h"
#include "core/engine/scheduler.h"
#include "core/task/task_trainer.h"
#include "core/train/trainer.h"

namespace rnnscope {

struct SampleView {
  std::u32string prime;
  std::u32string text;     // the continuation
  double temperature = 1;
  std::int64_t step = 0;   // the training step whose weights wrote it
  std::vector<CellClamp> clamps;
};

// ||dL_t/dx_k|| for k = 0..position, L_t the loss of predicting the probe text's character
// position + 1 after reading it from the start: how much that prediction depends on each earlier
// character. Computed with the weights after `step` updates.
struct ConnectivityRecord {
  int position = -1;
  std::int64_t step = -1;
  std::vector<double> inputNorm;  // [position + 1]
};

// The gradient horizon of one training pass's window, stream 0 (lossHorizon), with the
// characters that stream read and the ones its losses scored, so a panel can write the text.
struct HorizonView {
  std::int64_t step = 0;         // the update whose pass it describes, as GradientFlowRecord::step
  std::int64_t weightsStep = 0;  // the weights: after step - 1 updates
  LossHorizon horizon;           // [L][t][k], k <= t, and the rows' vector sum [L][k]
  std::u32string inputs;         // [T] x_0..x_{T-1}, the characters stream 0 read
  std::u32string targets;        // [T] y_t, the character the loss L_t scores (x_{t+1})
};

// A sequence task's state (TaskSession; null while a language model trains): what the task is,
// how well it does on held-out examples, and what it predicts for a few of them.
struct TaskView {
  TaskKind kind = TaskKind::Classify;
  Tokens tokens = Tokens::Characters;
  std::string source;             // builtin:... or the file
  TaskConfig config;              // the trainer's, vocabulary and label counts filled in
  std::size_t trainExamples = 0, validationExamples = 0;
  std::vector<std::string> labelNames;  // classify, tag, vqa: the label ids' names
  double validationAccuracy = NAN;      // TaskTrainer::validationAccuracy, of the weights after accuracyStep
  std::int64_t accuracyStep = -1;
  struct Prediction {
    std::string input;      // the review, the tagged text, the source, the question; caption: empty
    std::string truth;      // the label, the tags, the target, the caption, the answer
    std::string predicted;  // the same of the model's prediction
    bool correct = false;   // exactly right
    std::vector<float> image;  // caption, vqa: [16*16*3] RGB in [0, 1] (core/task/shapes.h)
  };
  std::vector<Prediction> predictions;  // of the first validation examples
  std::int64_t predictionsStep = -1;    // the weights after this many updates
  std::string rankingLabel;  // the label the cells panel ranks cells against (classify, tag); empty: none
};

struct Snapshot {
  std::uint64_t serial = 0;
  // Every command with an id up to this one has been handled (a Step{N} once its N updates are
  // done) and is reflected here; later ones are not yet (commands.h).
  std::uint64_t lastCommandId = 0;
  bool running = false;
  std::int64_t step = 0;
  std::int64_t epoch = 0;  // the pass over the training text, from 0, of the last window trained
  double charsPerSecond = 0;
  double lastLoss = NAN;
  double lastValidationLoss = NAN;
  double lastAnswerLoss = NAN;  // builtin:recall-D only: the validation loss of the answers (after '=')
  int stepsPerSecondLimit = 0;  // 0 = as fast as possible

  TrainConfig config;
  std::uint64_t configRevision = 0;  // changes whenever config does (a command or a new model)
  std::string corpusName;
  std::size_t corpusCharacters = 0;
  std::vector<char32_t> vocabulary;

  MetricsLog::View metrics;
  std::shared_ptr<const GradientFlowRecord> flow;                       // the latest window
  std::shared_ptr<const std::vector<GradientFlowRecord>> flowHistory;  // oldest first, bounded
  std::vector<LayerSpectra> spectra;                                   // [L]
  // The spectra come from the pass that computed update analysisStep, before that update:
  // they describe the weights after analysisWeightsStep = analysisStep - 1 updates, as does
  // flow (flow->step, flow->weightsStep). -1: none yet.
  std::int64_t analysisStep = -1;
  std::int64_t analysisWeightsStep = -1;
  double analysisMilliseconds = 0;
  int analysisRequestedStep = -1;  // the timestep asked for (SetAnalysisStep); -1: the last
  // Every number of one forward and backward pass over the first bpttWindow steps of stream 0
  // of the same pass (analysisStep), in double precision, from the state that stream carried in.
  std::shared_ptr<const BpttTrace<double>> bptt;
  // The horizon of a pass (horizon->step; not always analysisStep's: its own job). Null: none
  // yet, or a window longer than kLossHorizonMaxSteps.
  std::shared_ptr<const HorizonView> horizon;
  std::int64_t bpttStep = -1;
  int bpttWindow = kBpttDefaultSteps;  // SetTraceWindow

  std::shared_ptr<const ActivationRecord> activations;  // of the probe text
  // Distill's connectivity on the probe text (ShowConnectivity): null until asked for.
  std::shared_ptr<const ConnectivityRecord> connectivity;
  std::vector<GateSaturation> saturation;
  std::string conceptName;
  std::vector<CellScore> ranking;
  std::int64_t activationsStep = -1;  // the weights after this many updates

  SampleView sample;
  // A finished run drawn beside the live one (PinRun): its name (the folder's) and its curve.
  struct PinnedRun {
    std::string name;
    TrainConfig config;
    std::vector<MetricsPoint> metrics;
  };
  std::shared_ptr<const PinnedRun> pinned;
  // The points training can rewind to (command::Rewind), oldest first, and what they hold.
  struct RewindView {
    std::vector<std::int64_t> steps;
    std::size_t bytes = 0;
    std::size_t budgetBytes = 0;
    int every = 0;
    // The newest point at or before `step`; -1 when there is none.
    std::int64_t newestAtOrBefore(std::int64_t step) const {
      for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        if (*it <= step) return *it;
      return -1;
    }
  } rewind;
  std::shared_ptr<const TaskView> task;  // a task trains instead of a language model
  // The spectra with the stamps that say which pass they describe (the analysis job's last run).
  void setAnalysis(std::vector<LayerSpectra> layers, const Scheduler& scheduler, int requestedStep) {
    const std::int64_t analysed = layers.empty() ? -1 : scheduler.freshAt(Job::Analysis);
    spectra = std::move(layers);
    analysisStep = analysed;  // the update whose pass the spectra describe
    analysisWeightsStep = analysed < 0 ? -1 : analysed - 1;
    analysisMilliseconds = scheduler.stats()[static_cast<int>(Job::Analysis)].lastMilliseconds;
    analysisRequestedStep = requestedStep;
  }

  EngineMessage message;    // the last thing the user should read (an error, a saved file)
  std::array<JobStats, kJobCount> jobs{};  // what each engine job last did (scheduler.h)
};

}  // namespace rnnscope
