#include "core/engine/task_session.h"

#include <cmath>
#include <new>
#include <type_traits>

#include "core/analysis/spectra.h"
#include "core/io/safetensors.h"
#include "core/io/task_checkpoint.h"
#include "core/task/builtin_tasks.h"
#include "core/task/label_cells.h"
#include "core/task/task_gradient_flow.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

// A built-in names its own kind and tokens (core/task/builtin_tasks.h); a file is read as asked.
command::OpenTask withBuiltinShape(command::OpenTask open) {
  if (const auto shape = builtinShapeOfSource(open.source)) {
    open.kind = shape->kind;
    open.tokens = shape->tokens;
  }
  return open;
}

// What a label id sequence says, in the words of its vocabulary: tags of characters side by
// side, words and outputs as joinTokens writes them.
std::string labelText(const TaskData& d, const std::vector<std::int32_t>& ids) {
  if (d.kind == TaskKind::Tag && d.tokens == Tokens::Characters) {
    std::string s;
    for (auto id : ids) s += d.labels.names.at(static_cast<std::size_t>(id));
    return s;
  }
  return joinTokens(d.labels, ids, d.kind == TaskKind::Tag || d.tokens == Tokens::Words ? Tokens::Words : Tokens::Characters);
}

}  // namespace

TaskSession::TaskSession(const EngineSetup& setup, const EngineClock& clock, const command::OpenTask& open)
    : setup_(setup),
      clock_(clock),
      scheduler_(clock, {setup.analysisIntervalMs, setup.horizonIntervalMs, setup.activationsIntervalMs,
                         setup.sampleIntervalMs, setup.publishIntervalMs}),
      open_(withBuiltinShape(open)) {
  build();
}

TaskSession::~TaskSession() = default;

void TaskSession::build() {
  LoadedTaskData loaded = loadTaskSource(open_.source, open_.kind, open_.tokens);
  TaskConfig cfg = open_.config;
  cfg.model.dtype = DType::F32;
  auto trainer = std::make_unique<TaskTrainer<float>>(cfg, std::move(loaded.data));
  auto view = std::make_shared<TaskView>();
  const TaskData& d = trainer->data();
  view->kind = d.kind;
  view->tokens = d.tokens;
  view->source = open_.source;
  view->config = trainer->config();
  view->trainExamples = d.examples.size() - trainer->validationIndices().size();
  view->validationExamples = trainer->validationIndices().size();
  if (d.kind == TaskKind::Classify || d.kind == TaskKind::Tag || d.kind == TaskKind::Vqa) view->labelNames = d.labels.names;

  // nothing can fail from here on
  trainer_ = std::move(trainer);
  validation_.clear();
  for (std::size_t i : trainer_->validationIndices()) {
    if (validation_.size() == kValidationExamples) break;
    validation_.push_back(&trainer_->data().examples[i]);
  }
  view_ = std::move(view);
  metrics_.clear();
  flowHistory_.clear();
  flow_.reset();
  spectra_.clear();
  ranking_.clear();
  scheduler_.markAllStale();
  lastLoss_ = lastValidationLoss_ = NAN;
  epoch_ = 0;
  ++configRevision_;
  changed_ = true;
}

void TaskSession::say(EngineMessage::Code code, std::vector<std::string> args) {
  message_ = {code, std::move(args), handling_};
  changed_ = true;
}

void TaskSession::fail(std::exception_ptr error) { refuse(failureMessage(error, handling_)); }

void TaskSession::refuse(const EngineMessage& failure) {
  running_ = false;
  pendingSteps_ = 0;
  message_ = failure;
  changed_ = true;
}

// ---- commands ----------------------------------------------------------------------------

void TaskSession::handle(Command& command, CommandId id) {
  handling_ = id;
  try {
    std::visit([this](auto& c) { apply(c); }, command);
  } catch (...) {
    fail(std::current_exception());
  }
  handling_ = 0;
  changed_ = true;
}

void TaskSession::apply(command::Pause&) {
  running_ = false;
  pendingSteps_ = 0;
}

void TaskSession::apply(command::Step& c) {
  running_ = false;
  pendingSteps_ += std::max(1, c.updates);
}

void TaskSession::apply(command::Reset&) {
  running_ = false;
  build();
  say(EngineMessage::Code::Reset);
}

// The engine opens a task by making a new session for it; this is that session's first command.
void TaskSession::apply(command::OpenTask&) {
  say(EngineMessage::Code::TaskOpened, {toString(view_->kind), view_->source, std::to_string(view_->trainExamples),
                                        std::to_string(view_->validationExamples)});
}

void TaskSession::apply(command::SetOptimizer& c) {
  trainer_->setOptimizerConfig(c.optimizer);
  open_.config.optimizer = c.optimizer;
  ++configRevision_;
}

void TaskSession::apply(command::SetClip& c) {
  trainer_->setClipConfig(c.clip);
  open_.config.clip = c.clip;
  ++configRevision_;
}

void TaskSession::apply(command::SetSpeed& c) {
  if (c.stepsPerSecond < 0) throw Error("the speed must be 0 (unlimited) or a number of updates per second");
  scheduler_.setSpeed(c.stepsPerSecond);
}

// The spectra come from a training pass's caches, so a newly chosen timestep shows from the next update.
void TaskSession::apply(command::SetAnalysisStep& c) { analysisStep_ = c.step; }

void TaskSession::apply(command::SampleNow&) { scheduler_.markStale(Job::Sample); }

void TaskSession::apply(command::SaveCheckpoint& c) {
  if (!trainer_->parametersFinite()) throw Error("the weights are not finite; nothing was written");
  writeSafetensors(c.path, taskCheckpointTensors(*trainer_));
  say(EngineMessage::Code::Saved, {c.path});
}

// The language model's view settings mean nothing for a task and are kept by its session
// alone; its actions (sampling text, probing, rewinding, sessions, run folders) are refused.
template <class C>
void TaskSession::apply(C&) {
  constexpr bool viewSetting = std::is_same_v<C, command::SetProbeText> || std::is_same_v<C, command::SetConcept> ||
                               std::is_same_v<C, command::SetTraceWindow> || std::is_same_v<C, command::SetSampling> ||
                               std::is_same_v<C, command::SetRewind> || std::is_same_v<C, command::PinRun> ||
                               std::is_same_v<C, command::ShowConnectivity> || std::is_same_v<C, command::PreviewStep>;
  if constexpr (std::is_same_v<C, command::SaveSession>)
    throw Error("a task's session cannot be saved (nor branched for Compare A | B); a task lesson such as "
                "sentiment-distance opens comparing two task runs");
  else if constexpr (!viewSetting)
    throw Error("this needs a language model; a task is training (open a text or a lesson first)");
}

// ---- the jobs ----------------------------------------------------------------------------

template <class Compute>
void TaskSession::runView(Job job, Compute compute) {
  const auto started = clock_.now();
  try {
    if (setup_.beforeJob) setup_.beforeJob(job);
    compute();
  } catch (const std::bad_alloc&) {
    say(EngineMessage::Code::OutOfMemory);
  } catch (const std::exception& e) {
    say(EngineMessage::Code::Failed, {e.what()});
  }
  scheduler_.ran(job, trainer_->stepCount(), started);
  changed_ = true;
}

void TaskSession::analyzePass() {
  const Model<float>& model = trainer_->model();
  const int T = model.lastSteps();
  if (T == 0) return;
  const int selected = analysisStep_ < 0 ? T - 1 : std::min(analysisStep_, T - 1);
  std::vector<LayerSpectra> spectra;
  for (int l = 0; l < model.config().layers; ++l) spectra.push_back(layerSpectra(model, l, selected));
  spectra_ = std::move(spectra);
}

std::int64_t TaskSession::trainStep() {
  const auto started = clock_.now();
  if (setup_.beforeJob) setup_.beforeJob(Job::TrainStep);
  const bool lastRequested = !running_ && pendingSteps_ == 1;
  GradientFlowRecord record;
  std::int64_t positions = 0;
  std::vector<Vec<float>> good;  // every part's weights before the update: the last good ones
  for (const auto& part : trainer_->parts()) good.push_back(part.params->values());
  const TaskStepReport r = trainer_->step([&](const TaskStepReport& pass) {
    const auto flowStarted = clock_.now();
    record = taskGradientFlow(*trainer_, pass);
    positions = std::int64_t(trainer_->model().lastSteps()) * trainer_->model().lastBatch();
    if (const Model<float>* encoder = trainer_->encoder()) positions += std::int64_t(encoder->lastSteps()) * encoder->lastBatch();
    scheduler_.ran(Job::GradientFlow, pass.step, flowStarted);
    if (scheduler_.due(Job::Analysis, pass.step, lastRequested)) runView(Job::Analysis, [this] { analyzePass(); });
  });
  if (pendingSteps_ > 0 && --pendingSteps_ == 0) changed_ = true;
  scheduler_.stepTaken(r.step, started);
  if (!r.applied || !trainer_->parametersFinite()) {
    for (std::size_t i = 0; i < good.size(); ++i) trainer_->parts()[i].params->values() = good[i];
    running_ = false;
    pendingSteps_ = 0;
    say(EngineMessage::Code::NonFinite, {std::to_string(r.step)});
    return 0;
  }
  const double seconds = clock_.millisecondsSince(started) / 1000;
  const double rate = seconds > 0 ? double(positions) / seconds : 0;
  tokensPerSecond_ = tokensPerSecond_ == 0 ? rate : 0.9 * tokensPerSecond_ + 0.1 * rate;
  lastLoss_ = r.loss;
  epoch_ = r.epoch;
  MetricsPoint p = stepPoint(r.step, r.epoch, r.loss, r.clip, trainer_->config().optimizer.learningRate);
  p.accuracy = r.accuracy;
  metrics_.append(p);
  double moved = 0;  // ||Δθ|| over every part
  for (std::size_t i = 0; i < good.size(); ++i)
    moved += (trainer_->parts()[i].params->values() - good[i]).cast<double>().squaredNorm();
  record.updateNorm = std::sqrt(moved);
  flowHistory_.push(record);
  flow_ = std::make_shared<const GradientFlowRecord>(std::move(record));
  changed_ = true;
  return positions;
}

// Held-out accuracy and loss, and the cells ranked against a label from the same forward pass.
void TaskSession::measureValidation() {
  if (validation_.empty()) return;
  const double accuracy = trainer_->validationAccuracy(kValidationExamples);
  lastValidationLoss_ = trainer_->lossOf(validation_, false);
  const LabelCells cells = rankCellsByLabel(trainer_->model(), trainer_->data(), validation_, 20);
  ranking_ = cells.cells;
  auto view = std::make_shared<TaskView>(*view_);
  view->validationAccuracy = accuracy;
  view->accuracyStep = trainer_->stepCount();
  view->rankingLabel = cells.label >= 0 ? trainer_->data().labels.names[static_cast<std::size_t>(cells.label)] : "";
  view_ = std::move(view);
  if (metrics_.size() > 0) metrics_.setLatestValidationAccuracy(lastValidationLoss_, accuracy);
}

void TaskSession::writePredictions() {
  const TaskData& d = trainer_->data();
  auto view = std::make_shared<TaskView>(*view_);
  view->predictions.clear();
  for (std::size_t i = 0; i < std::min(kShownPredictions, validation_.size()); ++i) {
    const LabelledSequence& e = *validation_[i];
    TaskView::Prediction p;
    const std::vector<std::int32_t> predicted = trainer_->predict(e);
    if (d.kind != TaskKind::Caption) p.input = joinTokens(d.inputs, e.tokens, d.tokens);
    p.truth = labelText(d, e.labels);
    p.predicted = labelText(d, predicted);
    p.correct = predicted == e.labels;
    p.image = e.image;
    view->predictions.push_back(std::move(p));
  }
  view->predictionsStep = trainer_->stepCount();
  view_ = std::move(view);
}

TaskSession::Work TaskSession::work() {
  Work done;
  try {
    if ((running_ || pendingSteps_ > 0) && scheduler_.stepAllowed(running_)) {
      done.stepped = true;
      done.positions = trainStep();
    }
    const bool isIdle = idle();
    const std::int64_t now = trainer_->stepCount();
    if (scheduler_.due(Job::Activations, now, isIdle)) runView(Job::Activations, [this] { measureValidation(); });
    if (scheduler_.due(Job::Sample, now, isIdle)) runView(Job::Sample, [this] { writePredictions(); });
  } catch (...) {
    fail(std::current_exception());
  }
  return done;
}

std::optional<EngineClock::TimePoint> TaskSession::wakeAt() const { return scheduler_.wakeAt(idle(), running_); }

// ---- publishing ----------------------------------------------------------------------------

void TaskSession::fill(Snapshot& snap) {
  const std::int64_t step = trainer_->stepCount();
  snap.running = running_;
  snap.step = step;
  snap.epoch = epoch_;
  snap.charsPerSecond = tokensPerSecond_;
  snap.lastLoss = lastLoss_;
  snap.lastValidationLoss = lastValidationLoss_;
  snap.stepsPerSecondLimit = scheduler_.speed();
  // The recurrent stack's settings, for the panels that read a TrainConfig (the model panel,
  // the analysis views' cell kind); the task's own are in snap.task.
  snap.config = trainer_->config().asTrainConfig();
  snap.config.model = trainer_->model().config();
  snap.configRevision = configRevision_;
  snap.corpusName = view_->source;
  snap.metrics = metrics_.view();
  snap.flow = flow_;
  snap.flowHistory = flowHistory_.view();
  snap.setAnalysis(spectra_, scheduler_, analysisStep_);
  snap.ranking = ranking_;
  snap.conceptName = view_->rankingLabel.empty() ? "" : "label:" + view_->rankingLabel;
  snap.activationsStep = ranking_.empty() ? -1 : view_->accuracyStep;
  snap.task = view_;
  snap.message = message_;
  scheduler_.ran(Job::Publish, step, clock_.now());
  snap.jobs = scheduler_.stats();
  changed_ = false;
}

}  // namespace rnnscope
