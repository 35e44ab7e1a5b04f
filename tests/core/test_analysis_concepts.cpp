// Concept signals on hand-written snippets with known answers, the statistics behind cell
// ranking, and the ranking itself recovering a cell planted to track quotations.
#include <gtest/gtest.h>

#include "core/util/error.h"
#include "core/analysis/concepts.h"
#include "core/data/corpus.h"

namespace rnnscope {
namespace {

std::vector<double> signal(const std::string& name, const std::u32string& text) {
  return conceptSignal(name, text).values;
}
using V = std::vector<double>;

TEST(Concepts, StraightAndCurlyQuotes) {
  EXPECT_EQ(signal("quote", U"a\"bc\"d"), (V{0, 1, 1, 1, 0, 0}));
  EXPECT_EQ(signal("quote", U"x\u201Cy\u201Dz"), (V{0, 1, 1, 0, 0}));
  EXPECT_TRUE(conceptSignal("quote", U"a").binary);
}

TEST(Concepts, ColumnAndLineLength) {
  EXPECT_EQ(signal("column", U"ab\ncd"), (V{0, 1, 2, 0, 1}));
  EXPECT_EQ(signal("line_length", U"ab\ncd"), (V{1, 2, 0, 1, 2}));
}

TEST(Concepts, IndentationDepth) {
  EXPECT_EQ(signal("indent", U"x\n    y\n\tz"), (V{0, 0, 1, 1, 1, 1, 1, 1, 1, 1}));
}

TEST(Concepts, CommentsOfThreeKinds) {
  const std::u32string t = U"a // b\nc /* d */ e # f";
  const auto v = signal("comment", t);
  EXPECT_EQ(v[0], 0);   // a
  EXPECT_EQ(v[2], 1);   // first '/'
  EXPECT_EQ(v[5], 1);   // b
  EXPECT_EQ(v[6], 0);   // the newline ends it
  EXPECT_EQ(v[9], 1);   // '/' of "/*"
  EXPECT_EQ(v[12], 1);  // d
  EXPECT_EQ(v[14], 1);  // '*' of "*/"
  EXPECT_EQ(v[15], 0);  // after reading "*/" we are outside
  EXPECT_EQ(v[17], 0);  // e
  EXPECT_EQ(v[19], 1);  // '#'
  EXPECT_EQ(v[21], 1);  // f
}

TEST(Concepts, BracketDepthIgnoresStringsAndComments) {
  EXPECT_EQ(signal("brackets", U"f(a[b])"), (V{0, 1, 1, 2, 2, 1, 0}));
  EXPECT_EQ(signal("brackets", U"(\"(\")"), (V{1, 1, 1, 1, 0}));
  EXPECT_EQ(signal("brackets", U"//(\n("), (V{0, 0, 0, 0, 1}));
}

TEST(Concepts, StringLiteralsWithEscapes) {
  // x = "a\"b";
  EXPECT_EQ(signal("string", U"x=\"a\\\"b\";"), (V{0, 0, 1, 1, 1, 1, 1, 0, 0}));
}

TEST(Concepts, IfConditions) {
  EXPECT_EQ(signal("if_condition", U"if (a(b)) c"), (V{0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0}));
  EXPECT_EQ(signal("if_condition", U"if(x)"), (V{0, 0, 1, 1, 0}));
  EXPECT_EQ(signal("if_condition", U"elif (x)"), (V(8, 0.0)));
  EXPECT_EQ(signal("if_condition", U"f(x)"), (V(4, 0.0)));
}

TEST(Concepts, RegularExpressions) {
  EXPECT_EQ(signal("regex:[0-9]+", U"ab12c3"), (V{0, 0, 1, 1, 0, 1}));
  EXPECT_EQ(signal("regex:é", U"aéb"), (V{0, 1, 0}));  // positions count characters, not bytes
  EXPECT_THROW(conceptSignal("regex:([", U"x"), Error);
  EXPECT_THROW(conceptSignal("sarcasm", U"x"), Error);
}

// A lesson file or the concept box hands its pattern to std::regex, which compiles groups by
// recursion: thousands of '(' overflowed the stack instead of being refused.
TEST(Concepts, DeeplyNestedRegularExpressionsAreRefusedNotCompiled) {
  const std::string deep = "regex:" + std::string(30000, '(') + "a" + std::string(30000, ')');
  EXPECT_THROW(conceptSignal(deep, U"a"), Error);
  EXPECT_THROW(conceptSignal("regex:" + std::string(2000, 'a'), U"a"), Error);
  // '(' inside a class or escaped opens no group, so deep-looking but flat patterns still work
  EXPECT_EQ(signal("regex:[(((((((((((((((((((((((((((((((((((((]+", U"a(("), (V{0, 1, 1}));
  std::string escaped;  // forty literal '(' in a row
  for (int i = 0; i < 40; ++i) escaped += "\\(";
  V expected(41, 1.0);
  expected.back() = 0;
  EXPECT_EQ(signal("regex:" + escaped, std::u32string(40, U'(') + U"x"), expected);
}

// The backtracking matcher recursed once per character: a probe text of the allowed length
// (100 000 characters) with a starred group crashed the engine thread.
TEST(Concepts, RegularExpressionsMatchLongTextsWithoutDeepRecursion) {
  const std::u32string text(100000, U'a');
  const auto values = signal("regex:(a|b)*", text);
  ASSERT_EQ(values.size(), text.size());
  EXPECT_EQ(values.front(), 1.0);
  EXPECT_EQ(values.back(), 1.0);
}

TEST(Statistics, PearsonAndAuc) {
  EXPECT_NEAR(pearson({1, 2, 3}, {2, 4, 6}), 1.0, 1e-12);
  EXPECT_NEAR(pearson({1, 2, 3}, {3, 2, 1}), -1.0, 1e-12);
  EXPECT_EQ(pearson({1, 1, 1}, {1, 2, 3}), 0.0);
  EXPECT_DOUBLE_EQ(areaUnderCurve({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1}), 1.0);
  EXPECT_DOUBLE_EQ(areaUnderCurve({0.9, 0.8, 0.2, 0.1}, {0, 0, 1, 1}), 0.0);
  EXPECT_DOUBLE_EQ(areaUnderCurve({0.5, 0.5, 0.5, 0.5}, {0, 1, 0, 1}), 0.5);
  EXPECT_DOUBLE_EQ(areaUnderCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
}

// An LSTM whose cell 0 toggles on every '"': the forget gate closes and the input gate opens
// on a quote, and g = tanh(5 - 10 h) writes the opposite sign of what the cell held.
TEST(CellRanking, RecoversAPlantedQuoteCell) {
  const std::u32string text =
      U"He said \"go home\" and left. \"Why?\" she asked. Nobody answered. \"Because it is late,\" "
      U"he said, \"and the rain is coming.\" They walked on in silence for a while.";
  const auto vocab = Vocabulary::fromText(text);
  ModelConfig cfg;
  cfg.cell = CellKind::Lstm;
  cfg.hidden = 4;
  cfg.embed = 0;
  cfg.vocabSize = vocab.size();
  Model<float> m(cfg);
  auto& p = m.params();
  const auto ids = m.layerIds(0);
  auto Wih = p.value(ids.Wih);
  auto Whh = p.value(ids.Whh);
  auto b = p.value(ids.bih);
  const int q = vocab.indexOf(U'"'), H = 4;
  // units 1..3: distractors driven by letters
  for (int v = 0; v < vocab.size(); ++v)
    for (int u = 1; u < H; ++u) Wih(2 * H + u, v) = ((v * 7 + u * 3) % 5 - 2) * 0.7f;
  b(0) = -10;  Wih(0, q) = 20;          // input gate of cell 0 opens on a quote
  b(H) = 10;   Wih(H, q) = -20;         // forget gate of cell 0 closes on a quote
  b(2 * H) = 5; Whh(2 * H, 0) = -10;    // g = tanh(5 - 10 h)
  for (int u = 0; u < H; ++u) b(3 * H + u) = 10;  // output gates open
  for (int u = 1; u < H; ++u) { b(u) = 2; b(H + u) = -1; }

  const auto record = recordActivations(m, vocab, text);
  const auto ranking = rankCells(record, conceptSignal("quote", text), 5);
  ASSERT_FALSE(ranking.empty());
  EXPECT_EQ(ranking[0].layer, 0);
  EXPECT_EQ(ranking[0].unit, 0);
  EXPECT_TRUE(ranking[0].kind == "c" || ranking[0].kind == "h") << ranking[0].kind;
  EXPECT_GT(std::abs(ranking[0].pearson), 0.9);
  EXPECT_GT(ranking[0].auc, 0.95);
  for (std::size_t i = 1; i < ranking.size(); ++i)
    EXPECT_GE(std::abs(ranking[i - 1].pearson), std::abs(ranking[i].pearson));
}

TEST(Activations, RecordShapesTopPredictionsAndSaturation) {
  const std::u32string text = U"abcabcab";
  const auto vocab = Vocabulary::fromText(text);
  ModelConfig cfg;
  cfg.cell = CellKind::Gru;
  cfg.hidden = 3;
  cfg.layers = 2;
  cfg.embed = 2;
  cfg.vocabSize = vocab.size();
  Model<float> m(cfg);
  m.params().values().setConstant(0.1f);
  const auto r = recordActivations(m, vocab, text);
  ASSERT_NE(r.find("h", 1), nullptr);
  ASSERT_NE(r.find("z", 0), nullptr);
  EXPECT_EQ(r.find("h", 1)->values.rows(), 8);
  EXPECT_EQ(r.find("h", 1)->values.cols(), 3);
  EXPECT_EQ(r.find("c", 0), nullptr);
  ASSERT_EQ(r.topNext.size(), 8u);
  float total = 0;
  for (const auto& p : r.topNext[0]) total += p.probability;
  EXPECT_NEAR(total, 1.0f, 1e-5f);  // a vocabulary of three: the top five hold everything
  EXPECT_GE(r.topNext[0][0].probability, r.topNext[0][1].probability);
  const auto sat = gateSaturation(r);
  EXPECT_EQ(sat.size(), 6u);  // r, z, n in two layers
  for (const auto& s : sat)
    for (double f : s.fractionHigh) EXPECT_EQ(f, 0.0);  // every gate sits near sigmoid(small)
  EXPECT_THROW(recordActivations(m, vocab, U"abx"), Error);
}

}  // namespace
}  // namespace rnnscope
