#pragma once
// What every cell did while the model read a probe text, character by character, and what the
// model expected next: the material of the cell view and of cell finding.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/tensor_kind.h"
#include "core/data/corpus.h"
#include "core/nn/model.h"

namespace rnnscope {

// One recorded quantity of one layer: row t is its value after reading character t. [T, H]
struct ActivationTensor {
  std::string kind;  // a TensorKind's letter (core/analysis/tensor_kind.h)
  int layer = 0;
  RowMat<float> values;
  std::string name() const { return kind + "_l" + std::to_string(layer); }
  bool isGate() const {
    const TensorKindInfo* info = tensorKindNamed(kind);
    return info && info->gate;
  }
};

struct Prediction {
  char32_t character = 0;
  float probability = 0;
};

struct ActivationRecord {
  std::u32string text;
  std::vector<ActivationTensor> tensors;               // h of every layer, then c, then gates
  std::vector<std::array<Prediction, 5>> topNext;      // [T] the five likeliest next characters
  const ActivationTensor* find(const std::string& kind, int layer) const;
};

inline constexpr std::size_t kMaxProbeChars = 100000;

// Runs the text through the model from the zero state (one stream). Characters outside the
// vocabulary are refused with an error naming the first one.
template <class S>
ActivationRecord recordActivations(Model<S>& model, const Vocabulary& vocab, std::u32string_view text);

// Per cell and gate: the fraction of the text during which the gate was below 0.1 (closed)
// and above 0.9 (open). The n gate of a GRU and g of an LSTM are tanh, read on [0, 1] as (x+1)/2.
struct GateSaturation {
  std::string kind;
  int layer = 0;
  std::vector<double> fractionLow, fractionHigh;  // [H]
};
std::vector<GateSaturation> gateSaturation(const ActivationRecord& record);

}  // namespace rnnscope
