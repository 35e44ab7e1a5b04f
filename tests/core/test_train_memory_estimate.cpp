// The memory estimate against what a model and an optimiser really allocate for a window.
#include <gtest/gtest.h>

#include "core/train/memory_estimate.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

template <class M>
std::uint64_t bytesOf(const M& m) {
  return std::uint64_t(m.size()) * sizeof(typename M::Scalar);
}

// The buffers of the window we can see from outside: every layer's caches, logits, probabilities.
std::uint64_t allocatedActivations(const Model<float>& m) {
  std::uint64_t sum = bytesOf(m.logits()) + bytesOf(m.probabilities());
  for (int l = 0; l < m.config().layers; ++l) {
    const auto& c = m.layerCache(l);
    for (const auto* x : {&c.pre, &c.gates, &c.h, &c.c, &c.aux, &c.dpreIn, &c.dpreRec}) sum += bytesOf(*x);
  }
  return sum;
}

TEST(MemoryEstimate, CoversWhatTrainingAllocates) {
  for (const CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::Gru}) {
    for (const int embed : {0, 5}) {
      TrainConfig c;
      c.model.cell = cell;
      c.model.hidden = 7;
      c.model.layers = 2;
      c.model.embed = embed;
      c.model.vocabSize = 9;
      c.batch = 3;
      c.seqLen = 11;
      Model<float> m(c.model);
      auto state = m.zeroState(c.batch);
      const auto tokens = testing::randomTokens(std::size_t(c.batch) * c.seqLen, 9, 1);
      m.forward(tokens, c.batch, state);
      m.loss(tokens);
      m.backward();
      const auto e = estimateTrainingMemory(c, std::uint64_t(c.seqLen));
      EXPECT_EQ(e.parameters, 4 * bytesOf(m.params().values())) << toString(cell);
      const auto seen = allocatedActivations(m);
      EXPECT_GE(e.activations, seen) << toString(cell);
      EXPECT_LE(e.activations, seen + seen / 2) << toString(cell);  // the rest is a few [E|H, N] buffers
    }
  }
}

TEST(MemoryEstimate, SaturatesForAbsurdSettings) {
  TrainConfig c;
  c.model.hidden = 4096;
  c.model.layers = 4;
  c.model.vocabSize = 1 << 20;
  c.batch = 4096;
  const auto e = estimateTrainingMemory(c, std::uint64_t(1) << 40);
  EXPECT_EQ(e.total(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_GT(availableMemoryBytes(), 0u);  // Linux: /proc/meminfo
}

}  // namespace
}  // namespace rnnscope
