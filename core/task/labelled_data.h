#pragma once
// The data of the sequence tasks (docs/tasks.md): examples with labels, the vocabularies that
// name their ids, and the files users bring. A file is read whole or refused whole: the first
// malformed row stops the load with its line number and what is wrong, and nothing is kept.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rnnscope {

enum class TaskKind {
  Classify,  // many-to-one: a sequence in, one label out of the last state
  Tag,       // many-to-many in step: a label per input position
  Seq2Seq,   // many-to-many out of step: an encoder's last state starts a decoder
  Caption,   // one-to-many: a picture's features start a decoder that writes its caption
  Vqa,       // a picture and a question's last state, together, choose an answer
};

std::string toString(TaskKind k);
TaskKind taskKindFromString(const std::string& s);

// How a text becomes tokens: one per character (code point), or one per word (split on spaces).
enum class Tokens { Characters, Words };

// id -> text of a token or label; id 0 of an input vocabulary is the padding token.
struct TokenVocabulary {
  std::vector<std::string> names;
  int size() const { return static_cast<int>(names.size()); }
  int find(std::string_view name) const;  // -1 when absent
  int add(std::string_view name);         // the id, new or existing
};

inline constexpr std::string_view kPadToken = "<pad>";
inline constexpr std::string_view kStartToken = "<s>";   // seq2seq: the decoder's first input
inline constexpr std::string_view kEndToken = "</s>";    // seq2seq: the decoder's last target

struct LabelledSequence {
  std::vector<std::int32_t> tokens;  // [T_i] input ids
  std::vector<std::int32_t> labels;  // classify, vqa [1], tag [T_i] label ids; seq2seq, caption [U_i] output ids
  std::vector<float> image;          // caption, vqa: the picture's pixels in [0, 1] (core/task/shapes.h)
};

struct TaskData {
  TaskKind kind = TaskKind::Classify;
  Tokens tokens = Tokens::Characters;
  TokenVocabulary inputs;  // input tokens, <pad> first
  TokenVocabulary labels;  // classify/tag/vqa: label names; seq2seq/caption: output tokens (<pad>, <s>, </s> first)
  std::vector<LabelledSequence> examples;
};

// Splits a text into tokens: its code points, or its words (runs of non-space characters).
std::vector<std::string> splitTokens(std::string_view text, Tokens how);

// Calls row(text, lineNumber) for every line of `text` that holds more than spaces and tabs,
// its '\r' before '\n' removed; lines count from 1.
template <class Row>
void forEachRow(std::string_view text, Row&& row) {
  std::size_t lineNumber = 0, start = 0;
  while (start < text.size()) {
    ++lineNumber;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) row(line, lineNumber);
  }
}

// Files users bring, one example per line (empty lines skipped, '\r' before '\n' allowed):
//   classify  label<TAB>text
//   tag       text<TAB>tags   one tag per token of the text: characters for Tokens::Characters
//                             (tags as characters, same count), words for Tokens::Words
//                             (space-separated tags, same count)
//   seq2seq   source<TAB>target
// Throws rnnscope::Error "line N: ..." for the first malformed row; the limits are 1 000 000
// examples and 4096 tokens per sequence. Caption and vqa have no file format: they learn from the
// built-in pictures.
TaskData parseTaskFile(std::string_view text, TaskKind kind, Tokens how);

// The text of an example's input ids (words joined by spaces), for the predictions panel and the CLI.
std::string joinTokens(const TokenVocabulary& v, const std::vector<std::int32_t>& ids, Tokens how);

}  // namespace rnnscope
