// Any bytes as a training text: a corpus whose tokens decode back to its text, or
// rnnscope::Error (empty, binary, invalid UTF-8).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/data/corpus.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rnnscope::Corpus corpus;
  try {
    corpus = rnnscope::corpusFromUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  } catch (const rnnscope::Error&) {
    return 0;
  }
  if (corpus.vocab.decode(corpus.tokens) != corpus.text) std::abort();
  return 0;
}
