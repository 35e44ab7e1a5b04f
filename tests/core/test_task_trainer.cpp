// Training the sequence tasks: how a batch is laid out, and that each task learns its built-in
// data (short runs here; the stated accuracies are measured by bench/task_accuracy.sh).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/task/builtin_tasks.h"
#include "core/task/label_cells.h"
#include "core/task/task_trainer.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

TaskData builtin(const std::string& name, std::size_t examples, std::uint64_t seed = 1) {
  const auto shape = builtinTaskShape(name);
  return parseTaskFile(builtinTaskText(name, examples, seed), shape.kind, shape.tokens);
}

TaskConfig smallConfig(CellKind cell, int hidden) {
  TaskConfig c;
  c.model.cell = cell;
  c.model.hidden = hidden;
  c.model.embed = 16;
  c.optimizer.learningRate = 1e-2;
  c.batch = 32;
  c.seed = 3;
  return c;
}

TEST(TaskBatchLayout, ClassifyPadsOnTheLeftAndScoresTheLastStep) {
  const TaskData d = parseTaskFile("a\tx y z\nb\tw\n", TaskKind::Classify, Tokens::Words);
  const TaskBatch b = layoutBatch(d, {&d.examples[0], &d.examples[1]});
  ASSERT_EQ(b.steps, 3);
  // time-major: position t*B + i; "w" (id 4) is at the last step of stream 1
  EXPECT_EQ(b.inputs, (std::vector<std::int32_t>{1, 0, 2, 0, 3, 4}));
  EXPECT_EQ(b.targets, (std::vector<std::int32_t>{kNoTarget, kNoTarget, kNoTarget, kNoTarget, 0, 1}));
}

TEST(TaskBatchLayout, TagPadsOnTheRightAndScoresRealPositions) {
  const TaskData d = parseTaskFile("ab\txy\nc\tz\n", TaskKind::Tag, Tokens::Characters);
  const TaskBatch b = layoutBatch(d, {&d.examples[0], &d.examples[1]});
  EXPECT_EQ(b.inputs, (std::vector<std::int32_t>{1, 3, 2, 0}));
  EXPECT_EQ(b.targets, (std::vector<std::int32_t>{0, 2, 1, kNoTarget}));
}

TEST(TaskBatchLayout, Seq2SeqFeedsTheDecoderItsOwnTargetsOneStepLate) {
  const TaskData d = parseTaskFile("ab\tba\nc\tc\n", TaskKind::Seq2Seq, Tokens::Characters);
  const TaskBatch b = layoutBatch(d, {&d.examples[0], &d.examples[1]});
  // outputs: <pad> 0, <s> 1, </s> 2, b 3, a 4, c 5
  EXPECT_EQ(b.inputs, (std::vector<std::int32_t>{1, 0, 2, 3}));
  EXPECT_EQ(b.decoderSteps, 3);
  EXPECT_EQ(b.decoderInputs, (std::vector<std::int32_t>{1, 1, 3, 5, 4, 0}));
  EXPECT_EQ(b.decoderTargets, (std::vector<std::int32_t>{3, 5, 4, 2, 2, kNoTarget}));
}

TEST(TaskTrainer, LstmLearnsSentimentAtDistanceFive) {
  TaskTrainer<float> t(smallConfig(CellKind::Lstm, 32), builtin("sentiment-en-5", 2000));
  const double before = t.validationAccuracy();
  for (int i = 0; i < 300; ++i) ASSERT_TRUE(t.step().applied);
  const double after = t.validationAccuracy();
  EXPECT_LT(before, 0.75);
  EXPECT_GT(after, 0.95) << "validation accuracy " << before << " -> " << after;
  // predict() reads the label of the last step
  const auto& e = t.data().examples[t.validationIndices()[0]];
  ASSERT_EQ(t.predict(e).size(), 1u);
}

TEST(TaskTrainer, TaggerLearnsQuotesCodeAndNumbers) {
  TaskTrainer<float> t(smallConfig(CellKind::Gru, 32), builtin("quote-code-number", 1500));
  for (int i = 0; i < 250; ++i) t.step();
  EXPECT_GT(t.validationAccuracy(), 0.9);
  const auto& e = t.data().examples[t.validationIndices()[0]];
  EXPECT_EQ(t.predict(e).size(), e.tokens.size());
}

TEST(TaskTrainer, Seq2SeqLearnsToReverseShortStrings) {
  TaskConfig c = smallConfig(CellKind::Lstm, 48);
  TaskTrainer<float> t(c, builtin("reverse", 3000));
  ASSERT_NE(t.encoder(), nullptr);
  double firstLoss = 0, lastLoss = 0;
  for (int i = 0; i < 400; ++i) {
    const auto r = t.step();
    if (i == 0) firstLoss = r.loss;
    lastLoss = r.loss;
  }
  EXPECT_LT(lastLoss, 0.5 * firstLoss);
  EXPECT_GT(t.validationAccuracy(), 0.3);  // whole strings exactly right, greedy decoding
}

TEST(TaskTrainer, SameSeedSameRun) {
  auto run = [] {
    TaskTrainer<double> t(smallConfig(CellKind::Rnn, 8), builtin("sentiment-vi-3", 200));
    for (int i = 0; i < 5; ++i) t.step();
    return t.model().params().values();
  };
  EXPECT_TRUE(run() == run());
}

// Every part of every task, through the trainer's own batch path, against central differences
// in double: the picture's encoder and the answer head included.
struct TaskCase {
  const char* data;
  CellKind cell;
};

class TaskTrainerGradient : public ::testing::TestWithParam<TaskCase> {};

TEST_P(TaskTrainerGradient, EveryPartMatchesFiniteDifferences) {
  const auto& c = GetParam();
  const auto shape = builtinTaskShape(c.data);
  TaskData d = loadTaskSource(std::string("builtin:") + c.data + ":6", shape.kind, shape.tokens).data;
  TaskConfig cfg;
  cfg.model.cell = c.cell;
  cfg.model.hidden = 3;
  cfg.model.embed = 2;
  cfg.model.layers = 2;
  cfg.model.dtype = DType::F64;
  cfg.validationFraction = 0;
  TaskTrainer<double> t(cfg, std::move(d));
  std::vector<const LabelledSequence*> batch;
  for (std::size_t i = 0; i < 3; ++i) batch.push_back(&t.data().examples[i]);
  t.lossOf(batch, true);
  for (const auto& part : t.parts()) {
    const Vec<double> analytic = part.params->grads();
    ASSERT_GT(analytic.norm(), 1e-8) << c.data << " part '" << part.prefix << "'";
    Vec<double>& values = part.params->values();
    // the picture's encoder is wide (P = 768 inputs): every 7th of its weights is enough
    const Index stride = part.prefix == "image." ? 7 : 1;
    double worst = 0;
    for (Index i = 0; i < values.size(); i += stride) {
      const double numeric = testing::derivative(values[i], [&] { return t.lossOf(batch, false); });
      worst = std::max(worst, std::abs(analytic[i] - numeric) / std::max(std::abs(analytic[i]) + std::abs(numeric), 1e-5));
    }
    EXPECT_LT(worst, 1e-6) << c.data << " part '" << part.prefix << "'";
  }
}

INSTANTIATE_TEST_SUITE_P(Tasks, TaskTrainerGradient,
                         ::testing::Values(TaskCase{"sentiment-en-3", CellKind::Gru}, TaskCase{"quote-code-number", CellKind::Rnn},
                                           TaskCase{"reverse", CellKind::Lstm}, TaskCase{"shapes-caption", CellKind::Lstm},
                                           TaskCase{"shapes-caption", CellKind::Gru}, TaskCase{"shapes-vqa", CellKind::Rnn},
                                           TaskCase{"shapes-vqa", CellKind::Lstm}),
                         [](const ::testing::TestParamInfo<TaskCase>& p) {
                           std::string name = std::string(p.param.data) + "_" + toString(p.param.cell);
                           for (char& ch : name)
                             if (ch == '-') ch = '_';
                           return name;
                         });

TEST(TaskTrainer, CaptionsTheShapes) {
  TaskConfig c = smallConfig(CellKind::Lstm, 48);
  TaskTrainer<float> t(c, loadTaskSource("builtin:shapes-caption:3000", TaskKind::Caption, Tokens::Words).data);
  for (int i = 0; i < 400; ++i) t.step();
  const double accuracy = t.validationAccuracy();
  EXPECT_GT(accuracy, 0.25) << "whole captions exactly right (a guess is almost never)";
  const auto& e = t.data().examples[t.validationIndices()[0]];
  EXPECT_FALSE(t.predict(e).empty());
}

TEST(TaskTrainer, AnswersQuestionsAboutTheShapes) {
  TaskConfig c = smallConfig(CellKind::Gru, 32);
  TaskTrainer<float> t(c, loadTaskSource("builtin:shapes-vqa:3000", TaskKind::Vqa, Tokens::Words).data);
  const double before = t.validationAccuracy();
  for (int i = 0; i < 400; ++i) t.step();
  const double after = t.validationAccuracy();
  EXPECT_GT(after, 0.6) << before << " -> " << after;
  EXPECT_GT(after, before + 0.3) << before << " -> " << after;
  const auto& e = t.data().examples[t.validationIndices()[0]];
  ASSERT_EQ(t.predict(e).size(), 1u);
}

}  // namespace
}  // namespace rnnscope

namespace rnnscope {
namespace {

// After training on reviews whose label one adjective decides, some cell separates the two labels
// on held-out reviews (the cells panel's ranking of a task).
TEST(LabelCells, ATrainedSentimentModelHasACellThatTracksTheLabel) {
  TaskTrainer<float> t(smallConfig(CellKind::Lstm, 24), builtin("sentiment-en-2", 1500));
  for (int i = 0; i < 250; ++i) t.step();
  ASSERT_GT(t.validationAccuracy(), 0.9);
  std::vector<const LabelledSequence*> held;
  for (std::size_t i : t.validationIndices()) held.push_back(&t.data().examples[i]);
  t.lossOf(held, false);
  const LabelCells ranked = rankCellsByLabel(t.model(), t.data(), held, 5);
  ASSERT_GE(ranked.label, 0);
  ASSERT_EQ(ranked.cells.size(), 5u);
  EXPECT_GT(std::abs(ranked.cells[0].pearson), 0.7);
  EXPECT_GT(std::abs(ranked.cells[0].auc - 0.5), 0.4);  // AUC above 0.9 or below 0.1
  for (std::size_t i = 1; i < ranked.cells.size(); ++i)
    EXPECT_LE(std::abs(ranked.cells[i].pearson), std::abs(ranked.cells[i - 1].pearson));

  const TaskData reversal = builtin("reverse", 50);
  EXPECT_EQ(rankCellsByLabel(t.model(), reversal, held, 5).label, -1);  // seq2seq: no labels to rank against
}

}  // namespace
}  // namespace rnnscope
