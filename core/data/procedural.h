#pragma once
// Corpora the project writes itself, seeded and of any size: for the lessons on what single
// cells learn, dialogue-rich prose (a cell that knows it is inside a quotation) and indented
// C-like code (cells that track nesting depth, brackets, strings and comments); for the lesson
// on truncated BPTT, records whose answer repeats a key written a fixed distance earlier.
// The same seed gives the same text on every platform and standard library: the generators
// draw from their own integer random generator and never from <random>'s distributions.
#include <cstdint>
#include <string>

namespace rnnscope {

// Paragraphs mixing English narration and quoted speech in Vietnamese ("straight" quotes
// mostly, some “curly” ones). Each paragraph ends with a line break.
std::string generateDialogue(std::size_t approxChars, std::uint64_t seed);

// C-like functions with nested blocks, 4-space indentation equal to the brace depth, comments
// and string literals. Functions are separated by a blank line.
std::string generateCode(std::size_t approxChars, std::uint64_t seed);

// Records of distance D (2 to 200; Error otherwise), one per line:
//   key, D-2 digits, '=', key, '\n'      e.g. for D = 6:  "c3071=c\n"
// The key is one of the 8 letters a-h and the digits are 0-9, all drawn uniformly. The answer
// (the key again) stands exactly D positions after the key it repeats, so predicting it takes
// a memory of D steps; the key and the digits cannot be predicted at all, and '=' and '\n'
// only by counting from the start of the record.
inline constexpr int kMinRecallDistance = 2, kMaxRecallDistance = 200;
inline constexpr char32_t kRecallMarker = U'=';  // the answer is the character after it
inline constexpr int kRecallKeys = 8;              // keys a-h: guessing the answer costs ln 8 nats
std::string generateRecall(std::size_t approxChars, int distance, std::uint64_t seed);

// All three return whole units (paragraphs, functions, records) of valid UTF-8, at least 90% of
// approxChars characters long and at most 110% once approxChars is well above the size of one
// unit (about 300 characters for dialogue, 4000 for code, D + 2 for recall). With the same
// seed, a shorter corpus is the beginning of a longer one.

// kind "dialogue", "code" or "recall-D" (e.g. "recall-24"); anything else throws Error.
std::string builtinCorpus(const std::string& kind, std::size_t approxChars, std::uint64_t seed);

}  // namespace rnnscope
