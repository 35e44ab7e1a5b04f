// The engine without Qt and without its thread: the test runs the loop turn by turn with a clock
// it moves by hand, so that the protocol (command ids), pacing, the freshness policy, NaN
// rollback, commands before a model exists, failing jobs and saved sessions are checked exactly
// (docs/architecture.md, "Protocol" and "Freshness").
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/data/corpus_source.h"
#include "core/engine/engine.h"
#include "core/engine/rewind_ring.h"
#include "core/engine/run_folder.h"
#include "core/engine/metrics_csv.h"
#include "core/io/checkpoint.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

constexpr const char* kText = "builtin:dialogue:20000:3";

TrainConfig smallConfig() {
  TrainConfig c;
  c.model.cell = CellKind::Lstm;
  c.model.hidden = 8;
  c.model.embed = 4;
  c.batch = 2;
  c.seqLen = 8;
  c.seed = 11;
  return c;
}

EngineSetup smallSetup() {
  EngineSetup setup;
  setup.config = smallConfig();
  setup.corpusSource = kText;
  return setup;
}

// An engine driven by the test: no thread, a manual clock.
struct Driven {
  std::shared_ptr<ManualEngineClock> clock = std::make_shared<ManualEngineClock>();
  std::unique_ptr<Engine> engine;

  explicit Driven(EngineSetup setup = smallSetup()) {
    setup.clock = clock;
    setup.ownThread = false;
    setup.matrixThreads = 1;
    engine = std::make_unique<Engine>(setup);
    engine->sync();  // the start: the text is loaded and the model built
  }
  // One turn of the loop after `ms` milliseconds (a snapshot is published at most every 33 ms
  // while training runs).
  std::shared_ptr<const Snapshot> turn(double ms = 40) {
    clock->advanceMilliseconds(ms);
    engine->turn();
    return engine->latest();
  }
  std::shared_ptr<const Snapshot> run(Command c) {
    engine->waitFor(engine->post(std::move(c)));
    return engine->latest();
  }
};

TEST(EngineProtocol, TheStartIsCommandOneAndPostedIdsFollowInOrder) {
  Driven d;
  const auto started = d.engine->latest();
  EXPECT_EQ(started->lastCommandId, 1u);
  EXPECT_FALSE(started->corpusName.empty());
  const CommandId a = d.engine->post(command::SetSpeed{5});
  const CommandId b = d.engine->post(command::SetSpeed{7});
  EXPECT_EQ(a, 2u);
  EXPECT_EQ(b, 3u);
  EXPECT_EQ(d.engine->latest()->lastCommandId, 1u);  // nothing handled until the loop turns
  const auto snap = d.turn();
  EXPECT_EQ(snap->lastCommandId, b);
  EXPECT_EQ(snap->stepsPerSecondLimit, 7);
}

TEST(EngineProtocol, AStepCommandIsHandledWhenItsUpdatesAreDone) {
  Driven d;
  const CommandId id = d.engine->post(command::Step{3});
  auto snap = d.turn(0);
  EXPECT_EQ(snap->step, 1);
  EXPECT_LT(snap->lastCommandId, id);  // published, but the command is not finished
  snap = d.turn();
  EXPECT_EQ(snap->step, 2);
  EXPECT_LT(snap->lastCommandId, id);
  snap = d.turn();
  EXPECT_EQ(snap->step, 3);
  EXPECT_EQ(snap->lastCommandId, id);
  EXPECT_FALSE(snap->running);
  // the last requested step leaves every view describing it
  EXPECT_EQ(snap->analysisStep, 3);
  EXPECT_EQ(snap->activationsStep, 3);
  EXPECT_EQ(snap->sample.step, 3);
}

TEST(EngineProtocol, MessagesNameTheCommandTheyAnswer) {
  Driven d;
  const CommandId id = d.engine->post(command::SetConcept{"regex:("});  // not a pattern
  d.engine->waitFor(id);
  const auto snap = d.engine->latest();
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(snap->message.commandId, id);
  EXPECT_EQ(snap->conceptName, "quote");  // refused: nothing changed
}

TEST(EngineProtocol, ConfigRevisionChangesExactlyWhenTheConfigDoes) {
  Driven d;
  const auto before = d.engine->latest()->configRevision;
  OptimizerConfig o = smallConfig().optimizer;
  o.learningRate = 0.01;
  const auto after = d.run(command::SetOptimizer{o});
  EXPECT_NE(after->configRevision, before);
  EXPECT_DOUBLE_EQ(after->config.optimizer.learningRate, 0.01);
  EXPECT_EQ(d.run(command::SetSpeed{3})->configRevision, after->configRevision);
}

TEST(EngineScheduling, PlayIsPacedByTheSpeedLimitButStepIsNot) {
  Driven d;
  d.run(command::SetSpeed{10});  // one update per 100 ms
  d.run(command::Play{});
  const std::int64_t first = d.engine->latest()->step;
  EXPECT_GE(first, 1);
  for (int i = 0; i < 5; ++i) d.turn(0);
  EXPECT_EQ(d.engine->stepsDone(), first);  // the clock has not moved
  d.turn(99);
  EXPECT_EQ(d.engine->stepsDone(), first);
  d.turn(1);
  EXPECT_EQ(d.engine->stepsDone(), first + 1);
  d.run(command::Pause{});
  const auto stepped = d.run(command::Step{4});
  EXPECT_EQ(stepped->step, first + 5);  // four steps at once, with no time passing
}

TEST(EngineScheduling, WhileTrainingAViewWaitsItsIntervalAndIdleEverythingCatchesUp) {
  EngineSetup setup = smallSetup();
  setup.activationsIntervalMs = 1000;
  setup.sampleIntervalMs = 3000;
  Driven d(setup);
  EXPECT_EQ(d.engine->latest()->activationsStep, 0);  // idle at the start: every view is made
  d.run(command::Play{});
  std::shared_ptr<const Snapshot> snap;
  for (int i = 0; i < 4; ++i) snap = d.turn();  // 160 ms
  EXPECT_EQ(snap->step, 5);
  EXPECT_EQ(snap->activationsStep, 0);  // stale: its interval has not passed
  ASSERT_TRUE(snap->horizon);
  EXPECT_EQ(snap->horizon->step, 1);  // the first pass's; its 250 ms have not passed either
  EXPECT_EQ(snap->jobs[static_cast<int>(Job::Activations)].runs, 1);
  // a snapshot is not published again within 33 ms while training
  const auto serial = snap->serial;
  d.turn(10);
  EXPECT_EQ(d.engine->latest()->serial, serial);
  EXPECT_EQ(d.engine->stepsDone(), 6);
  snap = d.turn(1000);
  EXPECT_EQ(snap->activationsStep, snap->step);
  EXPECT_LT(snap->sample.step, snap->step);  // the sample's 3 s have not passed
  EXPECT_EQ(snap->jobs[static_cast<int>(Job::TrainStep)].runs, snap->step);
  EXPECT_EQ(snap->jobs[static_cast<int>(Job::GradientFlow)].runs, snap->step + 1);  // and the preview of update 1

  snap = d.run(command::Pause{});
  EXPECT_FALSE(snap->running);
  EXPECT_EQ(snap->activationsStep, snap->step);
  EXPECT_EQ(snap->sample.step, snap->step);
  EXPECT_EQ(snap->analysisStep, snap->step);  // the last pass, analysed when paused
  ASSERT_TRUE(snap->horizon);
  EXPECT_EQ(snap->horizon->step, snap->step);
  EXPECT_EQ(snap->flow->step, snap->step);
}

TEST(EngineScheduling, ChoosingAnotherTimestepReanalysesTheSamePass) {
  Driven d;
  d.run(command::Step{2});
  const auto snap = d.run(command::SetAnalysisStep{3});
  EXPECT_EQ(snap->analysisRequestedStep, 3);
  ASSERT_FALSE(snap->spectra.empty());
  EXPECT_EQ(snap->spectra.front().selectedStep, 3);
  EXPECT_EQ(snap->analysisStep, 2);  // still the pass of update 2
  // pass 1 (previewed at the start), pass 2 (the last requested), and pass 2 again
  EXPECT_EQ(snap->jobs[static_cast<int>(Job::Analysis)].runs, 3);
}

TEST(EngineScheduling, TheStepThroughTracesTheSamePassOverTheChosenSteps) {
  Driven d;
  const auto eight = d.run(command::Step{2});
  ASSERT_TRUE(eight->bptt);
  EXPECT_EQ(eight->bptt->T, 8);  // the default, and the whole window here
  EXPECT_EQ(eight->bpttStep, eight->analysisStep);
  const auto three = d.run(command::SetTraceWindow{3});
  ASSERT_TRUE(three->bptt);
  EXPECT_EQ(three->bpttWindow, 3);
  EXPECT_EQ(three->bptt->T, 3);
  EXPECT_EQ(three->bpttStep, 2);  // the same pass, re-traced
  // The same stream from the same carried state under the same weights: the first three steps
  // of the forward pass are those of the eight-step trace.
  for (std::size_t t = 0; t < 3; ++t) {
    EXPECT_EQ(three->bptt->output[t].input, eight->bptt->output[t].input);
    EXPECT_NEAR(three->bptt->output[t].loss, eight->bptt->output[t].loss, 1e-12);
  }
  const auto longer = d.run(command::SetTraceWindow{20});
  EXPECT_EQ(longer->bptt->T, 8);  // never longer than the training window
  const auto refused = d.run(command::SetTraceWindow{0});
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(refused->bpttWindow, 20);
}

// A ReLU RNN whose W_hh is orthogonal times 100 overflows float within a few timesteps.
TEST(EngineFailures, ANonFiniteUpdateIsNotKeptAndPauses) {
  EngineSetup setup = smallSetup();
  setup.config.model.cell = CellKind::Rnn;
  setup.config.model.nonlinearity = Nonlinearity::Relu;
  setup.config.init.scheme = InitScheme::Orthogonal;
  setup.config.init.spectralRadius = 100;
  setup.config.seqLen = 32;
  Driven d(setup);
  const auto start = d.engine->latest();
  EXPECT_FALSE(start->flow);  // the preview of update 1 is not finite either: its views stay empty
  EXPECT_FALSE(start->horizon);
  EXPECT_FALSE(start->message.isError()) << englishText(start->message);
  d.run(command::Play{});
  const auto after = d.engine->latest();
  EXPECT_EQ(after->message.code, EngineMessage::Code::NonFinite) << englishText(after->message);
  EXPECT_EQ(after->message.commandId, 0u);  // training's own message, not a command's
  EXPECT_FALSE(after->running);
  // the weights are still the ones it started with
  const auto path = std::filesystem::temp_directory_path() / "rnnscope_engine_nonfinite.safetensors";
  const auto saved = d.run(command::SaveCheckpoint{path.string()});
  ASSERT_EQ(saved->message.code, EngineMessage::Code::Saved) << englishText(saved->message);
  const Corpus corpus = loadCorpusSource(kText);
  TrainConfig c = setup.config;
  c.model.vocabSize = corpus.vocab.size();
  auto split = splitTrainValidation(corpus.tokens, c.validationFraction);
  const Trainer<float> fresh(c, split.train, split.validation);
  loadCheckpoint(path.string()).visit([&](auto& m) {
    EXPECT_TRUE(m.params().values().template cast<float>() == fresh.model().params().values());
  });
}

TEST(EngineFailures, CommandsThatNeedAModelWaitForAText) {
  EngineSetup setup = smallSetup();
  setup.corpusSource = "/no/such/file.txt";
  Driven d(setup);
  EXPECT_EQ(d.engine->latest()->message.code, EngineMessage::Code::StartFailed);
  for (Command c : {Command{command::Play{}}, Command{command::Step{2}}, Command{command::SampleNow{}},
                    Command{command::SaveSession{"/tmp/never"}}}) {
    ASSERT_TRUE(needsModel(c));
    const CommandId id = d.engine->post(c);
    d.engine->waitFor(id);
    EXPECT_EQ(d.engine->latest()->message.code, EngineMessage::Code::LoadTextFirst);
    EXPECT_EQ(d.engine->latest()->message.commandId, id);
  }
  // settings that need no model are kept and apply to the model built later
  EXPECT_EQ(d.run(command::SetSpeed{4})->stepsPerSecondLimit, 4);
  EXPECT_EQ(d.run(command::SetConcept{"line_length"})->conceptName, "line_length");
  const auto loaded = d.run(command::LoadCorpus{kText});
  EXPECT_EQ(loaded->message.code, EngineMessage::Code::CorpusLoaded);
  EXPECT_EQ(d.run(command::Step{1})->step, 1);
  EXPECT_EQ(d.engine->latest()->conceptName, "line_length");
}

TEST(EngineFailures, AFailingViewBecomesAMessageAndTrainingGoesOn) {
  EngineSetup setup = smallSetup();
  setup.beforeJob = [](Job job) {
    if (job == Job::Sample) throw Error("the sampler broke");
  };
  Driven d(setup);
  d.run(command::Play{});
  for (int i = 0; i < 3; ++i) d.turn();
  const auto snap = d.engine->latest();
  EXPECT_TRUE(snap->running);
  EXPECT_GE(snap->step, 3);
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(snap->message).find("the sampler broke"), std::string::npos);
  // not retried every turn: it waits its interval like a view that worked
  EXPECT_EQ(snap->jobs[static_cast<int>(Job::Sample)].runs, 1);
}

TEST(EngineFailures, AFailingStepPausesAndKeepsTheWeights) {
  bool failStep = false;
  EngineSetup setup = smallSetup();
  setup.beforeJob = [&failStep](Job job) {
    if (job == Job::TrainStep && failStep) throw std::bad_alloc();
  };
  Driven d(setup);
  d.run(command::Step{2});
  failStep = true;
  const auto snap = d.run(command::Play{});
  d.turn();
  const auto after = d.engine->latest();
  EXPECT_FALSE(after->running);
  EXPECT_EQ(after->step, 2);
  EXPECT_EQ(after->message.code, EngineMessage::Code::OutOfMemory);
  failStep = false;
  EXPECT_EQ(d.run(command::Step{1})->step, 3);
  (void)snap;
}

std::filesystem::path freshDirectory(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("rnnscope_engine_" + name);
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(EngineSessions, ARestoredSessionTrainsOnExactlyAsTheOriginalWould) {
  const auto dir = freshDirectory("roundtrip");
  Driven d;
  d.run(command::SetSampling{U"Th", 42, 0.5, {}});
  const auto before = d.run(command::Step{5});
  const auto saved = d.run(command::SaveSession{dir.string()});
  EXPECT_FALSE(saved->message.isError()) << englishText(saved->message);
  ASSERT_TRUE(std::filesystem::exists(dir / "session.json"));
  const double lossAt8 = d.run(command::Step{3})->lastLoss;

  Driven other;  // a new app after a crash
  OptimizerConfig o = smallConfig().optimizer;
  o.learningRate = 0.5;  // different settings before the restore must not leak into it
  other.run(command::SetOptimizer{o});
  const auto restored = other.run(command::RestoreSession{dir.string()});
  EXPECT_EQ(restored->message.code, EngineMessage::Code::SessionRestored) << englishText(restored->message);
  EXPECT_EQ(restored->step, 5);
  EXPECT_DOUBLE_EQ(restored->config.optimizer.learningRate, smallConfig().optimizer.learningRate);
  // the curve that led there, and the sampling settings, come back with it
  std::vector<double> savedCurve, restoredCurve;
  before->metrics.forEach([&](const MetricsPoint& p) { savedCurve.push_back(p.loss); });
  restored->metrics.forEach([&](const MetricsPoint& p) { restoredCurve.push_back(p.loss); });
  ASSERT_EQ(savedCurve.size(), 5u);
  ASSERT_EQ(restoredCurve.size(), savedCurve.size());
  for (std::size_t i = 0; i < savedCurve.size(); ++i)  // metrics.csv keeps 9 significant digits
    EXPECT_NEAR(restoredCurve[i], savedCurve[i], 1e-8 * savedCurve[i]) << i;
  const auto sample = other.run(command::SampleNow{});
  EXPECT_EQ(sample->sample.prime, U"Th");
  EXPECT_DOUBLE_EQ(sample->sample.temperature, 0.5);
  EXPECT_EQ(sample->sample.text.size(), 42u);
  const double restoredLossAt8 = other.run(command::Step{3})->lastLoss;
  EXPECT_EQ(restoredLossAt8, lossAt8);  // same weights, optimiser moments, data position and carried state
}

// Compare mode's run B: an engine that starts with no text becomes a copy of another run.
TEST(EngineSessions, AnEngineStartedWithoutATextBecomesACopyOfARestoredSession) {
  const auto dir = freshDirectory("branch");
  Driven a;
  a.run(command::Step{4});
  a.run(command::SaveSession{dir.string()});

  EngineSetup none = smallSetup();
  none.corpusSource.clear();
  Driven b(none);
  EXPECT_EQ(b.engine->latest()->message.code, EngineMessage::Code::None);
  EXPECT_TRUE(b.engine->latest()->vocabulary.empty());
  EXPECT_EQ(b.run(command::Step{1})->message.code, EngineMessage::Code::LoadTextFirst);
  const auto restored = b.run(command::RestoreSession{dir.string()});
  EXPECT_EQ(restored->step, 4);
  for (int k = 0; k < 3; ++k) EXPECT_EQ(b.run(command::Step{1})->lastLoss, a.run(command::Step{1})->lastLoss) << k;
}

TEST(EngineSessions, ABrokenOrForeignSessionIsRefusedAndTheModelKept) {
  const auto dir = freshDirectory("broken");
  Driven d;
  d.run(command::Step{2});
  d.run(command::SaveSession{dir.string()});
  d.run(command::Step{1});
  // the text it names has changed since
  nlohmann::json manifest;
  std::ifstream(dir / "session.json") >> manifest;
  manifest["corpus_fingerprint"] = "12345";
  std::ofstream(dir / "session.json", std::ios::trunc) << manifest.dump();
  auto snap = d.run(command::RestoreSession{dir.string()});
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(snap->message).find("has changed"), std::string::npos) << englishText(snap->message);
  EXPECT_EQ(snap->step, 3);
  // a truncated weights file
  std::filesystem::resize_file(dir / "checkpoint.safetensors", 40);
  snap = d.run(command::RestoreSession{dir.string()});
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(snap->step, 3);
  snap = d.run(command::RestoreSession{(dir / "missing").string()});
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(d.run(command::Step{1})->step, 4);
}

std::vector<std::uint8_t> fileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A lesson's shipped state arrives as bytes: the session's two files and a metrics.csv.
command::OpenTrainingState stateOf(const std::filesystem::path& dir, const Snapshot& snap) {
  command::OpenTrainingState c;
  c.name = "test";
  c.checkpoint = fileBytes(dir / "checkpoint.safetensors");
  c.trainer = fileBytes(dir / "trainer.safetensors");
  c.metricsCsv = std::string(kMetricsCsvHeader) + "\n";
  snap.metrics.forEach([&](const MetricsPoint& p) { c.metricsCsv += metricsCsvRow(p, 0, 0) + "\n"; });
  return c;
}

TEST(EngineSessions, AnOpenedTrainingStateTrainsOnAsTheOriginalAndBringsItsCurve) {
  const auto dir = freshDirectory("state");
  Driven d;
  const auto at5 = d.run(command::Step{5});
  d.run(command::SaveSession{dir.string()});
  const double lossAt8 = d.run(command::Step{3})->lastLoss;
  auto state = stateOf(dir, *at5);
  state.metricsCsv += "9,1.5,,,,0,0,0.01,,,\n";  // a row past the state's step is not its history

  Driven other;
  other.run(command::Step{2});
  const auto opened = other.run(state);
  EXPECT_EQ(opened->message.code, EngineMessage::Code::StateOpened) << englishText(opened->message);
  EXPECT_EQ(opened->step, 5);
  ASSERT_EQ(opened->metrics.size(), 5u);
  std::vector<float> losses, original;  // 9 significant digits give a float back exactly
  opened->metrics.forEach([&](const MetricsPoint& p) { losses.push_back(static_cast<float>(p.loss)); });
  at5->metrics.forEach([&](const MetricsPoint& p) { original.push_back(static_cast<float>(p.loss)); });
  EXPECT_EQ(losses, original);
  EXPECT_EQ(other.run(command::Step{3})->lastLoss, lossAt8);
}

TEST(EngineSessions, AForeignOrBrokenTrainingStateIsRefusedAndTheModelKept) {
  const auto dir = freshDirectory("state_broken");
  Driven d;
  const auto snap = d.run(command::Step{2});
  d.run(command::SaveSession{dir.string()});
  const auto state = stateOf(dir, *snap);

  EngineSetup code = smallSetup();
  code.corpusSource = "builtin:code:20000:3";
  Driven foreign(code);
  foreign.run(command::Step{1});
  auto refused = foreign.run(state);
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("different alphabet"), std::string::npos) << englishText(refused->message);
  EXPECT_EQ(refused->step, 1);

  auto truncated = state;
  truncated.trainer.resize(40);
  refused = d.run(truncated);
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(refused->step, 2);

  auto badCurve = state;
  badCurve.metricsCsv += "x,1\n";
  refused = d.run(badCurve);
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("line 4"), std::string::npos) << englishText(refused->message);
  EXPECT_EQ(d.run(command::Step{1})->step, 3);
}

// ---- the views of the next update's pass, before any step --------------------------------

void expectTheNextPassShown(const Snapshot& s, std::int64_t step) {
  EXPECT_EQ(s.step, step);
  ASSERT_TRUE(s.flow) << englishText(s.message);
  EXPECT_EQ(s.flow->step, step + 1);
  EXPECT_EQ(s.flow->weightsStep, step);
  EXPECT_FALSE(s.flow->dhNorm.empty());
  EXPECT_TRUE(!s.flowHistory || s.flowHistory->empty());  // not a trained step
  EXPECT_EQ(s.analysisStep, step + 1);
  EXPECT_EQ(s.analysisWeightsStep, step);
  EXPECT_FALSE(s.spectra.empty());
  ASSERT_TRUE(s.bptt);
  EXPECT_EQ(s.bpttStep, step + 1);
  ASSERT_TRUE(s.horizon);
  EXPECT_EQ(s.horizon->step, step + 1);
}

// The run a session trains, next to a bare trainer of the same settings and text.
struct BareRun {
  Trainer<float> trainer;
  explicit BareRun(TrainConfig c, const std::string& source = kText) : trainer(make(c, source)) {}
  static Trainer<float> make(TrainConfig c, const std::string& source) {
    const Corpus corpus = loadCorpusSource(source);
    c.model.vocabSize = corpus.vocab.size();
    auto split = splitTrainValidation(corpus.tokens, c.validationFraction);
    return Trainer<float>(c, split.train, split.validation);
  }
  std::vector<double> losses(int steps) {
    std::vector<double> out;
    for (int i = 0; i < steps; ++i) out.push_back(trainer.step().loss);
    return out;
  }
};

std::vector<double> lossesAfter(const Snapshot& s, std::int64_t step) {
  std::vector<double> out;
  s.metrics.forEach([&](const MetricsPoint& p) {
    if (p.step > step) out.push_back(p.loss);
  });
  return out;
}

TEST(EnginePreview, AtTheStartAndAfterResetThePassViewsShowUpdateOneAndTrainingIsUnchanged) {
  Driven d;
  expectTheNextPassShown(*d.engine->latest(), 0);
  const auto previewed = d.engine->latest()->flow;
  const auto stepped = d.run(command::Step{4});
  ASSERT_TRUE(stepped->flowHistory);
  ASSERT_EQ(stepped->flowHistory->size(), 4u);
  EXPECT_EQ(stepped->flowHistory->front().dhNorm, previewed->dhNorm);  // the pass update 1 computed
  EXPECT_EQ(lossesAfter(*stepped, 0), BareRun(smallConfig()).losses(4));  // bit for bit

  // a checkpoint's weights arrive after the model is built: the preview is taken under them
  const auto path = std::filesystem::temp_directory_path() / "rnnscope_engine_preview.safetensors";
  d.run(command::SaveCheckpoint{path.string()});
  const auto loaded = d.run(command::LoadCheckpoint{path.string()});
  EXPECT_EQ(loaded->message.code, EngineMessage::Code::CheckpointLoaded) << englishText(loaded->message);
  expectTheNextPassShown(*loaded, 0);
  EXPECT_NE(loaded->flow->dhNorm, previewed->dhNorm);

  const auto reset = d.run(command::Reset{});
  EXPECT_EQ(reset->message.code, EngineMessage::Code::Reset);
  expectTheNextPassShown(*reset, 0);
  EXPECT_EQ(reset->epoch, 0);
  EXPECT_EQ(lossesAfter(*d.run(command::Step{3}), 0), BareRun(smallConfig()).losses(3));
}

// Windows of 64 in 16 streams: one pass over the 18 000 training characters is 17 updates, so a
// state saved at update 20 is in its second pass (epoch 1), which the status shows at once.
TEST(EnginePreview, AnOpenedStateShowsItsNextPassAndEpochAndTrainsOnUnchanged) {
  const auto dir = freshDirectory("preview_state");
  EngineSetup setup = smallSetup();
  setup.config.batch = 16;
  setup.config.seqLen = 64;
  Driven d(setup);
  const auto at17 = d.run(command::Step{17});
  EXPECT_EQ(at17->epoch, 0);
  const auto at20 = d.run(command::Step{3});
  EXPECT_EQ(at20->epoch, 1);
  d.run(command::SaveSession{dir.string()});

  Driven other(setup);
  const auto opened = other.run(stateOf(dir, *at20));
  EXPECT_EQ(opened->message.code, EngineMessage::Code::StateOpened) << englishText(opened->message);
  expectTheNextPassShown(*opened, 20);
  EXPECT_EQ(opened->epoch, 1);
  EXPECT_EQ(opened->metrics.size(), 20u);  // the shipped curve, and no point for the preview
  EXPECT_NEAR(opened->lastLoss, at20->lastLoss, 1e-8 * at20->lastLoss);  // the status shows the curve's last loss

  BareRun bare(setup.config);
  restoreTraining(TrainingFiles{dir / "checkpoint.safetensors", dir / "trainer.safetensors"}, bare.trainer);
  EXPECT_EQ(lossesAfter(*other.run(command::Step{5}), 20), bare.losses(5));
}

// Slow motion's protocol: PreviewStep shows update N's pass (its loss, its gradient) before it is
// applied; Step{1} then applies that very pass and records the update's size. With plain SGD and
// no clipping the update is -eta * g, so ||Δθ|| = eta * ||g||.
TEST(EnginePreview, PreviewStepShowsThePassTheNextStepApplies) {
  EngineSetup setup = smallSetup();
  setup.config.optimizer.kind = OptimizerKind::Sgd;
  setup.config.optimizer.learningRate = 0.1;
  setup.config.clip.mode = ClipMode::None;
  Driven d(setup);
  d.run(command::Step{2});
  const auto previewed = d.run(command::PreviewStep{});
  EXPECT_EQ(previewed->step, 2);
  ASSERT_TRUE(previewed->flow) << englishText(previewed->message);
  EXPECT_EQ(previewed->flow->step, 3);
  EXPECT_EQ(previewed->analysisStep, 3);
  ASSERT_TRUE(previewed->horizon);
  EXPECT_EQ(previewed->horizon->step, 3);
  EXPECT_EQ(previewed->flowHistory->size(), 2u);  // the preview is no trained step
  EXPECT_TRUE(std::isfinite(previewed->flow->loss));
  EXPECT_TRUE(std::isnan(previewed->flow->updateNorm));  // not applied yet
  EXPECT_EQ(previewed->metrics.size(), 2u);

  const auto stepped = d.run(command::Step{1});
  ASSERT_EQ(stepped->step, 3);
  EXPECT_EQ(stepped->flow->step, 3);
  EXPECT_EQ(stepped->flow->loss, previewed->flow->loss);  // bit for bit the pass that was shown
  EXPECT_EQ(stepped->lastLoss, previewed->flow->loss);
  EXPECT_EQ(stepped->flow->dhNorm, previewed->flow->dhNorm);
  EXPECT_EQ(stepped->flow->clip.normBefore, previewed->flow->clip.normBefore);
  const double expected = 0.1 * stepped->flow->clip.normBefore;
  EXPECT_NEAR(stepped->flow->updateNorm, expected, 1e-5 * expected);
  EXPECT_EQ(lossesAfter(*d.run(command::Step{2}), 0), BareRun(setup.config).losses(5));  // the previews changed nothing
}

// Rewind: a point every K updates; going back to one and training on is, bit for bit, the run
// that never left (its losses, and the weights the next pass sees).
TEST(EngineRewind, RewindingThenTrainingIsTheUninterruptedRun) {
  Driven d;
  d.run(command::SetRewind{10, 64});
  const auto at30 = d.run(command::Step{30});
  EXPECT_EQ(at30->rewind.steps, (std::vector<std::int64_t>{0, 10, 20, 30}));  // the model's start, then every 10
  EXPECT_EQ(at30->rewind.every, 10);
  EXPECT_GT(at30->rewind.bytes, 0u);
  EXPECT_LE(at30->rewind.bytes, at30->rewind.budgetBytes);
  const auto next = d.run(command::PreviewStep{});  // the pass of update 31: the weights after 30
  const std::vector<double> losses = lossesAfter(*at30, 0);

  const auto back = d.run(command::Rewind{10});
  EXPECT_EQ(back->message.code, EngineMessage::Code::Rewound) << englishText(back->message);
  EXPECT_EQ(back->step, 10);
  EXPECT_EQ(back->metrics.size(), 10u);  // the curve went back too
  EXPECT_EQ(back->lastLoss, losses[9]);
  EXPECT_EQ(back->rewind.steps, (std::vector<std::int64_t>{0, 10}));
  ASSERT_TRUE(back->flow);
  EXPECT_EQ(back->flow->step, 11);  // the views show the pass training goes on with
  EXPECT_FALSE(back->running);

  const auto replayed = d.run(command::Step{20});
  EXPECT_EQ(lossesAfter(*replayed, 10), std::vector<double>(losses.begin() + 10, losses.end()));
  EXPECT_EQ(replayed->rewind.steps, (std::vector<std::int64_t>{0, 10, 20, 30}));
  const auto nextAgain = d.run(command::PreviewStep{});
  EXPECT_EQ(nextAgain->flow->dhNorm, next->flow->dhNorm);
  EXPECT_EQ(nextAgain->flow->loss, next->flow->loss);
}

// A new model keeps its step-0 point even when steps were queued with the command that built it
// (compare mode posts B's set-up and the next Step back to back).
TEST(EngineRewind, ANewModelKeepsItsStartWhenStepsAreQueuedBehindIt) {
  Driven d;
  d.run(command::SetRewind{5, 64});
  d.engine->post(command::Configure{smallConfig()});
  const auto stepped = d.run(command::Step{12});
  ASSERT_EQ(stepped->step, 12);
  EXPECT_EQ(stepped->rewind.steps, (std::vector<std::int64_t>{0, 5, 10}));
}

TEST(EngineRewind, AStepNotKeptOrAnotherOptimiserIsRefusedAndChangesNothing) {
  Driven d;
  d.run(command::SetRewind{10, 64});
  d.run(command::Step{20});
  const auto refused = d.run(command::Rewind{15});
  EXPECT_EQ(refused->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(refused->message).find("no point is kept at step 15"), std::string::npos);
  EXPECT_EQ(refused->step, 20);
  EXPECT_EQ(refused->metrics.size(), 20u);

  OptimizerConfig sgd = smallConfig().optimizer;
  sgd.kind = OptimizerKind::Sgd;
  d.run(command::SetOptimizer{sgd});
  const auto other = d.run(command::Rewind{10});
  EXPECT_EQ(other->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(other->message).find("adam"), std::string::npos) << englishText(other->message);
  EXPECT_EQ(other->step, 20);

  const auto bad = d.run(command::SetRewind{-1, 64});
  EXPECT_EQ(bad->message.code, EngineMessage::Code::Failed);
}

// The ring keeps the newest points that fit its budget; a rewind drops the abandoned future.
TEST(RewindRing, KeepsTheNewestWithinItsBudget) {
  auto state = [](std::size_t bytes) {
    TrainingTensors t;
    SafeTensor w;
    w.name = "w";
    w.shape = {static_cast<std::int64_t>(bytes / 4)};
    w.bytes.assign(bytes, 0);
    t.checkpoint.tensors.push_back(w);
    return t;
  };
  RewindRing ring;
  ring.configure(5, 2500);
  EXPECT_TRUE(ring.due(10));
  EXPECT_FALSE(ring.due(11));
  for (int step : {0, 5, 10, 15}) ring.keep(step, state(1000), OptimizerKind::Adam);
  EXPECT_EQ(ring.steps(), (std::vector<std::int64_t>{10, 15}));  // 3 x 1000 bytes would not fit
  EXPECT_EQ(ring.bytes(), 2000u);
  EXPECT_EQ(ring.atOrBefore(12)->step, 10);
  EXPECT_EQ(ring.atOrBefore(9), nullptr);
  ring.keep(20, state(3000), OptimizerKind::Adam);  // larger than the whole budget: not kept
  EXPECT_EQ(ring.steps(), (std::vector<std::int64_t>{10, 15}));
  ring.dropAfter(12);
  EXPECT_EQ(ring.steps(), (std::vector<std::int64_t>{10}));
  ring.keep(10, state(500), OptimizerKind::Adam);  // the same step again replaces it
  EXPECT_EQ(ring.steps(), (std::vector<std::int64_t>{10}));
  EXPECT_EQ(ring.bytes(), 500u);
  ring.configure(0, 100);
  EXPECT_FALSE(ring.due(10));
  EXPECT_EQ(ring.bytes(), 0u);  // the smaller budget drops what no longer fits
  EXPECT_THROW(ring.configure(-1, 100), Error);
}

// A run folder moves between the app and the CLI: what SaveRun writes is the CLI's layout (its
// config.json reads back with the CLI's reader), and OpenRun continues it bit for bit.
TEST(EngineRunFolder, ASavedRunOpensElsewhereAndTrainsOnUnchanged) {
  const auto dir = freshDirectory("run_folder");
  Driven d;
  const auto at12 = d.run(command::Step{12});
  const auto saved = d.run(command::SaveRun{dir.string()});
  EXPECT_EQ(saved->message.code, EngineMessage::Code::RunSaved) << englishText(saved->message);
  const RunFolder run{dir};
  const RunConfig config = readRunConfig(run, "");
  EXPECT_EQ(config.train.toJson(), at12->config.toJson());
  EXPECT_EQ(config.json.value("format", ""), "rnnscope-run/1");
  std::ifstream csv(run.metrics());
  const std::string csvText{std::istreambuf_iterator<char>(csv), std::istreambuf_iterator<char>()};
  const auto curve = parseMetricsCsv(csvText, "metrics.csv");
  ASSERT_EQ(curve.size(), 12u);
  EXPECT_EQ(curve.back().step, 12);
  EXPECT_FLOAT_EQ(static_cast<float>(curve.back().loss), static_cast<float>(at12->lastLoss));
  const auto continued = lossesAfter(*d.run(command::Step{5}), 12);

  EngineSetup other = smallSetup();
  other.config.model.hidden = 5;  // another model: the run brings its own settings
  Driven e(other);
  const auto opened = e.run(command::OpenRun{dir.string()});
  EXPECT_EQ(opened->message.code, EngineMessage::Code::RunOpened) << englishText(opened->message);
  EXPECT_EQ(opened->step, 12);
  EXPECT_EQ(opened->config.model.hidden, smallConfig().model.hidden);
  EXPECT_EQ(opened->metrics.size(), 12u);
  EXPECT_EQ(lossesAfter(*e.run(command::Step{5}), 12), continued);
}

TEST(EngineRunFolder, AFolderThatIsNoRunIsRefusedAndChangesNothing) {
  const auto dir = freshDirectory("not_a_run");
  Driven d;
  d.run(command::Step{3});
  auto snap = d.run(command::OpenRun{dir.string()});
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_NE(englishText(snap->message).find("config.json is missing"), std::string::npos) << englishText(snap->message);
  EXPECT_EQ(snap->step, 3);
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "config.json") << "{ not json"; }
  snap = d.run(command::OpenRun{dir.string()});
  EXPECT_NE(englishText(snap->message).find("is not an rnnscope run config"), std::string::npos) << englishText(snap->message);
  snap = d.run(command::PinRun{dir.string()});
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_FALSE(snap->pinned);
  EXPECT_EQ(snap->step, 3);
  EXPECT_EQ(snap->metrics.size(), 3u);
}

TEST(EngineRunFolder, APinnedRunsCurveIsInEverySnapshotUntilUnpinned) {
  const auto dir = freshDirectory("pinned_run");
  Driven d;
  const auto at8 = d.run(command::Step{8});
  d.run(command::SaveRun{(dir / "first").string()});
  d.run(command::Reset{});
  const auto pinned = d.run(command::PinRun{(dir / "first").string()});
  EXPECT_EQ(pinned->message.code, EngineMessage::Code::RunPinned) << englishText(pinned->message);
  ASSERT_TRUE(pinned->pinned);
  EXPECT_EQ(pinned->pinned->name, "first");
  ASSERT_EQ(pinned->pinned->metrics.size(), 8u);
  EXPECT_FLOAT_EQ(static_cast<float>(pinned->pinned->metrics.back().loss), static_cast<float>(at8->lastLoss));
  EXPECT_EQ(pinned->step, 0);  // the live run is untouched
  EXPECT_TRUE(d.run(command::Step{2})->pinned);
  EXPECT_FALSE(d.run(command::PinRun{""})->pinned);
}

// The Cells view's connectivity: for a position of the probe text, how much its prediction
// depends on every earlier character, with the weights of the step it was asked at.
TEST(EngineViews, ConnectivityOfAProbePositionReachesBackToTheStart) {
  Driven d;
  d.run(command::SetProbeText{U"\"Hello,\" she said. \"Bye.\""});
  d.run(command::Step{3});
  auto snap = d.run(command::ShowConnectivity{12});
  ASSERT_TRUE(snap->connectivity) << englishText(snap->message);
  EXPECT_EQ(snap->connectivity->position, 12);
  EXPECT_EQ(snap->connectivity->step, 3);
  ASSERT_EQ(snap->connectivity->inputNorm.size(), 13u);
  for (double v : snap->connectivity->inputNorm) EXPECT_TRUE(std::isfinite(v) && v > 0) << v;
  // the nearest input weighs more than the first, 12 steps back, for this small LSTM
  EXPECT_GT(snap->connectivity->inputNorm.back(), snap->connectivity->inputNorm.front());

  snap = d.run(command::ShowConnectivity{24});  // the last character has nothing to predict
  EXPECT_EQ(snap->message.code, EngineMessage::Code::Failed);
  EXPECT_EQ(snap->connectivity->position, 12);  // the one shown stays
  snap = d.run(command::ShowConnectivity{-1});
  EXPECT_FALSE(snap->connectivity);
  d.run(command::ShowConnectivity{3});
  snap = d.run(command::SetProbeText{U"another text"});
  EXPECT_FALSE(snap->connectivity);  // it described the old text
}

}  // namespace
}  // namespace rnnscope
