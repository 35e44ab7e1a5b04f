// Every built-in lesson's claims, evaluated as its checks on the engine's own figures after
// the steps the lesson says they need (docs/lessons.md); and the lesson format's errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <Eigen/Core>

#include "core/engine/metrics_csv.h"
#include "core/io/checkpoint.h"
#include "core/lesson/lesson_checks.h"
#include "core/lesson/task_lesson_monitor.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

struct LessonResult {
  std::vector<CheckOutcome> outcomes;
  std::optional<std::int64_t> stepsToClaim;
};

LessonResult trainTaskLesson(const Lesson& lesson) {
  TaskLessonMonitor monitor(lesson);
  for (int s = 0; s < lesson.steps; ++s) monitor.step();
  return {monitor.outcomes(), monitor.stepsToClaim()};
}

LessonResult trainLesson(const Lesson& lesson, TrainConfig config) {
  if (lesson.task) return trainTaskLesson(lesson);
  const auto corpus = std::make_shared<const Corpus>(loadLessonCorpus(lesson));
  config.model.vocabSize = corpus->vocab.size();
  auto split = splitTrainValidation(corpus->tokens, config.validationFraction);
  Trainer<float> trainer(config, std::move(split.train), std::move(split.validation));
  LessonMonitor<float> monitor(lesson, corpus, lesson.steps);
  for (int s = 0; s < lesson.steps; ++s) monitor.step(trainer);
  return {monitor.outcomes(), monitor.stepsToClaim()};
}

class BuiltinLesson : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinLesson, EveryClaimHoldsAfterItsSteps) {
  Eigen::setNbThreads(1);  // as the desktop app's engine trains
  const Lesson& lesson = lessonById(GetParam());
  ASSERT_FALSE(lesson.checks.empty()) << "a lesson's text makes claims; each must be a check";
  const auto result = trainLesson(lesson, lesson.config);
  ASSERT_EQ(result.outcomes.size(), lesson.checks.size());
  for (const auto& o : result.outcomes)
    EXPECT_TRUE(o.passed) << lesson.id << ": '" << o.claim << "': " << o.value << " " << o.op << " " << o.threshold
                          << " fails at step " << o.step;
  EXPECT_TRUE(result.stepsToClaim.has_value());
}

INSTANTIATE_TEST_SUITE_P(All, BuiltinLesson, ::testing::ValuesIn(lessonIds()),
                         [](const auto& param) {
                           std::string name = param.param;
                           for (auto& ch : name)
                             if (ch == '-') ch = '_';
                           return name;
                         });

// Each shipped state (docs/lessons.md, "Shipped states") belongs to a lesson, holds that lesson's
// model at the step its checks need, and brings the curve of every step before it. That the
// bytes are what the CLI makes is Cli's ShippedLessonState test, in the portable build.
TEST(ShippedLessonStates, EachIsALessonsModelAtItsStepsWithItsCurve) {
  int found = 0;
  for (const auto& entry : std::filesystem::directory_iterator(RNNSCOPE_LESSON_STATES_DIR)) {
    const std::string id = entry.path().filename().string();
    SCOPED_TRACE(id);
    const Lesson& lesson = lessonById(id);
    const auto tensors = readSafetensors((entry.path() / "checkpoint.safetensors").string());
    EXPECT_EQ(tensors.metadata.at("step"), std::to_string(lesson.steps));
    const LoadedCheckpoint loaded = checkpointFromTensors(tensors, id);
    ModelConfig expected = lesson.config.model;
    expected.vocabSize = loaded.config.vocabSize;
    EXPECT_EQ(loaded.config.toJson(), expected.toJson());
    EXPECT_EQ(loaded.vocab.codePoints(), loadLessonCorpus(lesson).vocab.codePoints());
    std::ifstream in(entry.path() / "metrics.csv");
    const std::string csv{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const auto curve = parseMetricsCsv(csv, id);
    ASSERT_EQ(curve.size(), static_cast<std::size_t>(lesson.steps));
    EXPECT_EQ(curve.front().step, 1);
    EXPECT_EQ(curve.back().step, lesson.steps);
    ++found;
  }
  EXPECT_GE(found, 3) << "the lessons that need the longest training ship their state";
}

// The checks can fail: a vanilla RNN in place of the LSTM has no highway.
TEST(LessonChecks, HighwayClaimFailsForAVanillaRnn) {
  Eigen::setNbThreads(1);
  const Lesson& lesson = lessonById("lstm-highway");
  TrainConfig rnn = lesson.findRun("rnn")->config;
  const auto result = trainLesson(lesson, rnn);
  ASSERT_EQ(result.outcomes.front().name, "highway_beats_rnn");
  EXPECT_FALSE(result.outcomes.front().passed) << result.outcomes.front().value;
  EXPECT_FALSE(result.stepsToClaim.has_value());
}

const char* const kMinimal = R"({"id": "x", "title": "t", "description": "d", "corpus": "builtin:dialogue",
  "config": {"model": {"cell": "rnn"}}, "steps": 100, "check_every": 25,
  "runs": {"other": {"clip": {"mode": "none"}}}, "checks": [CHECK]})";

std::string withCheck(const std::string& check) {
  std::string s = kMinimal;
  s.replace(s.find("CHECK"), 5, check);
  return s;
}

TEST(LessonFormat, ParsesChecksAndRuns) {
  const Lesson l = parseLesson(withCheck(R"({"name": "n", "claim": "c", "metric": "last_loss_dh_ratio@50",
      "op": "<", "threshold": 1e-6, "at_step": 50, "relative_to": {"metric": "loss_recent", "run": "other"}})"),
                               "x.json");
  ASSERT_EQ(l.checks.size(), 1u);
  EXPECT_EQ(l.checks[0].metric, "last_loss_dh_ratio@50");
  EXPECT_EQ(l.checks[0].atStep, 50);
  EXPECT_EQ(l.checks[0].relativeRun, "other");
  ASSERT_NE(l.findRun("other"), nullptr);
  EXPECT_EQ(l.findRun("other")->config.clip.mode, ClipMode::None);
  EXPECT_EQ(l.config.clip.mode, ClipMode::Norm);  // the run's change stays in the run
}

TEST(LessonFormat, RefusesBadChecksWithTheRuleNamed) {
  struct Case { const char* check; const char* says; };
  const Case cases[] = {
      {R"({"name": "n", "claim": "c", "metric": "magic", "op": "<", "threshold": 1})", "unknown metric"},
      {R"({"name": "n", "claim": "c", "metric": "last_loss_dh_ratio", "op": "<", "threshold": 1})", "needs a distance"},
      {R"({"name": "n", "claim": "c", "metric": "loss_recent@3", "op": "<", "threshold": 1})", "takes no distance"},
      {R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "!=", "threshold": 1})", "'op'"},
      {R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "<", "threshold": "1"})", "'threshold'"},
      {R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "<", "threshold": 1, "run": "nope"})", "'nope'"},
      {R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "<", "threshold": 1, "at_step": 30})", "at_step"},
      {R"({"name": "n", "metric": "loss_recent", "op": "<", "threshold": 1})", "'claim'"},
  };
  for (const auto& c : cases) {
    try {
      parseLesson(withCheck(c.check), "x.json");
      ADD_FAILURE() << "accepted " << c.check;
    } catch (const std::exception& e) {
      EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("x.json"), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(lessonById("no-such-lesson"), std::exception);
  // found by fuzzing: a number beyond double's range made the JSON reader throw out_of_range
  EXPECT_THROW(parseLesson(R"({"id": "x", "title": 1e999999999999})", "x.json"), Error);
}

// A lesson that opens in compare mode names one of its runs as run B (docs/compare.md).
TEST(LessonFormat, CompareNamesOneOfTheRuns) {
  const std::string check = R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "<", "threshold": 1})";
  std::string text = withCheck(check);
  EXPECT_EQ(parseLesson(text, "x.json").compare, "");
  text.insert(text.find("\"runs\""), R"("compare": "other", )");
  const Lesson l = parseLesson(text, "x.json");
  EXPECT_EQ(l.compare, "other");
  ASSERT_NE(l.findRun(l.compare), nullptr);
  std::string wrong = withCheck(check);
  wrong.insert(wrong.find("\"runs\""), R"("compare": "elsewhere", )");
  try {
    parseLesson(wrong, "x.json");
    ADD_FAILURE() << "accepted a compare that names no run";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'elsewhere'"), std::string::npos) << e.what();
  }
  for (const char* id : {"exploding", "lstm-highway", "layernorm"})
    EXPECT_NE(lessonById(id).findRun(lessonById(id).compare), nullptr) << id;
}

// A whole number above 2^63 was read as a negative one: "order": 2^64 - 1 passed as -1.
TEST(LessonFormat, RefusesWholeNumbersBeyondSixtyThreeBits) {
  std::string text = withCheck(R"({"name": "n", "claim": "c", "metric": "loss_recent", "op": "<", "threshold": 1})");
  EXPECT_EQ(parseLesson(text, "x.json").order, 0);
  text.insert(1, R"("order": 18446744073709551615, )");
  try {
    parseLesson(text, "x.json");
    ADD_FAILURE() << "accepted order 2^64 - 1";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'order'"), std::string::npos) << e.what();
  }
}

TEST(LessonMetrics, FromFigures) {
  LessonFigures f;
  f.loss = std::vector<double>(30, 2.0);
  f.loss[25] = 3.5;
  f.gradNorm = std::vector<double>(30, 1.0);
  f.gradNorm[22] = 40;
  EXPECT_DOUBLE_EQ(lessonMetric("grad_spike", f), 40);
  EXPECT_DOUBLE_EQ(lessonMetric("loss_jump", f), 1.5);
  EXPECT_DOUBLE_EQ(lessonMetric("loss_recent", f), (29 * 2.0 + 3.5) / 30);
  GradientFlowRecord r;
  r.lastLossDhNorm = {{9, 9, 9}, {1e-3, 1e-2, 1e-1, 1}};  // the top layer counts
  f.flow = r;
  EXPECT_DOUBLE_EQ(lessonMetric("last_loss_dh_ratio@2", f), 1e-2);
  EXPECT_TRUE(std::isnan(lessonMetric("last_loss_dh_ratio@4", f)));  // the window is too short
  EXPECT_TRUE(std::isnan(lessonMetric("last_loss_dc_ratio@1", f)));  // no cell state
  EXPECT_TRUE(std::isnan(lessonMetric("answer_loss", f)));  // not measured
  f.answerLoss = 0.25;
  EXPECT_DOUBLE_EQ(lessonMetric("answer_loss", f), 0.25);
  EXPECT_THROW(validateLessonMetric("answer_loss@3"), Error);
}

// A lesson on a recall text, with one check on answer_loss; TEXT is its corpus line.
const char* const kRecall = R"({"id": "x", "title": "t", "description": "d", TEXT,
  "config": {"model": {"cell": "lstm", "hidden": 8, "embed": 4}, "batch": 4, "seq_len": 10},
  "steps": 4, "check_every": 2,
  "checks": [{"name": "n", "claim": "c", "metric": "answer_loss", "op": "<", "threshold": 100}]})";

struct RecallRun {
  std::shared_ptr<const Corpus> corpus;
  std::unique_ptr<Trainer<double>> trainer;
  CheckOutcome outcome;
};

RecallRun trainRecallLesson(const std::string& text) {
  std::string json = kRecall;
  json.replace(json.find("TEXT"), 4, text);
  const Lesson lesson = parseLesson(json, "x.json");
  RecallRun r;
  r.corpus = std::make_shared<const Corpus>(loadLessonCorpus(lesson));
  TrainConfig config = lesson.config;
  config.model.vocabSize = r.corpus->vocab.size();
  config.model.dtype = DType::F64;
  auto split = splitTrainValidation(r.corpus->tokens, config.validationFraction);
  r.trainer = std::make_unique<Trainer<double>>(config, std::move(split.train), std::move(split.validation));
  LessonMonitor<double> monitor(lesson, r.corpus, lesson.steps);
  for (int s = 0; s < lesson.steps; ++s) monitor.step(*r.trainer);
  EXPECT_EQ(monitor.evaluatedAt(), lesson.steps);
  EXPECT_EQ(monitor.outcomes().size(), 1u);
  if (!monitor.outcomes().empty()) r.outcome = monitor.outcomes().front();
  return r;
}

// answer_loss is the loss after '=' on the run's validation text, under the weights after the
// last update, read in windows of seq_len; the trainer's own model is left as it was.
TEST(LessonMetrics, AnswerLossIsTheLossAfterTheMarkOnValidationText) {
  const RecallRun run = trainRecallLesson(R"("corpus": "builtin:recall-6:3000:1")");
  const int marker = run.corpus->vocab.indexOf(U'=');
  ASSERT_GE(marker, 0);
  Model<double> copy = run.trainer->model();
  const LossSplit expected = evaluateLossSplit(copy, run.trainer->validationTokens(), 10, 8192, marker);
  EXPECT_GT(expected.markedPositions, 30);
  EXPECT_EQ(run.outcome.value, expected.afterMarker);
  EXPECT_TRUE(run.outcome.passed);
  EXPECT_EQ(run.outcome.step, 4);
}

TEST(LessonMetrics, AnswerLossIsNotFiniteWithoutAMark) {
  const RecallRun run = trainRecallLesson(
      R"("corpus_text": "a1b2c3d4 no mark in this text, only letters, digits and spaces. a1b2c3d4 again and again.\n")");
  EXPECT_LT(run.corpus->vocab.indexOf(U'='), 0);
  EXPECT_TRUE(std::isnan(run.outcome.value));
  EXPECT_FALSE(run.outcome.passed);
}

}  // namespace
}  // namespace rnnscope
