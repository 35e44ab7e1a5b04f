#include "core/analysis/concepts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <regex>

#include "core/data/utf8.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

bool isOpeningBracket(char32_t c) { return c == U'(' || c == U'[' || c == U'{'; }
bool isClosingBracket(char32_t c) { return c == U')' || c == U']' || c == U'}'; }

std::vector<double> insideQuotes(std::u32string_view t) {
  std::vector<double> v(t.size());
  bool inside = false;
  for (std::size_t k = 0; k < t.size(); ++k) {
    const char32_t c = t[k];
    if (c == U'"') inside = !inside;
    else if (c == U'\u201C') inside = true;   // left double quotation mark
    else if (c == U'\u201D') inside = false;  // right double quotation mark
    v[k] = inside;
  }
  return v;
}

std::vector<double> column(std::u32string_view t, bool resetOnNewline) {
  std::vector<double> v(t.size());
  int col = 0;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k] == U'\n') {
      v[k] = resetOnNewline ? 0 : col;
      col = 0;
    } else {
      v[k] = resetOnNewline ? col + 1 : col;  // line_length counts the character just read
      ++col;
    }
  }
  return v;
}

// Leading whitespace of each line in spaces (a tab is 4), divided by 4: the nesting level of
// four-space-indented code. Every character of a line carries its line's level.
std::vector<double> indentation(std::u32string_view t) {
  std::vector<double> v(t.size());
  std::size_t start = 0;
  while (start < t.size()) {
    std::size_t end = t.find(U'\n', start);
    if (end == std::u32string_view::npos) end = t.size() - 1;
    int width = 0;
    for (std::size_t k = start; k <= end && (t[k] == U' ' || t[k] == U'\t'); ++k) width += t[k] == U'\t' ? 4 : 1;
    for (std::size_t k = start; k <= end; ++k) v[k] = width / 4.0;
    start = end + 1;
  }
  return v;
}

// A small lexer for C-like code: which characters are in a comment or a string literal, and
// the bracket depth and if-condition state outside them.
struct CodeSignals {
  std::vector<double> comment, string, brackets, ifCondition;
};

bool isIdentifierChar(char32_t c) {
  return c == U'_' || (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Whether the '(' at k follows the keyword `if` (spaces allowed in between).
bool opensIfCondition(std::u32string_view t, std::size_t k) {
  std::size_t j = k;
  while (j > 0 && t[j - 1] == U' ') --j;
  if (j < 2 || t[j - 2] != U'i' || t[j - 1] != U'f') return false;
  return j == 2 || !isIdentifierChar(t[j - 3]);
}

CodeSignals lexCode(std::u32string_view t) {
  const std::size_t n = t.size();
  CodeSignals s{std::vector<double>(n), std::vector<double>(n), std::vector<double>(n), std::vector<double>(n)};
  enum class Mode { Code, LineComment, BlockComment, String } mode = Mode::Code;
  int depth = 0;
  int ifDepth = -1;  // bracket depth inside the current if-condition's '(' (-1: not in one)
  std::size_t blockStart = 0;
  bool escaped = false;
  for (std::size_t k = 0; k < n; ++k) {
    const char32_t c = t[k], next = k + 1 < n ? t[k + 1] : 0;
    bool inComment = false, inString = false;
    switch (mode) {
      case Mode::Code:
        if (c == U'/' && next == U'/') {
          mode = Mode::LineComment;
        } else if (c == U'/' && next == U'*') {
          mode = Mode::BlockComment;
          blockStart = k;
        } else if (c == U'#') {
          mode = Mode::LineComment;
        } else if (c == U'"') {
          mode = Mode::String;
          escaped = false;
        } else if (isOpeningBracket(c)) {
          ++depth;
          if (c == U'(' && ifDepth < 0 && opensIfCondition(t, k)) ifDepth = depth;
        } else if (isClosingBracket(c)) {
          if (c == U')' && depth == ifDepth) ifDepth = -1;  // after reading it we are outside
          depth = std::max(0, depth - 1);
        }
        inComment = mode == Mode::LineComment || mode == Mode::BlockComment;
        inString = mode == Mode::String;
        break;
      case Mode::LineComment:
        inComment = c != U'\n';
        if (c == U'\n') mode = Mode::Code;
        break;
      case Mode::BlockComment:
        inComment = true;
        if (c == U'/' && t[k - 1] == U'*' && k >= blockStart + 3) {
          mode = Mode::Code;
          inComment = false;  // after reading the closing "*/" we are outside
        }
        break;
      case Mode::String:
        inString = true;
        if (escaped) {
          escaped = false;
        } else if (c == U'\\') {
          escaped = true;
        } else if (c == U'"') {
          mode = Mode::Code;
          inString = false;
        }
        break;
    }
    s.comment[k] = inComment;
    s.string[k] = inString;
    s.brackets[k] = depth;
    s.ifCondition[k] = ifDepth >= 0;
  }
  return s;
}

}  // namespace

const std::vector<std::string>& builtinConceptNames() {
  static const std::vector<std::string> names = {"quote",   "column",   "line_length", "indent",
                                                 "comment", "brackets", "string",      "if_condition"};
  return names;
}

namespace {
// libstdc++ compiles a regular expression by recursive descent, one level of recursion per
// open group: a pattern of a few thousand '(' (a lesson file or the concept box) overflows the
// stack. Real concept patterns are short and shallow, so longer or deeper ones are refused
// before they are compiled.
constexpr std::size_t kMaxPatternBytes = 1000;
constexpr int kMaxGroupDepth = 32;

void checkPatternShape(const std::string& pattern) {
  if (pattern.size() > kMaxPatternBytes)
    throw Error("the regular expression is " + std::to_string(pattern.size()) + " bytes long; the limit is " +
                std::to_string(kMaxPatternBytes));
  int depth = 0;
  bool inClass = false;  // inside [...], '(' is an ordinary character
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;  // the escaped character is never a group
    } else if (inClass) {
      inClass = c != ']';
    } else if (c == '[') {
      inClass = true;
    } else if (c == '(' && ++depth > kMaxGroupDepth) {
      throw Error("the regular expression nests groups more than " + std::to_string(kMaxGroupDepth) + " deep");
    } else if (c == ')' && depth > 0) {
      --depth;
    }
  }
}

// libstdc++'s default (backtracking) matcher also recurses once per character it consumes, so
// "(a|b)*" over a long probe text overflows the stack, and nested quantifiers take exponential
// time. Its polynomial mode (an extension) matches breadth-first instead: recursion bounded by
// the pattern, time polynomial in the text; the price is that back-references are refused.
constexpr auto kRegexFlags = std::regex::ECMAScript
#ifdef __GLIBCXX__
                             | std::regex_constants::__polynomial
#endif
    ;
}  // namespace

ConceptSignal regexConcept(const std::string& pattern, std::u32string_view text) {
  if (pattern.empty()) throw Error("the regular expression is empty");
  checkPatternShape(pattern);
  std::regex re;
  try {
    re = std::regex(pattern, kRegexFlags);
  } catch (const std::regex_error& e) {
    throw Error("the regular expression '" + pattern + "' is not valid: " + e.what());
  }
  // match on UTF-8 and map byte offsets back to characters
  std::string bytes;
  std::vector<std::size_t> charOfByte;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const std::string e = encodeUtf8(text[k]);
    bytes += e;
    charOfByte.insert(charOfByte.end(), e.size(), k);
  }
  ConceptSignal s{"regex:" + pattern, true, std::vector<double>(text.size())};
  try {
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), re); it != std::sregex_iterator(); ++it) {
      const auto pos = static_cast<std::size_t>(it->position()), len = static_cast<std::size_t>(it->length());
      for (std::size_t b = pos; b < pos + len; ++b) s.values[charOfByte[b]] = 1;
    }
  } catch (const std::regex_error& e) {
    throw Error("the regular expression '" + pattern + "' could not be matched: " + e.what());
  }
  return s;
}

ConceptSignal conceptSignal(const std::string& name, std::u32string_view text) {
  if (name.rfind("regex:", 0) == 0) return regexConcept(name.substr(6), text);
  if (name == "quote") return {name, true, insideQuotes(text)};
  if (name == "column") return {name, false, column(text, false)};
  if (name == "line_length") return {name, false, column(text, true)};
  if (name == "indent") return {name, false, indentation(text)};
  const bool code = name == "comment" || name == "brackets" || name == "string" || name == "if_condition";
  if (!code) {
    std::string all;
    for (const auto& n : builtinConceptNames()) all += n + ", ";
    throw Error("unknown concept '" + name + "' (expected one of: " + all + "or regex:PATTERN)");
  }
  auto s = lexCode(text);
  if (name == "comment") return {name, true, std::move(s.comment)};
  if (name == "string") return {name, true, std::move(s.string)};
  if (name == "brackets") return {name, false, std::move(s.brackets)};
  return {name, true, std::move(s.ifCondition)};
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const std::size_t n = std::min(x.size(), y.size());
  if (n < 2) return 0;
  const double mx = std::accumulate(x.begin(), x.begin() + n, 0.0) / n, my = std::accumulate(y.begin(), y.begin() + n, 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

// Mann-Whitney: AUC = (sum of ranks of positives - P(P+1)/2) / (P * N), ties share ranks.
double areaUnderCurve(const std::vector<double>& scores, const std::vector<double>& labels) {
  const std::size_t n = scores.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
  double rankSum = 0, positives = 0;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) ++j;
    const double rank = (double(i) + double(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k)
      if (labels[order[k]] > 0.5) {
        rankSum += rank;
        positives += 1;
      }
    i = j + 1;
  }
  const double negatives = double(n) - positives;
  if (positives == 0 || negatives == 0) return 0.5;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

std::vector<CellScore> rankCells(const ActivationRecord& record, const ConceptSignal& concept_, std::size_t top,
                                 bool includeGates) {
  const Index T = static_cast<Index>(concept_.values.size());
  Vec<double> y = Eigen::Map<const Vec<double>>(concept_.values.data(), T);
  y.array() -= y.mean();
  const double yNorm = y.norm();
  std::vector<CellScore> all;
  for (const auto& t : record.tensors) {
    if (!includeGates && t.isGate()) continue;
    if (t.values.rows() != T) throw Error("the concept and the activations cover different texts");
    Mat<double> x = t.values.cast<double>();
    x.rowwise() -= x.colwise().mean();
    const Vec<double> cov = x.transpose() * y;
    const Vec<double> xNorm = x.colwise().norm();
    for (Index u = 0; u < x.cols(); ++u) {
      const double r = xNorm[u] > 0 && yNorm > 0 ? cov[u] / (xNorm[u] * yNorm) : 0.0;
      all.push_back({t.kind, t.layer, static_cast<int>(u), r, 0.5});
    }
  }
  const std::size_t k = std::min(top, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end(),
                    [](const CellScore& a, const CellScore& b) { return std::abs(a.pearson) > std::abs(b.pearson); });
  all.resize(k);
  if (concept_.binary) {
    for (auto& s : all) {
      const auto* t = record.find(s.kind, s.layer);
      std::vector<double> scores(static_cast<std::size_t>(T));
      for (Index i = 0; i < T; ++i) scores[static_cast<std::size_t>(i)] = t->values(i, s.unit);
      s.auc = areaUnderCurve(scores, concept_.values);
    }
  }
  return all;
}

}  // namespace rnnscope
