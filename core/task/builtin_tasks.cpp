#include "core/task/builtin_tasks.h"

#include <array>
#include <string_view>

#include "core/data/corpus.h"
#include "core/task/shapes.h"
#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {

namespace {

constexpr std::array<std::string_view, 6> kEnPositive = {"good", "great", "lovely", "superb", "fine", "moving"};
constexpr std::array<std::string_view, 6> kEnNegative = {"bad", "awful", "boring", "dull", "poor", "weak"};
constexpr std::array<std::string_view, 28> kEnNeutral = {
    "the",   "film",  "story",  "actor",   "scene", "music", "and",     "then",   "a",      "night",
    "in",    "city",  "about",  "mother",  "son",   "during", "rainy",  "season", "we",     "watched",
    "it",    "with",  "friends", "ending", "camera", "moves", "slowly", "was"};
constexpr std::array<std::string_view, 5> kViPositive = {"hay", "tốt", "đẹp", "tuyệt", "vui"};
constexpr std::array<std::string_view, 5> kViNegative = {"dở", "tệ", "chán", "nhạt", "tồi"};
constexpr std::array<std::string_view, 28> kViNeutral = {
    "bộ",   "phim", "này",  "có",   "diễn",  "viên",  "cảnh", "nhạc", "và",   "rồi",
    "một",  "đêm",  "ở",    "thành", "phố",  "câu",   "chuyện", "kể", "về",   "người",
    "mẹ",   "con",  "trong", "mùa", "mưa",   "chúng", "tôi",  "xem"};

template <std::size_t N>
std::string_view pick(const std::array<std::string_view, N>& words, Rng& rng) {
  return words[rng.below(N)];
}

std::string sentimentRow(bool vietnamese, int distance, Rng& rng) {
  const bool negated = rng.below(3) == 0;
  const bool positiveWord = rng.below(2) == 0;
  const std::string_view adjective = vietnamese ? (positiveWord ? pick(kViPositive, rng) : pick(kViNegative, rng))
                                                : (positiveWord ? pick(kEnPositive, rng) : pick(kEnNegative, rng));
  auto neutral = [&] { return vietnamese ? pick(kViNeutral, rng) : pick(kEnNeutral, rng); };
  std::string text;
  auto append = [&](std::string_view w) {
    if (!text.empty()) text += ' ';
    text += w;
  };
  const int before = 2 + static_cast<int>(rng.below(4));  // 2-5 neutral words open the review
  for (int i = 0; i < before; ++i) append(neutral());
  if (negated) append(vietnamese ? "không" : "not");
  append(adjective);
  for (int i = 0; i < distance; ++i) append(neutral());
  const bool positive = positiveWord != negated;
  return std::string(positive ? "positive" : "negative") + "\t" + text;
}

// One sentence of the tagging data and its tags, character by character (ASCII only).
std::string taggingRow(Rng& rng) {
  constexpr std::array<std::string_view, 10> words = {"she", "said", "then", "we", "ran", "the", "loop", "again", "at", "noon"};
  constexpr std::array<std::string_view, 6> code = {"x+1", "f(y)", "i++", "a[2]", "ok()", "n*n"};
  std::string text, tags;
  auto put = [&](std::string_view piece, char tag) {
    for (char ch : piece) {
      text += ch;
      tags += tag == 'n' ? (ch >= '0' && ch <= '9' ? 'n' : '.') : tag;
    }
  };
  const int pieces = 4 + static_cast<int>(rng.below(4));
  for (int p = 0; p < pieces; ++p) {
    if (p > 0) put(" ", '.');
    switch (rng.below(5)) {
      case 0: {  // "quoted speech", digits inside are q
        std::string quote = "\"";
        const int n = 1 + static_cast<int>(rng.below(3));
        for (int w = 0; w < n; ++w) quote += std::string(w ? " " : "") + std::string(words[rng.below(words.size())]);
        if (rng.below(3) == 0) quote += " " + std::to_string(rng.below(100));
        put(quote + "\"", 'q');
        break;
      }
      case 1: put("`" + std::string(code[rng.below(code.size())]) + "`", 'c'); break;
      case 2: put(std::to_string(rng.below(1000)), 'n'); break;
      default: put(words[rng.below(words.size())], '.'); break;
    }
  }
  return text + "\t" + tags;
}

std::string reverseRow(Rng& rng) {
  std::string s;
  const int n = 3 + static_cast<int>(rng.below(6));
  for (int i = 0; i < n; ++i) s += static_cast<char>('a' + rng.below(8));
  return s + "\t" + std::string(s.rbegin(), s.rend());
}

std::string additionRow(Rng& rng) {
  const auto a = rng.below(100), b = rng.below(100);
  return std::to_string(a) + "+" + std::to_string(b) + "\t" + std::to_string(a + b);
}

// "sentiment-en-20" -> language and distance; false for other names.
bool parseSentiment(const std::string& name, bool& vietnamese, int& distance) {
  for (const char* lang : {"en", "vi"}) {
    const std::string prefix = std::string("sentiment-") + lang + "-";
    if (!name.starts_with(prefix)) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string::npos) return false;
    distance = std::stoi(digits);
    vietnamese = lang[0] == 'v';
    return distance >= 1 && distance <= 200;
  }
  return false;
}

}  // namespace

BuiltinTaskShape builtinTaskShape(const std::string& name) {
  bool vietnamese = false;
  int distance = 0;
  if (parseSentiment(name, vietnamese, distance)) return {TaskKind::Classify, Tokens::Words};
  if (name == "quote-code-number") return {TaskKind::Tag, Tokens::Characters};
  if (name == "reverse" || name == "addition") return {TaskKind::Seq2Seq, Tokens::Characters};
  if (name == "shapes-caption") return {TaskKind::Caption, Tokens::Words};
  if (name == "shapes-vqa") return {TaskKind::Vqa, Tokens::Words};
  throw Error("unknown built-in task data '" + name +
              "' (expected sentiment-en-D or sentiment-vi-D with 1 <= D <= 200, quote-code-number, reverse, addition, "
              "shapes-caption or shapes-vqa)");
}

std::optional<BuiltinTaskShape> builtinShapeOfSource(const std::string& source) {
  constexpr std::string_view prefix = "builtin:";
  if (!source.starts_with(prefix)) return std::nullopt;
  const std::string rest = source.substr(prefix.size());
  return builtinTaskShape(rest.substr(0, rest.find(':')));
}

int sentimentDistance(const std::string& name) {
  bool vietnamese = false;
  int distance = 0;
  return parseSentiment(name, vietnamese, distance) ? distance : 0;
}

std::string builtinTaskText(const std::string& name, std::size_t examples, std::uint64_t seed) {
  const TaskKind kind = builtinTaskShape(name).kind;
  if (kind == TaskKind::Caption || kind == TaskKind::Vqa) throw Error(name + " is pictures; it has no text form");
  if (examples < 1 || examples > 1'000'000) throw Error("built-in task data holds 1 to 1000000 examples");
  Rng rng(seed);
  bool vietnamese = false;
  int distance = 0;
  const bool sentiment = parseSentiment(name, vietnamese, distance);
  std::string out;
  for (std::size_t i = 0; i < examples; ++i) {
    if (sentiment) out += sentimentRow(vietnamese, distance, rng);
    else if (name == "quote-code-number") out += taggingRow(rng);
    else if (name == "reverse") out += reverseRow(rng);
    else out += additionRow(rng);
    out += '\n';
  }
  return out;
}

LoadedTaskData loadTaskSource(const std::string& spec, TaskKind kind, Tokens tokens) {
  LoadedTaskData out;
  if (!spec.starts_with("builtin:")) {
    out.text = readWholeFile(spec, std::size_t(256) << 20);
    try {
      out.data = parseTaskFile(out.text, kind, tokens);
    } catch (const Error& e) {
      throw Error(spec + ": " + e.what());
    }
    return out;
  }
  // builtin:NAME[:EXAMPLES[:SEED]]
  std::vector<std::string> parts;
  std::size_t from = 8;
  while (true) {
    const auto colon = spec.find(':', from);
    parts.push_back(spec.substr(from, colon == std::string::npos ? std::string::npos : colon - from));
    if (colon == std::string::npos) break;
    from = colon + 1;
  }
  auto number = [&](const std::string& s, const char* what) {
    if (s.empty() || s.size() > 15 || s.find_first_not_of("0123456789") != std::string::npos)
      throw Error("in " + spec + ", the " + what + " must be a whole number, got '" + s + "'");
    return std::stoull(s);
  };
  if (parts.size() > 3) throw Error(spec + ": expected builtin:NAME[:EXAMPLES[:SEED]]");
  const BuiltinTaskShape shape = builtinTaskShape(parts[0]);
  if (shape.kind != kind)
    throw Error("the built-in data " + parts[0] + " is for the " + toString(shape.kind) + " task, not " + toString(kind));
  const std::size_t examples = parts.size() > 1 ? number(parts[1], "number of examples") : kDefaultBuiltinExamples;
  const std::uint64_t seed = parts.size() > 2 ? number(parts[2], "seed") : 1;
  if (shape.kind == TaskKind::Caption || shape.kind == TaskKind::Vqa) {
    out.data = generateShapes(shape.kind, examples, seed, &out.text);
    return out;
  }
  out.text = builtinTaskText(parts[0], examples, seed);
  out.data = parseTaskFile(out.text, shape.kind, shape.tokens);
  return out;
}

}  // namespace rnnscope
