#include "core/lesson/lesson_checks.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/analysis/activations.h"
#include "core/analysis/concepts.h"
#include "core/data/procedural.h"
#include "core/data/utf8.h"
#include "core/nn/sampling.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

using Clock = std::chrono::steady_clock;


struct ParsedMetric {
  std::string name;
  int distance = -1;  // the D of name@D, -1 when there is none
};

ParsedMetric parseMetric(const std::string& metric) {
  ParsedMetric p;
  const auto at = metric.find('@');
  p.name = metric.substr(0, at);
  if (at != std::string::npos) {
    const std::string arg = metric.substr(at + 1);
    const auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), p.distance);
    if (ec != std::errc() || end != arg.data() + arg.size() || p.distance < 1)
      throw Error("metric '" + metric + "': the distance after @ must be a whole number of at least 1");
  }
  return p;
}

bool takesDistance(const std::string& name) {
  return name == "last_loss_dh_ratio" || name == "last_loss_dc_ratio" || name == "gated_path" ||
         name == "bottom_last_loss_dh_ratio" || name == "input_reach";
}

enum class Needs { History, Flow, Spectra, Cells, Sample, Answer, Reach };

Needs needsOf(const std::string& metric) {
  const auto name = parseMetric(metric).name;
  if (name == "input_reach") return Needs::Reach;
  if (takesDistance(name) || name == "bottom_over_top_dh") return Needs::Flow;
  if (name == "product_over_bound" || name == "whh_sigma_max") return Needs::Spectra;
  if (name == "best_cell_r") return Needs::Cells;
  if (name == "sample_errors") return Needs::Sample;
  if (name == "answer_loss") return Needs::Answer;
  return Needs::History;
}

double median(std::vector<double> v) {
  if (v.empty()) return NAN;
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), mid, v.end());
  return *mid;
}

// max over steps s >= first of f(x[s], median of the `span` values before s)
template <class F>
double worstAgainstRunningMedian(const std::vector<double>& x, std::size_t span, std::size_t first, F f) {
  double worst = NAN;
  for (std::size_t s = first; s < x.size(); ++s) {
    const auto from = s > span ? s - span : 0;
    const double m = median(std::vector<double>(x.begin() + static_cast<std::ptrdiff_t>(from),
                                                x.begin() + static_cast<std::ptrdiff_t>(s)));
    const double v = f(x[s], m);
    if (std::isfinite(v) && !(v <= worst)) worst = v;
  }
  return worst;
}

// ||dL_T/ds_{T-D}|| / ||dL_T/ds_T|| of one layer's row; NaN when the window is shorter than D+1.
double ratioAtDistance(const std::vector<double>& norms, int distance) {
  const auto r = relativeByDistance(norms);
  return static_cast<std::size_t>(distance) < r.size() ? r[static_cast<std::size_t>(distance)] : NAN;
}

double topRatioAtDistance(const std::vector<std::vector<double>>& norms, int distance) {
  return norms.empty() ? NAN : ratioAtDistance(norms.back(), distance);
}

double mean(const std::vector<double>& v) {
  double sum = 0;
  for (double x : v) sum += x;
  return v.empty() ? NAN : sum / static_cast<double>(v.size());
}

// The window's loss gradient that reaches the bottom layer against the top's, averaged over the
// timesteps: mean_k ||dL/dh^1_k|| / mean_k ||dL/dh^L_k||. One layer: NaN (no claim about depth).
double bottomOverTop(const std::vector<std::vector<double>>& dhNorm) {
  if (dhNorm.size() < 2) return NAN;
  return mean(dhNorm.front()) / mean(dhNorm.back());
}

bool holds(double value, const std::string& op, double threshold) {
  if (!std::isfinite(value)) return false;
  if (op == "<") return value < threshold;
  if (op == "<=") return value <= threshold;
  if (op == ">") return value > threshold;
  return value >= threshold;
}

}  // namespace

void validateLessonMetric(const std::string& metric) {
  const auto p = parseMetric(metric);
  static const char* const kNames[] = {"last_loss_dh_ratio", "last_loss_dc_ratio", "gated_path", "product_over_bound",
                                       "grad_spike",         "loss_jump",          "loss_recent", "best_cell_r",
                                       "whh_sigma_max",      "sample_errors",      "bottom_last_loss_dh_ratio",
                                       "bottom_over_top_dh", "answer_loss",        "input_reach",
                                       "accuracy"};
  if (std::find(std::begin(kNames), std::end(kNames), p.name) == std::end(kNames))
    throw Error("unknown metric '" + metric + "'");
  if (p.name == "input_reach" && p.distance > 64) throw Error("metric '" + metric + "': input_reach reaches at most 64 back");
  if (takesDistance(p.name) != (p.distance > 0))
    throw Error(takesDistance(p.name) ? "metric '" + metric + "' needs a distance, e.g. " + p.name + "@50"
                                      : "metric '" + metric + "' takes no distance");
}

double lessonMetric(const std::string& metric, const LessonFigures& f) {
  const auto p = parseMetric(metric);
  if (p.name == "last_loss_dh_ratio") return f.flow ? topRatioAtDistance(f.flow->lastLossDhNorm, p.distance) : NAN;
  if (p.name == "last_loss_dc_ratio") return f.flow ? topRatioAtDistance(f.flow->lastLossDcNorm, p.distance) : NAN;
  if (p.name == "bottom_last_loss_dh_ratio")
    return f.flow && f.flow->lastLossDhNorm.size() > 1 ? ratioAtDistance(f.flow->lastLossDhNorm.front(), p.distance) : NAN;
  if (p.name == "bottom_over_top_dh") return f.flow ? bottomOverTop(f.flow->dhNorm) : NAN;
  if (p.name == "gated_path") {
    if (!f.flow || f.flow->gatedPathMax.empty()) return NAN;
    const auto& top = f.flow->gatedPathMax.back();
    return static_cast<std::size_t>(p.distance) <= top.size() ? top[static_cast<std::size_t>(p.distance) - 1] : NAN;
  }
  if (p.name == "product_over_bound") {
    if (f.spectra.empty()) return NAN;
    const auto& s = f.spectra.back();
    double worst = 0;
    for (std::size_t d = 0; d < std::min(s.productSigmaMax.size(), s.bound.size()); ++d)
      if (s.bound[d] > 0) worst = std::max(worst, s.productSigmaMax[d] / s.bound[d]);
    return worst;
  }
  if (p.name == "whh_sigma_max") return f.spectra.empty() ? NAN : f.spectra.back().weights.sigmaMax;
  if (p.name == "grad_spike")
    return worstAgainstRunningMedian(f.gradNorm, 50, 20, [](double x, double m) { return m > 0 ? x / m : NAN; });
  if (p.name == "loss_jump") return worstAgainstRunningMedian(f.loss, 20, 20, [](double x, double m) { return x - m; });
  if (p.name == "loss_recent") {
    if (f.loss.empty()) return NAN;
    const std::size_t n = std::min<std::size_t>(50, f.loss.size());
    double sum = 0;
    for (std::size_t i = f.loss.size() - n; i < f.loss.size(); ++i) sum += f.loss[i];
    return sum / static_cast<double>(n);
  }
  if (p.name == "best_cell_r") return f.bestCellR;
  if (p.name == "sample_errors") return f.sampleErrors;
  if (p.name == "answer_loss") return f.answerLoss;
  if (p.name == "accuracy") return f.accuracy;
  if (p.name == "input_reach")
    return static_cast<std::size_t>(p.distance) < f.inputReach.size() ? f.inputReach[static_cast<std::size_t>(p.distance)] : NAN;
  throw Error("unknown metric '" + metric + "'");
}

template <class S>
struct LessonMonitor<S>::Run {
  std::string name;
  std::unique_ptr<Trainer<S>> own;  // null for the main run, which the caller owns
  LessonFigures figures;
  bool needsFlow = false, needsSpectra = false, needsCells = false, needsSample = false, needsAnswer = false,
       needsReach = false;
};

template <class S>
LessonMonitor<S>::LessonMonitor(const Lesson& lesson, std::shared_ptr<const Corpus> corpus, std::int64_t steps)
    : lesson_(lesson), corpus_(std::move(corpus)), steps_(steps), start_(Clock::now()) {
  runs_.push_back(std::make_unique<Run>());
  for (const auto& check : lesson_.checks) {
    for (const auto& use : {std::pair{check.metric, check.run}, std::pair{check.relativeMetric, check.relativeRun}}) {
      const std::string& metric = use.first;
      const std::string& runName = use.second;
      if (metric.empty()) continue;
      if (!runName.empty() && std::none_of(runs_.begin(), runs_.end(), [&](const auto& r) { return r->name == runName; })) {
        const LessonRun* def = lesson_.findRun(runName);
        if (!def) throw Error("lesson '" + lesson_.id + "': check '" + check.name + "' names an unknown run '" + runName + "'");
        TrainConfig cfg = def->config;
        cfg.model.vocabSize = corpus_->vocab.size();
        cfg.model.dtype = std::is_same_v<S, double> ? DType::F64 : DType::F32;
        auto split = splitTrainValidation(corpus_->tokens, cfg.validationFraction);
        auto run = std::make_unique<Run>();
        run->name = runName;
        run->own = std::make_unique<Trainer<S>>(cfg, std::move(split.train), std::move(split.validation));
        runs_.push_back(std::move(run));
      }
      Run& run = runNamed(runName);
      switch (needsOf(metric)) {
        case Needs::Flow: run.needsFlow = true; break;
        case Needs::Spectra: run.needsSpectra = true; break;
        case Needs::Cells: run.needsCells = true; break;
        case Needs::Sample: run.needsSample = true; break;
        case Needs::Answer: run.needsAnswer = true; break;
        case Needs::Reach: run.needsReach = true; break;
        case Needs::History: break;
      }
    }
  }
}

template <class S>
LessonMonitor<S>::~LessonMonitor() = default;

template <class S>
typename LessonMonitor<S>::Run& LessonMonitor<S>::runNamed(const std::string& name) {
  for (auto& r : runs_)
    if (r->name == name) return *r;
  throw Error("lesson '" + lesson_.id + "' has no run '" + name + "'");
}

template <class S>
StepReport LessonMonitor<S>::stepRun(Trainer<S>& trainer, Run& run, bool record) {
  // The flow and the spectra come from the pass before its update, like the engine's views.
  const StepReport r = trainer.step([&](const Model<S>& model, const StepReport& pass) {
    if (!record) return;
    if (run.needsFlow) run.figures.flow = gradientFlowOf(model, pass.step, pass.clip);
    if (run.needsSpectra) {
      run.figures.spectra.clear();
      for (int l = 0; l < model.config().layers; ++l) {
        run.figures.spectra.push_back(layerSpectra(model, l, model.lastSteps() - 1));
        // The live view propagates a 16-column block (a lower estimate beyond d = 1); a claim
        // that the product lies under the bound is checked on the exact product.
        const Index stateSize = model.stateJacobian(l, 0).rows();
        run.figures.spectra.back().productSigmaMax = jacobianProductSigmaMax(model, l, 0, stateSize);
      }
    }
  });
  run.figures.loss.push_back(r.loss);
  run.figures.gradNorm.push_back(r.clip.normBefore);
  if (record && run.needsCells) recordCells(trainer, run);
  if (record && run.needsSample) recordSample(trainer, run);
  if (record && run.needsAnswer) recordAnswerLoss(trainer, run);
  if (record && run.needsReach) recordInputReach(trainer, run);
  return r;
}

template <class S>
void LessonMonitor<S>::recordCells(Trainer<S>& trainer, Run& run) {
  std::u32string probe = decodeUtf8(lesson_.probeText);
  if (probe.empty()) probe = defaultProbeText(*corpus_, trainer.validationTokens());
  Model<S> copy(trainer.model().config());
  copy.params().values() = trainer.model().params().values();
  const auto record = recordActivations(copy, corpus_->vocab, probe);
  const auto ranking = rankCells(record, conceptSignal(lesson_.conceptName, record.text), 40);
  run.figures.bestCellR = ranking.empty() ? NAN : std::abs(ranking.front().pearson);
  run.figures.cellsStep = trainer.state().step;
}

// The sample the Samples view shows after this step (the engine seeds it with step + 1), compared
// character by character with the lesson's text.
template <class S>
void LessonMonitor<S>::recordSample(Trainer<S>& trainer, Run& run) {
  Model<S> copy(trainer.model().config());
  copy.params().values() = trainer.model().params().values();
  SampleOptions o;
  o.prime = corpus_->vocab.fit(decodeUtf8(lesson_.sampling.prime));
  o.length = lesson_.sampling.length;
  o.temperature = lesson_.sampling.temperature;
  o.seed = static_cast<std::uint64_t>(trainer.state().step) + 1;
  const std::u32string written = o.prime + sampleText(copy, corpus_->vocab, o);
  std::size_t errors = written.size() > corpus_->text.size() ? written.size() - corpus_->text.size() : 0;
  for (std::size_t i = 0; i < std::min(written.size(), corpus_->text.size()); ++i) errors += written[i] != corpus_->text[i];
  run.figures.sampleErrors = static_cast<double>(errors);
}

// The loss of the character after each '=' (the answer of builtin:recall-D) on the run's
// validation text, under the weights after the update. The text is read from the zero state as
// validationLoss reads it, so the answer is predicted from the whole record before it,
// whatever the window the run trains with.
template <class S>
void LessonMonitor<S>::recordAnswerLoss(Trainer<S>& trainer, Run& run) {
  const int marker = corpus_->vocab.indexOf(kRecallMarker);
  if (marker < 0) {
    run.figures.answerLoss = NAN;
    return;
  }
  Model<S> copy(trainer.model().config());
  copy.params().values() = trainer.model().params().values();
  run.figures.answerLoss =
      evaluateLossSplit(copy, trainer.validationTokens(), trainer.config().seqLen, kAnswerLossPositions, marker).afterMarker;
}

// What the Cells view's connectivity shows, summarised: the probe text's first kReachChars
// characters read from the zero state; for every kReachStride-th position t from kReachMaxDistance
// on, ||dL_t/dx_{t-d}|| / ||dL_t/dx_t||; the median over those t for each d.
template <class S>
void LessonMonitor<S>::recordInputReach(Trainer<S>& trainer, Run& run) {
  constexpr std::size_t kReachChars = 512, kReachStride = 16, kReachMaxDistance = 64;
  std::u32string probe = decodeUtf8(lesson_.probeText);
  if (probe.empty()) probe = defaultProbeText(*corpus_, trainer.validationTokens());
  const auto tokens = corpus_->vocab.encode(corpus_->vocab.fit(probe.substr(0, kReachChars + 1)));
  run.figures.inputReach.clear();
  if (tokens.size() <= kReachMaxDistance + 1) return;
  Model<S> copy(trainer.model().config());
  copy.params().values() = trainer.model().params().values();
  const std::span<const std::int32_t> all(tokens);
  auto state = copy.zeroState(1);
  copy.forward(all.first(all.size() - 1), 1, state);
  copy.loss(all.subspan(1));
  std::vector<std::vector<double>> ratios(kReachMaxDistance + 1);  // [d][each t]
  for (std::size_t t = kReachMaxDistance; t + 1 < tokens.size(); t += kReachStride) {
    const auto saliency = inputSaliency(copy, static_cast<int>(t));
    if (!(saliency[t] > 0)) continue;
    for (std::size_t d = 0; d <= kReachMaxDistance; ++d) ratios[d].push_back(saliency[t - d] / saliency[t]);
  }
  for (auto& r : ratios) run.figures.inputReach.push_back(median(std::move(r)));
}

template <class S>
StepReport LessonMonitor<S>::step(Trainer<S>& main) {
  const std::int64_t next = main.state().step + 1;
  const bool record = next % lesson_.checkEvery == 0 || next == steps_;
  const StepReport r = stepRun(main, *runs_.front(), record);
  for (std::size_t i = 1; i < runs_.size(); ++i) stepRun(*runs_[i]->own, *runs_[i], record);
  if (record) evaluate(r.step);
  return r;
}

void evaluateLessonChecks(const Lesson& lesson, std::int64_t step,
                          const std::function<const LessonFigures&(const std::string&)>& figuresOf,
                          std::vector<CheckOutcome>& outcomes) {
  outcomes.resize(lesson.checks.size());
  for (std::size_t i = 0; i < lesson.checks.size(); ++i) {
    const auto& c = lesson.checks[i];
    if (c.atStep > 0 && step != c.atStep && outcomes[i].step == c.atStep) continue;  // keeps its step's value
    CheckOutcome o{c.name, c.claim, c.op, false, lessonMetric(c.metric, figuresOf(c.run)), c.threshold, step};
    if (!c.relativeMetric.empty()) o.value /= lessonMetric(c.relativeMetric, figuresOf(c.relativeRun));
    // a claim about step N is not yet decided before step N
    o.passed = holds(o.value, c.op, c.threshold) && !(c.atStep > 0 && step < c.atStep);
    outcomes[i] = std::move(o);
  }
}

bool allChecksPassed(const std::vector<CheckOutcome>& outcomes) {
  return !outcomes.empty() && std::all_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return o.passed; });
}

template <class S>
void LessonMonitor<S>::evaluate(std::int64_t step) {
  evaluatedAt_ = step;
  evaluateLessonChecks(lesson_, step, [this](const std::string& run) -> const LessonFigures& { return runNamed(run).figures; },
                       outcomes_);
  if (!secondsToClaim_ && allPassed()) {
    secondsToClaim_ = std::chrono::duration<double>(Clock::now() - start_).count();
    stepsToClaim_ = step;
  }
}

template <class S>
bool LessonMonitor<S>::allPassed() const {
  return allChecksPassed(outcomes_);
}

template class LessonMonitor<float>;
template class LessonMonitor<double>;

}  // namespace rnnscope
