#include "core/task/task_trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/task/shapes.h"
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

TaskConfig TaskConfig::sharedWith(const TrainConfig& c) {
  TaskConfig t;
  t.model = c.model;
  t.init = c.init;
  t.optimizer = c.optimizer;
  t.clip = c.clip;
  t.batch = c.batch;
  t.seed = c.seed;
  t.validationFraction = c.validationFraction;
  return t;
}

TrainConfig TaskConfig::asTrainConfig() const {
  TrainConfig c;
  c.model = model;
  c.init = init;
  c.optimizer = optimizer;
  c.clip = clip;
  c.batch = batch;
  c.seed = seed;
  c.validationFraction = validationFraction;
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
  m.labels = 0;
  switch (d.kind) {
    case TaskKind::Classify:
    case TaskKind::Tag:
      m.vocabSize = d.inputs.size();
      m.labels = d.labels.size();
      break;
    case TaskKind::Seq2Seq:
    case TaskKind::Caption: m.vocabSize = d.labels.size(); break;  // the decoder reads and writes output tokens
    case TaskKind::Vqa:
      m.vocabSize = d.inputs.size();
      m.head = false;  // the answer head reads h_T beside the picture
      break;
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

bool decodes(TaskKind k) { return k == TaskKind::Seq2Seq || k == TaskKind::Caption; }

// Share of the scored columns whose most probable output is the target.
template <class S>
double argmaxAccuracy(const Mat<S>& probs, const std::vector<std::int32_t>& targets) {
  std::int64_t right = 0, scored = 0;
  for (Index n = 0; n < probs.cols(); ++n) {
    if (targets[n] == kNoTarget) continue;
    Index best = 0;
    probs.col(n).maxCoeff(&best);
    right += best == targets[n];
    ++scored;
  }
  return scored ? double(right) / double(scored) : std::numeric_limits<double>::quiet_NaN();
}

template <class S>
Mat<S> picturesOf(const TaskBatch& b) {  // [P, B]
  const Index B = b.batch, P = B ? Index(b.images.size()) / B : 0;
  return Eigen::Map<const Mat<float>>(b.images.data(), P, B).template cast<S>();
}

}  // namespace

TaskBatch layoutBatch(const TaskData& data, const std::vector<const LabelledSequence*>& examples) {
  TaskBatch b;
  b.batch = static_cast<int>(examples.size());
  b.steps = static_cast<int>(longest(examples, false));
  const std::size_t B = examples.size(), T = b.steps;
  const std::int32_t pad = 0;  // <pad> is id 0 of the input vocabulary (and of the output tokens)
  b.inputs.assign(T * B, pad);
  const bool perPosition = data.kind == TaskKind::Classify || data.kind == TaskKind::Tag;
  if (perPosition) b.targets.assign(T * B, kNoTarget);
  for (std::size_t i = 0; i < B; ++i) {
    const auto& e = *examples[i];
    const std::size_t len = e.tokens.size();
    // classify and the encoders read left-padded, so every stream's last step is its last token
    const std::size_t first = data.kind == TaskKind::Tag ? 0 : T - len;
    for (std::size_t t = 0; t < len; ++t) b.inputs[(first + t) * B + i] = e.tokens[t];
    if (data.kind == TaskKind::Classify) b.targets[(T - 1) * B + i] = e.labels[0];
    if (data.kind == TaskKind::Tag)
      for (std::size_t t = 0; t < len; ++t) b.targets[t * B + i] = e.labels[t];
    if (data.kind == TaskKind::Vqa) b.answers.push_back(e.labels[0]);
    b.images.insert(b.images.end(), e.image.begin(), e.image.end());
  }
  if (!decodes(data.kind)) return b;
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
void TaskTrainer<S>::addPart(const std::string& prefix, ParameterSet<S>& params) {
  optimizers_.emplace_back(config_.optimizer, params.values().size());
  parts_.push_back({prefix, &params, nullptr});
}

template <class S>
TaskTrainer<S>::TaskTrainer(const TaskConfig& config, TaskData data)
    : config_(config), data_(std::move(data)), model_(mainModelConfig(config, data_)), shuffle_(config.seed ^ 0x7a5cULL) {
  config_.validate();
  config_.model = model_.config();
  const int H = config_.model.hidden, L = config_.model.layers;
  const bool pictures = data_.kind == TaskKind::Caption || data_.kind == TaskKind::Vqa;
  const int P = pictures && !data_.examples.empty() ? static_cast<int>(data_.examples[0].image.size()) : kShapePixels;
  for (const auto& e : data_.examples)
    if (static_cast<int>(e.image.size()) != (pictures ? P : 0)) throw Error("every picture of a task must have the same size");
  Rng init(config_.seed);
  switch (data_.kind) {
    case TaskKind::Classify:
    case TaskKind::Tag: addPart("", model_.params()); break;
    case TaskKind::Seq2Seq:
      encoder_.emplace(encoderConfig(config_, data_));
      initialize(*encoder_, config_.init, init);
      addPart("encoder.", encoder_->params());
      addPart("decoder.", model_.params());
      break;
    case TaskKind::Caption:
      image_.emplace(P, L * H, true);  // every layer's h_0 from the picture
      image_->initialize(init);
      addPart("image.", image_->params());
      addPart("decoder.", model_.params());
      break;
    case TaskKind::Vqa:
      image_.emplace(P, H, true);
      combine_.emplace(2 * H, H, true);
      answer_.emplace(H, data_.labels.size(), false);
      image_->initialize(init);
      combine_->initialize(init);
      answer_->initialize(init);
      addPart("question.", model_.params());
      addPart("image.", image_->params());
      addPart("combine.", combine_->params());
      addPart("answer.", answer_->params());
      break;
  }
  initialize(model_, config_.init, init);
  for (std::size_t i = 0; i < parts_.size(); ++i) parts_[i].optimizer = &optimizers_[i];
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
RecurrentState<S> TaskTrainer<S>::decoderStart(const TaskBatch& b) {
  auto state = model_.zeroState(b.batch);
  if (encoder_) {
    encoder_->forward(b.inputs, b.batch, state);
  } else if (image_) {
    const Mat<S>& f = image_->forward(picturesOf<S>(b));  // [L*H, B]
    const Index H = model_.config().hidden;
    for (std::size_t l = 0; l < state.h.size(); ++l) state.h[l] = f.middleRows(Index(l) * H, H);
  }
  return state;
}

template <class S>
double TaskTrainer<S>::scoreBatch(const TaskBatch& b) {
  if (decodes(data_.kind)) {
    auto state = decoderStart(b);
    model_.forward(b.decoderInputs, b.batch, state);
    const double loss = model_.loss(b.decoderTargets);
    accuracy_ = argmaxAccuracy(model_.probabilities(), b.decoderTargets);
    return loss;
  }
  auto state = model_.zeroState(b.batch);
  model_.forward(b.inputs, b.batch, state);
  if (data_.kind != TaskKind::Vqa) {
    const double loss = model_.loss(b.targets);
    accuracy_ = argmaxAccuracy(model_.probabilities(), b.targets);
    return loss;
  }
  // vqa: g = tanh(W_c [h_T; f] + b_c), logits = W_a g + b_a, softmax, mean cross-entropy
  const Index H = model_.config().hidden, B = b.batch;
  Mat<S> z(2 * H, B);
  z.topRows(H) = model_.topOutputs().rightCols(B);
  z.bottomRows(H) = image_->forward(picturesOf<S>(b));
  const Mat<S>& logits = answer_->forward(combine_->forward(z));
  answerProbs_ = (logits.rowwise() - logits.colwise().maxCoeff()).array().exp();
  answerProbs_.array().rowwise() /= answerProbs_.colwise().sum().array();
  double loss = 0;
  for (Index i = 0; i < B; ++i) loss -= std::log(static_cast<double>(answerProbs_(b.answers[i], i)));
  accuracy_ = argmaxAccuracy(answerProbs_, b.answers);
  return loss / double(B);
}

template <class S>
void TaskTrainer<S>::backwardBatch(const TaskBatch& b) {
  if (decodes(data_.kind)) {
    model_.backward();
    const RecurrentState<S> handedBack = model_.initialStateGradient();
    if (encoder_) {
      encoder_->backwardFromTop(Mat<S>::Zero(encoder_->config().hidden, Index(b.batch) * b.steps), &handedBack);
    } else {  // caption: dL/df stacks every layer's dL/dh_0
      const Index H = model_.config().hidden;
      Mat<S> dF(image_->outputs(), b.batch);
      for (std::size_t l = 0; l < handedBack.h.size(); ++l) dF.middleRows(Index(l) * H, H) = handedBack.h[l];
      image_->backward(dF);
    }
    return;
  }
  if (data_.kind != TaskKind::Vqa) {
    model_.backward();
    return;
  }
  // dL/dlogits = (p - onehot(y)) / B, then through the answer head and the combining layer to [h_T; f]
  const Index H = model_.config().hidden, B = b.batch;
  Mat<S> dLogits = answerProbs_;
  for (Index i = 0; i < B; ++i) dLogits(b.answers[i], i) -= S(1);
  dLogits /= static_cast<S>(B);
  const Mat<S> dz = combine_->backward(answer_->backward(dLogits));  // [2H, B]
  image_->backward(dz.bottomRows(H));
  Mat<S> dTop = Mat<S>::Zero(H, Index(b.batch) * b.steps);  // only h_T, the last step, is read
  dTop.rightCols(B) = dz.topRows(H);
  model_.backwardFromTop(dTop);
}

template <class S>
double TaskTrainer<S>::lossOf(const std::vector<const LabelledSequence*>& examples, bool gradients) {
  const TaskBatch b = layoutBatch(data_, examples);
  const double loss = scoreBatch(b);
  if (gradients) backwardBatch(b);
  return loss;
}

template <class S>
TaskStepReport TaskTrainer<S>::step(const std::function<void(const TaskStepReport&)>& beforeUpdate) {
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
  backwardBatch(batch);
  if (parts_.size() == 1) {
    r.clip = clipGradients(model_.params().grads(), config_.clip);
  } else {
    // clipping by norm sees every part as one vector, as clip_grad_norm_ over all parameters would
    Index total = 0;
    for (const auto& p : parts_) total += p.params->grads().size();
    joined_.resize(total);
    Index at = 0;
    for (const auto& p : parts_) {
      joined_.segment(at, p.params->grads().size()) = p.params->grads();
      at += p.params->grads().size();
    }
    r.clip = clipGradients(joined_, config_.clip);
    at = 0;
    for (const auto& p : parts_) {
      p.params->grads() = joined_.segment(at, p.params->grads().size());
      at += p.params->grads().size();
    }
  }
  r.applied = std::isfinite(r.loss) && std::isfinite(r.clip.normBefore);
  if (beforeUpdate) beforeUpdate(r);
  if (r.applied)
    for (const auto& p : parts_) p.optimizer->step(p.params->values(), p.params->grads());
  return r;
}

template <class S>
std::vector<std::int32_t> TaskTrainer<S>::greedyDecode(const LabelledSequence& input) {
  const TaskBatch one = layoutBatch(data_, {&input});
  auto state = decoderStart(one);
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
std::vector<std::int32_t> TaskTrainer<S>::predict(const LabelledSequence& input) {
  const bool pictures = data_.kind == TaskKind::Caption || data_.kind == TaskKind::Vqa;
  if (input.tokens.empty() && data_.kind != TaskKind::Caption) throw Error("nothing to predict from: the input is empty");
  for (auto t : input.tokens)
    if (t < 0 || t >= data_.inputs.size()) throw Error("token id " + std::to_string(t) + " is outside the vocabulary");
  if (pictures && (!image_ || static_cast<int>(input.image.size()) != image_->inputs()))
    throw Error("the picture has " + std::to_string(input.image.size()) + " values; this model reads " +
                std::to_string(image_ ? image_->inputs() : 0));
  if (decodes(data_.kind)) return greedyDecode(input);
  LabelledSequence withLabels = input;  // layoutBatch reads a label; none is scored here
  withLabels.labels.assign(data_.kind == TaskKind::Tag ? input.tokens.size() : 1, 0);
  const TaskBatch one = layoutBatch(data_, {&withLabels});
  scoreBatch(one);
  const Mat<S>& p = data_.kind == TaskKind::Vqa ? answerProbs_ : model_.probabilities();  // [K, T] or [K, 1]
  std::vector<std::int32_t> out;
  const Index first = data_.kind == TaskKind::Tag ? 0 : p.cols() - 1;
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
  if (decodes(data_.kind)) {
    std::size_t right = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& e = data_.examples[validation_[i]];
      right += greedyDecode(e) == e.labels;
    }
    return double(right) / double(n);
  }
  // the others in batches, weighted by their scored positions
  double right = 0, scored = 0;
  for (std::size_t from = 0; from < n; from += static_cast<std::size_t>(config_.batch)) {
    std::vector<const LabelledSequence*> part;
    for (std::size_t i = from; i < std::min(n, from + static_cast<std::size_t>(config_.batch)); ++i)
      part.push_back(&data_.examples[validation_[i]]);
    const TaskBatch b = layoutBatch(data_, part);
    scoreBatch(b);
    const auto& scoredTargets = data_.kind == TaskKind::Vqa ? b.answers : b.targets;
    const double count =
        double(std::count_if(scoredTargets.begin(), scoredTargets.end(), [](auto t) { return t != kNoTarget; }));
    right += accuracy_ * count;
    scored += count;
  }
  return right / scored;
}

template <class S>
void TaskTrainer<S>::setOptimizerConfig(const OptimizerConfig& c) {
  c.validate();
  for (auto& o : optimizers_) o.setConfig(c);
  config_.optimizer = c;
}

template <class S>
void TaskTrainer<S>::setClipConfig(const ClipConfig& c) {
  c.validate();
  config_.clip = c;
}

template <class S>
bool TaskTrainer<S>::parametersFinite() const {
  for (const auto& p : parts_)
    if (!p.params->values().allFinite()) return false;
  return true;
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
