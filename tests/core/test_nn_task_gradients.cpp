// The model's pieces for the sequence tasks (docs/tasks.md) against central finite differences
// in double: a head over K labels with positions that ask for nothing (classify, tag), and an
// encoder whose last state starts a decoder, the gradient handed back across (seq2seq).
#include <gtest/gtest.h>

#include <string>

#include "core/nn/model.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

constexpr int B = 2, T = 5, V = 7, K = 3;

struct CellCase {
  CellKind cell;
  GruVariant variant;
  int layers;
};

std::string caseName(const ::testing::TestParamInfo<CellCase>& info) {
  const auto& c = info.param;
  std::string name = toString(c.cell);
  if (c.cell == CellKind::Gru) name.append("_").append(toString(c.variant));
  return name.append("_L").append(std::to_string(c.layers));
}

ModelConfig configFor(const CellCase& c, int labels, bool head) {
  ModelConfig cfg;
  cfg.cell = c.cell;
  cfg.gruVariant = c.variant;
  cfg.layers = c.layers;
  cfg.embed = 4;
  cfg.hidden = 4;
  cfg.vocabSize = V;
  cfg.labels = labels;
  cfg.head = head;
  cfg.dtype = DType::F64;
  return cfg;
}

// Every parameter's derivative of loss() against the analytic gradient in grads.
template <class Loss>
void expectGradientMatches(Vec<double>& values, const Vec<double>& analytic, Loss&& loss, const char* what) {
  ASSERT_GT(analytic.norm(), 1e-6) << what;
  Vec<double> numeric(values.size());
  for (Index i = 0; i < values.size(); ++i) numeric[i] = testing::derivative(values[i], loss);
  EXPECT_LT(testing::maxRelativeError(analytic, numeric), 1e-6) << what;
}

class TaskGradientCheck : public ::testing::TestWithParam<CellCase> {};

// classify: one label per stream, read from the last step only
TEST_P(TaskGradientCheck, LabelAtTheLastStepOnly) {
  Model<double> m(configFor(GetParam(), K, true));
  testing::randomizeParameters(m, 11);
  const auto inputs = testing::randomTokens(T * B, V, 5);
  std::vector<std::int32_t> targets(T * B, kNoTarget);
  targets[(T - 1) * B + 0] = 2;
  targets[(T - 1) * B + 1] = 0;
  auto loss = [&] {
    auto s = m.zeroState(B);
    m.forward(inputs, B, s);
    return m.loss(targets);
  };
  const double l0 = loss();
  EXPECT_EQ(m.logits().rows(), K);
  // the mean is over the two labelled positions, not over all T*B
  EXPECT_NEAR(l0, (m.positionLosses()[(T - 1) * B] + m.positionLosses()[(T - 1) * B + 1]) / 2, 1e-12);
  m.backward();
  const Vec<double> analytic = m.params().grads();
  expectGradientMatches(m.params().values(), analytic, loss, "classify");
  // the first step still receives gradient through time, none through the head
  EXPECT_GT(m.layerCache(0).dhNorm[0], 0.0);
}

// tag: a label per position, the padded tail of stream 1 asking for nothing
TEST_P(TaskGradientCheck, LabelPerPositionWithPaddedTail) {
  Model<double> m(configFor(GetParam(), K, true));
  testing::randomizeParameters(m, 12);
  const auto inputs = testing::randomTokens(T * B, V, 6);
  auto targets = testing::randomTokens(T * B, K, 7);
  targets[(T - 1) * B + 1] = kNoTarget;
  targets[(T - 2) * B + 1] = kNoTarget;
  auto loss = [&] {
    auto s = m.zeroState(B);
    m.forward(inputs, B, s);
    return m.loss(targets);
  };
  loss();
  EXPECT_EQ(m.positionLosses()[(T - 1) * B + 1], 0.0);
  m.backward();
  const Vec<double> analytic = m.params().grads();
  expectGradientMatches(m.params().values(), analytic, loss, "tag");
}

// seq2seq: L(encoder, decoder) = decoder's loss from the encoder's last state
TEST_P(TaskGradientCheck, EncoderReceivesTheDecodersGradient) {
  Model<double> encoder(configFor(GetParam(), 0, false));
  Model<double> decoder(configFor(GetParam(), 0, true));
  EXPECT_EQ(encoder.headWeightId(), -1);
  testing::randomizeParameters(encoder, 21);
  testing::randomizeParameters(decoder, 22);
  const auto source = testing::randomTokens(4 * B, V, 8);
  const auto decoderIn = testing::randomTokens(T * B, V, 9);
  auto targets = testing::randomTokens(T * B, V, 10);
  targets[(T - 1) * B] = kNoTarget;
  auto loss = [&] {
    auto s = encoder.zeroState(B);
    encoder.forward(source, B, s);
    decoder.forward(decoderIn, B, s);
    return decoder.loss(targets);
  };
  loss();
  decoder.backward();
  const RecurrentState<double> handedBack = decoder.initialStateGradient();
  encoder.backwardFromTop(Mat<double>::Zero(4, 4 * B), &handedBack);
  const Vec<double> dDecoder = decoder.params().grads(), dEncoder = encoder.params().grads();
  expectGradientMatches(decoder.params().values(), dDecoder, loss, "decoder");
  expectGradientMatches(encoder.params().values(), dEncoder, loss, "encoder");
}

std::vector<CellCase> cases() {
  return {{CellKind::Rnn, GruVariant::ResetAfter, 1}, {CellKind::Rnn, GruVariant::ResetAfter, 2},
          {CellKind::Lstm, GruVariant::ResetAfter, 1}, {CellKind::Lstm, GruVariant::ResetAfter, 2},
          {CellKind::Gru, GruVariant::ResetAfter, 2}, {CellKind::Gru, GruVariant::Classic, 1}};
}

INSTANTIATE_TEST_SUITE_P(Cells, TaskGradientCheck, ::testing::ValuesIn(cases()), caseName);

TEST(TaskModel, RefusesTargetsItCannotScore) {
  Model<double> m(configFor({CellKind::Rnn, GruVariant::ResetAfter, 1}, K, true));
  testing::randomizeParameters(m, 3);
  const auto inputs = testing::randomTokens(T * B, V, 1);
  auto s = m.zeroState(B);
  m.forward(inputs, B, s);
  EXPECT_THROW(m.loss(std::vector<std::int32_t>(T * B, kNoTarget)), Error);
  std::vector<std::int32_t> outside(T * B, kNoTarget);
  outside[0] = K;  // labels are 0..K-1
  try {
    m.loss(outside);
    FAIL() << "a label outside 0..K-1 was scored";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("label id 3"), std::string::npos) << e.what();
  }
  Model<double> encoder(configFor({CellKind::Rnn, GruVariant::ResetAfter, 1}, 0, false));
  auto se = encoder.zeroState(B);
  encoder.forward(inputs, B, se);
  EXPECT_THROW(encoder.loss(testing::randomTokens(T * B, V, 2)), Error);
}

TEST(TaskModel, ConfigNamesLabelsAndHeadOnlyOffTheirDefaults) {
  ModelConfig lm = configFor({CellKind::Lstm, GruVariant::ResetAfter, 1}, 0, true);
  EXPECT_FALSE(lm.toJson().contains("labels"));
  EXPECT_FALSE(lm.toJson().contains("head"));
  ModelConfig classifier = configFor({CellKind::Lstm, GruVariant::ResetAfter, 1}, 2, true);
  ModelConfig encoder = configFor({CellKind::Lstm, GruVariant::ResetAfter, 1}, 0, false);
  EXPECT_EQ(ModelConfig::fromJson(classifier.toJson()).outputs(), 2);
  EXPECT_FALSE(ModelConfig::fromJson(encoder.toJson()).head);
  EXPECT_EQ(ModelConfig::fromJson(lm.toJson()).outputs(), V);
  auto bad = classifier.toJson();
  bad["labels"] = -1;
  EXPECT_THROW(ModelConfig::fromJson(bad), Error);
}

}  // namespace
}  // namespace rnnscope
