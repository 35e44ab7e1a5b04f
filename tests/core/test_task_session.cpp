// A sequence task in the engine (core/engine/task_session.h): opened in place of the language
// model and back, trained by the same commands, published with the views the panels draw.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/engine/engine.h"
#include "core/engine/task_session.h"
#include "core/io/safetensors.h"
#include "core/task/builtin_tasks.h"

namespace rnnscope {
namespace {

struct TaskDriven {
  std::shared_ptr<ManualEngineClock> clock = std::make_shared<ManualEngineClock>();
  std::unique_ptr<Engine> engine;

  TaskDriven() {
    EngineSetup setup;
    setup.config.model.hidden = 8;
    setup.config.batch = 2;
    setup.config.seqLen = 8;
    setup.corpusSource = "builtin:dialogue:20000:3";
    setup.clock = clock;
    setup.ownThread = false;
    setup.matrixThreads = 1;
    engine = std::make_unique<Engine>(setup);
    engine->sync();
  }
  std::shared_ptr<const Snapshot> run(Command c) {
    engine->waitFor(engine->post(std::move(c)));
    return engine->latest();
  }
};

command::OpenTask task(const std::string& source, CellKind cell = CellKind::Lstm, int hidden = 16) {
  command::OpenTask open;
  open.source = source;
  open.config.model.cell = cell;
  open.config.model.hidden = hidden;
  open.config.model.embed = 8;
  open.config.optimizer.learningRate = 1e-2;
  open.config.batch = 16;
  open.config.seed = 5;
  return open;
}

TEST(TaskSession, AClassifyTaskOpensTrainsAndShowsItsViews) {
  TaskDriven d;
  const auto opened = d.run(task("builtin:sentiment-en-3:600:2"));
  ASSERT_TRUE(opened->task) << englishText(opened->message);
  EXPECT_EQ(opened->message.code, EngineMessage::Code::TaskOpened);
  EXPECT_EQ(opened->task->kind, TaskKind::Classify);  // the built-in decides
  EXPECT_EQ(opened->task->tokens, Tokens::Words);
  EXPECT_EQ(opened->task->trainExamples + opened->task->validationExamples, 600u);
  EXPECT_EQ(opened->step, 0);
  EXPECT_EQ(opened->task->labelNames.size(), 2u);

  const auto stepped = d.run(command::Step{6});
  ASSERT_EQ(stepped->step, 6);
  EXPECT_EQ(stepped->metrics.size(), 6u);
  stepped->metrics.forEach([](const MetricsPoint& p) {
    EXPECT_TRUE(std::isfinite(p.loss));
    EXPECT_GE(p.accuracy, 0.0);
    EXPECT_LE(p.accuracy, 1.0);
  });
  ASSERT_TRUE(stepped->flow);
  EXPECT_EQ(stepped->flow->step, 6);
  ASSERT_EQ(stepped->flow->dhNorm.size(), 1u);
  const std::size_t T = stepped->flow->dhNorm[0].size();
  EXPECT_GT(T, 3u);  // the longest review of the batch
  ASSERT_EQ(stepped->flow->lastLossDhNorm.size(), 1u);  // classify: the loss is the last step's
  EXPECT_EQ(stepped->flow->lastLossDhNorm[0].size(), T);
  EXPECT_GT(stepped->flow->lastLossDhNorm[0].back(), 0.0);
  EXPECT_EQ(stepped->flow->handover, -1);
  ASSERT_EQ(stepped->spectra.size(), 1u);  // the Jacobians of the recurrent stack
  EXPECT_EQ(stepped->spectra[0].sigmaMaxOverTime.size(), T);

  ASSERT_EQ(stepped->task->predictions.size(), TaskSession::kShownPredictions);
  for (const auto& p : stepped->task->predictions) {
    EXPECT_FALSE(p.input.empty());
    EXPECT_TRUE(p.truth == stepped->task->labelNames[0] || p.truth == stepped->task->labelNames[1]) << p.truth;
    EXPECT_EQ(p.correct, p.truth == p.predicted);
  }
  EXPECT_EQ(stepped->task->predictionsStep, 6);
  EXPECT_TRUE(std::isfinite(stepped->task->validationAccuracy));
  EXPECT_EQ(stepped->task->accuracyStep, 6);
  EXPECT_TRUE(std::isfinite(stepped->lastValidationLoss));
  EXPECT_FALSE(stepped->ranking.empty());  // the cells ranked against a label
  EXPECT_EQ(stepped->conceptName, "label:" + stepped->task->rankingLabel);
}

// The encoder's steps, then the decoder's, on one axis, the hand-over between them.
TEST(TaskSession, Seq2SeqLaysTheEncoderAndTheDecoderOnOneAxis) {
  TaskDriven d;
  d.run(task("builtin:reverse:400:2", CellKind::Gru));
  const auto s = d.run(command::Step{2});
  ASSERT_TRUE(s->flow);
  const int handover = s->flow->handover;
  ASSERT_GE(handover, 3);  // the longest source of the batch, 3 to 8 letters
  ASSERT_LE(handover, 8);
  const auto& row = s->flow->dhNorm[0];
  EXPECT_GT(row.size(), static_cast<std::size_t>(handover) + 3);  // <s> and at least three letters
  // the encoder gets a gradient only through the state it hands over, and it does get one
  EXPECT_GT(row[static_cast<std::size_t>(handover) - 1], 0.0);
  ASSERT_FALSE(s->task->predictions.empty());
  EXPECT_FALSE(s->task->predictions[0].truth.empty());
}

TEST(TaskSession, CaptionPredictionsCarryThePicture) {
  TaskDriven d;
  d.run(task("builtin:shapes-caption:200:2", CellKind::Gru));
  const auto s = d.run(command::Step{1});
  ASSERT_TRUE(s->task);
  ASSERT_FALSE(s->task->predictions.empty());
  EXPECT_EQ(s->task->predictions[0].image.size(), 16u * 16u * 3u);
  EXPECT_TRUE(s->task->predictions[0].input.empty());
  EXPECT_NE(s->task->predictions[0].truth.find(' '), std::string::npos);  // a caption of words
  EXPECT_TRUE(s->ranking.empty());  // no label to rank cells against
}

// A task that cannot open leaves the language model as it was, with the reason; a text brings
// the language model back in place of a task.
TEST(TaskSession, BadTaskDataLeavesTheTextAndATextReplacesTheTask) {
  TaskDriven d;
  const auto before = d.run(command::Step{2});
  const auto refused = d.run(task("builtin:no-such-task"));
  EXPECT_FALSE(refused->task);
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("no-such-task"), std::string::npos) << englishText(refused->message);
  EXPECT_EQ(refused->step, 2);
  EXPECT_EQ(refused->corpusName, before->corpusName);

  const auto missing = d.run(task("/nonexistent/reviews.tsv"));
  EXPECT_FALSE(missing->task);
  EXPECT_EQ(missing->message.code, EngineMessage::Code::Failed);

  ASSERT_TRUE(d.run(task("builtin:sentiment-en-2:200:1"))->task);
  const auto refusedText = d.run(command::LoadCorpus{"/nonexistent/text.txt"});
  EXPECT_TRUE(refusedText->task) << "a text that cannot load keeps the task";
  EXPECT_TRUE(refusedText->message.isError());

  const auto back = d.run(command::LoadCorpus{"builtin:dialogue:20000:3"});
  EXPECT_FALSE(back->task);
  EXPECT_EQ(back->message.code, EngineMessage::Code::CorpusLoaded);
  EXPECT_EQ(back->step, 0);
  EXPECT_EQ(d.run(command::Step{1})->step, 1);
}

TEST(TaskSession, AMalformedFileNamesItsLine) {
  TaskDriven d;
  const auto file = std::filesystem::temp_directory_path() / "rnnscope_bad_reviews.tsv";
  {
    std::ofstream out(file);
    out << "positive\tgood film\nno tab on this line\n";
  }
  command::OpenTask open = task(file.string());
  open.kind = TaskKind::Classify;
  open.tokens = Tokens::Words;
  const auto refused = d.run(open);
  std::filesystem::remove(file);
  EXPECT_FALSE(refused->task);
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("line 2"), std::string::npos) << englishText(refused->message);
}

TEST(TaskSession, LanguageModelActionsAreRefusedAndViewSettingsKept) {
  TaskDriven d;
  d.run(task("builtin:sentiment-en-2:200:1"));
  const auto kept = d.run(command::SetConcept{"quote"});
  EXPECT_FALSE(kept->message.isError());
  const auto refused = d.run(command::Rewind{0});
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("language model"), std::string::npos);
  EXPECT_TRUE(refused->task);
}

TEST(TaskSession, ANonFiniteUpdateIsNotKeptAndPauses) {
  TaskDriven d;
  auto open = task("builtin:sentiment-en-8:200:1", CellKind::Rnn, 64);  // ReLU, unclipped, lr 100: it blows up
  open.config.model.nonlinearity = Nonlinearity::Relu;
  open.config.optimizer.learningRate = 100;
  open.config.optimizer.kind = OptimizerKind::Sgd;
  open.config.clip.mode = ClipMode::None;
  d.run(open);
  d.run(command::Play{});
  std::shared_ptr<const Snapshot> s;
  for (int i = 0; i < 200; ++i) {
    s = d.run(command::Step{1});
    if (s->message.code == EngineMessage::Code::NonFinite) break;
  }
  ASSERT_EQ(s->message.code, EngineMessage::Code::NonFinite) << englishText(s->message);
  EXPECT_FALSE(s->running);
  const auto checkpoint = std::filesystem::temp_directory_path() / "rnnscope_task_nonfinite.safetensors";
  const auto saved = d.run(command::SaveCheckpoint{checkpoint.string()});  // the last good weights
  EXPECT_EQ(saved->message.code, EngineMessage::Code::Saved) << englishText(saved->message);
  std::filesystem::remove(checkpoint);
}

TEST(TaskSession, ResetStartsAgainAndSettingsChangeLive) {
  TaskDriven d;
  d.run(task("builtin:sentiment-en-2:200:1"));
  const auto first = d.run(command::Step{3});
  ClipConfig clip;
  clip.mode = ClipMode::Norm;
  clip.threshold = 1e-3;
  d.run(command::SetClip{clip});
  const auto clipped = d.run(command::Step{1});
  EXPECT_TRUE(clipped->flow->clip.clipped);
  d.run(command::SetClip{ClipConfig{}});  // Reset keeps the settings in force; these are the first ones
  const auto reset = d.run(command::Reset{});
  EXPECT_EQ(reset->step, 0);
  EXPECT_EQ(reset->metrics.size(), 0u);
  const auto again = d.run(command::Step{3});
  std::vector<double> a, b;
  first->metrics.forEach([&](const MetricsPoint& p) { a.push_back(p.loss); });
  again->metrics.forEach([&](const MetricsPoint& p) { b.push_back(p.loss); });
  EXPECT_EQ(a, b);  // the same seed: the same first weights and batches
}

}  // namespace
}  // namespace rnnscope
