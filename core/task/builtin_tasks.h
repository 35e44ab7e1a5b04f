#pragma once
// Task data the project writes itself (docs/tasks.md, "Built-in data"), seeded and of any size.
// Each generator writes the very file format users bring (core/task/labelled_data.h), so the
// built-ins go through the same parser and can be saved as examples of the format.
//   sentiment-en-D, sentiment-vi-D  classify, words: short film reviews in English or Vietnamese
//       whose label is decided by one adjective with exactly D words after it (1 <= D <= 200),
//       negated ("not bad", "không hay") in about a third of them; every other word is neutral.
//   quote-code-number  tag, characters: sentences with "quoted speech", `code` and numbers; each
//       character is tagged q (inside or on a quotation mark), c (inside or on a backtick),
//       n (a digit elsewhere) or . (anything else).
//   reverse  seq2seq, characters: a string of 3-8 letters a-h and the same letters reversed.
//   addition seq2seq, characters: "12+35" and its sum "47", operands 0-99.
//   shapes-caption, shapes-vqa  caption and vqa, words: pictures of shapes (core/task/shapes.h);
//       they have no text form, so builtinTaskText refuses them and loadTaskSource makes them.
// The same seed gives the same examples on every platform.
#include <cstdint>
#include <optional>
#include <string>

#include "core/task/labelled_data.h"

namespace rnnscope {

struct BuiltinTaskShape {
  TaskKind kind;
  Tokens tokens;
};

// The kind and tokens of a built-in name; Error naming the choices for anything else.
BuiltinTaskShape builtinTaskShape(const std::string& name);

// `examples` rows (1 to 1 000 000) of the named data, one per line.
std::string builtinTaskText(const std::string& name, std::size_t examples, std::uint64_t seed);

// Where a task's data comes from: "builtin:NAME[:EXAMPLES[:SEED]]" (default 20000 examples,
// seed 1) or a file of the task's format, with its tokens (a built-in decides its own). The
// text is returned as well, for the run's fingerprint. Files over 256 MiB are refused.
struct LoadedTaskData {
  TaskData data;
  std::string text;
};
inline constexpr std::size_t kDefaultBuiltinExamples = 20000;
LoadedTaskData loadTaskSource(const std::string& spec, TaskKind kind, Tokens tokens);

// The kind and tokens of a source: a built-in's ("builtin:NAME[:N[:SEED]]"; Error for an unknown
// name), nullopt for a file.
std::optional<BuiltinTaskShape> builtinShapeOfSource(const std::string& source);

// The decisive adjective's distance of a sentiment name ("sentiment-en-20" -> 20), 0 otherwise.
int sentimentDistance(const std::string& name);

}  // namespace rnnscope
