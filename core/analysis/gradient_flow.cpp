#include "core/analysis/gradient_flow.h"

#include "core/nn/recurrent_layer.h"
#include "core/util/error.h"

namespace rnnscope {

template <class S>
std::vector<std::vector<double>> lastLossGradientNorms(const Model<S>& model, Index b) {
  const int L = model.config().layers, T = model.lastSteps(), B = model.lastBatch();
  if (T == 0 || model.lastTargets().size() != static_cast<std::size_t>(T) * B || b < 0 || b >= B)
    throw Error("the last-position gradient needs a window with a loss, and an existing stream");
  // dL_T/dlogits = p - onehot(y) at (T-1, b); dL_T/dh_top = W_hy^T (p - onehot(y))
  const Index last = Index(T - 1) * B + b;
  Vec<S> dlogits = model.probabilities().col(last);
  dlogits[model.lastTargets()[static_cast<std::size_t>(last)]] -= S(1);
  Mat<S> dOut = Mat<S>::Zero(model.config().hidden, T);
  dOut.col(T - 1) = model.params().value(model.headWeightId()).transpose() * dlogits;

  std::vector<std::vector<double>> norms(static_cast<std::size_t>(L));
  Mat<S> dBelow;
  for (int l = L - 1; l >= 0; --l) {
    auto one = singleStreamCache(model.layerCache(l), b);
    const auto w = model.layerWeights(l);
    layerBackwardThroughTime(w, one, dOut);
    norms[static_cast<std::size_t>(l)].assign(one.dhNorm.begin(), one.dhNorm.end());
    if (l > 0) {
      layerInputGradient(w, one, dBelow);
      dOut.swap(dBelow);
    }
  }
  return norms;
}

template <class S>
GradientFlowRecord gradientFlowOf(const Model<S>& model, std::int64_t step, const ClipReport& clip, bool withLastLoss) {
  GradientFlowRecord r;
  r.step = step;
  r.clip = clip;
  for (int l = 0; l < model.config().layers; ++l) {
    const auto& c = model.layerCache(l);
    r.dhNorm.emplace_back(c.dhNorm.begin(), c.dhNorm.end());
    r.dcNorm.emplace_back(c.dcNorm.begin(), c.dcNorm.end());
  }
  if (withLastLoss) r.lastLossDhNorm = lastLossGradientNorms(model);
  return r;
}

void GradientFlowHistory::push(GradientFlowRecord r) {
  records_.push_back(std::move(r));
  while (records_.size() > capacity_) records_.pop_front();
}

template std::vector<std::vector<double>> lastLossGradientNorms<float>(const Model<float>&, Index);
template std::vector<std::vector<double>> lastLossGradientNorms<double>(const Model<double>&, Index);
template GradientFlowRecord gradientFlowOf<float>(const Model<float>&, std::int64_t, const ClipReport&, bool);
template GradientFlowRecord gradientFlowOf<double>(const Model<double>&, std::int64_t, const ClipReport&, bool);

}  // namespace rnnscope
