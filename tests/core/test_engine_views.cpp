// The engine without Qt: each live view describes one set of weights, the one it is stamped
// with, even when an update moves the weights far (docs/architecture.md, "Data flow").
#include <gtest/gtest.h>

#include <cmath>

#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "core/data/corpus_source.h"
#include "core/engine/engine.h"
#include "core/io/checkpoint.h"

namespace rnnscope {
namespace {

TrainConfig largeStepConfig(CellKind cell) {
  TrainConfig c;
  c.model.cell = cell;
  c.model.hidden = 12;
  c.model.embed = 6;
  c.optimizer.kind = OptimizerKind::Sgd;
  c.optimizer.learningRate = 8.0;  // one update changes the weights a lot
  c.clip.mode = ClipMode::None;
  c.batch = 2;
  c.seqLen = 24;
  c.seed = 5;
  return c;
}

double relativeGap(const std::vector<double>& a, const std::vector<double>& b) {
  EXPECT_EQ(a.size(), b.size());
  double worst = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
    worst = std::max(worst, std::abs(a[i] - b[i]) / std::max(1e-30, std::abs(b[i])));
  return worst;
}

struct FreshPass {
  GradientFlowRecord flow;
  LayerSpectra spectra;
  LossHorizon horizon;
  std::u32string inputs;  // stream 0's characters
};

// A new model with the given weights runs the first window of the text and is analysed.
FreshPass analyzeFirstWindow(const TrainConfig& cfg, const Corpus& corpus, const Vec<float>& weights) {
  TrainConfig c = cfg;
  c.model.vocabSize = corpus.vocab.size();
  auto split = splitTrainValidation(corpus.tokens, c.validationFraction);
  Model<float> model(c.model);
  model.params().values() = weights;
  StreamBatcher batcher(split.train, c.batch, c.seqLen);
  Window w;
  batcher.next(w);
  auto state = model.zeroState(c.batch);
  model.forward(w.inputs, c.batch, state);
  model.loss(w.targets);
  model.backward();
  std::u32string inputs;
  for (int t = 0; t < c.seqLen; ++t) inputs.push_back(corpus.vocab.at(w.inputs[static_cast<std::size_t>(t * c.batch)]));
  return {gradientFlowOf(model, 1, ClipReport{}), layerSpectra(model, 0, c.seqLen - 1), lossHorizon(model, 0), inputs};
}

Vec<float> initialWeights(const TrainConfig& cfg, const Corpus& corpus) {
  TrainConfig c = cfg;
  c.model.vocabSize = corpus.vocab.size();
  auto split = splitTrainValidation(corpus.tokens, c.validationFraction);
  Trainer<float> t(c, split.train, split.validation);
  return t.model().params().values();
}

class EngineViews : public ::testing::TestWithParam<CellKind> {};

TEST_P(EngineViews, DescribeTheWeightsTheyAreStampedWith) {
  const std::string source = "builtin:dialogue:20000:3";
  const Corpus corpus = loadCorpusSource(source);
  EngineSetup setup;
  setup.config = largeStepConfig(GetParam());
  setup.corpusSource = source;
  setup.matrixThreads = 1;
  Engine engine(setup);
  engine.post(command::Step{1});
  engine.sync();
  const auto snap = engine.latest();
  ASSERT_EQ(snap->step, 1);
  ASSERT_TRUE(snap->flow);
  EXPECT_EQ(snap->flow->step, 1);
  EXPECT_EQ(snap->flow->weightsStep, 0);
  ASSERT_EQ(snap->analysisWeightsStep, 0);
  ASSERT_EQ(snap->spectra.size(), 1u);

  const Vec<float> before = initialWeights(setup.config, corpus);
  const FreshPass fresh = analyzeFirstWindow(setup.config, corpus, before);
  EXPECT_LT(relativeGap(snap->flow->lastLossDhNorm[0], fresh.flow.lastLossDhNorm[0]), 1e-4);
  EXPECT_LT(relativeGap(snap->flow->dhNorm[0], fresh.flow.dhNorm[0]), 1e-4);
  EXPECT_LT(relativeGap(snap->spectra[0].productSigmaMax, fresh.spectra.productSigmaMax), 1e-3);
  EXPECT_LT(relativeGap(snap->spectra[0].sigmaMaxOverTime, fresh.spectra.sigmaMaxOverTime), 1e-3);
  EXPECT_LT(relativeGap(snap->spectra[0].weights.singularValues, fresh.spectra.weights.singularValues), 1e-4);
  if (GetParam() != CellKind::Rnn) {
    EXPECT_LT(relativeGap(snap->flow->gatedPathMax[0], fresh.flow.gatedPathMax[0]), 1e-4);
  }
  ASSERT_TRUE(snap->horizon);
  EXPECT_EQ(snap->horizon->step, 1);
  EXPECT_EQ(snap->horizon->weightsStep, 0);
  EXPECT_EQ(snap->horizon->inputs, fresh.inputs);
  ASSERT_EQ(snap->horizon->horizon.dhNorm[0].size(), fresh.horizon.dhNorm[0].size());
  for (std::size_t t = 0; t < fresh.horizon.dhNorm[0].size(); t += 5)
    EXPECT_LT(relativeGap(snap->horizon->horizon.dhNorm[0][t], fresh.horizon.dhNorm[0][t]), 1e-4) << "row " << t;

  // The update moved the weights far enough that the new W_hh or head, read together with
  // the old pass's caches, would give other figures: the comparison above can fail.
  engine.post(command::SaveCheckpoint{::testing::TempDir() + "/engine_views.safetensors"});
  engine.sync();
  auto loaded = loadCheckpoint(::testing::TempDir() + "/engine_views.safetensors");
  Vec<float> after;
  loaded.visit([&](auto& m) { after = m.params().values().template cast<float>(); });
  ASSERT_EQ(after.size(), before.size());
  const FreshPass mixedUp = analyzeFirstWindow(setup.config, corpus, after);
  EXPECT_GT(relativeGap(mixedUp.spectra.weights.singularValues, fresh.spectra.weights.singularValues), 1e-2);
  EXPECT_GT(relativeGap(mixedUp.flow.lastLossDhNorm[0], fresh.flow.lastLossDhNorm[0]), 1e-2);
  EXPECT_GT(relativeGap(mixedUp.horizon.dhNorm[0][10], fresh.horizon.dhNorm[0][10]), 1e-2);

  // Paused, choosing another timestep re-analyses the same pass with the same weights.
  engine.post(command::SetAnalysisStep{3});
  engine.sync();
  const auto again = engine.latest();
  EXPECT_EQ(again->analysisWeightsStep, 0);
  EXPECT_EQ(again->spectra[0].selectedStep, 3);
  EXPECT_LT(relativeGap(again->spectra[0].productSigmaMax, fresh.spectra.productSigmaMax), 1e-3);
  EXPECT_EQ(again->horizon, snap->horizon);  // another timestep changes nothing the horizon shows
  EXPECT_EQ(again->jobs[static_cast<int>(Job::Horizon)].runs, 1);
}

// The horizon of the last of N steps: its last row is the last-loss curve of the same pass's
// gradient-flow record, and the text has one character read and one scored per row.
TEST_P(EngineViews, TheHorizonsLastRowIsTheSamePassesLastLossCurve) {
  EngineSetup setup;
  setup.config = largeStepConfig(GetParam());
  setup.config.model.layers = 2;
  setup.config.optimizer.learningRate = 0.1;
  setup.corpusSource = "builtin:dialogue:20000:3";
  setup.matrixThreads = 1;
  Engine engine(setup);
  engine.post(command::Step{3});
  engine.sync();
  const auto snap = engine.latest();
  ASSERT_TRUE(snap->horizon);
  ASSERT_TRUE(snap->flow);
  EXPECT_EQ(snap->horizon->step, 3);
  EXPECT_EQ(snap->horizon->step, snap->flow->step);
  const std::size_t T = static_cast<std::size_t>(setup.config.seqLen);
  EXPECT_EQ(snap->horizon->inputs.size(), T);
  EXPECT_EQ(snap->horizon->targets.size(), T);
  EXPECT_EQ(snap->horizon->inputs.substr(1), snap->horizon->targets.substr(0, T - 1));  // y_t = x_{t+1}
  ASSERT_EQ(snap->horizon->horizon.dhNorm.size(), 2u);
  ASSERT_EQ(snap->horizon->horizon.totalDhNorm.size(), 2u);
  for (std::size_t l = 0; l < 2; ++l) {
    const auto& rows = snap->horizon->horizon.dhNorm[l];
    ASSERT_EQ(rows.size(), T);
    EXPECT_EQ(rows.front().size(), 1u);
    EXPECT_LT(relativeGap(rows.back(), snap->flow->lastLossDhNorm[l]), 1e-6) << "layer " << l;
    EXPECT_EQ(snap->horizon->horizon.totalDhNorm[l].size(), T);
  }
}

INSTANTIATE_TEST_SUITE_P(AllCells, EngineViews, ::testing::Values(CellKind::Rnn, CellKind::Lstm, CellKind::Gru));

}  // namespace
}  // namespace rnnscope

namespace rnnscope {
namespace {

// Settings far beyond the machine's memory: the engine says so, keeps its model and goes on.
TEST(EngineFailures, AbsurdSettingsBecomeAMessageNotACrash) {
  EngineSetup setup;
  setup.config = largeStepConfig(CellKind::Lstm);
  setup.corpusSource = "builtin:dialogue:20000:3";
  setup.matrixThreads = 1;
  Engine engine(setup);
  engine.post(command::Step{2});
  engine.sync();
  ASSERT_EQ(engine.latest()->step, 2);
  TrainConfig huge = setup.config;
  huge.model.hidden = 4096;
  huge.batch = 4096;
  huge.seqLen = 100000;
  engine.post(command::Configure{huge});
  engine.post(command::Step{1});
  engine.sync();
  const auto after = engine.latest();
  EXPECT_TRUE(after->message.isError()) << englishText(after->message);
  // refused before allocating, since the estimate of its buffers exceeds the free memory
  EXPECT_EQ(after->message.code, EngineMessage::Code::TooLarge) << englishText(after->message);
  EXPECT_EQ(after->step, 3);  // the model it had is kept, and the step after trained it
  EXPECT_EQ(after->config.model.hidden, setup.config.model.hidden);
  EXPECT_FALSE(after->running);
  // the engine still trains
  engine.post(command::Configure{setup.config});
  engine.post(command::Step{3});
  engine.sync();
  EXPECT_EQ(engine.latest()->step, 3);
  EXPECT_FALSE(engine.latest()->message.isError()) << englishText(engine.latest()->message);
}

TEST(EngineFailures, CommandsBeforeAnyTextAreRefusedWithACode) {
  EngineSetup setup;
  setup.corpusSource = "/no/such/file.txt";
  Engine engine(setup);
  engine.sync();
  EXPECT_EQ(engine.latest()->message.code, EngineMessage::Code::StartFailed);
  EXPECT_NE(englishText(engine.latest()->message).find("/no/such/file.txt"), std::string::npos);
  engine.post(command::Step{1});
  engine.post(command::SaveCheckpoint{"/tmp/x.safetensors"});
  engine.sync();
  EXPECT_EQ(engine.latest()->message.code, EngineMessage::Code::LoadTextFirst);
  engine.post(command::Play{});
  engine.sync();
  EXPECT_EQ(engine.latest()->message.code, EngineMessage::Code::LoadTextFirst);
  EXPECT_FALSE(engine.latest()->running);
}

}  // namespace
}  // namespace rnnscope
