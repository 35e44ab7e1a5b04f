// Training the sequence tasks: how a batch is laid out, and that each task learns its built-in
// data (short runs here; the stated accuracies are measured by bench/task_accuracy.sh).
#include <gtest/gtest.h>

#include "core/task/builtin_tasks.h"
#include "core/task/task_trainer.h"

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
  ASSERT_EQ(t.predict(e.tokens).size(), 1u);
}

TEST(TaskTrainer, TaggerLearnsQuotesCodeAndNumbers) {
  TaskTrainer<float> t(smallConfig(CellKind::Gru, 32), builtin("quote-code-number", 1500));
  for (int i = 0; i < 250; ++i) t.step();
  EXPECT_GT(t.validationAccuracy(), 0.9);
  const auto& e = t.data().examples[t.validationIndices()[0]];
  EXPECT_EQ(t.predict(e.tokens).size(), e.tokens.size());
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

}  // namespace
}  // namespace rnnscope
