#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/util/error.h"
#include "core/train/trainer.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

std::vector<std::int32_t> repeatingText(std::size_t n) {
  const std::int32_t pattern[] = {0, 1, 2, 3, 1, 2, 0, 4};  // a short, fully predictable loop
  std::vector<std::int32_t> t(n);
  for (std::size_t i = 0; i < n; ++i) t[i] = pattern[i % 8];
  return t;
}

TrainConfig smallConfig(CellKind cell) {
  TrainConfig c;
  c.model.cell = cell;
  c.model.hidden = 16;
  c.model.embed = 8;
  c.model.vocabSize = 5;
  c.batch = 4;
  c.seqLen = 8;
  c.optimizer.learningRate = 0.02;
  return c;
}

TEST(Trainer, LearnsAPredictableSequence) {
  for (auto cell : {CellKind::Rnn, CellKind::Lstm, CellKind::Gru}) {
    Trainer<float> t(smallConfig(cell), repeatingText(2000), {});
    const double first = t.step().loss;
    double last = first;
    for (int i = 0; i < 300; ++i) last = t.step().loss;
    EXPECT_GT(first, 1.3) << toString(cell);  // about log(5) at the start
    EXPECT_LT(last, 0.1) << toString(cell);
  }
}

TEST(Trainer, SameSeedSameRunDifferentSeedDifferentRun) {
  auto cfg = smallConfig(CellKind::Lstm);
  Trainer<float> a(cfg, repeatingText(500), {}), b(cfg, repeatingText(500), {});
  cfg.seed = 2;
  Trainer<float> c(cfg, repeatingText(500), {});
  for (int i = 0; i < 5; ++i) {
    a.step();
    b.step();
    c.step();
  }
  EXPECT_EQ(a.model().params().values(), b.model().params().values());
  EXPECT_NE(a.model().params().values(), c.model().params().values());
}

// The second window's gradient must equal that of a model started from the carried state as a
// constant: the state crosses the cut, the gradient does not.
TEST(Trainer, NoGradientCrossesTheTruncationCut) {
  auto cfg = smallConfig(CellKind::Lstm);
  cfg.clip.mode = ClipMode::None;
  cfg.model.dtype = DType::F64;
  const auto tokens = testing::randomTokens(4 * 40, 5, 9);
  Trainer<double> t(cfg, tokens, {});
  t.step();
  const auto carried = t.state().carried;
  Model<double> reference(cfg.model);
  reference.params().values() = t.model().params().values();
  t.step();

  // the second window of stream b covers tokens[b*S + 8 .. b*S + 16], S = 40
  std::vector<std::int32_t> in(32), tgt(32);
  for (int step = 0; step < 8; ++step)
    for (int b = 0; b < 4; ++b) {
      in[step * 4 + b] = tokens[b * 40 + 8 + step];
      tgt[step * 4 + b] = tokens[b * 40 + 9 + step];
    }
  auto s = carried;
  reference.forward(in, 4, s);
  reference.loss(tgt);
  reference.backward();
  EXPECT_LT((reference.params().grads() - t.model().params().grads()).norm(), 1e-12);

  auto zero = reference.zeroState(4);  // and the carried state does matter to the loss
  reference.forward(in, 4, zero);
  s = carried;
  const double fromZero = reference.loss(tgt);
  reference.forward(in, 4, s);
  EXPECT_GT(std::abs(fromZero - reference.loss(tgt)), 1e-6);
}

TEST(Trainer, NonFiniteLossLeavesWeightsAndOptimizerAlone) {
  Trainer<float> t(smallConfig(CellKind::Gru), repeatingText(500), {});
  t.step();
  t.model().params().values()[3] = std::numeric_limits<float>::quiet_NaN();
  const Vec<float> before = t.model().params().values();
  const auto optimizerSteps = t.optimizer().stepCount();
  const auto r = t.step();
  EXPECT_FALSE(r.applied);
  EXPECT_EQ(t.optimizer().stepCount(), optimizerSteps);
  for (Index i = 0; i < before.size(); ++i) {
    if (i != 3) {
      EXPECT_EQ(before[i], t.model().params().values()[i]);
    }
  }
}

TEST(Trainer, ValidationLossIsMeasuredWithoutTouchingTraining) {
  auto cfg = smallConfig(CellKind::Rnn);
  Trainer<float> a(cfg, repeatingText(800), repeatingText(200)), b(cfg, repeatingText(800), repeatingText(200));
  const double v = a.validationLoss();
  EXPECT_TRUE(std::isfinite(v));
  EXPECT_GT(v, 0.5);
  a.step();
  b.step();
  EXPECT_EQ(a.model().params().values(), b.model().params().values());
  Trainer<float> none(cfg, repeatingText(800), {});
  EXPECT_TRUE(std::isnan(none.validationLoss()));
}

// A preview before every step, across a wrap of the streams (6 windows per pass here): the run
// is bit for bit the one without previews, and each preview is the pass its step computes.
TEST(Trainer, APreviewIsTheNextStepsPassAndChangesNothing) {
  auto cfg = smallConfig(CellKind::Lstm);
  cfg.clip.threshold = 0.5;  // small enough to clip, so that the clip norms are compared too
  const auto tokens = testing::randomTokens(200, 5, 3);
  Trainer<float> previewed(cfg, tokens, {}), plain(cfg, tokens, {});
  for (int i = 0; i < 15; ++i) {
    const Vec<float> weights = previewed.model().params().values();
    Vec<float> inspectedWeights;
    const StepReport seen = previewed.preview([&](const Model<float>& m, const StepReport& r) {
      inspectedWeights = m.params().values();
      EXPECT_EQ(r.step, i + 1);
    });
    EXPECT_EQ(inspectedWeights, weights);
    EXPECT_EQ(previewed.model().params().values(), weights);
    EXPECT_EQ(previewed.state().step, i);
    const Window window = previewed.lastWindow();

    const StepReport done = previewed.step();
    const StepReport reference = plain.step();
    EXPECT_EQ(seen.step, done.step);
    EXPECT_EQ(seen.loss, done.loss) << "step " << i + 1;
    EXPECT_EQ(seen.clip.normBefore, done.clip.normBefore);
    EXPECT_EQ(seen.clip.normAfter, done.clip.normAfter);
    EXPECT_EQ(seen.epoch, done.epoch);
    EXPECT_EQ(window.inputs, previewed.lastWindow().inputs);
    EXPECT_EQ(done.loss, reference.loss) << "step " << i + 1;
    EXPECT_EQ(done.clip.normBefore, reference.clip.normBefore);
  }
  EXPECT_EQ(plain.lastWindow().epoch, 2);  // the streams wrapped twice
  EXPECT_EQ(previewed.model().params().values(), plain.model().params().values());
  EXPECT_EQ(previewed.state().position.offset, plain.state().position.offset);
  EXPECT_EQ(previewed.state().position.epoch, plain.state().position.epoch);
  const auto a = previewed.state().carried, b = plain.state().carried;
  for (std::size_t l = 0; l < a.h.size(); ++l) {
    EXPECT_EQ(a.h[l], b.h[l]);
    EXPECT_EQ(a.c[l], b.c[l]);
  }
  EXPECT_EQ(previewed.optimizer().stepCount(), plain.optimizer().stepCount());
  const auto mine = previewed.optimizer().stateBuffers(), theirs = plain.optimizer().stateBuffers();
  ASSERT_EQ(mine.size(), theirs.size());
  for (std::size_t k = 0; k < mine.size(); ++k) EXPECT_EQ(*mine[k].second, *theirs[k].second) << mine[k].first;
}

TEST(Trainer, FullBpttUsesOneWindowPerStream) {
  auto cfg = smallConfig(CellKind::Rnn);
  cfg.fullBptt = true;
  Trainer<float> t(cfg, repeatingText(400), {});
  EXPECT_EQ(t.windowSteps(), 99);  // 4 streams of 100 tokens: 99 predictions each
  const auto r = t.step();
  EXPECT_EQ(r.positions, 4 * 99);
}

// ---- the loss split at a marker ------------------------------------------------------------

ModelConfig splitModel(DType dtype) {
  ModelConfig m;
  m.cell = CellKind::Lstm;
  m.hidden = 6;
  m.embed = 4;
  m.vocabSize = 5;
  m.dtype = dtype;
  return m;
}

// By hand: one forward pass over the whole text (the windows carry the state, so they must give
// the same predictions), then -log p(next token) from the model's own probabilities.
TEST(EvaluateLossSplit, MatchesAHandComputationFromTheModelsProbabilities) {
  Model<double> model(splitModel(DType::F64));
  testing::randomizeParameters(model, 7);
  const auto tokens = testing::randomTokens(60, 5, 9);
  const std::int32_t marker = 2;
  const std::int64_t P = 45;  // fewer than the 59 predictions the text allows: the cap counts
  Model<double> whole = model;
  auto state = whole.zeroState(1);
  whole.forward(std::span(tokens).first(P), 1, state);
  whole.computeProbabilities();
  double all = 0, marked = 0;
  std::int64_t M = 0;
  for (std::int64_t n = 0; n < P; ++n) {
    const double l = -std::log(whole.probabilities()(tokens[static_cast<std::size_t>(n) + 1], n));
    all += l;
    if (tokens[static_cast<std::size_t>(n)] == marker) marked += l, ++M;
  }
  ASSERT_GT(M, 4);
  const LossSplit split = evaluateLossSplit(model, tokens, 7, P, marker);
  EXPECT_EQ(split.markedPositions, M);
  EXPECT_NEAR(split.afterMarker, marked / static_cast<double>(M), 1e-12);
  EXPECT_NEAR(split.all, all / static_cast<double>(P), 1e-12);
  EXPECT_GT(std::abs(split.afterMarker - split.all), 1e-3);  // the marked positions are a real subset
  EXPECT_EQ(evaluateLoss(model, tokens, 7, P), split.all);
}

// `all` is the mean loss of the windows, weighted by their positions, as Model::loss gives it.
TEST(EvaluateLossSplit, AllIsTheMeanOfTheWindowsLosses) {
  Model<float> model(splitModel(DType::F32));
  testing::randomizeParameters(model, 3);
  const auto tokens = testing::randomTokens(50, 5, 4);
  Model<float> byWindow = model;
  auto state = byWindow.zeroState(1);
  double sum = 0;
  for (std::size_t start = 0; start < 49; start += 8) {
    const std::size_t n = std::min<std::size_t>(8, 49 - start);
    byWindow.forward(std::span(tokens).subspan(start, n), 1, state);
    sum += static_cast<double>(byWindow.loss(std::span(tokens).subspan(start + 1, n))) * static_cast<double>(n);
  }
  const LossSplit split = evaluateLossSplit(model, tokens, 8, 1000, 0);
  EXPECT_NEAR(split.all, sum / 49, 1e-6);
  EXPECT_EQ(split.all, evaluateLoss(model, tokens, 8, 1000));
}

// With the head's weights and bias at zero every prediction is uniform: log V at every position.
TEST(EvaluateLossSplit, AnUntrainedHeadGivesLogVAtTheMarkedPositions) {
  Model<float> model(splitModel(DType::F32));
  testing::randomizeParameters(model, 5);
  model.params().value(model.headWeightId()).setZero();
  model.params().value(model.headBiasId()).setZero();
  const auto tokens = testing::randomTokens(80, 5, 6);
  const LossSplit split = evaluateLossSplit(model, tokens, 16, 1000, 4);
  EXPECT_GT(split.markedPositions, 5);
  EXPECT_NEAR(split.afterMarker, std::log(5.0), 1e-6);
  EXPECT_NEAR(split.all, std::log(5.0), 1e-6);
}

TEST(EvaluateLossSplit, NaNWhereNothingIsMeasured) {
  Model<float> model(splitModel(DType::F32));
  testing::randomizeParameters(model, 5);
  const std::vector<std::int32_t> noMarker = {0, 1, 3, 1, 0, 4, 3};
  const LossSplit none = evaluateLossSplit(model, noMarker, 4, 1000, 2);
  EXPECT_EQ(none.markedPositions, 0);
  EXPECT_TRUE(std::isnan(none.afterMarker));
  EXPECT_TRUE(std::isfinite(none.all));
  // the marker as the last token predicts nothing: it is not counted
  const std::vector<std::int32_t> markerLast = {0, 1, 3, 2};
  EXPECT_EQ(evaluateLossSplit(model, markerLast, 4, 1000, 2).markedPositions, 0);
  const std::vector<std::int32_t> oneToken = {2};
  const LossSplit empty = evaluateLossSplit(model, oneToken, 4, 1000, 2);
  EXPECT_TRUE(std::isnan(empty.all));
  EXPECT_TRUE(std::isnan(empty.afterMarker));
}

TEST(Trainer, RejectsAbsurdSettings) {
  auto cfg = smallConfig(CellKind::Rnn);
  cfg.batch = 0;
  EXPECT_THROW(cfg.validate(), Error);
  cfg = smallConfig(CellKind::Rnn);
  cfg.model.hidden = 100000;
  EXPECT_THROW(cfg.validate(), Error);
  cfg = smallConfig(CellKind::Rnn);
  EXPECT_THROW(Trainer<float>(cfg, repeatingText(10), {}), Error);  // too short for 4 x 8
}

}  // namespace
}  // namespace rnnscope
