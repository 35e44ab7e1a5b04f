// Checkpoints: the docs/checkpoint-format.md tensor table, metadata, a bit-exact round trip for every cell,
// dtype and input kind; every rule of the format refused by name; and a trainer restored from
// its saved state that continues exactly as the uninterrupted one.
// (The safetensors layer itself, below the checkpoint rules, is tested in test_io_safetensors.)
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

#include <nlohmann/json.hpp>

#include "core/io/checkpoint.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

namespace fs = std::filesystem;

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
  // bit for bit: memcmp, so that even -0.0 against 0.0 or two NaNs would count as different
  EXPECT_EQ(std::memcmp(a.params().values().data(), b.params().values().data(),
                        sizeof(S) * static_cast<std::size_t>(a.params().values().size())),
            0);
}

// ---- round trip --------------------------------------------------------------------------------

struct Case {
  CellKind cell;
  DType dtype;
  int embed;
  int layers;
  Nonlinearity nonlinearity = Nonlinearity::Tanh;
  GruVariant gruVariant = GruVariant::ResetAfter;
};

class CheckpointRoundTrip : public ::testing::TestWithParam<Case> {};

template <class S>
void roundTrip(const Case& c) {
  ModelConfig cfg;
  cfg.cell = c.cell;
  cfg.nonlinearity = c.nonlinearity;
  cfg.gruVariant = c.gruVariant;
  cfg.hidden = 5;
  cfg.layers = c.layers;
  cfg.embed = c.embed;
  cfg.dtype = c.dtype;
  const auto vocab = Vocabulary::fromText(U"\"Xin chào,\" Mai said. “Tạm biệt!”\n");
  cfg.vocabSize = vocab.size();
  Model<S> model(cfg);
  testing::randomizeParameters(model, 17);

  // names and shapes exactly as the table of docs/checkpoint-format.md, in the model's dtype
  const SafetensorsFile file = checkpointTensors(model, vocab);
  const int V = vocab.size(), H = 5, G = cfg.gates(), E = c.embed;
  EXPECT_EQ(G, c.cell == CellKind::Rnn ? 1 : c.cell == CellKind::Lstm ? 4 : 3);
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

  // metadata: format, the config as JSON, the vocabulary as code points in index order
  EXPECT_EQ(file.metadata.at("format"), "rnnscope/1");
  const auto config = nlohmann::json::parse(file.metadata.at("config"));
  EXPECT_EQ(config.at("cell"), toString(c.cell));
  EXPECT_EQ(config.at("nonlinearity"), toString(c.nonlinearity));
  EXPECT_EQ(config.at("gru_variant"), toString(c.gruVariant));
  EXPECT_EQ(config.at("hidden"), 5);
  EXPECT_EQ(config.at("layers"), c.layers);
  EXPECT_EQ(config.at("embed"), c.embed);
  EXPECT_EQ(config.at("vocab_size"), V);
  const auto points = nlohmann::json::parse(file.metadata.at("vocab")).get<std::vector<std::uint32_t>>();
  ASSERT_EQ(points.size(), vocab.codePoints().size());
  for (std::size_t i = 0; i < points.size(); ++i) EXPECT_EQ(points[i], static_cast<std::uint32_t>(vocab.codePoints()[i]));

  const auto path = scratch("round-trip.safetensors").string();
  saveCheckpoint(path, model, vocab);
  auto loaded = loadCheckpoint(path);
  EXPECT_EQ(loaded.vocab.codePoints(), vocab.codePoints());
  EXPECT_EQ(loaded.config.cell, cfg.cell);
  EXPECT_EQ(loaded.config.nonlinearity, cfg.nonlinearity);
  EXPECT_EQ(loaded.config.gruVariant, cfg.gruVariant);
  EXPECT_EQ(loaded.config.hidden, cfg.hidden);
  EXPECT_EQ(loaded.config.layers, cfg.layers);
  EXPECT_EQ(loaded.config.embed, cfg.embed);
  EXPECT_EQ(loaded.config.vocabSize, cfg.vocabSize);
  EXPECT_EQ(loaded.config.dtype, cfg.dtype);
  ASSERT_EQ(loaded.f64 != nullptr, c.dtype == DType::F64);
  ASSERT_EQ(loaded.f32 != nullptr, c.dtype == DType::F32);
  if constexpr (std::is_same_v<S, double>)
    expectSameModel(model, *loaded.f64);
  else
    expectSameModel(model, *loaded.f32);

  // saving what was loaded gives the same bytes again
  loaded.visit([&](auto& m) { saveCheckpoint(scratch("again.safetensors").string(), m, loaded.vocab); });
  EXPECT_EQ(serializeSafetensors(readSafetensors(path)), serializeSafetensors(readSafetensors(scratch("again.safetensors").string())));

  // and the loaded model computes what the saved one did
  const auto tokens = vocab.encode(U"\"Xin chào,\" Mai");
  auto s1 = model.zeroState(1);
  model.forward(tokens, 1, s1);
  loaded.visit([&](auto& m) {
    auto s2 = m.zeroState(1);
    m.forward(tokens, 1, s2);
    if constexpr (std::is_same_v<std::decay_t<decltype(m)>, Model<S>>) {
      EXPECT_TRUE(m.logits() == model.logits());
    }
  });
}

TEST_P(CheckpointRoundTrip, NamesShapesMetadataAndEveryBitSurvive) {
  const Case c = GetParam();
  if (c.dtype == DType::F64)
    roundTrip<double>(c);
  else
    roundTrip<float>(c);
}

INSTANTIATE_TEST_SUITE_P(
    AllCells, CheckpointRoundTrip,
    ::testing::Values(Case{CellKind::Rnn, DType::F32, 4, 1}, Case{CellKind::Rnn, DType::F64, 0, 2},
                      Case{CellKind::Rnn, DType::F32, 0, 1, Nonlinearity::Relu},
                      Case{CellKind::Lstm, DType::F32, 0, 1}, Case{CellKind::Lstm, DType::F64, 3, 3},
                      Case{CellKind::Lstm, DType::F32, 4, 4}, Case{CellKind::Gru, DType::F32, 3, 2},
                      Case{CellKind::Gru, DType::F64, 0, 1},
                      Case{CellKind::Gru, DType::F64, 2, 2, Nonlinearity::Tanh, GruVariant::Classic}));

// A vocabulary read back keeps the order stored in the file, even when it is not sorted (a
// checkpoint converted from elsewhere): index i is still the i-th code point.
TEST(Checkpoint, TheVocabularyKeepsItsStoredOrder) {
  const auto vocab = Vocabulary::fromCodePoints({U'z', U'\n', U'a', U'“', U' '});
  ModelConfig cfg;
  cfg.hidden = 3;
  cfg.embed = 2;
  cfg.vocabSize = vocab.size();
  Model<float> model(cfg);
  const auto loaded = checkpointFromTensors(checkpointTensors(model, vocab), "memory");
  EXPECT_EQ(loaded.vocab.codePoints(), vocab.codePoints());
  EXPECT_EQ(loaded.vocab.indexOf(U'“'), 3);
}

template <class S>
void gradientsLikeWeights(DType dtype) {
  ModelConfig cfg;
  cfg.cell = CellKind::Gru;
  cfg.hidden = 4;
  cfg.layers = 2;
  cfg.embed = 3;
  cfg.vocabSize = 6;
  cfg.dtype = dtype;
  Model<S> model(cfg);
  testing::randomizeParameters(model, 3);
  const std::vector<std::int32_t> tokens = {0, 1, 2, 3, 4, 5, 0};
  auto state = model.zeroState(1);
  model.forward(std::span(tokens).first(6), 1, state);
  model.loss(std::span(tokens).subspan(1));
  model.backward();
  const auto weights = checkpointTensors(model, Vocabulary::fromText(U"abcdef"));
  const auto grads = gradientTensors(model);
  EXPECT_TRUE(grads.metadata.empty() || grads.metadata.count("format") == 0 ||
              grads.metadata.at("format") != "rnnscope/1");  // gradients are not a checkpoint
  ASSERT_EQ(grads.tensors.size(), weights.tensors.size());
  for (std::size_t i = 0; i < grads.tensors.size(); ++i) {
    EXPECT_EQ(grads.tensors[i].name, weights.tensors[i].name);
    EXPECT_EQ(grads.tensors[i].shape, weights.tensors[i].shape);
    EXPECT_EQ(grads.tensors[i].dtype, dtype);
    const int id = model.params().find(grads.tensors[i].name);
    ASSERT_GE(id, 0);
    const auto values = tensorValues<S>(grads.tensors[i]);
    const auto g = model.params().grad(id);
    for (Index k = 0; k < g.size(); ++k) ASSERT_EQ(values[static_cast<std::size_t>(k)], g.data()[k]);
  }
}

TEST(Checkpoint, GradientsAreNamedAndShapedAsTheWeights) {
  gradientsLikeWeights<float>(DType::F32);
  gradientsLikeWeights<double>(DType::F64);
}

// ---- the rules of the format -----------------------------------------------------------------

class CheckpointRules : public ::testing::Test {
protected:
  void SetUp() override {
    ModelConfig cfg;
    cfg.cell = CellKind::Lstm;
    cfg.hidden = 4;
    cfg.layers = 2;
    cfg.embed = 3;
    vocab_ = Vocabulary::fromText(U"abc d“”");
    cfg.vocabSize = vocab_.size();
    model_ = std::make_unique<Model<float>>(cfg);
    testing::randomizeParameters(*model_, 5);
    good_ = checkpointTensors(*model_, vocab_);
  }

  // Breaks one rule of a good file and expects the refusal to name it.
  void expectRefused(const std::function<void(SafetensorsFile&)>& edit, const std::string& rule) const {
    SafetensorsFile f = good_;
    edit(f);
    try {
      checkpointFromTensors(f, "broken.safetensors");
      ADD_FAILURE() << "accepted a file that breaks: " << rule;
    } catch (const Error& e) {
      const std::string m = e.what();
      EXPECT_EQ(m.rfind("broken.safetensors is not a valid rnnscope checkpoint: ", 0), 0u) << m;
      EXPECT_NE(m.find(rule), std::string::npos) << m << "\nexpected to name: " << rule;
      EXPECT_EQ(m.find('\n'), std::string::npos) << m;
    }
  }
  void editConfig(SafetensorsFile& f, const std::function<void(nlohmann::json&)>& edit) const {
    auto c = nlohmann::json::parse(f.metadata.at("config"));
    edit(c);
    f.metadata["config"] = c.dump();
  }
  static SafeTensor* tensor(SafetensorsFile& f, const std::string& name) {
    for (auto& t : f.tensors)
      if (t.name == name) return &t;
    return nullptr;
  }

  Vocabulary vocab_;
  std::unique_ptr<Model<float>> model_;
  SafetensorsFile good_;
};

TEST_F(CheckpointRules, TheGoodFileIsAccepted) { EXPECT_NO_THROW(checkpointFromTensors(good_, "good")); }

TEST_F(CheckpointRules, MetadataRules) {
  expectRefused([](auto& f) { f.metadata.erase("format"); }, "no 'format' entry");
  expectRefused([](auto& f) { f.metadata["format"] = "rnnscope/2"; }, "metadata 'format' must be 'rnnscope/1'");
  expectRefused([](auto& f) { f.metadata.clear(); }, "format");
  expectRefused([](auto& f) { f.metadata.erase("config"); }, "no 'config' entry");
  expectRefused([](auto& f) { f.metadata["config"] = "{\"cell\": "; }, "metadata 'config' is not valid JSON");
  expectRefused([](auto& f) { f.metadata["config"] = "[1, 2]"; }, "metadata 'config'");
  expectRefused([&](auto& f) { editConfig(f, [](auto& c) { c["cell"] = "transformer"; }); }, "transformer");
  expectRefused([&](auto& f) { editConfig(f, [](auto& c) { c["hidden"] = 0; }); }, "hidden");
  expectRefused([&](auto& f) { editConfig(f, [](auto& c) { c["layers"] = 9; }); }, "layers");
  expectRefused([&](auto& f) { editConfig(f, [](auto& c) { c["hidden"] = "four"; }); }, "hidden");
  expectRefused([](auto& f) { f.metadata.erase("vocab"); }, "no 'vocab' entry");
  expectRefused([](auto& f) { f.metadata["vocab"] = "{\"a\": 1}"; }, "metadata 'vocab' must be a JSON array");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[97, 98, \"c\", 100, 32, 8220, 8221]"; }, "not a Unicode code point");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[97, 98, 99, 100, 32, 8220, 1114112]"; }, "not a Unicode code point");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[97, 98, 99, 100, 32, 8220, 55296]"; }, "not a Unicode character");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[97, 98, 99, 100, 32, 8220, 97]"; }, "twice");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[97, 98, 99, 100, 32, 8220]"; }, "vocab_size");
  expectRefused([](auto& f) { f.metadata["vocab"] = "[]"; }, "vocab");
}

TEST_F(CheckpointRules, TensorRules) {
  expectRefused([](auto& f) { f.tensors.clear(); }, "it holds no tensors");
  expectRefused([](auto& f) { f.tensors.erase(f.tensors.begin() + 2); }, "is missing");
  expectRefused([](auto& f) { tensor(f, "head.bias")->name = "head.biases"; }, "tensor 'head.bias' is missing");
  // the same number of values in another shape
  expectRefused([](auto& f) { tensor(f, "rnn.weight_hh_l1")->shape = {4, 16}; },
                "tensor 'rnn.weight_hh_l1' has shape [4, 16] but the config needs [16, 4]");
  expectRefused([](auto& f) { tensor(f, "head.bias")->shape = {1, 7}; }, "head.bias");
  expectRefused(
      [](auto& f) {
        SafeTensor extra = *tensor(f, "head.bias");
        extra.name = "rnn.weight_hh_l2";  // a third layer the config does not have
        f.tensors.push_back(extra);
      },
      "tensor 'rnn.weight_hh_l2' does not belong to a model of this config");
  // one tensor in double among floats
  expectRefused(
      [](auto& f) {
        auto* t = tensor(f, "rnn.bias_ih_l1");
        const auto values = tensorValues<float>(*t);
        const std::vector<double> wide(values.begin(), values.end());
        *t = makeTensor<double>(t->name, t->shape, wide.data());
      },
      "different dtype");
  // a config claiming a model far larger than the file: refused for the shapes, before any
  // model of that size is allocated (hidden 4096 x 4 layers would be gigabytes)
  expectRefused(
      [&](auto& f) {
        editConfig(f, [](auto& c) {
          c["hidden"] = 4096;
          c["layers"] = 4;
          c["embed"] = 4096;
        });
      },
                "tensor 'embed.weight' has shape [7, 3] but the config needs [7, 4096]");
  // the input kind must match: one-hot (no embed.weight) against a config with an embedding
  expectRefused([&](auto& f) { editConfig(f, [](auto& c) { c["embed"] = 0; }); }, "rnn.weight_ih_l0");
}

TEST_F(CheckpointRules, EveryFailureOnDiskIsOneError) {
  const auto path = scratch("rules.safetensors").string();
  writeSafetensors(path, good_);
  EXPECT_NO_THROW(loadCheckpoint(path));
  auto bytes = serializeSafetensors(good_);
  bytes.resize(bytes.size() - 1);
  {
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  }
  EXPECT_THROW(loadCheckpoint(path), Error);
  EXPECT_THROW(loadCheckpoint(scratch("no-such.safetensors").string()), Error);
  // a trainer state is not a checkpoint
  TrainConfig cfg;
  cfg.model.hidden = 4;
  cfg.model.vocabSize = 5;
  cfg.batch = 2;
  cfg.seqLen = 3;
  Trainer<float> trainer(cfg, testing::randomTokens(100, 5, 1), {});
  writeSafetensors(path, trainerStateTensors(trainer));
  try {
    loadCheckpoint(path);
    ADD_FAILURE() << "a trainer state loaded as a checkpoint";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("format"), std::string::npos) << e.what();
  }
}

// ---- trainer state ----------------------------------------------------------------------------

// A resumed run rebuilds its trainer from config.json: every setting must come back as it was,
// and a config that JSON cannot hold exactly (a seed above 2^53) is refused when made, not when
// the run is resumed.
TEST(TrainConfigJson, EverySettingSurvivesAndUnstorableSeedsAreRefused) {
  TrainConfig c;
  c.model.cell = CellKind::Gru;
  c.model.gruVariant = GruVariant::Classic;
  c.model.hidden = 7;
  c.model.layers = 3;
  c.model.embed = 0;
  c.model.vocabSize = 11;
  c.model.dtype = DType::F64;
  c.init.scheme = InitScheme::Orthogonal;
  c.init.spectralRadius = 0.95;
  c.optimizer.kind = OptimizerKind::Nesterov;
  c.optimizer.learningRate = 0.0123;
  c.optimizer.momentum = 0.8;
  c.optimizer.weightDecay = 1e-4;
  c.clip = {ClipMode::Value, 0.25};
  c.batch = 5;
  c.seqLen = 33;
  c.fullBptt = true;
  c.seed = std::uint64_t(1) << 53;
  c.validationFraction = 0.2;
  const auto back = TrainConfig::fromJson(nlohmann::json::parse(c.toJson().dump()));
  EXPECT_EQ(back.toJson(), c.toJson());
  EXPECT_EQ(back.seed, c.seed);

  c.seed = (std::uint64_t(1) << 53) + 1;
  EXPECT_THROW(c.validate(), Error);
  c.seed = ~std::uint64_t(0);  // what "--seed -1" used to become
  EXPECT_THROW(c.validate(), Error);
}

struct ResumeCase {
  CellKind cell;
  OptimizerKind optimizer;
  DType dtype;
  ClipMode clip;
  bool fullBptt = false;
};

class TrainerResume : public ::testing::TestWithParam<ResumeCase> {};

void expectSameBytes(const SafetensorsFile& a, const SafetensorsFile& b) {
  EXPECT_EQ(serializeSafetensors(a), serializeSafetensors(b));
}

template <class S>
void resumeExactly(const ResumeCase& c) {
  TrainConfig cfg;
  cfg.model.cell = c.cell;
  cfg.model.hidden = 6;
  cfg.model.layers = 2;
  cfg.model.embed = 3;
  cfg.model.vocabSize = 7;
  cfg.model.dtype = c.dtype;
  cfg.optimizer.kind = c.optimizer;
  cfg.optimizer.learningRate = c.optimizer == OptimizerKind::Sgd || c.optimizer == OptimizerKind::Momentum ? 0.1 : 0.01;
  cfg.optimizer.weightDecay = 0.001;
  cfg.clip = {c.clip, c.clip == ClipMode::Value ? 0.005 : 0.05};  // small enough to fire
  cfg.batch = 3;
  cfg.seqLen = 5;
  cfg.fullBptt = c.fullBptt;
  cfg.validationFraction = 0;
  // 150 tokens: 3 streams of 50, 9 windows of 5 per pass, so 20 steps wrap twice
  const auto tokens = testing::randomTokens(150, 7, 3);
  const auto vocab = Vocabulary::fromText(U"abcdefg");

  Trainer<S> straight(cfg, tokens, {});
  bool clipped = false;
  for (int i = 0; i < 8; ++i) clipped |= straight.step().clip.clipped;
  const auto midState = trainerStateTensors(straight);
  for (int i = 8; i < 20; ++i) clipped |= straight.step().clip.clipped;
  if (c.clip != ClipMode::None) {
    EXPECT_TRUE(clipped);
  }
  EXPECT_GE(straight.state().position.epoch, c.fullBptt ? 19 : 2);

  Trainer<S> first(cfg, tokens, {});
  for (int i = 0; i < 8; ++i) first.step();
  const auto weights = scratch("trainer-weights.safetensors").string(), state = scratch("trainer-state.safetensors").string();
  saveCheckpoint(weights, first.model(), vocab);
  writeSafetensors(state, trainerStateTensors(first));
  expectSameBytes(trainerStateTensors(first), midState);

  Trainer<S> resumed(cfg, tokens, {});
  copyWeights(readSafetensors(weights), resumed.model(), weights);
  restoreTrainerState(readSafetensors(state), resumed, state);
  EXPECT_EQ(resumed.state().step, 8);
  expectSameBytes(trainerStateTensors(resumed), midState);
  for (int i = 8; i < 20; ++i) {
    const auto a = first.step(), b = resumed.step();
    ASSERT_EQ(a.loss, b.loss) << i;
    ASSERT_EQ(a.clip.normBefore, b.clip.normBefore) << i;
    ASSERT_EQ(a.epoch, b.epoch) << i;
  }
  expectSameModel(straight.model(), resumed.model());
  expectSameModel(first.model(), resumed.model());
  expectSameBytes(trainerStateTensors(straight), trainerStateTensors(resumed));
}

TEST_P(TrainerResume, ARestoredTrainerContinuesExactlyAsTheUninterruptedOne) {
  const auto c = GetParam();
  if (c.dtype == DType::F64)
    resumeExactly<double>(c);
  else
    resumeExactly<float>(c);
}

INSTANTIATE_TEST_SUITE_P(
    CellsAndOptimizers, TrainerResume,
    ::testing::Values(ResumeCase{CellKind::Lstm, OptimizerKind::Adam, DType::F32, ClipMode::Norm},
                      ResumeCase{CellKind::Lstm, OptimizerKind::Momentum, DType::F64, ClipMode::Value},
                      ResumeCase{CellKind::Gru, OptimizerKind::Adam, DType::F64, ClipMode::None},
                      ResumeCase{CellKind::Gru, OptimizerKind::Nesterov, DType::F32, ClipMode::Norm},
                      ResumeCase{CellKind::Rnn, OptimizerKind::RmsProp, DType::F32, ClipMode::Value},
                      ResumeCase{CellKind::Rnn, OptimizerKind::Adagrad, DType::F64, ClipMode::Norm},
                      ResumeCase{CellKind::Lstm, OptimizerKind::Sgd, DType::F32, ClipMode::None},
                      ResumeCase{CellKind::Gru, OptimizerKind::Momentum, DType::F32, ClipMode::Norm, true}));

class TrainerStateRules : public ::testing::Test {
protected:
  void SetUp() override {
    cfg_.model.cell = CellKind::Lstm;
    cfg_.model.hidden = 4;
    cfg_.model.embed = 2;
    cfg_.model.vocabSize = 5;
    cfg_.model.dtype = DType::F64;
    cfg_.optimizer.kind = OptimizerKind::Adam;
    cfg_.batch = 2;
    cfg_.seqLen = 4;
    cfg_.validationFraction = 0;
    tokens_ = testing::randomTokens(120, 5, 9);
    Trainer<double> t(cfg_, tokens_, {});
    for (int i = 0; i < 3; ++i) t.step();
    good_ = trainerStateTensors(t);
  }

  // Breaks one rule; the refusal names it, and the trainer it was refused for is untouched:
  // it goes on exactly as one that never saw the file.
  void expectRefused(const std::function<void(SafetensorsFile&)>& edit, const std::string& rule) const {
    SafetensorsFile f = good_;
    edit(f);
    Trainer<double> target(cfg_, tokens_, {}), untouched(cfg_, tokens_, {});
    try {
      restoreTrainerState(f, target, "state.safetensors");
      ADD_FAILURE() << "accepted a trainer state that breaks: " << rule;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(rule), std::string::npos) << e.what() << "\nexpected to name: " << rule;
    }
    EXPECT_EQ(target.state().step, 0);
    EXPECT_EQ(target.optimizer().stepCount(), 0);
    for (int i = 0; i < 2; ++i) EXPECT_EQ(target.step().loss, untouched.step().loss);
    expectSameModel(target.model(), untouched.model());
  }
  static SafeTensor* tensor(SafetensorsFile& f, const std::string& name) {
    for (auto& t : f.tensors)
      if (t.name == name) return &t;
    return nullptr;
  }

  TrainConfig cfg_;
  std::vector<std::int32_t> tokens_;
  SafetensorsFile good_;
};

TEST_F(TrainerStateRules, TheGoodStateIsAccepted) {
  Trainer<double> t(cfg_, tokens_, {});
  restoreTrainerState(good_, t, "good");
  EXPECT_EQ(t.state().step, 3);
  EXPECT_EQ(t.optimizer().stepCount(), 3);
  EXPECT_EQ(t.state().position.offset, 12);
}

TEST_F(TrainerStateRules, BrokenStatesAreRefusedAndChangeNothing) {
  expectRefused([](auto& f) { f.metadata["format"] = "rnnscope/1"; }, "metadata 'format' must be 'rnnscope-trainer/1'");
  expectRefused([](auto& f) { f.metadata.erase("step"); }, "'step'");
  expectRefused([](auto& f) { f.metadata["step"] = "three"; }, "metadata 'step' must be a non-negative integer");
  expectRefused([](auto& f) { f.metadata["step"] = "-3"; }, "metadata 'step' must be a non-negative integer");
  expectRefused([](auto& f) { f.metadata["optimizer_step"] = "3x"; }, "metadata 'optimizer_step'");
  expectRefused([](auto& f) { f.metadata["data_offset"] = "99999"; }, "does not fit this text");
  expectRefused([](auto& f) { f.tensors.erase(f.tensors.begin()); }, "optimizer.first");
  expectRefused([](auto& f) { tensor(f, "optimizer.second")->shape = {3}; }, "optimizer.second");
  expectRefused([](auto& f) { tensor(f, "state.c_l0")->name = "state.cell_l0"; }, "state.c_l0");
  expectRefused([](auto& f) { tensor(f, "state.h_l0")->shape = {4, 2}; }, "state.h_l0");
  // a state saved by a float trainer
  expectRefused(
      [](auto& f) {
        auto* t = tensor(f, "state.h_l0");
        const auto values = tensorValues<double>(*t);
        const std::vector<float> narrow(values.begin(), values.end());
        *t = makeTensor<float>(t->name, t->shape, narrow.data());
      },
      "expected F64");
  // the state of another configuration
  TrainConfig other = cfg_;
  other.model.hidden = 5;
  Trainer<double> mismatched(other, tokens_, {});
  EXPECT_THROW(restoreTrainerState(good_, mismatched, "state.safetensors"), Error);
}


// The pair the CLI's run folder and the app's session both hold: saved together it restores
// the trainer exactly; a checkpoint of one step beside the trainer state of another is refused.
TEST_F(TrainerStateRules, ThePairSavedTogetherRestoresAndAMixedPairIsRefused) {
  const Vocabulary vocab = Vocabulary::fromText(U"abcde");
  const TrainingFiles files{scratch("pair-checkpoint.safetensors"), scratch("pair-trainer.safetensors")};
  Trainer<double> t(cfg_, tokens_, {});
  for (int i = 0; i < 3; ++i) t.step();
  saveTraining(files, t, vocab);
  Trainer<double> restored(cfg_, tokens_, {});
  restoreTraining(files, restored);
  EXPECT_EQ(restored.state().step, 3);
  expectSameModel(t.model(), restored.model());
  EXPECT_EQ(t.step().loss, restored.step().loss);

  // t is at step 4 now: its trainer state beside the step-3 checkpoint
  writeSafetensors(files.trainer.string(), trainerStateTensors(t));
  Trainer<double> mixed(cfg_, tokens_, {});
  try {
    restoreTraining(files, mixed);
    ADD_FAILURE() << "accepted a checkpoint and a trainer state of different steps";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("different steps"), std::string::npos) << e.what();
  }

  // broken weights are never saved over good files
  t.model().params().values()[0] = std::numeric_limits<double>::quiet_NaN();
  const auto before = fs::last_write_time(files.checkpoint);
  EXPECT_THROW(saveTraining(files, t, vocab), Error);
  EXPECT_EQ(fs::last_write_time(files.checkpoint), before);
}

}  // namespace
}  // namespace rnnscope
