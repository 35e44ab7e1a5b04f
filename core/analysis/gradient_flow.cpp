#include "core/analysis/gradient_flow.h"

#include <algorithm>
#include <tuple>

#include "core/nn/recurrent_layer.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

// ||dL_t/dh_k|| (and ||dL_t/dc_k||) for k = 0..T-1 in every layer, where L_t is the loss at
// step t of stream b alone: one backward pass of the stream through time from the gradient
// L_t sends into the top layer, W_hy^T (p_t - onehot(y_t)), without weight gradients.
// `streams` are the stream's single-column caches, one per layer (rewritten on the way).
template <class S>
LastLossGradients sourceLossGradientNorms(const Model<S>& model, std::vector<LayerCache<S>>& streams, Index b, int t,
                                          bool withInput = false) {
  const int L = model.config().layers, T = model.lastSteps(), B = model.lastBatch();
  const Index n = Index(t) * B + b;
  Vec<S> dlogits = model.probabilities().col(n);
  dlogits[model.lastTargets()[static_cast<std::size_t>(n)]] -= S(1);
  Mat<S> dOut = Mat<S>::Zero(model.config().hidden, T);
  dOut.col(t) = model.params().value(model.headWeightId()).transpose() * dlogits;

  LastLossGradients norms;
  norms.dhNorm.resize(static_cast<std::size_t>(L));
  norms.dcNorm.resize(static_cast<std::size_t>(L));
  Mat<S> dBelow;
  for (int l = L - 1; l >= 0; --l) {
    LayerCache<S>& one = streams[static_cast<std::size_t>(l)];
    const auto w = model.layerWeights(l);
    layerBackwardThroughTime(w, one, dOut);
    norms.dhNorm[static_cast<std::size_t>(l)].assign(one.dhNorm.begin(), one.dhNorm.end());
    norms.dcNorm[static_cast<std::size_t>(l)].assign(one.dcNorm.begin(), one.dcNorm.end());
    if (l == 0 && !withInput) return norms;
    layerInputGradient(w, one, dBelow);  // dL_t/dx of this layer: the layer below's output, or the input
    if (l > 0) dOut.swap(dBelow);
  }
  // dBelow now holds dL_t/dx_k of the bottom layer, [I, T]
  norms.inputNorm.resize(static_cast<std::size_t>(T));
  for (int k = 0; k < T; ++k) norms.inputNorm[static_cast<std::size_t>(k)] = static_cast<double>(dBelow.col(k).norm());
  return norms;
}

template <class S>
std::vector<LayerCache<S>> streamCaches(const Model<S>& model, Index b) {
  const int T = model.lastSteps(), B = model.lastBatch();
  if (T == 0 || model.lastTargets().size() != static_cast<std::size_t>(T) * B || b < 0 || b >= B)
    throw Error("the per-position loss gradients need a window with a loss, and an existing stream");
  std::vector<LayerCache<S>> streams;
  for (int l = 0; l < model.config().layers; ++l) streams.push_back(singleStreamCache(model.layerCache(l), b));
  return streams;
}

}  // namespace

template <class S>
LastLossGradients lastLossGradientNorms(const Model<S>& model, Index b, bool withInputSaliency) {
  auto streams = streamCaches(model, b);
  return sourceLossGradientNorms(model, streams, b, model.lastSteps() - 1, withInputSaliency);
}

template <class S>
std::vector<double> inputSaliency(const Model<S>& model, int t, Index b) {
  if (t < 0 || t >= model.lastSteps()) throw Error("input saliency: step " + std::to_string(t) + " is not in the window");
  auto streams = streamCaches(model, b);
  auto norms = sourceLossGradientNorms(model, streams, b, t, true).inputNorm;
  norms.resize(static_cast<std::size_t>(t) + 1);  // later inputs cannot reach L_t: exactly 0
  return norms;
}

template <class S>
LossHorizon lossHorizon(const Model<S>& model, Index b) {
  auto streams = streamCaches(model, b);
  const int L = model.config().layers, T = model.lastSteps();
  LossHorizon h;
  h.dhNorm.assign(static_cast<std::size_t>(L), std::vector<std::vector<double>>(static_cast<std::size_t>(T)));
  for (int t = 0; t < T; ++t) {
    const auto norms = sourceLossGradientNorms(model, streams, b, t);
    for (std::size_t l = 0; l < static_cast<std::size_t>(L); ++l)
      h.dhNorm[l][static_cast<std::size_t>(t)].assign(norms.dhNorm[l].begin(),
                                                       norms.dhNorm[l].begin() + static_cast<std::ptrdiff_t>(t) + 1);
  }
  return h;
}

template <class S>
std::pair<std::vector<std::vector<double>>, std::vector<std::vector<double>>> gatedPathProducts(const Model<S>& model,
                                                                                                 Index b) {
  std::vector<std::vector<double>> maxima, medians;
  const auto& cfg = model.config();
  if (cfg.cell == CellKind::Rnn) return {maxima, medians};
  const int T = model.lastSteps(), B = model.lastBatch();
  const Index H = cfg.hidden;
  // The carrying gate is rows H..2H in both orders: LSTM (i, f, g, o) and GRU (r, z, n).
  const bool oneMinus = cfg.cell == CellKind::Gru && cfg.gruVariant == GruVariant::Classic;
  for (int l = 0; l < cfg.layers; ++l) {
    const auto& gates = model.layerCache(l).gates;
    Vec<double> product = Vec<double>::Ones(H);
    std::vector<double> mx, md, column(static_cast<std::size_t>(H));
    for (int d = 1; d <= T; ++d) {
      const Index n = Index(T - d) * B + b;
      const Vec<double> a = gates.col(n).segment(H, H).template cast<double>();
      product.array() *= oneMinus ? (1.0 - a.array()).eval() : a.array().eval();
      mx.push_back(product.maxCoeff());
      Vec<double>::Map(column.data(), H) = product;
      std::nth_element(column.begin(), column.begin() + H / 2, column.end());
      md.push_back(column[static_cast<std::size_t>(H / 2)]);
    }
    maxima.push_back(std::move(mx));
    medians.push_back(std::move(md));
  }
  return {maxima, medians};
}

template <class S>
GradientFlowRecord gradientFlowOf(const Model<S>& model, std::int64_t step, const ClipReport& clip, bool withLastLoss) {
  GradientFlowRecord r;
  r.step = step;
  r.weightsStep = step - 1;
  r.clip = clip;
  for (int l = 0; l < model.config().layers; ++l) {
    const auto& c = model.layerCache(l);
    r.dhNorm.emplace_back(c.dhNorm.begin(), c.dhNorm.end());
    r.dcNorm.emplace_back(c.dcNorm.begin(), c.dcNorm.end());
  }
  if (withLastLoss) {
    auto last = lastLossGradientNorms(model);
    r.lastLossDhNorm = std::move(last.dhNorm);
    if (model.config().cell == CellKind::Lstm) r.lastLossDcNorm = std::move(last.dcNorm);
  }
  std::tie(r.gatedPathMax, r.gatedPathMedian) = gatedPathProducts(model);
  return r;
}

std::vector<double> relativeByDistance(const std::vector<double>& byTime) {
  if (byTime.empty() || !(byTime.back() > 0)) return {};
  std::vector<double> r(byTime.rbegin(), byTime.rend());
  for (double& v : r) v /= byTime.back();
  return r;
}

void GradientFlowHistory::push(GradientFlowRecord r) {
  records_.push_back(std::move(r));
  while (records_.size() > capacity_) records_.pop_front();
}

template LastLossGradients lastLossGradientNorms<float>(const Model<float>&, Index, bool);
template LastLossGradients lastLossGradientNorms<double>(const Model<double>&, Index, bool);
template std::vector<double> inputSaliency<float>(const Model<float>&, int, Index);
template std::vector<double> inputSaliency<double>(const Model<double>&, int, Index);
template LossHorizon lossHorizon<float>(const Model<float>&, Index);
template LossHorizon lossHorizon<double>(const Model<double>&, Index);
template std::pair<std::vector<std::vector<double>>, std::vector<std::vector<double>>> gatedPathProducts<float>(
    const Model<float>&, Index);
template std::pair<std::vector<std::vector<double>>, std::vector<std::vector<double>>> gatedPathProducts<double>(
    const Model<double>&, Index);
template GradientFlowRecord gradientFlowOf<float>(const Model<float>&, std::int64_t, const ClipReport&, bool);
template GradientFlowRecord gradientFlowOf<double>(const Model<double>&, std::int64_t, const ClipReport&, bool);

}  // namespace rnnscope
