#include "core/train/trainer.h"

#include <cmath>

#include "core/util/json_fields.h"
#include "core/util/random.h"

namespace rnnscope {

void TrainConfig::validate() const {
  model.validate();
  init.validate();
  optimizer.validate();
  clip.validate();
  if (batch < 1 || batch > 4096) throw Error("batch must be between 1 and 4096");
  if (seqLen < 1 || seqLen > 100000) throw Error("window length (seq_len) must be between 1 and 100000");
  if (!(validationFraction >= 0 && validationFraction <= 0.5))
    throw Error("validation fraction must be between 0 and 0.5");
  // JSON numbers are exact up to 2^53, so a larger seed could not be read back (fromJson)
  if (seed > (std::uint64_t(1) << 53)) throw Error("seed must be between 0 and 2^53 = 9007199254740992");
}

nlohmann::json TrainConfig::toJson() const {
  return {{"model", model.toJson()},       {"init", init.toJson()},
          {"optimizer", optimizer.toJson()}, {"clip", clip.toJson()},
          {"batch", batch},                {"seq_len", seqLen},
          {"bptt", fullBptt ? "full" : "truncated"}, {"seed", seed},
          {"validation_fraction", validationFraction}};
}

TrainConfig TrainConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "training config");
  TrainConfig c;
  if (j.contains("model")) c.model = ModelConfig::fromJson(j["model"]);
  if (j.contains("init")) c.init = InitConfig::fromJson(j["init"]);
  if (j.contains("optimizer")) c.optimizer = OptimizerConfig::fromJson(j["optimizer"]);
  if (j.contains("clip")) c.clip = ClipConfig::fromJson(j["clip"]);
  c.batch = static_cast<int>(jf::integer(j, "batch", c.batch, 1, 4096));
  c.seqLen = static_cast<int>(jf::integer(j, "seq_len", c.seqLen, 1, 100000));
  const auto bptt = jf::text(j, "bptt", "truncated");
  if (bptt != "full" && bptt != "truncated") throw Error("setting 'bptt' must be \"full\" or \"truncated\"");
  c.fullBptt = bptt == "full";
  c.seed = static_cast<std::uint64_t>(jf::integer(j, "seed", static_cast<long long>(c.seed), 0, (1LL << 53)));
  c.validationFraction = jf::number(j, "validation_fraction", c.validationFraction, 0, 0.5);
  c.validate();
  return c;
}

namespace {
int windowLength(const TrainConfig& c, std::size_t tokens) {
  return c.fullBptt ? StreamBatcher::fullSequenceSteps(tokens, c.batch) : c.seqLen;
}
}  // namespace

template <class S>
Trainer<S>::Trainer(const TrainConfig& config, std::vector<std::int32_t> trainTokens,
                    std::vector<std::int32_t> validationTokens)
    : config_(config),
      train_(std::move(trainTokens)),
      validation_(std::move(validationTokens)),
      steps_(windowLength(config_, train_.size())),
      model_(config_.model),
      optimizer_(config_.optimizer, model_.params().values().size()),
      batcher_(train_, config_.batch, steps_) {
  config_.validate();
  Rng rng(config_.seed);
  initialize(model_, config_.init, rng);
  carried_ = model_.zeroState(config_.batch);
}

template <class S>
StepReport Trainer<S>::pass(StreamBatcher& batcher, RecurrentState<S>& carried) {
  batcher.next(window_);
  if (window_.resetState) carried = model_.zeroState(config_.batch);
  StepReport r;
  r.step = step_ + 1;
  r.epoch = window_.epoch;
  r.positions = static_cast<std::int64_t>(window_.inputs.size());
  model_.forward(window_.inputs, config_.batch, carried);
  r.loss = model_.loss(window_.targets);
  model_.backward();
  r.clip = clipGradients(model_.params().grads(), config_.clip);
  r.applied = std::isfinite(r.loss) && std::isfinite(r.clip.normBefore);
  return r;
}

template <class S>
StepReport Trainer<S>::step(const BeforeUpdate& beforeUpdate) {
  const StepReport r = pass(batcher_, carried_);
  if (r.applied && beforeUpdate) beforeUpdate(model_, r);
  if (r.applied) {
    optimizer_.step(model_.params().values(), model_.params().grads());
  } else {
    carried_ = model_.zeroState(config_.batch);  // a non-finite state would poison every later window
  }
  ++step_;
  return r;
}

// The batcher shares its tokens, so its copy is a copy of the data position.
template <class S>
StepReport Trainer<S>::preview(const BeforeUpdate& inspect) {
  StreamBatcher batcher = batcher_;
  RecurrentState<S> carried = carried_;
  const StepReport r = pass(batcher, carried);
  if (r.applied && inspect) inspect(model_, r);
  return r;
}

template <class S>
LossSplit evaluateLossSplit(Model<S>& model, std::span<const std::int32_t> tokens, int window,
                            std::int64_t maxPositions, std::int32_t marker) {
  LossSplit r;
  const std::int64_t usable = std::min<std::int64_t>(static_cast<std::int64_t>(tokens.size()) - 1, maxPositions);
  if (usable < 1) return r;
  auto state = model.zeroState(1);
  double sum = 0, markedSum = 0;
  for (std::int64_t start = 0; start < usable; start += window) {
    const auto from = static_cast<std::size_t>(start);
    const auto n = static_cast<std::size_t>(std::min<std::int64_t>(window, usable - start));
    model.forward(tokens.subspan(from, n), 1, state);
    model.loss(tokens.subspan(from + 1, n));
    const auto losses = model.positionLosses();  // [n]: one stream, so position i is step i
    for (std::size_t i = 0; i < n; ++i) {
      sum += losses[i];
      if (tokens[from + i] == marker) {
        markedSum += losses[i];
        ++r.markedPositions;
      }
    }
  }
  r.all = sum / static_cast<double>(usable);
  if (r.markedPositions > 0) r.afterMarker = markedSum / static_cast<double>(r.markedPositions);
  return r;
}

template <class S>
double evaluateLoss(Model<S>& model, std::span<const std::int32_t> tokens, int window, std::int64_t maxPositions) {
  return evaluateLossSplit(model, tokens, window, maxPositions, -1).all;  // -1: no token is a marker
}

template <class S>
double Trainer<S>::validationLoss(std::int64_t maxPositions) {
  return evaluateLoss(model_, validation_, config_.seqLen, maxPositions);
}

template <class S>
void Trainer<S>::setOptimizerConfig(const OptimizerConfig& c) {
  optimizer_.setConfig(c);
  config_.optimizer = c;
}

template <class S>
void Trainer<S>::setClipConfig(const ClipConfig& c) {
  c.validate();
  config_.clip = c;
}

template <class S>
TrainerState<S> Trainer<S>::state() const {
  return {step_, batcher_.position(), carried_};
}

template <class S>
void Trainer<S>::restore(const TrainerState<S>& s) {
  const auto expected = model_.zeroState(config_.batch);
  if (s.carried.h.size() != expected.h.size() || s.carried.c.size() != expected.c.size())
    throw Error("the saved recurrent state does not match the model's layers");
  for (std::size_t l = 0; l < expected.h.size(); ++l)
    if (s.carried.h[l].rows() != expected.h[l].rows() || s.carried.h[l].cols() != expected.h[l].cols())
      throw Error("the saved recurrent state does not match the model's hidden size or batch");
  batcher_.setPosition(s.position);
  carried_ = s.carried;
  step_ = s.step;
}

template double evaluateLoss<float>(Model<float>&, std::span<const std::int32_t>, int, std::int64_t);
template double evaluateLoss<double>(Model<double>&, std::span<const std::int32_t>, int, std::int64_t);
template LossSplit evaluateLossSplit<float>(Model<float>&, std::span<const std::int32_t>, int, std::int64_t, std::int32_t);
template LossSplit evaluateLossSplit<double>(Model<double>&, std::span<const std::int32_t>, int, std::int64_t,
                                             std::int32_t);
template class Trainer<float>;
template class Trainer<double>;

}  // namespace rnnscope
