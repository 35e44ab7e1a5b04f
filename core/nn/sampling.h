#pragma once
// Generating text from a character model: feed a prime, then draw each next character from
// softmax(logits / temperature) and feed it back (one-to-many).
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/corpus.h"
#include "core/nn/model.h"

namespace rnnscope {

struct SampleOptions {
  std::u32string prime;       // fed first; empty = start from a newline (or the first character)
  int length = 200;           // characters to generate, 1..1,000,000
  double temperature = 1.0;   // 0 = always the most likely character; must be in [0, 10]
  std::uint64_t seed = 1;
  std::vector<CellClamp> clamps;  // cells held at a value while sampling
};

// Returns the generated continuation (without the prime).
template <class S>
std::u32string sampleText(Model<S>& model, const Vocabulary& vocab, const SampleOptions& options);

// Index drawn from softmax(logits / temperature) with one uniform number u in [0, 1);
// temperature 0 picks the largest logit.
template <class S>
int drawFromLogits(const Eigen::Ref<const Vec<S>>& logits, double temperature, double u);

}  // namespace rnnscope
