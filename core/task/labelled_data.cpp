#include "core/task/labelled_data.h"

#include <algorithm>

#include "core/data/utf8.h"
#include "core/util/enum_names.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {
constexpr std::pair<const char*, TaskKind> kKinds[] = {
    {"classify", TaskKind::Classify}, {"tag", TaskKind::Tag}, {"seq2seq", TaskKind::Seq2Seq},
    {"caption", TaskKind::Caption},   {"vqa", TaskKind::Vqa}};
constexpr std::size_t kMaxExamples = 1'000'000;
constexpr std::size_t kMaxSequence = 4096;

[[noreturn]] void refuseLine(std::size_t line, const std::string& what) {
  throw Error("line " + std::to_string(line) + ": " + what);
}

std::vector<std::int32_t> idsOf(TokenVocabulary& v, const std::vector<std::string>& tokens) {
  std::vector<std::int32_t> ids;
  ids.reserve(tokens.size());
  for (const auto& t : tokens) ids.push_back(v.add(t));
  return ids;
}

const char* unitName(Tokens how, bool plural) {
  if (how == Tokens::Words) return plural ? "words" : "word";
  return plural ? "characters" : "character";
}

// The tokens of one side of a row, checked for being there and not too long.
std::vector<std::string> sideTokens(std::string_view text, Tokens how, std::size_t line, const char* side) {
  auto tokens = splitTokens(text, how);
  if (tokens.empty()) refuseLine(line, std::string("the ") + side + " is empty");
  if (tokens.size() > kMaxSequence)
    refuseLine(line, std::string("the ") + side + " has " + std::to_string(tokens.size()) + " " + unitName(how, true) +
                         "; at most " + std::to_string(kMaxSequence) + " are allowed");
  return tokens;
}

void parseRow(TaskData& d, std::string_view row, std::size_t line) {
  const auto tab = row.find('\t');
  if (tab == std::string_view::npos) {
    const char* shape = d.kind == TaskKind::Classify ? "label<TAB>text"
                        : d.kind == TaskKind::Tag    ? "text<TAB>tags"
                                                     : "source<TAB>target";
    refuseLine(line, std::string("no tab; each row must be ") + shape);
  }
  if (row.find('\t', tab + 1) != std::string_view::npos) refuseLine(line, "more than one tab");
  const std::string_view left = row.substr(0, tab), right = row.substr(tab + 1);
  LabelledSequence ex;
  switch (d.kind) {
    case TaskKind::Classify: {
      if (splitTokens(left, Tokens::Words).size() != 1) refuseLine(line, "the label must be one word, got '" + std::string(left) + "'");
      ex.tokens = idsOf(d.inputs, sideTokens(right, d.tokens, line, "text"));
      ex.labels = {d.labels.add(splitTokens(left, Tokens::Words)[0])};
      break;
    }
    case TaskKind::Tag: {
      const auto text = sideTokens(left, d.tokens, line, "text");
      const auto tags = sideTokens(right, d.tokens, line, "tag sequence");
      if (tags.size() != text.size())
        refuseLine(line, std::to_string(tags.size()) + " tags for " + std::to_string(text.size()) + " " +
                             unitName(d.tokens, text.size() != 1) + "; each needs one");
      ex.tokens = idsOf(d.inputs, text);
      ex.labels = idsOf(d.labels, tags);
      break;
    }
    case TaskKind::Seq2Seq:
      ex.tokens = idsOf(d.inputs, sideTokens(left, d.tokens, line, "source"));
      ex.labels = idsOf(d.labels, sideTokens(right, d.tokens, line, "target"));
      break;
    case TaskKind::Caption:
    case TaskKind::Vqa: break;  // parseTaskFile refuses them first: they read pictures
  }
  d.examples.push_back(std::move(ex));
}
}  // namespace

std::string toString(TaskKind k) { return enumName(k, kKinds); }
TaskKind taskKindFromString(const std::string& s) { return parseEnum(s, "task", kKinds); }

int TokenVocabulary::find(std::string_view name) const {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

int TokenVocabulary::add(std::string_view name) {
  const int id = find(name);
  if (id >= 0) return id;
  names.emplace_back(name);
  return size() - 1;
}

std::vector<std::string> splitTokens(std::string_view text, Tokens how) {
  std::vector<std::string> out;
  if (how == Tokens::Characters) {
    for (char32_t c : decodeUtf8(text)) out.push_back(encodeUtf8(c));
    return out;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

TaskData parseTaskFile(std::string_view text, TaskKind kind, Tokens how) {
  if (kind == TaskKind::Caption || kind == TaskKind::Vqa)
    throw Error("the " + toString(kind) + " task learns from the built-in pictures (builtin:shapes-" + toString(kind) +
                "), not from a file");
  try {
    decodeUtf8(text);
  } catch (const Error& e) {
    throw Error(std::string("not a UTF-8 text file (") + e.what() + ")");
  }
  TaskData d;
  d.kind = kind;
  d.tokens = how;
  d.inputs.add(kPadToken);
  if (kind == TaskKind::Seq2Seq)
    for (auto special : {kPadToken, kStartToken, kEndToken}) d.labels.add(special);
  forEachRow(text, [&](std::string_view row, std::size_t line) {
    if (d.examples.size() == kMaxExamples) refuseLine(line, "more than " + std::to_string(kMaxExamples) + " examples");
    parseRow(d, row, line);
  });
  if (d.examples.empty()) throw Error("the file holds no examples");
  if (kind == TaskKind::Classify && d.labels.size() < 2)
    throw Error("every row has the label '" + d.labels.names[0] + "'; a classifier needs at least two labels");
  return d;
}

std::string joinTokens(const TokenVocabulary& v, const std::vector<std::int32_t>& ids, Tokens how) {
  std::string out;
  for (auto id : ids) {
    if (id < 0 || id >= v.size() || v.names[id] == kPadToken) continue;
    if (how == Tokens::Words && !out.empty()) out += ' ';
    out += v.names[id];
  }
  return out;
}

}  // namespace rnnscope
