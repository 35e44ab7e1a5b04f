#pragma once
// The engine's session for a sequence task (docs/tasks.md): a TaskTrainer and the views the
// panels draw of it. The language model's views that have a meaning here come from the task's
// recurrent stack, unchanged: the gradient flow through its timesteps (seq2seq: the encoder's
// steps, then the decoder's, Snapshot::task->handover between them), the Jacobians' spectra, the
// loss curve. What is the task's own: the accuracy beside the loss, the predictions of held-out
// examples, and the cells ranked against a label (docs/architecture.md, "Tasks in the engine").
#include <memory>
#include <string>
#include <vector>

#include "core/engine/engine_session.h"
#include "core/engine/engine_setup.h"
#include "core/engine/metrics_log.h"
#include "core/engine/scheduler.h"
#include "core/task/task_trainer.h"

namespace rnnscope {

class TaskSession : public EngineSession {
public:
  // Loads the data and builds the trainer; throws Error (nothing built) on bad data or settings.
  TaskSession(const EngineSetup& setup, const EngineClock& clock, const command::OpenTask& open);
  ~TaskSession() override;

  void start() override {}
  void handle(Command& command, CommandId id) override;
  Work work() override;
  bool idle() const override { return !(running_ || pendingSteps_ > 0); }
  int pendingSteps() const override { return pendingSteps_; }
  bool publishDue(bool commandsHandled) const override {
    return scheduler_.publishDue(changed_, idle(), commandsHandled);
  }
  std::optional<EngineClock::TimePoint> wakeAt() const override;
  void fill(Snapshot& snapshot) override;
  bool ready() const override { return true; }
  const EngineMessage& message() const override { return message_; }
  void refuse(const EngineMessage& failure) override;

  // How many held-out examples the accuracy, the loss and the cell ranking read, and how many
  // predictions the panel shows.
  static constexpr std::size_t kValidationExamples = 512;
  static constexpr std::size_t kShownPredictions = 8;

private:
  void say(EngineMessage::Code code, std::vector<std::string> args = {});
  void fail(std::exception_ptr error);
  void build();  // a fresh trainer from open_ (throws before anything is replaced)
  std::int64_t trainStep();
  void analyzePass();
  void measureValidation();
  void writePredictions();
  template <class Compute>
  void runView(Job job, Compute compute);

  // The commands a task answers; the rest are view settings of the language model (kept
  // quietly) or actions it alone has (refused with a message).
  void apply(command::Play&) { running_ = true; }
  void apply(command::Pause&);
  void apply(command::Step&);
  void apply(command::Reset&);
  void apply(command::OpenTask&);
  void apply(command::SetOptimizer&);
  void apply(command::SetClip&);
  void apply(command::SetSpeed&);
  void apply(command::SetAnalysisStep&);
  void apply(command::SampleNow&);
  void apply(command::SaveCheckpoint&);
  template <class C>
  void apply(C&);

  EngineSetup setup_;
  const EngineClock& clock_;
  Scheduler scheduler_;
  command::OpenTask open_;  // the task's data and settings: Reset rebuilds from them

  std::unique_ptr<TaskTrainer<float>> trainer_;
  std::vector<const LabelledSequence*> validation_;  // [<= kValidationExamples] held-out examples
  MetricsLog metrics_;
  GradientFlowHistory flowHistory_{400};
  std::shared_ptr<const GradientFlowRecord> flow_;
  std::vector<LayerSpectra> spectra_;
  int analysisStep_ = -1;
  std::shared_ptr<TaskView> view_;  // copied on write: published snapshots share the old one
  std::vector<CellScore> ranking_;

  bool running_ = false;
  int pendingSteps_ = 0;
  EngineMessage message_;
  CommandId handling_ = 0;
  std::uint64_t configRevision_ = 0;
  double tokensPerSecond_ = 0;
  double lastLoss_ = NAN, lastValidationLoss_ = NAN;
  std::int64_t epoch_ = 0;
  bool changed_ = true;
};

}  // namespace rnnscope
