#include "core/engine/engine.h"

#include <chrono>
#include <cmath>
#include <exception>
#include <new>

#include <Eigen/Core>

#include "core/data/corpus_source.h"
#include "core/io/checkpoint.h"
#include "core/nn/sampling.h"
#include "core/train/memory_estimate.h"
#include "core/util/error.h"

namespace rnnscope {

using Clock = std::chrono::steady_clock;

namespace {
// A view that costs c ms is refreshed at most every kBudget * c ms while training runs: about
// 1/kBudget of the engine's time for each of the three views.
constexpr double kBudget = 60;
double millisecondsSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
// While training runs, a view waits at least its interval and at least kBudget times its last cost.
bool budgetAllows(Clock::time_point last, int intervalMs, double costMs) {
  return millisecondsSince(last) >= std::max<double>(intervalMs, kBudget * costMs);
}
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;
}  // namespace

struct Engine::State {
  EngineSetup setup;
  std::shared_ptr<const Corpus> corpus;
  std::unique_ptr<Trainer<float>> trainer;
  std::unique_ptr<Model<float>> probe;  // a copy of the weights for probing and sampling, so
                                        // the training caches that analysis reads stay intact
  // The weights of the last training pass, before its update: the gradient flow and the
  // spectra describe these (with the caches that pass left), never a mix with newer weights.
  // They also serve as the last good weights when an update turns out non-finite.
  Vec<float> passWeights;
  std::int64_t passStep = 0;  // the update that pass computed; its weights are after passStep - 1
  MetricsLog metrics;
  GradientFlowHistory flowHistory{400};
  std::shared_ptr<const GradientFlowRecord> flow;
  std::shared_ptr<const std::vector<GradientFlowRecord>> flowHistoryView;
  bool flowHistoryDirty = false;

  bool running = false;
  int pendingSteps = 0;
  int speed = 0;
  int analysisStep = -1;
  std::vector<LayerSpectra> spectra;
  std::int64_t analysisDoneAt = -1;
  double analysisMs = 0, activationsMs = 0, sampleMs = 0;  // what each view cost last time

  std::u32string probeText;
  std::shared_ptr<const ActivationRecord> activations;
  std::vector<GateSaturation> saturation;
  std::string conceptName;
  std::vector<CellScore> ranking;
  std::int64_t activationsDoneAt = -1;

  command::SetSampling sampling;
  SampleView sample;
  std::int64_t sampleDoneAt = -1;

  EngineMessage message;
  double charsPerSecond = 0;
  double lastLoss = NAN, lastValidationLoss = NAN;
  std::int64_t epoch = 0;

  Clock::time_point lastPublish{}, lastAnalysis{}, lastActivations{}, lastSample{}, lastStep{}, nextStepAt{};
  bool changed = true;  // something worth publishing at once

  std::int64_t step() const { return trainer ? trainer->state().step : 0; }
  void say(EngineMessage::Code code, std::vector<std::string> args = {}) {
    message = {code, std::move(args)};
    changed = true;
  }
};

Engine::Engine(EngineSetup setup) : state_(std::make_unique<State>()) {
  state_->setup = std::move(setup);
  state_->probeText = state_->setup.probeText;
  state_->conceptName = state_->setup.conceptName;
  state_->running = state_->setup.start;
  mailbox_ = std::make_shared<const Snapshot>();
  thread_ = std::thread([this] { run(); });
}

Engine::~Engine() {
  stop_.store(true);
  {
    std::lock_guard lock(queueMutex_);
  }
  queueChanged_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Engine::post(Command c) {
  {
    std::lock_guard lock(queueMutex_);
    queue_.push_back(std::move(c));
    ++posted_;
  }
  queueChanged_.notify_all();
}

std::shared_ptr<const Snapshot> Engine::latest() const {
  std::lock_guard lock(mailboxMutex_);
  return mailbox_;
}

void Engine::sync() {
  std::unique_lock lock(queueMutex_);
  const auto target = posted_ + 1;
  queue_.push_back(command::SetSpeed{-1});  // a marker: handled (and published) after all before it
  ++posted_;
  queueChanged_.notify_all();
  handledChanged_.wait(lock, [&] { return handled_ >= target || stop_.load(); });
}

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

std::u32string defaultProbe(const Corpus& corpus, const Trainer<float>& t) {
  return defaultProbeText(corpus, t.validationTokens());
}

// Every character of the probe must be in the vocabulary; unknown ones become spaces (or the
// first vocabulary entry) so that any pasted text can be probed.
std::u32string fitToVocabulary(std::u32string text, const Vocabulary& vocab) {
  const char32_t fallback = vocab.indexOf(U' ') >= 0 ? U' ' : vocab.at(0);
  for (auto& c : text)
    if (vocab.indexOf(c) < 0) c = fallback;
  return text;
}

}  // namespace

void Engine::run() {
  State& s = *state_;
  if (s.setup.matrixThreads > 0) Eigen::setNbThreads(s.setup.matrixThreads);
  auto rebuild = [&](const TrainConfig& cfg) {
    auto t = makeTrainer(cfg, *s.corpus);  // throws before anything is replaced
    s.trainer = std::move(t);
    s.probe = std::make_unique<Model<float>>(s.trainer->model().config());
    s.passWeights = s.trainer->model().params().values();
    s.passStep = 0;
    s.metrics.clear();
    s.flowHistory.clear();
    s.flow.reset();
    s.flowHistoryView = std::make_shared<const std::vector<GradientFlowRecord>>();
    s.spectra.clear();
    s.analysisDoneAt = s.activationsDoneAt = s.sampleDoneAt = -1;
    s.activations.reset();
    s.ranking.clear();
    s.saturation.clear();
    s.sample = {};
    s.lastLoss = s.lastValidationLoss = NAN;
    s.epoch = 0;
    if (s.setup.probeText.empty()) s.probeText = defaultProbe(*s.corpus, *s.trainer);
    s.changed = true;
  };
  auto loadCorpus = [&](const std::string& source, const TrainConfig& cfg) {
    auto corpus = std::make_shared<const Corpus>(loadCorpusSource(source));
    auto old = s.corpus;
    s.corpus = corpus;
    try {
      rebuild(cfg);
    } catch (...) {
      s.corpus = old;
      throw;
    }
    s.setup.corpusSource = source;
  };

  try {
    loadCorpus(s.setup.corpusSource, s.setup.config);
  } catch (const std::exception& e) {
    s.running = false;
    s.say(EngineMessage::Code::StartFailed, {e.what()});
  }

  // Nothing that happens on this thread may end the process: a failure pauses training and
  // becomes a message; the model keeps its last good weights (a failed step never applies).
  auto failed = [&](std::exception_ptr error) {
    s.running = false;
    s.pendingSteps = 0;
    try {
      std::rethrow_exception(error);
    } catch (const TooLarge& t) {
      s.say(EngineMessage::Code::TooLarge, {std::to_string(t.needed >> 20), std::to_string(t.available >> 20)});
    } catch (const std::bad_alloc&) {
      s.say(EngineMessage::Code::OutOfMemory);
    } catch (const std::exception& e) {
      s.say(EngineMessage::Code::Failed, {e.what()});
    } catch (...) {
      s.say(EngineMessage::Code::Failed, {"unknown error"});
    }
  };

  auto syncProbeWeights = [&] { s.probe->params().values() = s.trainer->model().params().values(); };

  // The spectra of the last pass; `model` must hold that pass's weights and caches.
  auto analyzePass = [&](const Model<float>& model) {
    if (model.lastSteps() == 0 || model.lastTargets().empty()) return;
    const auto t0 = Clock::now();
    const int T = model.lastSteps();
    std::vector<LayerSpectra> spectra;
    const int selected = s.analysisStep < 0 ? T - 1 : std::min(s.analysisStep, T - 1);
    for (int l = 0; l < model.config().layers; ++l) spectra.push_back(layerSpectra(model, l, selected));
    s.spectra = std::move(spectra);
    s.analysisMs = millisecondsSince(t0);
    s.analysisDoneAt = s.passStep;
    s.lastAnalysis = Clock::now();
    s.changed = true;
  };
  // Between steps the model holds newer weights than the pass its caches come from: put the
  // pass's weights back for the analysis, then restore.
  auto refreshAnalysis = [&] {
    if (s.passStep == 0) return;
    struct SwappedIn {  // swaps back even when the analysis throws
      Vec<float>& a;
      Vec<float>& b;
      ~SwappedIn() { a.swap(b); }
    };
    auto& values = s.trainer->model().params().values();
    values.swap(s.passWeights);
    const SwappedIn restore{values, s.passWeights};
    analyzePass(s.trainer->model());
  };

  auto refreshActivations = [&] {
    if (s.probeText.empty()) return;
    const auto t0 = Clock::now();
    syncProbeWeights();
    try {
      auto record = std::make_shared<ActivationRecord>(
          recordActivations(*s.probe, s.corpus->vocab, fitToVocabulary(s.probeText, s.corpus->vocab)));
      s.saturation = gateSaturation(*record);
      s.ranking = rankCells(*record, conceptSignal(s.conceptName, record->text), 40);
      s.activations = std::move(record);
      if (s.trainer->validationTokens().size() > 1) {
        s.lastValidationLoss = evaluateLoss(*s.probe, std::span<const std::int32_t>(s.trainer->validationTokens()),
                                            s.trainer->config().seqLen, 4096);
        s.metrics.setLatestValidationLoss(s.lastValidationLoss);
      }
    } catch (const std::exception& e) {
      s.say(EngineMessage::Code::Failed, {e.what()});
    }
    s.activationsMs = millisecondsSince(t0);
    s.activationsDoneAt = s.step();
    s.lastActivations = Clock::now();
    s.changed = true;
  };

  auto refreshSample = [&] {
    const auto t0 = Clock::now();
    syncProbeWeights();
    SampleOptions o;
    o.prime = fitToVocabulary(s.sampling.prime, s.corpus->vocab);
    o.length = s.sampling.length;
    o.temperature = s.sampling.temperature;
    o.clamps = s.sampling.clamps;
    o.seed = static_cast<std::uint64_t>(s.step()) + 1;
    try {
      s.sample = {o.prime, sampleText(*s.probe, s.corpus->vocab, o), o.temperature, s.step(), o.clamps};
    } catch (const std::exception& e) {
      s.say(EngineMessage::Code::Failed, {e.what()});
    }
    s.sampleMs = millisecondsSince(t0);
    s.sampleDoneAt = s.step();
    s.lastSample = Clock::now();
    s.changed = true;
  };

  auto trainOneStep = [&](bool analysisDue) {
    const auto t0 = Clock::now();
    GradientFlowRecord rec;
    const StepReport r = s.trainer->step([&](const Model<float>& model, const StepReport& pass) {
      s.passWeights = model.params().values();
      s.passStep = pass.step;
      rec = gradientFlowOf(model, pass.step, pass.clip);
      if (analysisDue) analyzePass(model);
    });
    if (!r.applied || !s.trainer->parametersFinite()) {
      if (r.applied) s.trainer->model().params().values() = s.passWeights;
      s.running = false;
      s.pendingSteps = 0;
      s.say(EngineMessage::Code::NonFinite, {std::to_string(r.step)});
      return;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double rate = seconds > 0 ? double(r.positions) / seconds : 0;
    s.charsPerSecond = s.charsPerSecond == 0 ? rate : 0.9 * s.charsPerSecond + 0.1 * rate;
    s.lastLoss = r.loss;
    s.epoch = r.epoch;
    MetricsPoint p;
    p.step = r.step;
    p.loss = r.loss;
    p.gradNormBefore = r.clip.normBefore;
    p.gradNormAfter = r.clip.normAfter;
    p.clipped = r.clip.clipped;
    p.learningRate = s.trainer->config().optimizer.learningRate;
    s.metrics.append(p);
    s.flowHistory.push(rec);
    s.flowHistoryDirty = true;
    s.flow = std::make_shared<const GradientFlowRecord>(std::move(rec));
    steps_.fetch_add(1, std::memory_order_relaxed);
    characters_.fetch_add(r.positions, std::memory_order_relaxed);
  };

  auto apply = [&](Command& c) {
    std::visit(Overloaded{
                   [&](command::Play&) {
                     s.running = true;
                     s.changed = true;
                   },
                   [&](command::Pause&) {
                     s.running = false;
                     s.pendingSteps = 0;
                     s.changed = true;
                   },
                   [&](command::Step& st) {
                     s.running = false;
                     s.pendingSteps += std::max(1, st.updates);
                     s.changed = true;
                   },
                   [&](command::Reset&) {
                     s.running = false;
                     rebuild(s.trainer ? s.trainer->config() : s.setup.config);
                     s.say(EngineMessage::Code::Reset);
                   },
                   [&](command::Configure& cfg) {
                     rebuild(cfg.config);
                     s.setup.config = cfg.config;
                     s.running = false;
                     s.say(EngineMessage::Code::Configured);
                   },
                   [&](command::SetOptimizer& o) {
                     s.trainer->setOptimizerConfig(o.optimizer);
                     s.changed = true;
                   },
                   [&](command::SetClip& c2) {
                     s.trainer->setClipConfig(c2.clip);
                     s.changed = true;
                   },
                   [&](command::SetSpeed& sp) {
                     if (sp.stepsPerSecond >= 0) s.speed = sp.stepsPerSecond;
                     s.changed = true;
                   },
                   [&](command::LoadCorpus& lc) {
                     s.running = false;
                     loadCorpus(lc.source, s.trainer ? s.trainer->config() : s.setup.config);
                     s.say(EngineMessage::Code::CorpusLoaded, {s.corpus->name, std::to_string(s.corpus->text.size()),
                                                             std::to_string(s.corpus->vocab.size())});
                   },
                   [&](command::SetProbeText& p) {
                     s.setup.probeText = p.text;
                     s.probeText = p.text.empty() && s.trainer ? defaultProbe(*s.corpus, *s.trainer) : p.text;
                     s.activationsDoneAt = -1;
                   },
                   [&](command::SetConcept& c2) {
                     conceptSignal(c2.name, U"probe");  // validates the name or pattern first
                     s.conceptName = c2.name;
                     s.activationsDoneAt = -1;
                   },
                   [&](command::SetAnalysisStep& a) {
                     s.analysisStep = a.step;
                     s.analysisDoneAt = -1;
                   },
                   [&](command::SetSampling& sm) {
                     if (!(sm.temperature >= 0 && sm.temperature <= 10)) throw Error("temperature must be between 0 and 10");
                     if (sm.length < 1 || sm.length > 100000) throw Error("sample length must be between 1 and 100000");
                     if (s.trainer) s.probe->setClamps(sm.clamps);  // validates, then sampling sets its own
                     if (s.probe) s.probe->setClamps({});
                     s.sampling = sm;
                     s.sampleDoneAt = -1;
                   },
                   [&](command::SampleNow&) { s.sampleDoneAt = -1; },
                   [&](command::SaveCheckpoint& sc) {
                     if (!s.trainer) return s.say(EngineMessage::Code::NoModel);
                     saveCheckpoint(sc.path, s.trainer->model(), s.corpus->vocab);
                     s.say(EngineMessage::Code::Saved, {sc.path});
                   },
                   [&](command::LoadCheckpoint& lc) {
                     auto loaded = loadCheckpoint(lc.path);
                     if (!s.corpus || loaded.vocab.codePoints() != s.corpus->vocab.codePoints())
                       throw Error("this checkpoint was trained on a text with a different alphabet; load its text first");
                     TrainConfig cfg = s.trainer->config();
                     cfg.model = loaded.config;
                     cfg.model.dtype = DType::F32;
                     s.running = false;
                     rebuild(cfg);
                     loaded.visit([&](auto& m) {
                       s.trainer->model().params().values() = m.params().values().template cast<float>();
                     });
                     s.passWeights = s.trainer->model().params().values();
                     s.say(EngineMessage::Code::CheckpointLoaded, {lc.path});
                   },
               },
               c);
  };

  // One training step when one is wanted and the speed limit allows it; true if it stepped.
  auto stepIfDue = [&] {
    if (!s.trainer || !(s.running || s.pendingSteps > 0)) return false;
    if (s.speed > 0 && s.running && Clock::now() < s.nextStepAt) return false;  // not yet; commands still get through
    // The analysis reads the pass before its update; a step that will leave the engine idle
    // (the last of N requested) is always analysed.
    const bool lastRequested = !s.running && s.pendingSteps == 1;
    const bool analysisDue = s.analysisDoneAt != s.passStep + 1 &&
                             (lastRequested || budgetAllows(s.lastAnalysis, s.setup.analysisIntervalMs, s.analysisMs));
    trainOneStep(analysisDue);
    if (s.pendingSteps > 0 && --s.pendingSteps == 0) s.changed = true;
    if (s.speed > 0) s.nextStepAt = Clock::now() + std::chrono::microseconds(1000000 / s.speed);
    return true;
  };

  // While training runs, each view waits at least its interval and at least kBudget times its
  // own last cost, so that together they take a few percent of the engine's time whatever the
  // model size; paused or stepped, everything is brought up to date at once. The views of the
  // current weights refresh here; the analysis of a pass while training runs happens inside
  // the step (stepIfDue), here only when paused (e.g. after another timestep was chosen).
  auto refreshViews = [&] {
    if (!s.trainer) return;
    const bool idle = !(s.running || s.pendingSteps > 0);
    const std::int64_t step = s.step();
    auto due = [&](std::int64_t doneAt, Clock::time_point last, int intervalMs, double costMs) {
      return doneAt != step && (idle || budgetAllows(last, intervalMs, costMs));
    };
    if (idle && s.analysisDoneAt != s.passStep) refreshAnalysis();
    if (due(s.activationsDoneAt, s.lastActivations, s.setup.activationsIntervalMs, s.activationsMs)) refreshActivations();
    if (due(s.sampleDoneAt, s.lastSample, s.setup.sampleIntervalMs, s.sampleMs)) refreshSample();
  };

  std::uint64_t unacknowledged = 0;
  while (!stop_.load()) {
    std::deque<Command> batch;
    {
      std::lock_guard lock(queueMutex_);
      batch.swap(queue_);
    }
    for (auto& c : batch) {
      try {
        if (!s.trainer && !std::holds_alternative<command::LoadCorpus>(c) && !std::holds_alternative<command::SetSpeed>(c) &&
            !std::holds_alternative<command::Pause>(c) && !std::holds_alternative<command::SetProbeText>(c) &&
            !std::holds_alternative<command::SetConcept>(c) && !std::holds_alternative<command::SetSampling>(c))
          s.say(EngineMessage::Code::LoadTextFirst);
        else
          apply(c);
      } catch (...) {
        failed(std::current_exception());
      }
    }

    bool stepped = false;
    try {
      stepped = stepIfDue();
      refreshViews();
    } catch (...) {
      failed(std::current_exception());
    }
    const bool idle = !(s.trainer && (s.running || s.pendingSteps > 0));
    if (!batch.empty() || (s.changed && (idle || millisecondsSince(s.lastPublish) >= s.setup.publishIntervalMs)) ||
        (stepped && millisecondsSince(s.lastPublish) >= s.setup.publishIntervalMs))
      publish(s);
    // A Step{N} command counts as handled only when its N updates are done, so sync() waits for them.
    unacknowledged += batch.size();
    if (unacknowledged > 0 && s.pendingSteps == 0) {
      std::lock_guard lock(queueMutex_);
      handled_ += unacknowledged;
      unacknowledged = 0;
      handledChanged_.notify_all();
    }

    if (idle || (s.speed > 0 && s.running && !stepped)) {
      std::unique_lock lock(queueMutex_);
      const auto until = idle ? Clock::now() + std::chrono::milliseconds(250) : s.nextStepAt;
      queueChanged_.wait_until(lock, until, [&] { return !queue_.empty() || stop_.load(); });
    }
  }
  std::lock_guard lock(queueMutex_);
  handled_ = posted_;
  handledChanged_.notify_all();
}

void Engine::publish(State& s) {
  auto snap = std::make_shared<Snapshot>();
  snap->serial = serial_.load() + 1;
  snap->running = s.running;
  snap->step = s.step();
  snap->epoch = s.epoch;
  snap->charsPerSecond = s.charsPerSecond;
  snap->lastLoss = s.lastLoss;
  snap->lastValidationLoss = s.lastValidationLoss;
  snap->stepsPerSecondLimit = s.speed;
  if (s.trainer) snap->config = s.trainer->config();
  if (s.corpus) {
    snap->corpusName = s.corpus->name;
    snap->corpusCharacters = s.corpus->text.size();
    snap->vocabulary = s.corpus->vocab.codePoints();
  }
  snap->metrics = s.metrics.view();
  snap->flow = s.flow;
  if (s.flowHistoryDirty) {
    s.flowHistoryView = std::make_shared<const std::vector<GradientFlowRecord>>(s.flowHistory.records().begin(),
                                                                                s.flowHistory.records().end());
    s.flowHistoryDirty = false;
  }
  snap->flowHistory = s.flowHistoryView;
  snap->spectra = s.spectra;
  snap->analysisStep = s.analysisDoneAt;  // the update whose pass the spectra describe
  snap->analysisWeightsStep = s.analysisDoneAt - 1;
  snap->analysisMilliseconds = s.analysisMs;
  snap->activations = s.activations;
  snap->saturation = s.saturation;
  snap->conceptName = s.conceptName;
  snap->ranking = s.ranking;
  snap->activationsStep = s.activationsDoneAt;
  snap->sample = s.sample;
  snap->message = s.message;
  {
    std::lock_guard lock(mailboxMutex_);
    mailbox_ = std::move(snap);
  }
  serial_.fetch_add(1, std::memory_order_release);
  s.lastPublish = Clock::now();
  s.changed = false;
}

}  // namespace rnnscope
