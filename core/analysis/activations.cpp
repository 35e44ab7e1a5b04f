#include "core/analysis/activations.h"

#include <algorithm>
#include <numeric>

#include "core/util/error.h"

namespace rnnscope {

const ActivationTensor* ActivationRecord::find(const std::string& kind, int layer) const {
  for (const auto& t : tensors)
    if (t.kind == kind && t.layer == layer) return &t;
  return nullptr;
}

namespace {
std::string letter(TensorKind kind) { return std::string(letterOf(kind)); }

// rows [first, first + H) of a [*, cols] column-per-step matrix, as [cols, H] floats
template <class Block>
RowMat<float> stepsAsRows(const Block& m) {
  return m.transpose().template cast<float>();
}
}  // namespace

template <class S>
ActivationRecord recordActivations(Model<S>& model, const Vocabulary& vocab, std::u32string_view text) {
  if (text.empty()) throw Error("the probe text is empty");
  if (text.size() > kMaxProbeChars)
    throw Error("the probe text has " + std::to_string(text.size()) + " characters; the limit is " +
                std::to_string(kMaxProbeChars));
  const auto tokens = vocab.encode(text);
  const auto& cfg = model.config();
  auto state = model.zeroState(1);
  model.forward(tokens, 1, state);
  model.computeProbabilities();

  ActivationRecord r;
  r.text = std::u32string(text);
  const Index T = static_cast<Index>(tokens.size()), H = cfg.hidden;
  for (int l = 0; l < cfg.layers; ++l)
    r.tensors.push_back({letter(TensorKind::Hidden), l, stepsAsRows(model.layerCache(l).h.rightCols(T))});
  if (cfg.cell == CellKind::Lstm)
    for (int l = 0; l < cfg.layers; ++l)
      r.tensors.push_back({letter(TensorKind::CellState), l, stepsAsRows(model.layerCache(l).c.rightCols(T))});
  if (cfg.cell != CellKind::Rnn) {
    for (int l = 0; l < cfg.layers; ++l) {
      const auto& gates = model.layerCache(l).gates;  // [GH, T]
      Index block = 0;
      for (TensorKind kind : recurrentBlocks(cfg.cell))
        r.tensors.push_back({letter(kind), l, stepsAsRows(gates.middleRows(block++ * H, H))});
    }
  }
  const auto& probs = model.probabilities();  // [V, T]
  std::vector<int> order(static_cast<std::size_t>(cfg.vocabSize));
  r.topNext.resize(static_cast<std::size_t>(T));
  for (Index t = 0; t < T; ++t) {
    std::iota(order.begin(), order.end(), 0);
    const auto k = std::min<std::size_t>(5, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](int a, int b) { return probs(a, t) > probs(b, t); });
    for (std::size_t j = 0; j < k; ++j)
      r.topNext[static_cast<std::size_t>(t)][j] = {vocab.at(order[j]), static_cast<float>(probs(order[j], t))};
  }
  return r;
}

std::vector<GateSaturation> gateSaturation(const ActivationRecord& record) {
  std::vector<GateSaturation> out;
  for (const auto& t : record.tensors) {
    if (!t.isGate()) continue;
    const bool tanhGate = !tensorKindNamed(t.kind)->sigmoid;  // isGate(): a known letter
    GateSaturation s{t.kind, t.layer, {}, {}};
    const Index T = t.values.rows();
    for (Index u = 0; u < t.values.cols(); ++u) {
      int low = 0, high = 0;
      for (Index k = 0; k < T; ++k) {
        const float v = tanhGate ? (t.values(k, u) + 1.0f) / 2.0f : t.values(k, u);
        low += v < 0.1f;
        high += v > 0.9f;
      }
      s.fractionLow.push_back(double(low) / double(T));
      s.fractionHigh.push_back(double(high) / double(T));
    }
    out.push_back(std::move(s));
  }
  return out;
}

template ActivationRecord recordActivations<float>(Model<float>&, const Vocabulary&, std::u32string_view);
template ActivationRecord recordActivations<double>(Model<double>&, const Vocabulary&, std::u32string_view);

}  // namespace rnnscope
