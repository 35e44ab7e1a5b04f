#include "core/engine/session.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <new>

#include <Eigen/Core>
#include <nlohmann/json.hpp>

#include "core/data/corpus.h"
#include "core/data/corpus_source.h"
#include "core/data/procedural.h"
#include "core/data/utf8.h"
#include "core/engine/metrics_csv.h"
#include "core/engine/run_folder.h"
#include "core/io/checkpoint.h"
#include "core/io/safetensors.h"
#include "core/nn/sampling.h"
#include "core/train/memory_estimate.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

// Settings are refused before anything is allocated when their buffers (counted from the
// shapes; the probe model's copy of the weights on top) exceed the memory that is free.
struct TooLarge : Error {
  TooLarge(std::uint64_t n, std::uint64_t a)
      : Error("these settings need about " + std::to_string(n >> 20) + " MB to train; " + std::to_string(a >> 20) +
              " MB are free"),
        needed(n), available(a) {}
  std::uint64_t needed, available;
};

std::unique_ptr<Trainer<float>> makeTrainer(TrainConfig cfg, const Corpus& corpus) {
  cfg.model.vocabSize = corpus.vocab.size();
  cfg.model.dtype = DType::F32;
  cfg.validate();
  auto split = splitTrainValidation(corpus.tokens, cfg.validationFraction);
  const std::uint64_t window = cfg.fullBptt ? std::uint64_t(StreamBatcher::fullSequenceSteps(split.train.size(), cfg.batch))
                                            : std::uint64_t(cfg.seqLen);
  const auto estimate = estimateTrainingMemory(cfg, window);
  const std::uint64_t needed = estimate.total() + estimate.parameters / 4, available = availableMemoryBytes();
  if (available > 0 && needed > available) throw TooLarge(needed, available);
  return std::make_unique<Trainer<float>>(cfg, std::move(split.train), std::move(split.validation));
}

// The files of a saved session (docs/checkpoint-format.md, "Sessions"). session.json is written
// last and names the step the other two hold, so a save cut short is recognised as such.
// A run's curve: 64 MB of metrics.csv is about a million steps.
constexpr std::size_t kMaxMetricsCsvBytes = std::size_t{64} << 20;

struct SessionFiles {
  std::filesystem::path dir;
  std::filesystem::path checkpoint() const { return dir / "checkpoint.safetensors"; }
  std::filesystem::path trainer() const { return dir / "trainer.safetensors"; }
  std::filesystem::path manifest() const { return dir / "session.json"; }
  std::filesystem::path metrics() const { return dir / "metrics.csv"; }
  TrainingFiles training() const { return {checkpoint(), trainer()}; }
};

// Written beside the target and renamed over it, so that a crash mid-write leaves the old file
// (as writeSafetensors does for the other two).
void replaceTextFile(const std::filesystem::path& path, const std::string& text) {
  const auto partial = std::filesystem::path(path.string() + ".partial");
  {
    std::ofstream out(partial, std::ios::trunc);
    out << text;
    if (!out.flush()) throw Error("could not write " + partial.string());
  }
  std::filesystem::rename(partial, path);
}

}  // namespace

Session::Session(EngineSetup setup, const EngineClock& clock)
    : setup_(std::move(setup)),
      clock_(clock),
      scheduler_(clock, {setup_.analysisIntervalMs, setup_.horizonIntervalMs, setup_.activationsIntervalMs,
                         setup_.sampleIntervalMs, setup_.publishIntervalMs}) {
  probeText_ = setup_.probeText;
  conceptName_ = setup_.conceptName;
  running_ = setup_.start;
}

Session::~Session() = default;

std::int64_t Session::step() const { return trainer_ ? trainer_->state().step : 0; }

bool Session::idle() const { return !(trainer_ && (running_ || pendingSteps_ > 0)); }

void Session::say(EngineMessage::Code code, std::vector<std::string> args) {
  message_ = {code, std::move(args), handling_};
  changed_ = true;
}

void Session::start() {
  if (setup_.corpusSource.empty()) return;  // a text and a model come with a later command
  try {
    loadCorpus(setup_.corpusSource, setup_.config);
  } catch (const std::exception& e) {
    running_ = false;
    say(EngineMessage::Code::StartFailed, {e.what()});
  }
}

void Session::fail(std::exception_ptr error) {
  running_ = false;
  pendingSteps_ = 0;
  try {
    std::rethrow_exception(error);
  } catch (const TooLarge& t) {
    say(EngineMessage::Code::TooLarge, {std::to_string(t.needed >> 20), std::to_string(t.available >> 20)});
  } catch (const std::bad_alloc&) {
    say(EngineMessage::Code::OutOfMemory);
  } catch (const std::exception& e) {
    say(EngineMessage::Code::Failed, {e.what()});
  } catch (...) {
    say(EngineMessage::Code::Failed, {"unknown error"});
  }
}

void Session::refuse(const EngineMessage& failure) {
  running_ = false;
  pendingSteps_ = 0;
  message_ = failure;
  changed_ = true;
}

// ---- building the model ------------------------------------------------------------------

// Everything that could fail (the trainer, the probe's copy of the weights) is built before
// anything is replaced, so a refused setting leaves the session as it was.
void Session::install(std::unique_ptr<Trainer<float>> trainer, std::shared_ptr<const Corpus> corpus) {
  auto probe = std::make_unique<Model<float>>(trainer->model().config());
  auto probeText = setup_.probeText.empty() ? defaultProbeText(*corpus, trainer->validationTokens()) : probeText_;
  corpus_ = std::move(corpus);
  trainer_ = std::move(trainer);
  probe_ = std::move(probe);
  probeText_ = std::move(probeText);
  passWeights_ = trainer_->model().params().values();
  passStep_ = 0;
  metrics_.clear();
  flowHistory_.clear();
  flow_.reset();
  spectra_.clear();
  bptt_.reset();
  horizon_.reset();
  scheduler_.markAllStale();
  activations_.reset();
  connectivity_.reset();
  ranking_.clear();
  saturation_.clear();
  sample_ = {};
  lastLoss_ = lastValidationLoss_ = lastAnswerLoss_ = NAN;
  epoch_ = trainer_->state().position.epoch;  // the pass over the text of the last window trained
  previewDue_ = true;
  rewind_.clear();
  rewindBaseDue_ = true;
  ++configRevision_;
  changed_ = true;
}

// A trained state in place of the live run, paused, with the curve that led to it (its points
// after the state's step dropped: a run saved before its curve was cut back).
void Session::installTrained(std::unique_ptr<Trainer<float>> trainer, std::shared_ptr<const Corpus> corpus,
                             std::vector<MetricsPoint> curve) {
  std::erase_if(curve, [&](const MetricsPoint& p) { return p.step > trainer->state().step; });
  running_ = false;
  install(std::move(trainer), std::move(corpus));
  for (const MetricsPoint& p : curve) metrics_.append(p);
  if (!curve.empty()) lastLoss_ = curve.back().loss;
}

void Session::rebuild(const TrainConfig& config) { install(makeTrainer(config, *corpus_), corpus_); }

void Session::loadCorpus(const std::string& source, const TrainConfig& config) {
  auto corpus = std::make_shared<const Corpus>(loadCorpusSource(source));
  install(makeTrainer(config, *corpus), corpus);
  setup_.corpusSource = source;
}

// ---- commands ----------------------------------------------------------------------------

void Session::handle(Command& command, CommandId id) {
  handling_ = id;
  try {
    if (!trainer_ && needsModel(command))
      say(EngineMessage::Code::LoadTextFirst);
    else
      std::visit([this](auto& c) { apply(c); }, command);
  } catch (...) {
    fail(std::current_exception());
  }
  handling_ = 0;
  changed_ = true;
}

void Session::apply(command::Play&) { running_ = true; }

void Session::apply(command::Pause&) {
  running_ = false;
  pendingSteps_ = 0;
}

void Session::apply(command::Step& c) {
  running_ = false;
  pendingSteps_ += std::max(1, c.updates);
}

void Session::apply(command::Reset&) {
  running_ = false;
  rebuild(trainer_->config());
  say(EngineMessage::Code::Reset);
}

void Session::apply(command::Configure& c) {
  rebuild(c.config);
  setup_.config = c.config;
  running_ = false;
  say(EngineMessage::Code::Configured);
}

void Session::apply(command::SetOptimizer& c) {
  trainer_->setOptimizerConfig(c.optimizer);
  ++configRevision_;
}

void Session::apply(command::SetClip& c) {
  trainer_->setClipConfig(c.clip);
  ++configRevision_;
}

void Session::apply(command::SetSpeed& c) {
  if (c.stepsPerSecond < 0) throw Error("the speed must be 0 (unlimited) or a number of updates per second");
  scheduler_.setSpeed(c.stepsPerSecond);
}

void Session::apply(command::LoadCorpus& c) {
  running_ = false;
  loadCorpus(c.source, trainer_ ? trainer_->config() : setup_.config);
  say(EngineMessage::Code::CorpusLoaded,
      {corpus_->name, std::to_string(corpus_->text.size()), std::to_string(corpus_->vocab.size())});
}

void Session::apply(command::SetProbeText& c) {
  setup_.probeText = c.text;
  probeText_ = c.text.empty() && trainer_ ? defaultProbeText(*corpus_, trainer_->validationTokens()) : c.text;
  connectivity_.reset();
  scheduler_.markStale(Job::Activations);
}

// One forward pass over the probe text up to the position and one backward pass from its loss
// alone, without weight gradients: milliseconds for the default probe, so it runs at once.
void Session::apply(command::ShowConnectivity& c) {
  if (c.position < 0) {
    connectivity_.reset();
    return;
  }
  const auto tokens = corpus_->vocab.encode(corpus_->vocab.fit(probeText_));
  if (c.position + 1 >= static_cast<int>(tokens.size()))
    throw Error("connectivity: position " + std::to_string(c.position) + " has no next character in the probe text");
  syncProbeWeights();
  const std::span<const std::int32_t> all(tokens);
  auto state = probe_->zeroState(1);
  probe_->forward(all.first(static_cast<std::size_t>(c.position) + 1), 1, state);
  probe_->loss(all.subspan(1, static_cast<std::size_t>(c.position) + 1));
  auto record = std::make_shared<ConnectivityRecord>();
  record->position = c.position;
  record->step = step();
  record->inputNorm = inputSaliency(*probe_, c.position);
  connectivity_ = std::move(record);
}

void Session::apply(command::SetConcept& c) {
  conceptSignal(c.name, U"probe");  // validates the name or pattern first
  conceptName_ = c.name;
  scheduler_.markStale(Job::Activations);
}

void Session::apply(command::SetAnalysisStep& c) {
  analysisStep_ = c.step;
  scheduler_.markStale(Job::Analysis);
}

void Session::apply(command::SetTraceWindow& c) {
  if (c.steps < 1 || c.steps > kBpttMaxSteps)
    throw Error("the step-through shows 1 to " + std::to_string(kBpttMaxSteps) + " steps, got " + std::to_string(c.steps));
  traceWindow_ = c.steps;
  scheduler_.markStale(Job::Analysis);
}

void Session::apply(command::SetSampling& c) {
  if (!(c.temperature >= 0 && c.temperature <= 10)) throw Error("temperature must be between 0 and 10");
  if (c.length < 1 || c.length > 100000) throw Error("sample length must be between 1 and 100000");
  if (probe_) {
    probe_->setClamps(c.clamps);  // validates; sampling sets its own
    probe_->setClamps({});
  }
  sampling_ = c;
  scheduler_.markStale(Job::Sample);
}

void Session::apply(command::SampleNow&) { scheduler_.markStale(Job::Sample); }

// Slow motion shows update N's pass before it applies it: the same turn's work() runs it.
void Session::apply(command::PreviewStep&) { previewDue_ = true; }

// Everything a step depends on comes back from the kept point; the curve, the gradient-flow
// history and the points after it go, as that future is abandoned. The optimiser's settings
// stay the current ones (its buffers are the point's), so a rewind can try other settings.
void Session::apply(command::Rewind& c) {
  const std::string at = std::to_string(c.step);
  const RewindPoint* point = rewind_.find(c.step);
  if (!point) throw Error("rewind: no point is kept at step " + at);
  if (point->optimizer != trainer_->config().optimizer.kind)
    throw Error("rewind: the point of step " + at + " holds the state of the " + toString(point->optimizer) +
                " optimiser, not of " + toString(trainer_->config().optimizer.kind) +
                "; choose that optimiser again to rewind there");
  const TrainingTensors now = trainingTensors(*trainer_, corpus_->vocab);
  try {
    restoreTraining(point->state, *trainer_, "the point kept at step " + at);
  } catch (...) {
    restoreTraining(now, *trainer_, "the state before the rewind");
    throw;
  }
  running_ = false;
  pendingSteps_ = 0;
  rewind_.dropAfter(c.step);
  metrics_.dropAfter(c.step);
  flowHistory_.dropAfter(c.step);
  flow_.reset();
  spectra_.clear();
  bptt_.reset();
  horizon_.reset();
  connectivity_.reset();
  passStep_ = 0;
  lastLoss_ = NAN;
  metrics_.view().forEach([this](const MetricsPoint& p) { lastLoss_ = p.loss; });
  epoch_ = trainer_->state().position.epoch;
  scheduler_.markAllStale();
  previewDue_ = true;
  say(EngineMessage::Code::Rewound, {at});
}

// Engine opens a task in a session of its own (core/engine/task_session.h); one never arrives here.
void Session::apply(command::OpenTask&) { throw Error("a task opens in a task session"); }

void Session::apply(command::SetRewind& c) {
  if (c.budgetMegabytes < 1) throw Error("rewind: the memory budget must be at least 1 MB");
  rewind_.configure(c.everySteps, static_cast<std::size_t>(c.budgetMegabytes) << 20);
}

void Session::keepRewindPoint() {
  rewind_.keep(step(), trainingTensors(*trainer_, corpus_->vocab), trainer_->config().optimizer.kind);
}

void Session::apply(command::SaveCheckpoint& c) {
  saveCheckpoint(c.path, trainer_->model(), corpus_->vocab);
  say(EngineMessage::Code::Saved, {c.path});
}

void Session::apply(command::LoadCheckpoint& c) {
  auto loaded = loadCheckpoint(c.path);
  if (loaded.vocab.codePoints() != corpus_->vocab.codePoints())
    throw Error("this checkpoint was trained on a text with a different alphabet; load its text first");
  TrainConfig cfg = trainer_->config();
  cfg.model = loaded.config;
  cfg.model.dtype = DType::F32;
  running_ = false;
  rebuild(cfg);
  loaded.visit([&](auto& m) { trainer_->model().params().values() = m.params().values().template cast<float>(); });
  passWeights_ = trainer_->model().params().values();
  say(EngineMessage::Code::CheckpointLoaded, {c.path});
}

void Session::apply(command::SaveSession& c) {
  const SessionFiles files{c.directory};
  if (!trainer_->parametersFinite()) throw Error("the weights are not finite; the last saved session was kept");
  std::filesystem::create_directories(files.dir);
  saveTraining(files.training(), *trainer_, corpus_->vocab);
  replaceTextFile(files.metrics(), metricsCsv());
  nlohmann::json manifest = {{"format", "rnnscope-session/1"},
                             {"step", step()},
                             {"corpus_source", setup_.corpusSource},
                             {"corpus_fingerprint", std::to_string(fingerprint(corpus_->text))},
                             {"config", trainer_->config().toJson()},
                             {"probe_text", encodeUtf8(setup_.probeText)},
                             {"concept", conceptName_},
                             {"speed", scheduler_.speed()},
                             {"sampling",
                              {{"prime", encodeUtf8(sampling_.prime)},
                               {"length", sampling_.length},
                               {"temperature", sampling_.temperature}}}};
  replaceTextFile(files.manifest(), manifest.dump(2) + "\n");
  // Saving is what autosave does in the background: success is silent (the command's id in
  // the snapshot says it is done), a failure becomes a message.
}

void Session::apply(command::RestoreSession& c) {
  const SessionFiles files{c.directory};
  const auto bad = [&](const std::string& why) { return Error(files.dir.string() + " holds no usable session: " + why); };
  std::ifstream in(files.manifest());
  if (!in) throw bad("session.json is missing");
  const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object() || manifest.value("format", "") != "rnnscope-session/1")
    throw bad("session.json is not an rnnscope session");
  const std::string source = manifest.value("corpus_source", "");
  const std::string stepText = std::to_string(manifest.value("step", std::int64_t(-1)));
  const TrainConfig cfg = TrainConfig::fromJson(manifest.at("config"));
  auto corpus = std::make_shared<const Corpus>(loadCorpusSource(source));
  if (std::to_string(fingerprint(corpus->text)) != manifest.value("corpus_fingerprint", ""))
    throw bad("its text " + source + " has changed since");
  auto trainer = makeTrainer(cfg, *corpus);
  try {
    restoreTraining(files.training(), *trainer);
  } catch (const Error& e) {
    throw bad(e.what());
  }
  if (std::to_string(trainer->state().step) != stepText) throw bad("its files are from different saves");
  // Sessions saved before the curve was part of them have none: they start a new one.
  std::vector<MetricsPoint> curve;
  if (std::filesystem::exists(files.metrics())) {
    const std::string path = files.metrics().string();
    curve = parseMetricsCsv(readWholeFile(path, kMaxMetricsCsvBytes), path);
  }
  command::SetSampling sampling = sampling_;
  if (const auto it = manifest.find("sampling"); it != manifest.end() && it->is_object()) {
    sampling.prime = decodeUtf8(it->value("prime", encodeUtf8(sampling.prime)));
    sampling.length = it->value("length", sampling.length);
    sampling.temperature = it->value("temperature", sampling.temperature);
    apply(sampling);  // validates
  }
  installTrained(std::move(trainer), corpus, std::move(curve));
  setup_.corpusSource = source;
  setup_.config = cfg;
  setup_.probeText = decodeUtf8(manifest.value("probe_text", ""));
  if (!setup_.probeText.empty()) probeText_ = setup_.probeText;
  conceptName_ = manifest.value("concept", conceptName_);
  scheduler_.setSpeed(std::max(0, manifest.value("speed", 0)));
  say(EngineMessage::Code::SessionRestored, {stepText});
}

std::string Session::metricsCsv() const {
  std::string csv = std::string(kMetricsCsvHeader) + "\n";
  metrics_.view().forEach([&](const MetricsPoint& p) { csv += metricsCsvRow(p, 0, 0) + "\n"; });
  return csv;
}

namespace {
std::vector<MetricsPoint> runCurve(const RunFolder& run) {
  const std::string path = run.metrics().string();
  return parseMetricsCsv(readWholeFile(path, kMaxMetricsCsvBytes), path);
}
}  // namespace

// The CLI's run folder, written so that `rnnscope-cli train --resume DIR` continues it (the same
// config.json, metrics.csv and training pair the CLI writes; docs/cli.md).
void Session::apply(command::SaveRun& c) {
  const RunFolder run{c.directory};
  if (!trainer_->parametersFinite()) throw Error("the weights are not finite; nothing was saved");
  std::error_code ec;
  std::filesystem::create_directories(run.dir, ec);
  if (ec || !std::filesystem::is_directory(run.dir)) throw Error("cannot create the folder " + run.dir.string());
  const std::string& source = setup_.corpusSource;
  const std::string where = source.empty() || isBuiltinCorpus(source) ? source : std::filesystem::absolute(source).string();
  replaceTextFile(run.metrics(), metricsCsv());
  replaceTextFile(run.config(), runConfigJson(trainer_->config(), where, fingerprintHex(corpus_->text),
                                              corpus_->text.size(), Eigen::nbThreads())
                                        .dump(2) +
                                    "\n");
  saveTraining(run.training(), *trainer_, corpus_->vocab);
  say(EngineMessage::Code::RunSaved, {run.dir.string()});
}

// Everything is read and checked before the live run is replaced: a folder that cannot be
// opened changes nothing.
void Session::apply(command::OpenRun& c) {
  const RunFolder run{c.directory};
  const std::string context = run.dir.string() + " holds no usable run: ";
  const RunConfig config = readRunConfig(run, context);
  if (config.corpusSource.empty()) throw Error(context + "config.json names no text (a lesson's own text)");
  auto corpus = std::make_shared<const Corpus>(loadCorpusSource(config.corpusSource));
  if (fingerprintHex(corpus->text) != config.corpusFingerprint)
    throw Error(context + "its text " + config.corpusSource + " has changed since the run was trained");
  auto trainer = makeTrainer(config.train, *corpus);
  try {
    restoreTraining(run.training(), *trainer);
  } catch (const Error& e) {
    throw Error(context + e.what());
  }
  installTrained(std::move(trainer), corpus, runCurve(run));
  setup_.corpusSource = config.corpusSource;
  setup_.config = config.train;
  say(EngineMessage::Code::RunOpened, {run.dir.string(), std::to_string(step())});
}

void Session::apply(command::PinRun& c) {
  if (c.directory.empty()) {
    pinned_.reset();
    return;
  }
  const RunFolder run{c.directory};
  const std::string context = run.dir.string() + " holds no usable run: ";
  auto pinned = std::make_shared<Snapshot::PinnedRun>();
  pinned->config = readRunConfig(run, context).train;
  pinned->metrics = runCurve(run);
  pinned->name = std::filesystem::absolute(run.dir).lexically_normal().filename().string();
  if (pinned->name.empty()) pinned->name = std::filesystem::absolute(run.dir).lexically_normal().parent_path().filename().string();
  const std::size_t steps = pinned->metrics.size();
  pinned_ = std::move(pinned);
  say(EngineMessage::Code::RunPinned, {pinned_->name, std::to_string(steps)});
}

void Session::apply(command::OpenTrainingState& c) {
  const std::string source = "the training state " + c.name;
  const TrainingTensors tensors{parseSafetensors(c.checkpoint, source), parseSafetensors(c.trainer, source)};
  if (checkpointFromTensors(tensors.checkpoint, source).vocab.codePoints() != corpus_->vocab.codePoints())
    throw Error(source + " was trained on a text with a different alphabet");
  auto trainer = makeTrainer(trainer_->config(), *corpus_);
  restoreTraining(tensors, *trainer, source);
  installTrained(std::move(trainer), corpus_, parseMetricsCsv(c.metricsCsv, source + " (metrics.csv)"));
  say(EngineMessage::Code::StateOpened, {std::to_string(step())});
}

// ---- jobs ----------------------------------------------------------------------------------

// A view that fails says why and counts as done for this step, so that it is not retried in a
// loop; training goes on.
template <class Compute>
void Session::runView(Job job, std::int64_t freshAt, Compute compute) {
  const auto started = clock_.now();
  try {
    if (setup_.beforeJob) setup_.beforeJob(job);
    compute();
  } catch (const std::bad_alloc&) {
    say(EngineMessage::Code::OutOfMemory);
  } catch (const std::exception& e) {
    say(EngineMessage::Code::Failed, {e.what()});
  }
  scheduler_.ran(job, freshAt, started);
  changed_ = true;
}


void Session::syncProbeWeights() { probe_->params().values() = trainer_->model().params().values(); }

void Session::analyzePass(const Model<float>& model) {
  if (model.lastSteps() == 0 || model.lastTargets().empty()) return;
  runView(Job::Analysis, passStep_, [&] {
    const int T = model.lastSteps();
    const int selected = analysisStep_ < 0 ? T - 1 : std::min(analysisStep_, T - 1);
    std::vector<LayerSpectra> spectra;
    for (int l = 0; l < model.config().layers; ++l) spectra.push_back(layerSpectra(model, l, selected));
    spectra_ = std::move(spectra);
    tracePass(model);
  });
}

// The step-through's pass: the first steps of stream 0 of the same window, in double precision,
// from the state stream 0 carried in (the first B columns of each layer's cache).
void Session::tracePass(const Model<float>& model) {
  const Window& window = trainer_->lastWindow();
  const int T = std::min(traceWindow_, model.lastSteps());
  const int B = model.lastBatch();
  std::vector<std::int32_t> inputs(static_cast<std::size_t>(T)), targets(static_cast<std::size_t>(T));
  for (int t = 0; t < T; ++t) {
    inputs[static_cast<std::size_t>(t)] = window.inputs[static_cast<std::size_t>(t * B)];
    targets[static_cast<std::size_t>(t)] = window.targets[static_cast<std::size_t>(t * B)];
  }
  Model<double> exact(model.config());
  exact.params().values() = model.params().values().cast<double>();
  RecurrentState<double> carried = exact.zeroState(1);
  for (int l = 0; l < model.config().layers; ++l) {
    const auto& cache = model.layerCache(l);
    carried.h[static_cast<std::size_t>(l)] = cache.h.col(0).cast<double>();
    if (!carried.c.empty()) carried.c[static_cast<std::size_t>(l)] = cache.c.col(0).cast<double>();
  }
  bptt_ = std::make_shared<const BpttTrace<double>>(traceBackpropagation(exact, inputs, targets, carried));
}

// The horizon of stream 0 of the pass's window: T(T+1)/2 step-backwards (4 ms for an LSTM 128
// over 64 steps, bench/README.md), so it is a job of its own, refreshed like the analysis.
void Session::horizonPass(const Model<float>& model) {
  if (model.lastSteps() == 0 || model.lastTargets().empty()) return;
  runView(Job::Horizon, passStep_, [&] {
    const int T = model.lastSteps(), B = model.lastBatch();
    if (T > kLossHorizonMaxSteps) {
      horizon_.reset();
      return;
    }
    auto view = std::make_shared<HorizonView>();
    view->step = passStep_;
    view->weightsStep = passStep_ - 1;
    view->horizon = lossHorizon(model, 0);
    const Window& window = trainer_->lastWindow();  // column n = t*B + b
    for (int t = 0; t < T; ++t) {
      view->inputs.push_back(corpus_->vocab.at(window.inputs[static_cast<std::size_t>(t * B)]));
      view->targets.push_back(corpus_->vocab.at(window.targets[static_cast<std::size_t>(t * B)]));
    }
    horizon_ = std::move(view);
  });
}

// Between steps the model holds newer weights than the pass its caches come from: the pass's
// weights are put back for the views of that pass, then restored.
void Session::refreshPassViews(bool analysis, bool horizon) {
  if (passStep_ == 0) return;
  struct SwappedIn {  // swaps back even when the analysis throws
    Vec<float>& a;
    Vec<float>& b;
    ~SwappedIn() { a.swap(b); }
  };
  auto& values = trainer_->model().params().values();
  values.swap(passWeights_);
  const SwappedIn restore{values, passWeights_};
  if (analysis) analyzePass(trainer_->model());
  if (horizon) horizonPass(trainer_->model());
}

GradientFlowRecord Session::passRecord(const Model<float>& model, const StepReport& pass) const {
  GradientFlowRecord record = gradientFlowOf(model, pass.step, pass.clip);
  record.loss = pass.loss;
  return record;
}

// The pass the next update will compute, under the current weights, so that the views of a pass
// show what that update trains on before it is taken. It is not a trained step: nothing enters
// the history or the curve. Its views are stamped with that update, whose own pass is the same,
// so the step finds them fresh. A non-finite loss or gradient leaves them empty.
void Session::previewPass() {
  previewDue_ = false;
  runView(Job::GradientFlow, step() + 1, [this] {
    trainer_->preview([this](const Model<float>& model, const StepReport& pass) {
      passWeights_ = model.params().values();
      passStep_ = pass.step;
      flow_ = std::make_shared<const GradientFlowRecord>(passRecord(model, pass));
    });
  });
  if (passStep_ != step() + 1) return;
  analyzePass(trainer_->model());
  horizonPass(trainer_->model());
}

void Session::refreshActivations() {
  if (probeText_.empty()) return;
  runView(Job::Activations, step(), [this] { recordProbe(); });
}

void Session::recordProbe() {
  syncProbeWeights();
  auto record = std::make_shared<ActivationRecord>(
      recordActivations(*probe_, corpus_->vocab, corpus_->vocab.fit(probeText_)));
  saturation_ = gateSaturation(*record);
  ranking_ = rankCells(*record, conceptSignal(conceptName_, record->text), 40);
  activations_ = std::move(record);
  if (trainer_->validationTokens().size() > 1) {
    // A recall text also has its answers measured apart: the loss that shows whether the
    // network reaches back D steps (the truncated-BPTT lesson), over as many positions as the
    // lesson metric answer_loss reads.
    const int marker = isRecallCorpus(setup_.corpusSource) ? corpus_->vocab.indexOf(kRecallMarker) : -1;
    const auto split = evaluateLossSplit(*probe_, std::span<const std::int32_t>(trainer_->validationTokens()),
                                         trainer_->config().seqLen, marker >= 0 ? kAnswerLossPositions : 4096, marker);
    lastValidationLoss_ = split.all;
    lastAnswerLoss_ = split.afterMarker;
    metrics_.setLatestValidationLoss(lastValidationLoss_, lastAnswerLoss_);
  }
}

void Session::refreshSample() {
  runView(Job::Sample, step(), [this] { writeSample(); });
}

void Session::writeSample() {
  syncProbeWeights();
  SampleOptions o;
  o.prime = corpus_->vocab.fit(sampling_.prime);
  o.length = sampling_.length;
  o.temperature = sampling_.temperature;
  o.clamps = sampling_.clamps;
  o.seed = static_cast<std::uint64_t>(step()) + 1;
  sample_ = {o.prime, sampleText(*probe_, corpus_->vocab, o), o.temperature, step(), o.clamps};
}

// The gradient flow of every pass, and its spectra when the analysis is due, are computed
// inside the step from the pass before its update. A step that leaves the engine idle (the last
// of N requested) is always analysed.
std::int64_t Session::trainStep() {
  const auto started = clock_.now();
  if (setup_.beforeJob) setup_.beforeJob(Job::TrainStep);
  const bool lastRequested = !running_ && pendingSteps_ == 1;
  GradientFlowRecord record;
  const StepReport r = trainer_->step([&](const Model<float>& model, const StepReport& pass) {
    passWeights_ = model.params().values();
    passStep_ = pass.step;
    const auto flowStarted = clock_.now();
    record = passRecord(model, pass);
    scheduler_.ran(Job::GradientFlow, pass.step, flowStarted);
    if (scheduler_.due(Job::Analysis, pass.step, lastRequested)) analyzePass(model);
    if (scheduler_.due(Job::Horizon, pass.step, lastRequested)) horizonPass(model);
  });
  previewDue_ = false;
  if (pendingSteps_ > 0 && --pendingSteps_ == 0) changed_ = true;
  scheduler_.stepTaken(r.step, started);
  if (!r.applied || !trainer_->parametersFinite()) {
    if (r.applied) trainer_->model().params().values() = passWeights_;  // the last good weights
    running_ = false;
    pendingSteps_ = 0;
    say(EngineMessage::Code::NonFinite, {std::to_string(r.step)});
    return 0;
  }
  const double seconds = clock_.millisecondsSince(started) / 1000;
  const double rate = seconds > 0 ? double(r.positions) / seconds : 0;
  charsPerSecond_ = charsPerSecond_ == 0 ? rate : 0.9 * charsPerSecond_ + 0.1 * rate;
  lastLoss_ = r.loss;
  epoch_ = r.epoch;
  metrics_.append(stepPoint(r.step, r.epoch, r.loss, r.clip, trainer_->config().optimizer.learningRate));
  record.updateNorm = (trainer_->model().params().values() - passWeights_).cast<double>().norm();
  flowHistory_.push(record);
  if (rewind_.due(r.step)) keepRewindPoint();
  flow_ = std::make_shared<const GradientFlowRecord>(std::move(record));
  changed_ = true;
  return r.positions;
}

// The views of the current weights refresh here; the views of a pass (analysis, horizon) while
// training runs happen inside the step, here only when idle (e.g. after another timestep was chosen).
void Session::refreshViews() {
  const bool isIdle = idle();
  const std::int64_t now = step();
  if (isIdle && passStep_ > 0) {
    const bool analysis = scheduler_.due(Job::Analysis, passStep_, true);
    const bool horizon = scheduler_.due(Job::Horizon, passStep_, true);
    if (analysis || horizon) refreshPassViews(analysis, horizon);
  }
  if (scheduler_.due(Job::Activations, now, isIdle)) refreshActivations();
  if (scheduler_.due(Job::Sample, now, isIdle)) refreshSample();
}

EngineSession::Work Session::work() {
  Work done;
  if (!trainer_) return done;
  try {
    // The base point first: a step queued with the command that rebuilt the run must not
    // move the run past the step the base point stands for.
    if (rewindBaseDue_) {
      rewindBaseDue_ = false;
      keepRewindPoint();
    }
    if ((running_ || pendingSteps_ > 0) && scheduler_.stepAllowed(running_)) {
      done.stepped = true;
      done.positions = trainStep();
    }
    if (previewDue_) previewPass();
    refreshViews();
  } catch (...) {
    fail(std::current_exception());
  }
  return done;
}

std::optional<EngineClock::TimePoint> Session::wakeAt() const { return scheduler_.wakeAt(idle(), running_); }

// ---- publishing ----------------------------------------------------------------------------

void Session::fill(Snapshot& snap) {
  snap.running = running_;
  snap.step = step();
  snap.epoch = epoch_;
  snap.charsPerSecond = charsPerSecond_;
  snap.lastLoss = lastLoss_;
  snap.lastValidationLoss = lastValidationLoss_;
  snap.lastAnswerLoss = lastAnswerLoss_;
  snap.stepsPerSecondLimit = scheduler_.speed();
  if (trainer_) snap.config = trainer_->config();
  snap.configRevision = configRevision_;
  if (corpus_) {
    snap.corpusName = corpus_->name;
    snap.corpusCharacters = corpus_->text.size();
    snap.vocabulary = corpus_->vocab.codePoints();
  }
  snap.metrics = metrics_.view();
  snap.flow = flow_;
  snap.flowHistory = flowHistory_.view();
  snap.setAnalysis(spectra_, scheduler_, analysisStep_);
  const std::int64_t analysed = snap.analysisStep;
  snap.bptt = bptt_;
  snap.bpttStep = bptt_ ? analysed : -1;
  snap.bpttWindow = traceWindow_;
  snap.horizon = horizon_;
  snap.pinned = pinned_;
  snap.rewind = {rewind_.steps(), rewind_.bytes(), rewind_.budgetBytes(), rewind_.every()};
  snap.activations = activations_;
  snap.connectivity = connectivity_;
  snap.saturation = saturation_;
  snap.conceptName = conceptName_;
  snap.ranking = ranking_;
  snap.activationsStep = activations_ ? scheduler_.freshAt(Job::Activations) : -1;
  snap.sample = sample_;
  snap.message = message_;
  scheduler_.ran(Job::Publish, step(), clock_.now());
  snap.jobs = scheduler_.stats();
  changed_ = false;
}

}  // namespace rnnscope
