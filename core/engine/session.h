#pragma once
// What the engine thread owns: the text, the model and its trainer, and every view computed
// from them. A Session applies commands and runs the jobs its scheduler says are due; it knows
// nothing of threads or mailboxes (Engine runs it on its thread, tests can run it on theirs).
// Nothing that goes wrong here escapes: a failure pauses training and becomes a message, and
// the model keeps its last good weights.
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/corpus.h"
#include "core/engine/commands.h"
#include "core/engine/engine_session.h"
#include "core/engine/engine_setup.h"
#include "core/engine/scheduler.h"
#include "core/engine/snapshot.h"
#include "core/engine/metrics_log.h"
#include "core/engine/rewind_ring.h"

namespace rnnscope {

class Session : public EngineSession {
public:
  Session(EngineSetup setup, const EngineClock& clock);
  ~Session() override;

  void start() override;  // loads the first text
  void handle(Command& command, CommandId id) override;
  Work work() override;
  bool idle() const override;
  int pendingSteps() const override { return pendingSteps_; }
  bool publishDue(bool commandsHandled) const override {
    return scheduler_.publishDue(changed_, idle(), commandsHandled);
  }
  std::optional<EngineClock::TimePoint> wakeAt() const override;
  void fill(Snapshot& snapshot) override;
  bool ready() const override { return trainer_ != nullptr; }
  const EngineMessage& message() const override { return message_; }
  void refuse(const EngineMessage& failure) override;

private:
  void say(EngineMessage::Code code, std::vector<std::string> args = {});
  void fail(std::exception_ptr error);
  std::int64_t step() const;

  // Building the model: throws before anything is replaced.
  void install(std::unique_ptr<Trainer<float>> trainer, std::shared_ptr<const Corpus> corpus);
  void installTrained(std::unique_ptr<Trainer<float>> trainer, std::shared_ptr<const Corpus> corpus,
                      std::vector<MetricsPoint> curve);
  void rebuild(const TrainConfig& config);
  void loadCorpus(const std::string& source, const TrainConfig& config);

  // The jobs (see scheduler.h): each leaves its view stamped with the step it describes.
  std::int64_t trainStep();  // the characters trained on; 0 if the update was not kept
  void analyzePass(const Model<float>& model);  // the model holds that pass's weights and caches
  void tracePass(const Model<float>& model);
  void horizonPass(const Model<float>& model);
  void refreshPassViews(bool analysis, bool horizon);
  void previewPass();
  void keepRewindPoint();  // the current state into the rewind ring
  std::string metricsCsv() const;  // the curve in the CLI's metrics.csv format (docs/cli.md)
  // The pass's gradient flow with its loss (updateNorm is set once the update is applied).
  GradientFlowRecord passRecord(const Model<float>& model, const StepReport& pass) const;
  template <class Compute>
  void runView(Job job, std::int64_t freshAt, Compute compute);
  void refreshActivations();
  void recordProbe();
  void refreshSample();
  void writeSample();
  void refreshViews();
  void syncProbeWeights();

  // One overload per command (commands.h).
  void apply(command::Play&);
  void apply(command::Pause&);
  void apply(command::Step&);
  void apply(command::Reset&);
  void apply(command::Configure&);
  void apply(command::SetOptimizer&);
  void apply(command::SetClip&);
  void apply(command::SetSpeed&);
  void apply(command::LoadCorpus&);
  void apply(command::SetProbeText&);
  void apply(command::SetConcept&);
  void apply(command::SetAnalysisStep&);
  void apply(command::SetTraceWindow&);
  void apply(command::SetSampling&);
  void apply(command::SampleNow&);
  void apply(command::PreviewStep&);
  void apply(command::Rewind&);
  void apply(command::SetRewind&);
  void apply(command::SaveRun&);
  void apply(command::OpenRun&);
  void apply(command::PinRun&);
  void apply(command::SaveCheckpoint&);
  void apply(command::LoadCheckpoint&);
  void apply(command::SaveSession&);
  void apply(command::RestoreSession&);
  void apply(command::OpenTrainingState&);
  void apply(command::ShowConnectivity&);
  void apply(command::OpenTask&);

  EngineSetup setup_;
  const EngineClock& clock_;
  Scheduler scheduler_;

  std::shared_ptr<const Corpus> corpus_;
  std::unique_ptr<Trainer<float>> trainer_;
  std::unique_ptr<Model<float>> probe_;  // a copy of the weights for probing and sampling, so
                                         // the training caches that analysis reads stay intact
  // The weights of the last training pass, before its update: the gradient flow and the
  // spectra describe these (with the caches that pass left), never a mix with newer weights.
  // They also serve as the last good weights when an update turns out non-finite.
  Vec<float> passWeights_;
  std::int64_t passStep_ = 0;  // the update that pass computed; its weights are after passStep_ - 1
  bool previewDue_ = false;    // no pass since the model was installed

  MetricsLog metrics_;
  GradientFlowHistory flowHistory_{400};
  RewindRing rewind_;
  std::shared_ptr<const Snapshot::PinnedRun> pinned_;  // PinRun's; kept across new models
  bool rewindBaseDue_ = false;  // a new model's first point, once its weights are in place
  std::shared_ptr<const GradientFlowRecord> flow_;

  bool running_ = false;
  int pendingSteps_ = 0;
  int analysisStep_ = -1;  // the timestep the user chose; -1: the last of the window
  std::vector<LayerSpectra> spectra_;
  int traceWindow_ = kBpttDefaultSteps;
  std::shared_ptr<const BpttTrace<double>> bptt_;  // of the same pass as spectra_
  std::shared_ptr<const HorizonView> horizon_;     // of the pass horizon_->step

  std::u32string probeText_;
  std::shared_ptr<const ActivationRecord> activations_;
  std::shared_ptr<const ConnectivityRecord> connectivity_;
  std::vector<GateSaturation> saturation_;
  std::string conceptName_;
  std::vector<CellScore> ranking_;

  command::SetSampling sampling_;
  SampleView sample_;

  EngineMessage message_;
  CommandId handling_ = 0;          // the command being handled (0: none)
  std::uint64_t configRevision_ = 0;
  double charsPerSecond_ = 0;
  double lastLoss_ = NAN, lastValidationLoss_ = NAN, lastAnswerLoss_ = NAN;
  std::int64_t epoch_ = 0;
  bool changed_ = true;  // something worth publishing at once
};

}  // namespace rnnscope
