// Vocabulary (stable indices, validation of stored vocabularies), loading and checking texts,
// and the train/validation split.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/data/corpus.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

namespace fs = std::filesystem;

template <class F>
std::string errorOf(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A scratch directory of its own for each test, removed afterwards.
class TempDir {
public:
  explicit TempDir(const std::string& name) : path_(fs::temp_directory_path() / ("rnnscope_test_data_" + name)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string write(const std::string& file, const std::string& bytes) const {
    const auto p = path_ / file;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

private:
  fs::path path_;
};

// ---- Vocabulary ---------------------------------------------------------------------------

TEST(Vocabulary, IsTheSortedDistinctCharactersOfTheText) {
  const auto v = Vocabulary::fromText(U"banana");
  EXPECT_EQ(v.codePoints(), (std::vector<char32_t>{U'a', U'b', U'n'}));
  EXPECT_EQ(v.size(), 3);
  EXPECT_EQ(v.indexOf(U'n'), 2);
  EXPECT_EQ(v.at(1), U'b');
  EXPECT_EQ(v.indexOf(U'z'), -1);
}

TEST(Vocabulary, SameCharactersGiveSameIndicesWhateverTheirOrder) {
  const auto a = Vocabulary::fromText(U"Vi\u1EC7t nam \U0001F600");
  const auto b = Vocabulary::fromText(U"\U0001F600 man t\u1EC7iV");
  EXPECT_EQ(a.codePoints(), b.codePoints());
  for (char32_t c : a.codePoints()) EXPECT_EQ(a.indexOf(c), b.indexOf(c));
}

TEST(Vocabulary, FromCodePointsKeepsTheStoredOrder) {
  const auto v = Vocabulary::fromCodePoints({U'z', 0x1EC7, U'a', 0x1F600});
  EXPECT_EQ(v.indexOf(U'z'), 0);
  EXPECT_EQ(v.indexOf(0x1EC7), 1);
  EXPECT_EQ(v.indexOf(U'a'), 2);
  EXPECT_EQ(v.indexOf(0x1F600), 3);
  EXPECT_EQ(v.indexOf(0x1F601), -1);
  EXPECT_EQ(v.at(3), char32_t{0x1F600});
}

TEST(Vocabulary, FromCodePointsRefusesBadLists) {
  EXPECT_TRUE(contains(errorOf([] { Vocabulary::fromCodePoints({}); }), "at least one"));
  EXPECT_TRUE(contains(errorOf([] { Vocabulary::fromCodePoints({U'a', U'b', U'a'}); }), "'a' (U+0061) twice"));
  EXPECT_TRUE(contains(errorOf([] { Vocabulary::fromCodePoints({0x1EC7, U'x', 0x1EC7}); }), "U+1EC7) twice"));
  EXPECT_TRUE(contains(errorOf([] { Vocabulary::fromCodePoints({U'a', 0xD800}); }), "entry 1 (U+D800)"));
  EXPECT_TRUE(contains(errorOf([] { Vocabulary::fromCodePoints({0x110000}); }), "not a Unicode character"));
}

TEST(Vocabulary, EncodesAndDecodes) {
  const std::u32string text = U"Ti\u1EBFng Vi\u1EC7t \U0001F600";
  const auto v = Vocabulary::fromText(text);
  const auto tokens = v.encode(text);
  ASSERT_EQ(tokens.size(), text.size());
  EXPECT_EQ(tokens[0], v.indexOf(U'T'));
  EXPECT_EQ(v.decode(tokens), text);
}

TEST(Vocabulary, EncodeNamesTheFirstUnknownCharacter) {
  const auto v = Vocabulary::fromText(U"abc ");
  const std::string message = errorOf([&] { v.encode(U"a cab z\u1EC7"); });
  EXPECT_TRUE(contains(message, "'z' (U+007A)")) << message;
  EXPECT_TRUE(contains(message, "position 6")) << message;
}

TEST(Vocabulary, RefusesTokensOutsideIt) {
  const auto v = Vocabulary::fromText(U"ab");
  const std::vector<std::int32_t> bad = {0, 2};
  EXPECT_TRUE(contains(errorOf([&] { v.decode(bad); }), "token 2 is outside"));
  EXPECT_THROW(v.at(-1), Error);
}

// ---- corpusFromUtf8 -----------------------------------------------------------------------

TEST(CorpusText, DecodesATextIntoVocabularyAndTokens) {
  const auto c = corpusFromUtf8("\"Xin ch\xC3\xA0o,\" said Mai.\n", "notes.txt");
  EXPECT_EQ(c.name, "notes.txt");
  EXPECT_EQ(c.text, U"\"Xin ch\u00E0o,\" said Mai.\n");
  EXPECT_EQ(c.tokens.size(), c.text.size());
  EXPECT_EQ(c.vocab.decode(c.tokens), c.text);
  EXPECT_EQ(c.vocab.codePoints().front(), U'\n');
}

TEST(CorpusText, RefusesEmptyText) {
  EXPECT_TRUE(contains(errorOf([] { corpusFromUtf8("", "a.txt"); }), "a.txt is empty"));
  EXPECT_TRUE(contains(errorOf([] { corpusFromUtf8("\xEF\xBB\xBF", "bom.txt"); }), "bom.txt is empty"));
}

TEST(CorpusText, RefusesBinaryData) {
  const std::string withNul = std::string("PK\x03\x04", 4) + std::string(1, '\0') + "rest";
  const std::string nul = errorOf([&] { corpusFromUtf8(withNul, "x.zip"); });
  EXPECT_TRUE(contains(nul, "x.zip looks like binary data")) << nul;
  EXPECT_TRUE(contains(nul, "NUL byte at byte 4")) << nul;

  std::string twoPercent(98, 'a');
  twoPercent += "\x01\x02";
  const std::string controls = errorOf([&] { corpusFromUtf8(twoPercent, "y.bin"); });
  EXPECT_TRUE(contains(controls, "y.bin looks like binary data")) << controls;
  EXPECT_TRUE(contains(controls, "2 of its 100 characters")) << controls;
}

TEST(CorpusText, AcceptsWhitespaceControlsAndAFewStrayOnes) {
  std::string onePercent(99, 'a');
  onePercent += "\x1B";
  EXPECT_NO_THROW(corpusFromUtf8(onePercent, "ok.txt"));
  EXPECT_NO_THROW(corpusFromUtf8("\t\n\r\f\v\t\n", "spaces.txt"));
}

TEST(CorpusText, RefusesInvalidUtf8NamingTheTextAndOffset) {
  const std::string message = errorOf([] { corpusFromUtf8("abc\xC3(", "latin1.txt"); });
  EXPECT_EQ(message.rfind("latin1.txt is not UTF-8 text: invalid UTF-8 at byte 3", 0), 0u) << message;
}

// ---- loadCorpusFile -----------------------------------------------------------------------

TEST(CorpusFile, LoadsAFile) {
  TempDir dir("load");
  const auto path = dir.write("t.txt", "Ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t\n");
  const auto c = loadCorpusFile(path);
  EXPECT_EQ(c.text, U"Ti\u1EBFng Vi\u1EC7t\n");
  EXPECT_EQ(c.name, path);
}

TEST(CorpusFile, SaysWhichFileIsMissing) {
  TempDir dir("missing");
  const auto path = dir.path() + "/nowhere.txt";
  const std::string message = errorOf([&] { loadCorpusFile(path); });
  EXPECT_TRUE(contains(message, "cannot open " + path)) << message;
  EXPECT_TRUE(contains(message, "no such file")) << message;
}

TEST(CorpusFile, RefusesADirectory) {
  TempDir dir("directory");
  EXPECT_TRUE(contains(errorOf([&] { loadCorpusFile(dir.path()); }), dir.path() + " is a directory"));
}

TEST(CorpusFile, RefusesAFileOverTheLimit) {
  TempDir dir("large");
  const auto small = dir.write("small.txt", std::string(150, 'x'));
  EXPECT_TRUE(contains(errorOf([&] { loadCorpusFile(small, 100); }), "small.txt is 150 bytes; the limit is 100 bytes"));
  EXPECT_NO_THROW(loadCorpusFile(small, 150));

  const auto big = dir.write("big.txt", std::string(3 << 19, 'y'));  // 1.5 MiB
  const std::string message = errorOf([&] { loadCorpusFile(big, 1 << 20); });
  EXPECT_TRUE(contains(message, "big.txt is 1.5 MiB; the limit is 1 MiB")) << message;
}

TEST(CorpusFile, ReportsContentProblemsWithThePath) {
  TempDir dir("content");
  const auto empty = dir.write("empty.txt", "");
  EXPECT_TRUE(contains(errorOf([&] { loadCorpusFile(empty); }), "empty.txt is empty"));
}

// ---- splitTrainValidation -----------------------------------------------------------------

TEST(TrainValidationSplit, HoldsOutTheEndOfTheText) {
  const std::vector<std::int32_t> tokens = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  const auto s = splitTrainValidation(tokens, 0.2);
  EXPECT_EQ(s.train, (std::vector<std::int32_t>{0, 1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(s.validation, (std::vector<std::int32_t>{8, 9}));
  EXPECT_EQ(splitTrainValidation(tokens, 0.5).train.size(), 5u);
  EXPECT_EQ(splitTrainValidation(tokens, 0.25).validation.size(), 2u);  // rounds down
}

TEST(TrainValidationSplit, ZeroFractionKeepsEverythingForTraining) {
  const std::vector<std::int32_t> tokens = {3, 1, 2};
  const auto s = splitTrainValidation(tokens, 0.0);
  EXPECT_EQ(s.train, tokens);
  EXPECT_TRUE(s.validation.empty());
}

TEST(TrainValidationSplit, RefusesFractionsOutOfRange) {
  const std::vector<std::int32_t> tokens(100, 0);
  EXPECT_THROW(splitTrainValidation(tokens, 0.51), Error);
  EXPECT_THROW(splitTrainValidation(tokens, -0.1), Error);
  EXPECT_THROW(splitTrainValidation(tokens, std::nan("")), Error);
}

TEST(TrainValidationSplit, RefusesATrainingPartShorterThanTwoTokens) {
  EXPECT_NO_THROW(splitTrainValidation({1, 2, 3}, 0.5));
  EXPECT_TRUE(contains(errorOf([] { splitTrainValidation({1, 2}, 0.5); }), "leave 1 for training"));
  EXPECT_THROW(splitTrainValidation({7}, 0.0), Error);
}

}  // namespace
}  // namespace rnnscope
