#pragma once
// How much memory a training configuration needs, counted buffer by buffer from the shapes
// the model, its window caches and the optimiser allocate (core/nn/layer_cache.h), so that
// settings that cannot fit are refused before anything is allocated.
#include <cstdint>

#include "core/train/trainer.h"

namespace rnnscope {

struct MemoryEstimate {
  std::uint64_t parameters = 0;  // values, gradients and two optimiser buffers
  std::uint64_t activations = 0; // the window's forward and backward caches
  std::uint64_t total() const;  // saturates
};

// For a config whose model.vocabSize is set; `windowSteps` is the window length T (seqLen,
// or the whole stream for full BPTT). Counts in the config's dtype; saturates instead of
// overflowing for absurd settings.
MemoryEstimate estimateTrainingMemory(const TrainConfig& config, std::uint64_t windowSteps);

// MemAvailable of /proc/meminfo in bytes; 0 when it cannot be read.
std::uint64_t availableMemoryBytes();

}  // namespace rnnscope
