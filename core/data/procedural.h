#pragma once
// Two corpora the project writes itself, seeded and of any size, for the lessons on what
// single cells learn: dialogue-rich prose (a cell that knows it is inside a quotation) and
// indented C-like code (cells that track nesting depth, brackets, strings and comments).
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

// Both return whole units (paragraphs, functions) of valid UTF-8, at least 90% of approxChars
// characters long and at most 110% once approxChars is well above the size of one unit (about
// 300 characters for dialogue, 4000 for code). With the same seed, a shorter corpus is the
// beginning of a longer one.

// kind "dialogue" or "code"; anything else throws Error.
std::string builtinCorpus(const std::string& kind, std::size_t approxChars, std::uint64_t seed);

}  // namespace rnnscope
