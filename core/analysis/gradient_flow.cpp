#include "core/analysis/gradient_flow.h"

#include <algorithm>
#include <tuple>

#include "core/nn/recurrent_layer.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

// dL/d(top layer's output) of the losses at steps first..last of stream b, L_t alone being
// -log p_t[y_t]: column t is W_hy^T (p_t - onehot(y_t)), the other columns (and those of
// positions without a target) zero. [H, T]
template <class S>
Mat<S> headGradient(const Model<S>& model, Index b, int first, int last) {
  const int T = model.lastSteps(), B = model.lastBatch();
  const auto& headW = model.params().value(model.headWeightId());  // [V, H]
  Mat<S> dOut = Mat<S>::Zero(model.config().hidden, T);
  for (int t = first; t <= last; ++t) {
    const Index n = Index(t) * B + b;
    const std::int32_t y = model.lastTargets()[static_cast<std::size_t>(n)];
    if (y == kNoTarget) continue;  // a task's unscored position (padding) has no loss term
    Vec<S> dlogits = model.probabilities().col(n);
    dlogits[y] -= S(1);
    dOut.col(t).noalias() = headW.transpose() * dlogits;
  }
  return dOut;
}

// ||dL/dh_k|| (and ||dL/dc_k||) for k = 0..steps-1 in every layer, for the loss L whose
// gradient dOut sends into the top layer of stream b: one backward pass of the stream through
// its first `steps` steps (dOut must be zero after them), without weight gradients. `streams`
// are the stream's single-column caches, one per layer (rewritten on the way); entries from
// `steps` on are left from earlier passes.
template <class S>
LastLossGradients streamGradientNorms(const Model<S>& model, std::vector<LayerCache<S>>& streams, Mat<S> dOut,
                                      int steps, bool withInput = false) {
  const int L = model.config().layers, T = model.lastSteps();
  LastLossGradients norms;
  norms.dhNorm.resize(static_cast<std::size_t>(L));
  norms.dcNorm.resize(static_cast<std::size_t>(L));
  Mat<S> dBelow;
  for (int l = L - 1; l >= 0; --l) {
    LayerCache<S>& one = streams[static_cast<std::size_t>(l)];
    const auto w = model.layerWeights(l);
    layerBackwardThroughTime(w, one, dOut, steps);
    norms.dhNorm[static_cast<std::size_t>(l)].assign(one.dhNorm.begin(), one.dhNorm.end());
    norms.dcNorm[static_cast<std::size_t>(l)].assign(one.dcNorm.begin(), one.dcNorm.end());
    if (l == 0 && !withInput) return norms;
    dBelow.setZero(w.Wih.cols(), T);  // [I, T]: later columns stay zero, as the layer below expects
    layerInputGradient(w, one, dBelow, steps);  // dL/dx of this layer: the layer below's output, or the input
    if (l > 0) dOut.swap(dBelow);
  }
  // dBelow now holds dL/dx_k of the bottom layer, [I, T]
  norms.inputNorm.resize(static_cast<std::size_t>(T));
  for (int k = 0; k < T; ++k) norms.inputNorm[static_cast<std::size_t>(k)] = static_cast<double>(dBelow.col(k).norm());
  return norms;
}

// Stream b's single-column caches. The backward buffers start at zero, so that a pass through
// the first steps only reads zeros (never unset memory) in the columns after them.
template <class S>
std::vector<LayerCache<S>> streamCaches(const Model<S>& model, Index b) {
  const int T = model.lastSteps(), B = model.lastBatch();
  if (T == 0 || model.lastTargets().size() != static_cast<std::size_t>(T) * B || b < 0 || b >= B)
    throw Error("the per-position loss gradients need a window with a loss, and an existing stream");
  std::vector<LayerCache<S>> streams;
  for (int l = 0; l < model.config().layers; ++l) {
    streams.push_back(singleStreamCache(model.layerCache(l), b));
    LayerCache<S>& one = streams.back();
    for (Mat<S>* m : {&one.dpreIn, &one.dpreRec, &one.dprojIn, &one.dprojRec, &one.dlnC}) m->setZero();
  }
  return streams;
}

}  // namespace

template <class S>
LastLossGradients lastLossGradientNorms(const Model<S>& model, Index b, bool withInputSaliency) {
  auto streams = streamCaches(model, b);
  const int T = model.lastSteps();
  return streamGradientNorms(model, streams, headGradient(model, b, T - 1, T - 1), T, withInputSaliency);
}

template <class S>
std::vector<double> inputSaliency(const Model<S>& model, int t, Index b) {
  if (t < 0 || t >= model.lastSteps()) throw Error("input saliency: step " + std::to_string(t) + " is not in the window");
  auto streams = streamCaches(model, b);
  // a pass through steps 0..t only: L_t reaches no later input
  auto norms = streamGradientNorms(model, streams, headGradient(model, b, t, t), t + 1, true).inputNorm;
  norms.resize(static_cast<std::size_t>(t) + 1);  // later inputs cannot reach L_t: exactly 0
  return norms;
}

// Row t comes from a pass through steps 0..t only: L_t reaches no later step, so the triangle
// costs T(T+1)/2 step-backwards instead of T^2. One more pass of every loss at once gives the
// norm of the rows' vector sum (the backward pass is linear in dOut).
template <class S>
LossHorizon lossHorizon(const Model<S>& model, Index b) {
  auto streams = streamCaches(model, b);
  const int L = model.config().layers, T = model.lastSteps();
  LossHorizon h;
  h.dhNorm.assign(static_cast<std::size_t>(L), std::vector<std::vector<double>>(static_cast<std::size_t>(T)));
  for (int t = 0; t < T; ++t) {
    const auto norms = streamGradientNorms(model, streams, headGradient(model, b, t, t), t + 1);
    for (std::size_t l = 0; l < static_cast<std::size_t>(L); ++l)
      h.dhNorm[l][static_cast<std::size_t>(t)].assign(norms.dhNorm[l].begin(),
                                                       norms.dhNorm[l].begin() + static_cast<std::ptrdiff_t>(t) + 1);
  }
  h.totalDhNorm = streamGradientNorms(model, streams, headGradient(model, b, 0, T - 1), T).dhNorm;
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
  view_.reset();
}

std::shared_ptr<const std::vector<GradientFlowRecord>> GradientFlowHistory::view() const {
  if (!view_) view_ = std::make_shared<const std::vector<GradientFlowRecord>>(records_.begin(), records_.end());
  return view_;
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
