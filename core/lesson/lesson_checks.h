#pragma once
// A lesson's claims evaluated on the engine's own figures while its runs train
// (docs/lessons.md lists the metrics). One LessonMonitor drives the lesson's main run
// (a trainer the caller owns, so that the CLI can write it out as a normal run) and trains
// every comparison run the checks name in lockstep with it.
//
// Metrics, each of one run, on its latest figures:
//   last_loss_dh_ratio@D  ||dL_T/dh_{T-D}|| / ||dL_T/dh_T||, top layer, stream 0 of the last window
//   last_loss_dc_ratio@D  the same for the LSTM's cell state c
//   bottom_last_loss_dh_ratio@D  last_loss_dh_ratio for the bottom layer of a stack (not finite
//                         for one layer)
//   bottom_over_top_dh    mean over k of ||dL/dh_k|| in the bottom layer / the same in the top
//                         layer, L = the window's loss (not finite for one layer)
//   gated_path@D          max over cells of the gated path's product over D steps (top layer)
//   product_over_bound    max over d of sigma_max(J_T...J_{T-d+1}) / (gamma lambda)^d, top layer,
//                         the product computed exactly (full block)
//   whh_sigma_max         sigma_max(W_hh) of the top layer (lambda of the bound)
//   grad_spike            max over steps of ||g|| / median ||g|| of the 50 steps before (from step 20)
//   loss_jump             max over steps of loss - median loss of the 20 steps before, nats (from step 20)
//   loss_recent           mean training loss of the last 50 steps, nats per character
//   best_cell_r           |Pearson r| of the best-ranked cell for the lesson's concept on the
//                         probe text (unseen validation text by default)
//   sample_errors         characters where the lesson's sample (its `sampling`: the prime, then
//                         `length` characters drawn as the Samples view draws them) differs from
//                         the lesson's text at the same positions
//   answer_loss           mean cross-entropy of the character after each '=' on the run's
//                         validation text (at most 8192 positions, windows of seq_len), nats per
//                         character: the answer of builtin:recall-D; NaN without '=' in the vocabulary
//   input_reach@D         what the Cells view's connectivity shows: median over positions t of the
//                         probe text's first 512 characters (every 16th from t = 64) of
//                         ||dL_t/dx_{t-D}|| / ||dL_t/dx_t||, D at most 64
//   accuracy              a task lesson's held-out accuracy (TaskTrainer::validationAccuracy over at
//                         most 512 examples: labels, tags, or whole outputs exactly right); NaN for
//                         a language model
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "core/data/corpus.h"
#include "core/lesson/lesson.h"

namespace rnnscope {

// Throws Error for a metric name this file does not define.
void validateLessonMetric(const std::string& metric);

struct CheckOutcome {
  std::string name, claim, op;
  bool passed = false;
  double value = NAN;
  double threshold = 0;
  std::int64_t step = 0;  // the step whose figures gave the value
};

// What one run has shown so far: the engine's figures, with the step each describes.
struct LessonFigures {
  std::vector<double> loss, gradNorm;  // per step
  std::optional<GradientFlowRecord> flow;
  std::vector<LayerSpectra> spectra;
  double bestCellR = NAN;
  std::int64_t cellsStep = -1;
  double sampleErrors = NAN;
  double answerLoss = NAN;
  std::vector<double> inputReach;  // [d] input_reach@d, d = 0..64
  double accuracy = NAN;           // a task's, on held-out examples
};

double lessonMetric(const std::string& metric, const LessonFigures& figures);

// The lesson's checks on its runs' figures at `step` (figuresOf("") is the lesson's own run); a
// check with at_step keeps the value of that step once it has one.
void evaluateLessonChecks(const Lesson& lesson, std::int64_t step,
                          const std::function<const LessonFigures&(const std::string&)>& figuresOf,
                          std::vector<CheckOutcome>& outcomes);
bool allChecksPassed(const std::vector<CheckOutcome>& outcomes);

template <class S>
class LessonMonitor {
public:
  // `mainConfig` is the lesson's config with any caller overrides; `steps` the run's length.
  LessonMonitor(const Lesson& lesson, std::shared_ptr<const Corpus> corpus, std::int64_t steps);
  ~LessonMonitor();

  // Trains one step of `main` and of every comparison run; records figures and evaluates
  // the checks every Lesson::checkEvery steps and at the last step.
  StepReport step(Trainer<S>& main);

  const std::vector<CheckOutcome>& outcomes() const { return outcomes_; }  // of the last evaluation
  std::int64_t evaluatedAt() const { return evaluatedAt_; }                // its step; 0 before any
  bool allPassed() const;
  // Wall seconds from the monitor's start until every check first held (nullopt: not yet).
  std::optional<double> secondsToClaim() const { return secondsToClaim_; }
  std::optional<std::int64_t> stepsToClaim() const { return stepsToClaim_; }

private:
  struct Run;
  StepReport stepRun(Trainer<S>& trainer, Run& run, bool record);
  void recordCells(Trainer<S>& trainer, Run& run);
  void recordSample(Trainer<S>& trainer, Run& run);
  void recordAnswerLoss(Trainer<S>& trainer, Run& run);
  void recordInputReach(Trainer<S>& trainer, Run& run);
  void evaluate(std::int64_t step);
  Run& runNamed(const std::string& name);

  const Lesson& lesson_;
  std::shared_ptr<const Corpus> corpus_;
  std::int64_t steps_;
  std::vector<std::unique_ptr<Run>> runs_;  // [0] the main run
  std::vector<CheckOutcome> outcomes_;
  std::optional<double> secondsToClaim_;
  std::optional<std::int64_t> stepsToClaim_;
  std::int64_t evaluatedAt_ = 0;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace rnnscope
