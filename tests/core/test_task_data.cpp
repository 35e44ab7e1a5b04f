// The task files users bring (each malformed row refused with its line and the reason, nothing
// half-loaded) and the built-in task data (what its documentation says it is).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/task/builtin_tasks.h"
#include "core/task/labelled_data.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

std::string refusal(std::string_view text, TaskKind kind, Tokens how) {
  try {
    parseTaskFile(text, kind, how);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(TaskFile, ClassifyRowsBecomeLabelledSequences) {
  const TaskData d = parseTaskFile("pos\tgood film\r\n\nneg\tbad film\npos\tgood\n", TaskKind::Classify, Tokens::Words);
  ASSERT_EQ(d.examples.size(), 3u);
  EXPECT_EQ(d.labels.names, (std::vector<std::string>{"pos", "neg"}));
  EXPECT_EQ(d.inputs.names, (std::vector<std::string>{"<pad>", "good", "film", "bad"}));
  EXPECT_EQ(d.examples[1].tokens, (std::vector<std::int32_t>{3, 2}));
  EXPECT_EQ(d.examples[1].labels, (std::vector<std::int32_t>{1}));
  EXPECT_EQ(joinTokens(d.inputs, d.examples[1].tokens, Tokens::Words), "bad film");
}

TEST(TaskFile, TagRowsNeedOneTagPerToken) {
  const TaskData d = parseTaskFile("a1\t.n\n", TaskKind::Tag, Tokens::Characters);
  EXPECT_EQ(d.examples[0].labels, (std::vector<std::int32_t>{0, 1}));
  EXPECT_EQ(refusal("ab\t..\nabc\t..\n", TaskKind::Tag, Tokens::Characters), "line 2: 2 tags for 3 characters; each needs one");
  EXPECT_EQ(refusal("the cat\tDET\n", TaskKind::Tag, Tokens::Words), "line 1: 1 tags for 2 words; each needs one");
}

TEST(TaskFile, Seq2SeqOutputsHaveTheirSpecialTokensFirst) {
  const TaskData d = parseTaskFile("abc\tcba\n", TaskKind::Seq2Seq, Tokens::Characters);
  EXPECT_EQ(d.labels.names, (std::vector<std::string>{"<pad>", "<s>", "</s>", "c", "b", "a"}));
  EXPECT_EQ(d.examples[0].labels, (std::vector<std::int32_t>{3, 4, 5}));
}

TEST(TaskFile, EachMalformedRowIsNamedByItsLine) {
  EXPECT_EQ(refusal("pos\tok\nno tab here\n", TaskKind::Classify, Tokens::Words),
            "line 2: no tab; each row must be label<TAB>text");
  EXPECT_EQ(refusal("a\tb\tc\n", TaskKind::Seq2Seq, Tokens::Characters), "line 1: more than one tab");
  EXPECT_EQ(refusal("pos\t   \n", TaskKind::Classify, Tokens::Words), "line 1: the text is empty");
  EXPECT_EQ(refusal("very pos\tgood\n", TaskKind::Classify, Tokens::Words),
            "line 1: the label must be one word, got 'very pos'");
  EXPECT_EQ(refusal("\n\nab\t\n", TaskKind::Seq2Seq, Tokens::Characters), "line 3: the target is empty");
  EXPECT_EQ(refusal(std::string("x\t") + std::string(5000, 'a') + "\n", TaskKind::Seq2Seq, Tokens::Characters),
            "line 1: the target has 5000 characters; at most 4096 are allowed");
}

TEST(TaskFile, WholeFileProblemsHaveOneMessage) {
  EXPECT_EQ(refusal("", TaskKind::Classify, Tokens::Words), "the file holds no examples");
  EXPECT_EQ(refusal("\n \n", TaskKind::Tag, Tokens::Words), "the file holds no examples");
  EXPECT_EQ(refusal("pos\ta\npos\tb\n", TaskKind::Classify, Tokens::Words),
            "every row has the label 'pos'; a classifier needs at least two labels");
  const std::string binary("pos\t\xff\xfe\x00x\n", 9);
  EXPECT_TRUE(refusal(binary, TaskKind::Classify, Tokens::Words).starts_with("not a UTF-8 text file"))
      << refusal(binary, TaskKind::Classify, Tokens::Words);
}

TEST(BuiltinTask, SentimentIsDecidedByTheWordAtTheDistance) {
  for (const char* name : {"sentiment-en-7", "sentiment-vi-7"}) {
    const TaskData d = parseTaskFile(builtinTaskText(name, 600, 5), TaskKind::Classify, Tokens::Words);
    ASSERT_EQ(d.examples.size(), 600u);
    const bool vi = std::string(name).find("-vi-") != std::string::npos;
    const std::string negation = vi ? "không" : "not";
    std::map<std::string, std::map<std::string, int>> labelsOfAdjective;  // (negated?, word) -> label counts
    int negated = 0;
    for (const auto& e : d.examples) {
      ASSERT_GE(e.tokens.size(), 10u);  // >= 2 openers, the adjective, 7 after
      const std::size_t at = e.tokens.size() - 1 - 7;
      const bool isNegated = d.inputs.names[e.tokens[at - 1]] == negation;
      negated += isNegated;
      labelsOfAdjective[(isNegated ? "not " : "") + d.inputs.names[e.tokens[at]]][d.labels.names[e.labels[0]]]++;
    }
    // every (negation, adjective) pair always gives the same label, and "not" flips it
    for (const auto& [word, labels] : labelsOfAdjective) EXPECT_EQ(labels.size(), 1u) << name << ": " << word;
    EXPECT_GT(negated, 600 / 5);
    EXPECT_LT(negated, 600 / 2);
    const std::string good = vi ? "hay" : "good";
    ASSERT_TRUE(labelsOfAdjective.count(good) && labelsOfAdjective.count("not " + good)) << name;
    EXPECT_EQ(labelsOfAdjective[good].begin()->first, "positive");
    EXPECT_EQ(labelsOfAdjective["not " + good].begin()->first, "negative");
  }
}

TEST(BuiltinTask, TaggingMarksQuotesCodeAndNumbers) {
  const TaskData d = parseTaskFile(builtinTaskText("quote-code-number", 200, 3), TaskKind::Tag, Tokens::Characters);
  std::map<std::string, int> tagCount;
  for (const auto& e : d.examples) {
    bool inQuote = false, inCode = false;
    for (std::size_t t = 0; t < e.tokens.size(); ++t) {
      const std::string ch = d.inputs.names[e.tokens[t]], tag = d.labels.names[e.labels[t]];
      const bool opens = (ch == "\"" && !inQuote) || (ch == "`" && !inCode);
      if (ch == "\"" && !inCode) inQuote = !inQuote;
      if (ch == "`" && !inQuote) inCode = !inCode;
      const bool quoteNow = inQuote || (ch == "\"" && !opens);
      const bool codeNow = inCode || (ch == "`" && !opens);
      const std::string expected = quoteNow ? "q" : codeNow ? "c" : (ch[0] >= '0' && ch[0] <= '9') ? "n" : ".";
      ASSERT_EQ(tag, expected) << "character " << t << " '" << ch << "'";
      tagCount[tag]++;
    }
  }
  for (const char* tag : {"q", "c", "n", "."}) EXPECT_GT(tagCount[tag], 100) << tag;
}

TEST(BuiltinTask, Seq2SeqPairsAreRightAndSeedsRepeat) {
  const std::string reverse = builtinTaskText("reverse", 50, 9);
  EXPECT_EQ(reverse, builtinTaskText("reverse", 50, 9));
  EXPECT_NE(reverse, builtinTaskText("reverse", 50, 10));
  const TaskData r = parseTaskFile(reverse, TaskKind::Seq2Seq, Tokens::Characters);
  for (const auto& e : r.examples) {
    const std::string in = joinTokens(r.inputs, e.tokens, Tokens::Characters);
    EXPECT_EQ(joinTokens(r.labels, e.labels, Tokens::Characters), std::string(in.rbegin(), in.rend()));
  }
  const TaskData a = parseTaskFile(builtinTaskText("addition", 50, 9), TaskKind::Seq2Seq, Tokens::Characters);
  for (const auto& e : a.examples) {
    const std::string in = joinTokens(a.inputs, e.tokens, Tokens::Characters);
    const auto plus = in.find('+');
    EXPECT_EQ(joinTokens(a.labels, e.labels, Tokens::Characters),
              std::to_string(std::stoi(in.substr(0, plus)) + std::stoi(in.substr(plus + 1))));
  }
}

TEST(BuiltinTask, UnknownNamesAndSizesAreRefused) {
  EXPECT_THROW(builtinTaskShape("sentiment-en-0"), Error);
  EXPECT_THROW(builtinTaskShape("sentiment-fr-5"), Error);
  EXPECT_THROW(builtinTaskShape("sentiment-en-201"), Error);
  EXPECT_EQ(builtinTaskShape("sentiment-vi-200").kind, TaskKind::Classify);
  EXPECT_EQ(sentimentDistance("sentiment-en-20"), 20);
  EXPECT_THROW(builtinTaskText("reverse", 0, 1), Error);
}

}  // namespace
}  // namespace rnnscope
