// Checkpoints: the DESIGN.md tensor table, metadata, a bit-exact round trip for every cell,
// dtype and input kind, and a trainer restored from its saved state that continues exactly as
// the uninterrupted one.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "core/io/checkpoint.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

namespace fs = std::filesystem;

struct Case {
  CellKind cell;
  DType dtype;
  int embed;
  int layers;
};

class CheckpointRoundTrip : public ::testing::TestWithParam<Case> {};

// ctest runs the cases in parallel processes: each gets files of its own.
fs::path scratch(const std::string& name) {
  std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  for (char& c : test)
    if (c == '/') c = '_';
  const auto dir = fs::temp_directory_path() / ("rnnscope-checkpoint-" + std::to_string(::getpid())) / test;
  fs::create_directories(dir);
  return dir / name;
}

template <class S>
void expectSameModel(const Model<S>& a, const Model<S>& b) {
  ASSERT_EQ(a.params().values().size(), b.params().values().size());
  for (Index i = 0; i < a.params().values().size(); ++i) ASSERT_EQ(a.params().values()[i], b.params().values()[i]) << i;
}

template <class S>
void roundTrip(const Case& c) {
  ModelConfig cfg;
  cfg.cell = c.cell;
  cfg.hidden = 5;
  cfg.layers = c.layers;
  cfg.embed = c.embed;
  cfg.dtype = c.dtype;
  const auto vocab = Vocabulary::fromText(U"\"Xin chào,\" Mai said. “Tạm biệt!”\n");
  cfg.vocabSize = vocab.size();
  Model<S> model(cfg);
  testing::randomizeParameters(model, 17);

  const auto file = checkpointTensors(model, vocab);
  const int V = vocab.size(), H = 5, G = cfg.gates(), E = c.embed;
  std::map<std::string, std::vector<std::int64_t>> expected = {{"head.weight", {V, H}}, {"head.bias", {V}}};
  if (E > 0) expected["embed.weight"] = {V, E};
  for (int k = 0; k < c.layers; ++k) {
    const std::string l = std::to_string(k);
    expected["rnn.weight_ih_l" + l] = {G * H, k == 0 ? (E > 0 ? E : V) : H};
    expected["rnn.weight_hh_l" + l] = {G * H, H};
    expected["rnn.bias_ih_l" + l] = {G * H};
    expected["rnn.bias_hh_l" + l] = {G * H};
  }
  ASSERT_EQ(file.tensors.size(), expected.size());
  for (const auto& t : file.tensors) {
    ASSERT_EQ(expected.count(t.name), 1u) << t.name;
    EXPECT_EQ(t.shape, expected[t.name]) << t.name;
    EXPECT_EQ(t.dtype, c.dtype) << t.name;
  }
  EXPECT_EQ(file.metadata.at("format"), "rnnscope/1");

  const auto path = scratch("round-trip.safetensors").string();
  saveCheckpoint(path, model, vocab);
  auto loaded = loadCheckpoint(path);
  EXPECT_EQ(loaded.vocab.codePoints(), vocab.codePoints());
  EXPECT_EQ(loaded.config.cell, cfg.cell);
  EXPECT_EQ(loaded.config.layers, cfg.layers);
  EXPECT_EQ(loaded.config.embed, cfg.embed);
  EXPECT_EQ(loaded.config.dtype, cfg.dtype);
  ASSERT_EQ(loaded.f64 != nullptr, c.dtype == DType::F64);
  if constexpr (std::is_same_v<S, double>)
    expectSameModel(model, *loaded.f64);
  else
    expectSameModel(model, *loaded.f32);
}

TEST_P(CheckpointRoundTrip, NamesShapesMetadataAndEveryBitSurvive) {
  const Case c = GetParam();
  if (c.dtype == DType::F64)
    roundTrip<double>(c);
  else
    roundTrip<float>(c);
}

INSTANTIATE_TEST_SUITE_P(AllCells, CheckpointRoundTrip,
                         ::testing::Values(Case{CellKind::Rnn, DType::F32, 4, 1}, Case{CellKind::Rnn, DType::F64, 0, 2},
                                           Case{CellKind::Lstm, DType::F32, 0, 1}, Case{CellKind::Lstm, DType::F64, 3, 3},
                                           Case{CellKind::Gru, DType::F32, 3, 2}, Case{CellKind::Gru, DType::F64, 0, 1}));

TEST(Checkpoint, ARestoredTrainerContinuesExactlyAsTheUninterruptedOne) {
  TrainConfig cfg;
  cfg.model.cell = CellKind::Gru;
  cfg.model.hidden = 6;
  cfg.model.embed = 3;
  cfg.model.vocabSize = 7;
  cfg.model.dtype = DType::F64;
  cfg.optimizer.kind = OptimizerKind::Adam;
  cfg.batch = 3;
  cfg.seqLen = 5;
  cfg.validationFraction = 0;
  const auto tokens = testing::randomTokens(400, 7, 3);
  const auto vocab = Vocabulary::fromText(U"abcdefg");

  Trainer<double> straight(cfg, tokens, {});
  for (int i = 0; i < 9; ++i) straight.step();

  Trainer<double> first(cfg, tokens, {});
  for (int i = 0; i < 4; ++i) first.step();
  const auto weights = scratch("trainer-weights.safetensors").string(), state = scratch("trainer-state.safetensors").string();
  saveCheckpoint(weights, first.model(), vocab);
  writeSafetensors(state, trainerStateTensors(first));

  Trainer<double> resumed(cfg, tokens, {});
  copyWeights(readSafetensors(weights), resumed.model(), weights);
  restoreTrainerState(readSafetensors(state), resumed, state);
  EXPECT_EQ(resumed.state().step, 4);
  for (int i = 0; i < 5; ++i) resumed.step();
  expectSameModel(straight.model(), resumed.model());

  // A state file from another configuration is refused, not half applied.
  TrainConfig other = cfg;
  other.model.hidden = 7;
  Trainer<double> mismatched(other, tokens, {});
  EXPECT_THROW(restoreTrainerState(readSafetensors(state), mismatched, state), Error);
}

}  // namespace
}  // namespace rnnscope
