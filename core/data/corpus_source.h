#pragma once
// Where a training text comes from: a UTF-8 file, or one of the corpora the project generates
// ("builtin:dialogue", "builtin:code", "builtin:recall-D" with D from 2 to 200, optionally
// ":CHARS" and ":SEED", e.g. builtin:code:200000:7 or builtin:recall-24:60000:1).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/data/corpus.h"

namespace rnnscope {

inline constexpr std::size_t kDefaultBuiltinChars = 400000;

bool isBuiltinCorpus(const std::string& spec);
// builtin:recall-D: the text whose answers (the character after each kRecallMarker) the engine
// and the loss view measure on their own.
bool isRecallCorpus(const std::string& spec);
Corpus loadCorpusSource(const std::string& spec);

// FNV-1a, 64 bits: a cheap fingerprint that tells a resumed run its text has changed.
std::uint64_t fingerprint(std::u32string_view text);

}  // namespace rnnscope
