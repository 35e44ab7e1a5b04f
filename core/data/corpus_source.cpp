#include "core/data/corpus_source.h"

#include <charconv>
#include <vector>

#include "core/data/procedural.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {
std::vector<std::string> splitColons(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ':') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::uint64_t parseCount(const std::string& s, const std::string& spec, std::uint64_t lo, std::uint64_t hi) {
  std::uint64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi)
    throw Error("in '" + spec + "': '" + s + "' must be a whole number between " + std::to_string(lo) + " and " +
                std::to_string(hi));
  return v;
}
}  // namespace

bool isBuiltinCorpus(const std::string& spec) { return spec.rfind("builtin:", 0) == 0; }

bool isRecallCorpus(const std::string& spec) { return spec.rfind("builtin:recall-", 0) == 0; }

Corpus loadCorpusSource(const std::string& spec) {
  if (!isBuiltinCorpus(spec)) return loadCorpusFile(spec);
  const auto parts = splitColons(spec);
  if (parts.size() < 2 || parts.size() > 4)
    throw Error("a built-in corpus is named builtin:KIND[:CHARS[:SEED]] with KIND dialogue, code or recall-D, got '" +
                spec + "'");
  const std::size_t chars = parts.size() > 2 ? parseCount(parts[2], spec, 1000, 100000000) : kDefaultBuiltinChars;
  const std::uint64_t seed = parts.size() > 3 ? parseCount(parts[3], spec, 0, ~0ULL) : 1;
  return corpusFromUtf8(builtinCorpus(parts[1], chars, seed), spec);
}

std::uint64_t fingerprint(std::u32string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char32_t c : text) {
    for (int k = 0; k < 4; ++k) {
      h ^= (static_cast<std::uint32_t>(c) >> (8 * k)) & 0xFFu;
      h *= 0x100000001b3ULL;
    }
  }
  return h;
}

}  // namespace rnnscope
