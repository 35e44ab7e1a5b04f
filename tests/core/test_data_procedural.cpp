// The generated corpora: reproducible per seed, of the requested size, and with the structure
// the lessons rely on (balanced quotes in prose; braces, indentation and comments in code; the
// answer of a recall record D positions after its key).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/corpus_source.h"
#include "core/data/procedural.h"
#include "core/data/utf8.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t countOf(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

TEST(ProceduralCorpus, SameSeedSameTextOtherSeedOtherText) {
  for (const std::string kind : {"dialogue", "code", "recall-24"}) {
    SCOPED_TRACE(kind);
    const std::string a = builtinCorpus(kind, 20000, 42);
    EXPECT_EQ(a, builtinCorpus(kind, 20000, 42));
    EXPECT_NE(a, builtinCorpus(kind, 20000, 43));
  }
}

// Pins the generators' output: a change here changes every built-in corpus, on every platform.
TEST(ProceduralCorpus, SeedOneStartsAsItAlwaysHas) {
  const std::string dialogue = "\"Tôi tin chúng ta lại muộn rồi. Grace đang đợi ở chợ.\" ";
  const std::string code = "/*\n * Returns the index of key, or -1.\n * Fast path.\n */\nunsigned insert_key(";
  EXPECT_EQ(generateDialogue(2000, 1).substr(0, dialogue.size()), dialogue);
  EXPECT_EQ(generateCode(2000, 1).substr(0, code.size()), code);
}

TEST(ProceduralCorpus, AShorterCorpusIsTheStartOfALongerOne) {
  for (const std::string kind : {"dialogue", "code", "recall-2", "recall-24", "recall-200"}) {
    const std::string shorter = builtinCorpus(kind, 5000, 11), longer = builtinCorpus(kind, 50000, 11);
    EXPECT_EQ(longer.substr(0, shorter.size()), shorter) << kind;
  }
}

TEST(ProceduralCorpus, LengthIsWithinTenPercentAndTextIsValidUtf8) {
  for (const std::string kind : {"dialogue", "code", "recall-24", "recall-200"})
    for (std::size_t size : {3000u, 20000u, 200000u})
      for (std::uint64_t seed : {1u, 2u, 3u}) {
        SCOPED_TRACE(kind + " " + std::to_string(size) + " seed " + std::to_string(seed));
        const std::string text = builtinCorpus(kind, size, seed);
        std::u32string decoded;
        ASSERT_NO_THROW(decoded = decodeUtf8(text));
        EXPECT_GE(decoded.size(), size - size / 10);
        // one function of code can be a few thousand characters: small code corpora may run over
        if (kind != "code" || size >= 20000) {
          EXPECT_LE(decoded.size(), size + size / 10);
        }
      }
}

TEST(ProceduralCorpus, UnknownKindIsRefused) {
  try {
    builtinCorpus("poetry", 1000, 1);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_TRUE(contains(e.what(), "'poetry'")) << e.what();
    EXPECT_TRUE(contains(e.what(), "recall-D")) << e.what();  // the message names the kinds there are
  }
}

// ---- dialogue -----------------------------------------------------------------------------

TEST(ProceduralDialogue, EveryParagraphClosesItsQuotes) {
  const std::string text = generateDialogue(100000, 7);
  ASSERT_EQ(text.back(), '\n');
  const std::string open = "\u201C", close = "\u201D";
  for (const std::string& p : lines(text)) {
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(std::count(p.begin(), p.end(), '"') % 2, 0) << p;
    // curly quotes alternate: open, close, open, close ...
    int depth = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p.compare(i, open.size(), open) == 0) ++depth;
      if (p.compare(i, close.size(), close) == 0) --depth;
      ASSERT_TRUE(depth == 0 || depth == 1) << p;
    }
    EXPECT_EQ(depth, 0) << p;
  }
}

// What is said between each pair of straight quotes.
std::vector<std::string> straightQuotations(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t open = text.find('"'); open != std::string::npos; open = text.find('"', open + 1)) {
    const std::size_t close = text.find('"', open + 1);
    if (close == std::string::npos) break;
    out.push_back(text.substr(open + 1, close - open - 1));
    open = close;
  }
  return out;
}

TEST(ProceduralDialogue, MixesNarrationAndSpeechInVariedWays) {
  const std::string text = generateDialogue(100000, 3);
  const auto paragraphs = lines(text);
  const auto quotes = [](const std::string& p) { return std::count(p.begin(), p.end(), '"') / 2; };
  EXPECT_TRUE(std::any_of(paragraphs.begin(), paragraphs.end(), [&](auto& p) { return quotes(p) == 0 && !contains(p, "\u201C"); }));
  EXPECT_TRUE(std::any_of(paragraphs.begin(), paragraphs.end(), [&](auto& p) { return quotes(p) >= 3; }));
  const std::size_t straight = countOf(text, "\""), curly = countOf(text, "\u201C");
  EXPECT_GT(curly, 20u);
  EXPECT_GT(straight, 5 * curly);  // mostly straight quotes
  for (const char* part : {"said Mai", "Lan ", "Minh", "Hoa", " asked", "said the teacher", "?\"", "!\"", ",\" "})
    EXPECT_TRUE(contains(text, part)) << part;
  const auto twoSentences = [](const std::string& q) {
    for (std::size_t i = 0; i + 2 < q.size(); ++i)
      if ((q[i] == '.' || q[i] == '?' || q[i] == '!') && q[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(q[i + 2])))
        return true;
    return false;
  };
  const auto quotations = straightQuotations(text);
  EXPECT_TRUE(std::any_of(quotations.begin(), quotations.end(), twoSentences));
  EXPECT_TRUE(std::any_of(quotations.begin(), quotations.end(), [](auto& q) { return q.size() < 12; }));
}

// The quote cell's reason to exist: inside the quotation marks the characters speak
// Vietnamese, outside them the narrator writes English, so the side of the marks decides every
// next character.
TEST(ProceduralDialogue, SpeechIsVietnameseAndNarrationEnglish) {
  const std::u32string text = decodeUtf8(generateDialogue(100000, 5));
  bool inside = false;
  std::u32string said;
  std::size_t quotations = 0, outsideChars = 0;
  for (char32_t c : text) {
    const bool mark = c == U'"' || c == U'\u201C' || c == U'\u201D';
    if (mark) {
      const bool opening = c == U'\u201C' || (c == U'"' && !inside);
      if (!opening) {
        ++quotations;
        const bool hasVietnameseLetter =
            std::any_of(said.begin(), said.end(), [](char32_t ch) { return ch >= 0xC0 && ch != 0x201C && ch != 0x201D; });
        EXPECT_TRUE(hasVietnameseLetter) << encodeUtf8(said);
        said.clear();
      }
      inside = opening;
      continue;
    }
    if (inside) {
      said += c;
    } else {
      ++outsideChars;
      ASSERT_LT(c, 0x80u) << "narration is plain English, found U+" << std::hex << static_cast<std::uint32_t>(c);
    }
  }
  EXPECT_FALSE(inside);
  EXPECT_GT(quotations, 500u);
  EXPECT_GT(outsideChars, text.size() / 4);
}

// ---- recall -------------------------------------------------------------------------------

// Reads a recall text record by record: key a-h at i, digits at i+1 .. i+D-2, '=' at i+D-1,
// the key again at i+D, '\n' at i+D+1. Returns what is wrong with the first bad record, or "".
std::string firstBadRecord(const std::string& text, int distance) {
  const auto D = static_cast<std::size_t>(distance);
  if (text.empty() || text.size() % (D + 2) != 0) return "not whole records";
  for (std::size_t i = 0; i < text.size(); i += D + 2) {
    const std::string at = " in the record at " + std::to_string(i);
    const char key = text[i];
    if (key < 'a' || key > 'h') return "no key" + at;
    for (std::size_t k = i + 1; k + 1 < i + D; ++k)
      if (!std::isdigit(static_cast<unsigned char>(text[k]))) return "not a digit at " + std::to_string(k) + at;
    if (text[i + D - 1] != '=') return "no '='" + at;
    if (text[i + D] != key) return "the answer is not the key" + at;
    if (text[i + D + 1] != '\n') return "no line break" + at;
  }
  return "";
}

TEST(ProceduralRecall, EveryRecordRepeatsItsKeyExactlyDPositionsLater) {
  for (int distance : {2, 3, 24, 200}) {
    const std::string text = generateRecall(30000, distance, 5);
    EXPECT_EQ(firstBadRecord(text, distance), "") << "D = " << distance;
    EXPECT_GE(text.size(), 27000u) << "D = " << distance;
  }
}

TEST(ProceduralRecall, TheRecordCheckCatchesBadRecords) {
  const std::string good = generateRecall(3000, 6, 1);
  ASSERT_EQ(firstBadRecord(good, 6), "");
  std::string wrongAnswer = good, noMark = good, badDigit = good;
  wrongAnswer[8 + 6] = good[8] == 'a' ? 'b' : 'a';  // the second record's answer
  noMark[8 + 5] = '0';
  badDigit[8 + 2] = 'x';
  EXPECT_EQ(firstBadRecord(wrongAnswer, 6), "the answer is not the key in the record at 8");
  EXPECT_EQ(firstBadRecord(noMark, 6), "no '=' in the record at 8");
  EXPECT_EQ(firstBadRecord(badDigit, 6), "not a digit at 10 in the record at 8");
  EXPECT_EQ(firstBadRecord(good.substr(1), 6).empty(), false);
  EXPECT_EQ(firstBadRecord(good, 5).empty(), false);
}

// Keys and digits are what makes the answer a memory task: each key and digit must be free to
// take every value, about equally often, and unrelated to the key before it.
TEST(ProceduralRecall, KeysAndDigitsAreUniform) {
  const int distance = 12;
  const std::string text = generateRecall(240000, distance, 3);
  const auto D = static_cast<std::size_t>(distance);
  std::vector<double> keys(8), digits(10);
  double records = 0, sameKeyAsBefore = 0;
  for (std::size_t i = 0; i + D + 1 < text.size(); i += D + 2, ++records) {
    keys[static_cast<std::size_t>(text[i] - 'a')] += 1;
    for (std::size_t k = i + 1; k + 1 < i + D; ++k) digits[static_cast<std::size_t>(text[k] - '0')] += 1;
    if (i > 0 && text[i] == text[i - D - 2]) sameKeyAsBefore += 1;
  }
  for (double n : keys) EXPECT_NEAR(n / records, 1.0 / 8, 0.01);
  for (double n : digits) EXPECT_NEAR(n / (records * (distance - 2)), 1.0 / 10, 0.005);
  EXPECT_NEAR(sameKeyAsBefore / records, 1.0 / 8, 0.01);  // keys are not correlated
}

// Pins the generator's output, as for the other corpora.
TEST(ProceduralRecall, SeedOneStartsAsItAlwaysHas) {
  EXPECT_EQ(generateRecall(2000, 6, 1).substr(0, 16), "b9051=b\na5300=a\n");
}

TEST(ProceduralRecall, ADistanceOutsideTwoToTwoHundredIsRefused) {
  for (const std::string kind : {"recall-1", "recall-201", "recall-0", "recall--3", "recall-", "recall-x", "recall-24x"}) {
    try {
      builtinCorpus(kind, 1000, 1);
      ADD_FAILURE() << kind << " accepted";
    } catch (const Error& e) {
      EXPECT_TRUE(contains(e.what(), "'" + kind + "'")) << e.what();
      EXPECT_TRUE(contains(e.what(), "between 2 and 200")) << e.what();
    }
  }
  EXPECT_THROW(generateRecall(1000, 1, 1), Error);
  EXPECT_THROW(generateRecall(1000, 201, 1), Error);
}

TEST(ProceduralRecall, IsABuiltinCorpusSource) {
  const Corpus corpus = loadCorpusSource("builtin:recall-24:60000:1");
  EXPECT_EQ(encodeUtf8(corpus.text), generateRecall(60000, 24, 1));
  EXPECT_EQ(corpus.vocab.size(), 8 + 10 + 2);  // a-h, 0-9, '=' and '\n'
  EXPECT_GE(corpus.vocab.indexOf(U'='), 0);
  EXPECT_EQ(encodeUtf8(loadCorpusSource("builtin:recall-24").text).size() % 26, 0u);
}

// ---- code ---------------------------------------------------------------------------------

// Reads C-like code the way the lessons describe it: braces outside strings and comments open
// and close blocks, and every line is indented by 4 spaces per block it is inside (a line that
// starts by closing a block belongs to the outer one). Lines inside a /* */ comment are exempt.
struct CodeShape {
  bool bracesBalanced = true;
  bool indentationMatches = true;
  bool stringsEndOnTheirLine = true;
  int deepest = 0;
  std::string firstBadLine;
};

CodeShape readCode(const std::string& text) {
  CodeShape shape;
  int depth = 0;
  bool inBlockComment = false;
  for (const std::string& line : lines(text)) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (!inBlockComment && indent != std::string::npos) {
      const int expected = depth - (line[indent] == '}' ? 1 : 0);
      if (line.find('\t') != std::string::npos || indent != static_cast<std::size_t>(4 * expected)) {
        if (shape.indentationMatches) shape.firstBadLine = line;
        shape.indentationMatches = false;
      }
    }
    bool inString = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i], next = i + 1 < line.size() ? line[i + 1] : '\0';
      if (inBlockComment) {
        if (c == '*' && next == '/') inBlockComment = false, ++i;
      } else if (inString) {
        if (c == '\\') ++i;
        else if (c == '"') inString = false;
      } else if (c == '/' && next == '/') {
        break;
      } else if (c == '/' && next == '*') {
        inBlockComment = true, ++i;
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        shape.deepest = std::max(shape.deepest, ++depth);
      } else if (c == '}') {
        if (--depth < 0) shape.bracesBalanced = false;
      }
    }
    if (inString) shape.stringsEndOnTheirLine = false;
  }
  if (depth != 0 || inBlockComment) shape.bracesBalanced = false;
  return shape;
}

TEST(ProceduralCode, BracesBalanceAndIndentationIsFourSpacesPerBlock) {
  for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
    const CodeShape shape = readCode(generateCode(100000, seed));
    EXPECT_TRUE(shape.bracesBalanced) << "seed " << seed;
    EXPECT_TRUE(shape.indentationMatches) << "seed " << seed << ": " << shape.firstBadLine;
    EXPECT_TRUE(shape.stringsEndOnTheirLine) << "seed " << seed;
    EXPECT_EQ(shape.deepest, 5) << "seed " << seed;  // a function body and four nested blocks
  }
}

TEST(ProceduralCode, TheShapeCheckCatchesBadCode) {
  EXPECT_FALSE(readCode("int f() {\n  x = 1;\n}\n").indentationMatches);
  EXPECT_FALSE(readCode("int f() {\n    x = 1;\n").bracesBalanced);
  EXPECT_TRUE(readCode("int f() {\n    s = \"}\";  // }\n    /* {\n  */\n}\n").bracesBalanced);
  EXPECT_TRUE(readCode("int f() {\n    s = \"}\";  // }\n    /* {\n  */\n}\n").indentationMatches);
}

bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Looks for f(g(...), ...): a call whose first argument is a call and which has more arguments.
bool hasCallAsFirstOfSeveralArguments(const std::string& text) {
  for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    if (open == 0 || !isIdentifierChar(text[open - 1])) continue;
    std::size_t i = open + 1;
    while (i < text.size() && isIdentifierChar(text[i])) ++i;
    if (i == open + 1 || i == text.size() || text[i] != '(') continue;
    int depth = 0;
    for (; i < text.size(); ++i) {
      depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
      if (depth == 0) break;
    }
    if (text.compare(i, 3, "), ") == 0) return true;
  }
  return false;
}

TEST(ProceduralCode, HasTheConstructsTheCellLessonsLookFor) {
  const std::string text = generateCode(100000, 5);
  ASSERT_GE(text.size(), 3u);
  EXPECT_EQ(text.substr(text.size() - 3), "}\n\n");  // ends after a whole function
  for (const char* part : {"// ", "/* ", " */", "\\\"", " && ", " || ", "} else {", "} else if (", "while (", "for (",
                           "do {", "} while (", "return ", "printf(\"", "\n}\n\n"})
    EXPECT_TRUE(contains(text, part)) << part;
  EXPECT_TRUE(contains(text, "]]"));  // a[b[i]]
  EXPECT_TRUE(hasCallAsFirstOfSeveralArguments(text));  // f(g(x), y)
}

}  // namespace
}  // namespace rnnscope
