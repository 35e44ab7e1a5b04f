#include "core/train/memory_estimate.h"

#include <fstream>
#include <limits>
#include <string>

namespace rnnscope {

namespace {
constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

std::uint64_t mul(std::uint64_t a, std::uint64_t b) { return a != 0 && b > kMax / a ? kMax : a * b; }
std::uint64_t add(std::uint64_t a, std::uint64_t b) { return b > kMax - a ? kMax : a + b; }
}  // namespace

std::uint64_t MemoryEstimate::total() const { return add(parameters, activations); }

MemoryEstimate estimateTrainingMemory(const TrainConfig& c, std::uint64_t T) {
  const auto& m = c.model;
  const std::uint64_t H = std::uint64_t(m.hidden), G = std::uint64_t(m.gates()), V = std::uint64_t(m.vocabSize),
                      E = std::uint64_t(m.embed), B = std::uint64_t(c.batch), L = std::uint64_t(m.layers);
  const std::uint64_t N = mul(T, B), GH = mul(G, H), bytes = m.dtype == DType::F64 ? 8 : 4;
  const bool lstm = m.cell == CellKind::Lstm, gated = m.cell != CellKind::Rnn;

  std::uint64_t params = add(mul(V, E), add(mul(V, H), V));  // embed, head
  for (std::uint64_t l = 0; l < L; ++l) {
    const std::uint64_t in = l > 0 ? H : (E > 0 ? E : V);
    params = add(params, add(mul(GH, add(in, H)), 2 * GH));
    if (m.layerNorm) params = add(params, add(mul(GH, 4), lstm ? mul(H, 2) : 0));  // LN gains and biases
  }
  MemoryEstimate e;
  e.parameters = mul(mul(params, 4), bytes);  // values, gradients, two optimiser buffers

  // per layer [GH, N]: pre, gates (gated), dpreIn, dpreRec; [H, N + B]: h, c (LSTM); [H, N]: aux (gated), dBelow
  std::uint64_t perLayer = mul(mul(GH, N), gated ? 4 : 3);
  perLayer = add(perLayer, mul(mul(H, add(N, B)), lstm ? 2 : 1));
  perLayer = add(perLayer, mul(mul(H, N), gated ? 2 : 1));
  // layer norm: [GH, N] lnInHat, lnRecHat, dprojIn, dprojRec; [N] two inverse stds;
  // LSTM [H, N] lnCHat, dlnC and [N] its inverse std
  if (m.layerNorm) {
    perLayer = add(perLayer, add(mul(mul(GH, N), 4), mul(N, 2)));
    if (lstm) perLayer = add(perLayer, add(mul(mul(H, N), 2), N));
  }
  std::uint64_t cells = mul(perLayer, L);
  cells = add(cells, mul(mul(V, N), 2));          // logits, probabilities
  cells = add(cells, add(mul(E, N), mul(H, N)));  // embedded inputs, dL/dh of the top layer
  e.activations = mul(cells, bytes);
  return e;
}

std::uint64_t availableMemoryBytes() {
  std::ifstream in("/proc/meminfo");
  std::string key;
  std::uint64_t value = 0;
  std::string unit;
  while (in >> key >> value >> unit)
    if (key == "MemAvailable:") return value * 1024;
  return 0;
}

}  // namespace rnnscope
