#pragma once
// A training text: its code points, a stable vocabulary, and the text as vocabulary indices.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rnnscope {

// The characters a model knows, each with an index. Built from a text it is the sorted set of
// distinct code points, so the same text always gives the same indices; read back from a
// checkpoint it keeps exactly the order stored there.
class Vocabulary {
public:
  Vocabulary() = default;  // empty: a placeholder until a text or checkpoint provides one
  static Vocabulary fromText(std::u32string_view text);
  // Refuses an empty list, duplicates and values that are not Unicode scalar values.
  static Vocabulary fromCodePoints(std::vector<char32_t> points);

  int size() const { return static_cast<int>(points_.size()); }
  int indexOf(char32_t c) const;  // -1 when absent; O(1) below U+0100, O(log n) above
  char32_t at(int index) const;   // Error when index is outside [0, size)
  const std::vector<char32_t>& codePoints() const { return points_; }

  // Error naming the first character that is not in the vocabulary.
  std::vector<std::int32_t> encode(std::u32string_view text) const;
  std::u32string decode(std::span<const std::int32_t> tokens) const;
  // The text with every character outside the vocabulary replaced by a space (or, without one,
  // the first entry), so that any pasted text can be fed to the model.
  std::u32string fit(std::u32string text) const;

private:
  static constexpr char32_t kDirect = 0x100;  // code points looked up in a table, not a search

  std::vector<char32_t> points_;                 // index -> code point
  std::array<std::int32_t, kDirect> direct_{};   // code point -> index + 1 (0: absent)
  std::vector<std::pair<char32_t, int>> others_;  // the rest, sorted by code point
};

struct Corpus {
  std::string name;
  std::u32string text;
  Vocabulary vocab;
  std::vector<std::int32_t> tokens;  // [N] the text as vocabulary indices
};

// Decodes and checks a text. Empty text, binary data (a NUL byte, or more than 1% control
// characters other than \t \n \r \f \v) and invalid UTF-8 are refused, each with its own
// message that starts with `name`.
Corpus corpusFromUtf8(std::string_view bytes, std::string name);

// A file's bytes. Refuses a missing or unreadable file, a directory, and a file larger than
// maxBytes (also one that grows past it while being read), each with one message naming `path`.
std::string readWholeFile(const std::string& path, std::size_t maxBytes);

// As corpusFromUtf8, for a file (named by its path). Also refuses a missing or unreadable file,
// a directory, and a file larger than maxBytes.
Corpus loadCorpusFile(const std::string& path, std::size_t maxBytes = std::size_t(256) << 20);

struct Split {
  std::vector<std::int32_t> train, validation;
};
// Holds out the last `validationFraction` (0 to 0.5) of the text for validation: the end of a
// text, rather than random pieces, so validation measures passages training never saw.
Split splitTrainValidation(const std::vector<std::int32_t>& tokens, double validationFraction);

// The text the analysis probes by default: a stretch of the validation text (unseen in
// training) of at most 1500 characters, or the start of the corpus when there is too little.
std::u32string defaultProbeText(const Corpus& corpus, std::span<const std::int32_t> validation);

// "'A' (U+0041)" for messages; control characters appear as their code alone.
std::string describeCharacter(char32_t c);

}  // namespace rnnscope
