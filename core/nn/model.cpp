#include "core/nn/model.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/nn/recurrent_layer.h"
#include "core/util/error.h"

namespace rnnscope {

template <class S>
Model<S>::Model(const ModelConfig& config) : config_(config) {
  config_.validate();
  const std::int64_t V = config_.vocabSize, E = config_.embed, H = config_.hidden;
  const std::int64_t GH = std::int64_t(config_.gates()) * H;
  if (E > 0) embed_ = params_.add("embed.weight", {V, E});
  for (int l = 0; l < config_.layers; ++l) {
    const std::string k = std::to_string(l);
    LayerIds ids;
    ids.Wih = params_.add("rnn.weight_ih_l" + k, {GH, config_.inputSize(l)});
    ids.Whh = params_.add("rnn.weight_hh_l" + k, {GH, H});
    ids.bih = params_.add("rnn.bias_ih_l" + k, {GH});
    ids.bhh = params_.add("rnn.bias_hh_l" + k, {GH});
    if (config_.layerNorm) {
      ids.lnIhW = params_.add("rnn.ln_ih_l" + k + ".weight", {GH});
      ids.lnIhB = params_.add("rnn.ln_ih_l" + k + ".bias", {GH});
      ids.lnHhW = params_.add("rnn.ln_hh_l" + k + ".weight", {GH});
      ids.lnHhB = params_.add("rnn.ln_hh_l" + k + ".bias", {GH});
      if (config_.cell == CellKind::Lstm) {
        ids.lnCW = params_.add("rnn.ln_c_l" + k + ".weight", {H});
        ids.lnCB = params_.add("rnn.ln_c_l" + k + ".bias", {H});
      }
    }
    layerIds_.push_back(ids);
  }
  if (config_.head) {
    const std::int64_t K = config_.outputs();
    headW_ = params_.add("head.weight", {K, H});
    headB_ = params_.add("head.bias", {K});
  }
  params_.finalize();

  caches_.resize(config_.layers);
  for (auto& c : caches_) {
    c.cell = config_.cell;
    c.nonlinearity = config_.nonlinearity;
    c.gruVariant = config_.gruVariant;
    c.layerNorm = config_.layerNorm;
    c.H = config_.hidden;
    c.G = config_.gates();
  }
  dBelow_.resize(config_.layers);
}

template <class S>
RecurrentState<S> Model<S>::zeroState(int batch) const {
  RecurrentState<S> s;
  for (int l = 0; l < config_.layers; ++l) {
    s.h.push_back(Mat<S>::Zero(config_.hidden, batch));
    if (config_.cell == CellKind::Lstm) s.c.push_back(Mat<S>::Zero(config_.hidden, batch));
  }
  return s;
}

template <class S>
void Model<S>::setClamps(const std::vector<CellClamp>& clamps) {
  for (const auto& k : clamps) {
    if (k.layer < 0 || k.layer >= config_.layers || k.unit < 0 || k.unit >= config_.hidden)
      throw Error("cannot clamp cell " + std::to_string(k.unit) + " of layer " + std::to_string(k.layer) +
                  ": the model has " + std::to_string(config_.layers) + " layer(s) of " + std::to_string(config_.hidden) + " cells");
    if (k.cellState && config_.cell != CellKind::Lstm) throw Error("only an LSTM has a cell state c to clamp");
    if (!std::isfinite(k.value)) throw Error("a clamp value must be a finite number");
  }
  for (auto& c : caches_) c.clamps.clear();
  for (const auto& k : clamps) caches_[k.layer].clamps.push_back(k);
}

template <class S>
void Model<S>::setRecordStateGradients(bool on) {
  for (auto& c : caches_) c.recordStateGradients = on;
}

namespace {
// The views of one layer's tensors; an absent one (id -1) is an empty view.
template <class S, class Views, class P>
Views layerViews(P& params, const typename Model<S>::LayerIds& ids, bool gradients) {
  auto view = [&](int id) {
    using MapT = decltype(Views::Wih);
    if (id < 0) return MapT(nullptr, 0, 0);
    return MapT(gradients ? params.grad(id) : params.value(id));
  };
  return Views{view(ids.Wih),   view(ids.Whh),   view(ids.bih),   view(ids.bhh), view(ids.lnIhW),
               view(ids.lnIhB), view(ids.lnHhW), view(ids.lnHhB), view(ids.lnCW), view(ids.lnCB)};
}
}  // namespace

template <class S>
LayerWeights<S> Model<S>::layerWeights(int l) const {
  return layerViews<S, LayerWeights<S>>(params_, layerIds_[l], false);
}

template <class S>
Mat<S> Model<S>::stateJacobian(int layer, int t, Index b) const {
  if (layer < 0 || layer >= config_.layers || t < 0 || t >= steps_ || b < 0 || b >= batch_)
    throw Error("no such layer, step or batch column in the last window");
  Mat<S> J;
  const Index n = config_.cell == CellKind::Lstm ? 2 * config_.hidden : config_.hidden;
  J.resize(n, n);
  layerStateJacobian(layerWeights(layer), caches_[layer], t, b, J);
  return J;
}

template <class S>
StateJacobianOperator<S> Model<S>::stateJacobianOperator(int layer, std::span<const int> steps, Index b) const {
  if (layer < 0 || layer >= config_.layers || steps_ == 0) throw Error("no such layer in the last window");
  return StateJacobianOperator<S>(layerWeights(layer), caches_[layer], steps, b);
}

template <class S>
LayerGrads<S> Model<S>::layerGrads(int l) {
  return layerViews<S, LayerGrads<S>>(params_, layerIds_[l], true);
}

template <class S>
void Model<S>::forward(std::span<const std::int32_t> inputs, int batch, RecurrentState<S>& state) {
  const Index N = static_cast<Index>(inputs.size());
  if (batch < 1 || N == 0 || N % batch != 0) throw Error("a window must hold a whole number of steps of the batch");
  if (state.batch() != batch || static_cast<int>(state.h.size()) != config_.layers)
    throw Error("the recurrent state does not match the batch size or the layer count");
  for (auto tok : inputs)
    if (tok < 0 || tok >= config_.vocabSize) throw Error("token id " + std::to_string(tok) + " is outside the vocabulary");
  batch_ = batch;
  steps_ = static_cast<int>(N / batch);
  inputs_.assign(inputs.begin(), inputs.end());

  LayerInput<S> in;
  if (embed_ >= 0) {
    const auto E = params_.value(embed_);  // [V, E]
    x0_.resize(config_.embed, N);
    for (Index n = 0; n < N; ++n) x0_.col(n) = E.row(inputs_[n]).transpose();
    in = {x0_.data(), x0_.rows(), nullptr};
  } else {
    in = {nullptr, 0, inputs_.data()};
  }
  for (int l = 0; l < config_.layers; ++l) {
    auto& c = caches_[l];
    c.resize(batch_, steps_);
    c.h.leftCols(batch_) = state.h[l];
    if (config_.cell == CellKind::Lstm) c.c.leftCols(batch_) = state.c[l];
    layerForward(layerWeights(l), c, in);
    state.h[l] = c.h.rightCols(batch_);
    if (config_.cell == CellKind::Lstm) state.c[l] = c.c.rightCols(batch_);
    in = {c.h.data() + c.h.rows() * batch_, c.h.rows(), nullptr};  // h_0..h_{T-1}: [H, N]
  }
  if (headW_ < 0) return;
  logits_.noalias() = params_.value(headW_) * in.matrix(N);
  logits_.colwise() += params_.value(headB_).col(0);
}

template <class S>
Eigen::Map<const Mat<S>> Model<S>::topOutputs() const {
  const auto& top = caches_.back();
  return {top.h.data() + top.h.rows() * batch_, top.h.rows(), Index(batch_) * steps_};
}

template <class S>
void Model<S>::computeProbabilities() {
  // softmax per column, shifted by the column maximum so exp never overflows
  probs_ = (logits_.rowwise() - logits_.colwise().maxCoeff()).array().exp();
  probs_.array().rowwise() /= probs_.colwise().sum().array();
}

template <class S>
S Model<S>::loss(std::span<const std::int32_t> targets) {
  if (headW_ < 0) throw Error("a model without a head has no loss of its own");
  const Index N = logits_.cols();
  if (static_cast<Index>(targets.size()) != N) throw Error("targets must match the window's positions");
  const int K = config_.outputs();
  for (auto tgt : targets)
    if (tgt != kNoTarget && (tgt < 0 || tgt >= K))
      throw Error((config_.labels > 0 ? "label id " : "target id ") + std::to_string(tgt) + " is outside the " +
                  (config_.labels > 0 ? "labels" : "vocabulary"));
  targets_.assign(targets.begin(), targets.end());
  counted_ = std::count_if(targets_.begin(), targets_.end(), [](std::int32_t t) { return t != kNoTarget; });
  if (counted_ == 0) throw Error("no position of the window has a target");
  computeProbabilities();
  positionLosses_.assign(static_cast<std::size_t>(N), 0.0);
  double sum = 0;  // accumulated in double so the mean does not depend on summation order much
  for (Index n = 0; n < N; ++n) {
    if (targets_[n] == kNoTarget) continue;
    positionLosses_[n] = -std::log(static_cast<double>(probs_(targets_[n], n)));
    sum += positionLosses_[n];
  }
  return static_cast<S>(sum / static_cast<double>(counted_));
}

template <class S>
void Model<S>::backward(const RecurrentState<S>* dFinal) {
  const Index N = probs_.cols();
  if (static_cast<Index>(targets_.size()) != N) throw Error("backward() needs a loss() first");
  // L = -(1/M) sum_{n counted} log p_n[y_n]  =>  dL/dlogits = (p - onehot(y)) / M at counted
  // positions, 0 at the others; logits_ holds it now
  logits_ = probs_;
  for (Index n = 0; n < N; ++n) {
    if (targets_[n] == kNoTarget) logits_.col(n).setZero();
    else logits_(targets_[n], n) -= S(1);
  }
  logits_ /= static_cast<S>(counted_);
  params_.grads().setZero();
  const auto& top = caches_.back();
  const Eigen::Map<const Mat<S>> hTop(top.h.data() + top.h.rows() * batch_, top.h.rows(), N);
  params_.grad(headW_).noalias() = logits_ * hTop.transpose();    // [V, H]
  params_.grad(headB_).col(0) = logits_.rowwise().sum();           // [V]
  dTop_.noalias() = params_.value(headW_).transpose() * logits_;   // [H, N]
  backwardThroughLayers(dTop_, dFinal);
}

template <class S>
void Model<S>::backwardFromTop(const Mat<S>& dTop, const RecurrentState<S>* dFinal) {
  params_.grads().setZero();
  dTop_ = dTop;
  backwardThroughLayers(dTop_, dFinal);
}

template <class S>
RecurrentState<S> Model<S>::initialStateGradient() const {
  RecurrentState<S> d;
  for (const auto& c : caches_) {
    d.h.push_back(c.dh);
    if (config_.cell == CellKind::Lstm) d.c.push_back(c.dc);
  }
  return d;
}

template <class S>
void Model<S>::backwardThroughLayers(Mat<S>& dTop, const RecurrentState<S>* dFinal) {
  const Index N = Index(batch_) * steps_;
  if (dFinal && (dFinal->batch() != batch_ || static_cast<int>(dFinal->h.size()) != config_.layers))
    throw Error("the gradient of the last state does not match the batch size or the layer count");
  for (int l = 0; l < config_.layers; ++l) {
    auto& c = caches_[l];
    c.dhEnd.resize(0, 0);
    c.dcEnd.resize(0, 0);
    if (!dFinal) continue;
    c.dhEnd = dFinal->h[l];
    if (config_.cell == CellKind::Lstm) c.dcEnd = dFinal->c[l];
  }
  for (int l = config_.layers - 1; l >= 0; --l) {
    const Mat<S>& dOut = l == config_.layers - 1 ? dTop : dBelow_[l + 1];
    LayerInput<S> in;
    if (l > 0) {
      const auto& below = caches_[l - 1].h;
      in = {below.data() + below.rows() * batch_, below.rows(), nullptr};
    } else if (embed_ >= 0) {
      in = {x0_.data(), x0_.rows(), nullptr};
    } else {
      in = {nullptr, 0, inputs_.data()};
    }
    Mat<S>* dx = in.dense ? &dBelow_[l] : nullptr;
    if (dx) dx->resize(in.rows, N);
    auto g = layerGrads(l);
    layerBackward(layerWeights(l), g, caches_[l], in, dOut, dx);
  }
  if (embed_ >= 0) {
    auto gE = params_.grad(embed_);  // [V, E]: each looked-up row receives its column of dx
    for (Index n = 0; n < N; ++n) gE.row(inputs_[n]) += dBelow_[0].col(n).transpose();
  }
}

template class Model<float>;
template class Model<double>;

}  // namespace rnnscope
