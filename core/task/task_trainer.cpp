#include "core/task/task_trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/util/error.h"
#include "core/util/json_fields.h"

namespace rnnscope {

void TaskConfig::validate() const {
  init.validate();
  optimizer.validate();
  clip.validate();
  if (batch < 1 || batch > 4096) throw Error("batch must be between 1 and 4096, got " + std::to_string(batch));
  if (!(validationFraction >= 0 && validationFraction < 1))
    throw Error("validation_fraction must be in [0, 1), got " + std::to_string(validationFraction));
  if (maxDecode < 1 || maxDecode > 4096) throw Error("max_decode must be between 1 and 4096");
}

nlohmann::json TaskConfig::toJson() const {
  return {{"model", model.toJson()}, {"init", init.toJson()}, {"optimizer", optimizer.toJson()},
          {"clip", clip.toJson()},   {"batch", batch},          {"seed", seed},
          {"validation_fraction", validationFraction},          {"max_decode", maxDecode}};
}

TaskConfig TaskConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "task config");
  TaskConfig c;
  if (j.contains("model")) c.model = ModelConfig::fromJson(j["model"]);
  if (j.contains("init")) c.init = InitConfig::fromJson(j["init"]);
  if (j.contains("optimizer")) c.optimizer = OptimizerConfig::fromJson(j["optimizer"]);
  if (j.contains("clip")) c.clip = ClipConfig::fromJson(j["clip"]);
  c.batch = static_cast<int>(jf::integer(j, "batch", c.batch, 1, 4096));
  c.seed = static_cast<std::uint64_t>(jf::integer(j, "seed", static_cast<std::int64_t>(c.seed), 0, std::int64_t(1) << 53));
  c.validationFraction = jf::number(j, "validation_fraction", c.validationFraction, 0.0, 0.99);
  c.maxDecode = static_cast<int>(jf::integer(j, "max_decode", c.maxDecode, 1, 4096));
  c.validate();
  return c;
}

namespace {

std::size_t longest(const std::vector<const LabelledSequence*>& examples, bool labels) {
  std::size_t n = 0;
  for (const auto* e : examples) n = std::max(n, (labels ? e->labels : e->tokens).size());
  return n;
}

// The model of a task's configuration: classify and tag score K labels, seq2seq's decoder the
// output vocabulary; the encoder has no head.
ModelConfig mainModelConfig(const TaskConfig& c, const TaskData& d) {
  ModelConfig m = c.model;
  m.head = true;
  if (d.kind == TaskKind::Seq2Seq) {
    m.vocabSize = d.labels.size();
    m.labels = 0;
  } else {
    m.vocabSize = d.inputs.size();
    m.labels = d.labels.size();
  }
  return m;
}

ModelConfig encoderConfig(const TaskConfig& c, const TaskData& d) {
  ModelConfig m = c.model;
  m.vocabSize = d.inputs.size();
  m.labels = 0;
  m.head = false;
  return m;
}

// Share of the scored positions whose most probable output is the target.
template <class S>
double argmaxAccuracy(const Model<S>& m, const std::vector<std::int32_t>& targets) {
  const auto& p = m.probabilities();  // [K, N]
  std::int64_t right = 0, scored = 0;
  for (Index n = 0; n < p.cols(); ++n) {
    if (targets[n] == kNoTarget) continue;
    Index best = 0;
    p.col(n).maxCoeff(&best);
    right += best == targets[n];
    ++scored;
  }
  return scored ? double(right) / double(scored) : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

TaskBatch layoutBatch(const TaskData& data, const std::vector<const LabelledSequence*>& examples) {
  TaskBatch b;
  b.batch = static_cast<int>(examples.size());
  b.steps = static_cast<int>(longest(examples, false));
  const std::size_t B = examples.size(), T = b.steps;
  const std::int32_t pad = 0;  // <pad> is id 0 of the input vocabulary (and of seq2seq's outputs)
  b.inputs.assign(T * B, pad);
  if (data.kind != TaskKind::Seq2Seq) b.targets.assign(T * B, kNoTarget);
  for (std::size_t i = 0; i < B; ++i) {
    const auto& e = *examples[i];
    const std::size_t len = e.tokens.size();
    // classify and the encoder read left-padded, so every stream's last step is its last token
    const std::size_t first = data.kind == TaskKind::Tag ? 0 : T - len;
    for (std::size_t t = 0; t < len; ++t) b.inputs[(first + t) * B + i] = e.tokens[t];
    if (data.kind == TaskKind::Classify) b.targets[(T - 1) * B + i] = e.labels[0];
    if (data.kind == TaskKind::Tag)
      for (std::size_t t = 0; t < len; ++t) b.targets[t * B + i] = e.labels[t];
  }
  if (data.kind != TaskKind::Seq2Seq) return b;
  const std::size_t U = longest(examples, true);
  const auto start = data.labels.find(kStartToken), end = data.labels.find(kEndToken);
  b.decoderSteps = static_cast<int>(U + 1);
  b.decoderInputs.assign((U + 1) * B, pad);
  b.decoderTargets.assign((U + 1) * B, kNoTarget);
  for (std::size_t i = 0; i < B; ++i) {
    const auto& y = examples[i]->labels;
    b.decoderInputs[i] = start;
    for (std::size_t u = 0; u < y.size(); ++u) {
      b.decoderInputs[(u + 1) * B + i] = y[u];
      b.decoderTargets[u * B + i] = y[u];
    }
    b.decoderTargets[y.size() * B + i] = end;
  }
  return b;
}

template <class S>
TaskTrainer<S>::TaskTrainer(const TaskConfig& config, TaskData data)
    : config_(config),
      data_(std::move(data)),
      model_(mainModelConfig(config, data_)),
      optimizer_(config.optimizer, model_.params().values().size()),
      shuffle_(config.seed ^ 0x7a5cULL) {
  config_.validate();
  config_.model = model_.config();
  Rng init(config_.seed);
  if (data_.kind == TaskKind::Seq2Seq) {
    encoder_.emplace(encoderConfig(config_, data_));
    encoderOptimizer_.emplace(config_.optimizer, encoder_->params().values().size());
    initialize(*encoder_, config_.init, init);
  }
  initialize(model_, config_.init, init);
  // a seeded shuffle splits the examples once; the validation share is at least one example
  std::vector<std::size_t> order(data_.examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng split(config_.seed + 1);
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[split.below(i)]);
  std::size_t nValidation = static_cast<std::size_t>(std::floor(config_.validationFraction * double(order.size())));
  if (config_.validationFraction > 0 && order.size() > 1) nValidation = std::max<std::size_t>(nValidation, 1);
  validation_.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(nValidation));
  train_.assign(order.begin() + static_cast<std::ptrdiff_t>(nValidation), order.end());
}

template <class S>
double TaskTrainer<S>::scoreBatch(const TaskBatch& b) {
  auto state = (encoder_ ? *encoder_ : model_).zeroState(b.batch);
  if (encoder_) {
    encoder_->forward(b.inputs, b.batch, state);
    model_.forward(b.decoderInputs, b.batch, state);
    const double loss = model_.loss(b.decoderTargets);
    accuracy_ = argmaxAccuracy(model_, b.decoderTargets);
    return loss;
  }
  model_.forward(b.inputs, b.batch, state);
  const double loss = model_.loss(b.targets);
  accuracy_ = argmaxAccuracy(model_, b.targets);
  return loss;
}

template <class S>
TaskStepReport TaskTrainer<S>::step() {
  if (train_.empty()) throw Error("there are no training examples");
  const std::size_t B = std::min<std::size_t>(static_cast<std::size_t>(config_.batch), train_.size());
  std::vector<const LabelledSequence*> picked;
  for (std::size_t i = 0; i < B; ++i) {
    if (cursor_ == 0)  // a new pass over the training examples, in a new order
      for (std::size_t k = train_.size(); k > 1; --k) std::swap(train_[k - 1], train_[shuffle_.below(k)]);
    picked.push_back(&data_.examples[train_[cursor_]]);
    if (++cursor_ == train_.size()) {
      cursor_ = 0;
      ++epoch_;
    }
  }
  const TaskBatch batch = layoutBatch(data_, picked);
  TaskStepReport r;
  r.step = ++step_;
  r.epoch = epoch_;
  r.loss = scoreBatch(batch);
  r.accuracy = accuracy_;
  model_.backward();
  if (encoder_) {
    const RecurrentState<S> handedBack = model_.initialStateGradient();
    encoder_->backwardFromTop(Mat<S>::Zero(encoder_->config().hidden, Index(batch.batch) * batch.steps), &handedBack);
    // clipping by norm sees both parts as one vector, as clip_grad_norm_ over all parameters would
    auto& ge = encoder_->params().grads();
    auto& gd = model_.params().grads();
    joined_.resize(ge.size() + gd.size());
    joined_ << ge, gd;
    r.clip = clipGradients(joined_, config_.clip);
    ge = joined_.head(ge.size());
    gd = joined_.tail(gd.size());
  } else {
    r.clip = clipGradients(model_.params().grads(), config_.clip);
  }
  r.applied = std::isfinite(r.loss) && std::isfinite(r.clip.normBefore);
  if (r.applied) {
    optimizer_.step(model_.params().values(), model_.params().grads());
    if (encoder_) encoderOptimizer_->step(encoder_->params().values(), encoder_->params().grads());
  }
  return r;
}

template <class S>
std::vector<std::int32_t> TaskTrainer<S>::greedyDecode(const std::vector<std::int32_t>& tokens) {
  auto state = encoder_->zeroState(1);
  encoder_->forward(tokens, 1, state);
  const std::int32_t end = data_.labels.find(kEndToken);
  std::vector<std::int32_t> out;
  std::int32_t next = data_.labels.find(kStartToken);
  while (static_cast<int>(out.size()) < config_.maxDecode) {
    model_.forward(std::span<const std::int32_t>(&next, 1), 1, state);
    model_.computeProbabilities();
    Index best = 0;
    model_.probabilities().col(0).maxCoeff(&best);
    next = static_cast<std::int32_t>(best);
    if (next == end) break;
    out.push_back(next);
  }
  return out;
}

template <class S>
std::vector<std::int32_t> TaskTrainer<S>::predict(const std::vector<std::int32_t>& tokens) {
  if (tokens.empty()) throw Error("nothing to predict from: the input is empty");
  for (auto t : tokens)
    if (t < 0 || t >= data_.inputs.size()) throw Error("token id " + std::to_string(t) + " is outside the vocabulary");
  if (encoder_) return greedyDecode(tokens);
  auto state = model_.zeroState(1);
  model_.forward(tokens, 1, state);
  model_.computeProbabilities();
  const auto& p = model_.probabilities();  // [K, T]
  std::vector<std::int32_t> out;
  const Index first = data_.kind == TaskKind::Classify ? p.cols() - 1 : 0;
  for (Index t = first; t < p.cols(); ++t) {
    Index best = 0;
    p.col(t).maxCoeff(&best);
    out.push_back(static_cast<std::int32_t>(best));
  }
  return out;
}

template <class S>
double TaskTrainer<S>::validationAccuracy(std::size_t maxExamples) {
  const std::size_t n = std::min(maxExamples, validation_.size());
  if (n == 0) return std::numeric_limits<double>::quiet_NaN();
  if (encoder_) {
    std::size_t right = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& e = data_.examples[validation_[i]];
      right += greedyDecode(e.tokens) == e.labels;
    }
    return double(right) / double(n);
  }
  // classify and tag in batches, weighted by their scored positions
  double right = 0, scored = 0;
  for (std::size_t from = 0; from < n; from += static_cast<std::size_t>(config_.batch)) {
    std::vector<const LabelledSequence*> part;
    for (std::size_t i = from; i < std::min(n, from + static_cast<std::size_t>(config_.batch)); ++i)
      part.push_back(&data_.examples[validation_[i]]);
    const TaskBatch b = layoutBatch(data_, part);
    scoreBatch(b);
    const double count = double(std::count_if(b.targets.begin(), b.targets.end(), [](auto t) { return t != kNoTarget; }));
    right += accuracy_ * count;
    scored += count;
  }
  return right / scored;
}

template <class S>
std::vector<typename TaskTrainer<S>::Part> TaskTrainer<S>::parts() {
  if (!encoder_) return {{"", &model_, &optimizer_}};
  return {{"encoder.", &*encoder_, &*encoderOptimizer_}, {"decoder.", &model_, &optimizer_}};
}

template <class S>
bool TaskTrainer<S>::parametersFinite() const {
  return model_.params().values().allFinite() && (!encoder_ || encoder_->params().values().allFinite());
}

template <class S>
TaskTrainerState TaskTrainer<S>::state() const {
  return {step_, epoch_, cursor_, train_, shuffle_.state()};
}

template <class S>
void TaskTrainer<S>::restore(const TaskTrainerState& s) {
  // the order must be a permutation of the training examples this data and seed give
  std::vector<std::size_t> mine = train_, theirs = s.trainOrder;
  std::sort(mine.begin(), mine.end());
  std::sort(theirs.begin(), theirs.end());
  if (mine != theirs || s.cursor >= std::max<std::size_t>(train_.size(), 1))
    throw Error("the saved order of examples does not fit this data");
  step_ = s.step;
  epoch_ = s.epoch;
  cursor_ = s.cursor;
  train_ = s.trainOrder;
  shuffle_.setState(s.shuffle);
}

template class TaskTrainer<float>;
template class TaskTrainer<double>;

}  // namespace rnnscope
