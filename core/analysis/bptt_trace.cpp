#include "core/analysis/bptt_trace.h"

#include <cmath>
#include <string>

#include "core/nn/layer_norm.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

template <class S>
S normOf(const Vec<S>& v) {
  return v.size() > 0 ? v.norm() : S(0);
}

template <class S>
BpttLayerNorms<S> normsOf(const BpttLayerStep<S>& s) {
  BpttLayerNorms<S> n;
  n.x = normOf(s.x);
  n.inputProjection = normOf(s.inputProjection);
  n.recurrentProjection = normOf(s.recurrentProjection);
  n.preactivation = normOf(s.preactivation);
  n.gates = normOf(s.gates);
  n.h = normOf(s.h);
  n.c = normOf(s.c);
  n.dhFromAbove = normOf(s.dhFromAbove);
  n.dhFromFuture = normOf(s.dhFromFuture);
  n.dh = normOf(s.dh);
  n.dcFromFuture = normOf(s.dcFromFuture);
  n.dcFromH = normOf(s.dcFromH);
  n.dc = normOf(s.dc);
  n.dpreIn = normOf(s.dpreIn);
  n.dpreRec = normOf(s.dpreRec);
  n.dx = normOf(s.dx);
  return n;
}

// Adds one step's term to the running sum of the walk from T-1 down to t, and records both
// (the matrices only when `keep`, the norms always).
template <class S>
void accumulate(BpttGradientStep<S>& step, const Mat<S>& term, Mat<S>& running, bool keep) {
  running += term;
  step.termNorm = term.norm();
  step.cumulativeNorm = running.norm();
  if (keep) {
    step.term = term;
    step.cumulative = running;
  }
}

// Switches the model's record of state gradients off again however the trace ends.
template <class S>
struct RecordGuard {
  Model<S>& model;
  explicit RecordGuard(Model<S>& m) : model(m) { model.setRecordStateGradients(true); }
  ~RecordGuard() { model.setRecordStateGradients(false); }
  RecordGuard(const RecordGuard&) = delete;
  RecordGuard& operator=(const RecordGuard&) = delete;
};

template <class S>
void checkArguments(const Model<S>& model, std::span<const std::int32_t> inputs, std::span<const std::int32_t> targets,
                    const RecurrentState<S>& carriedIn) {
  const auto& cfg = model.config();
  if (inputs.empty()) throw Error("stepping through BPTT needs a window of at least one character");
  if (targets.size() != inputs.size())
    throw Error("stepping through BPTT needs one target per input character (" + std::to_string(inputs.size()) +
                " inputs, " + std::to_string(targets.size()) + " targets)");
  const bool lstm = cfg.cell == CellKind::Lstm;
  bool fits = carriedIn.h.size() == static_cast<std::size_t>(cfg.layers) &&
              carriedIn.c.size() == (lstm ? carriedIn.h.size() : 0);
  for (std::size_t l = 0; fits && l < carriedIn.h.size(); ++l) {
    fits = carriedIn.h[l].rows() == cfg.hidden && carriedIn.h[l].cols() == 1;
    if (lstm) fits = fits && carriedIn.c[l].rows() == cfg.hidden && carriedIn.c[l].cols() == 1;
  }
  if (!fits) throw Error("stepping through BPTT needs the carried state of one stream, for every layer of the model");
  for (int l = 0; l < cfg.layers; ++l)
    if (!model.layerCache(l).clamps.empty())
      throw Error("stepping through BPTT is not possible while cells are clamped: remove the clamps first");
}

}  // namespace

template <class S>
BpttTrace<S> traceBackpropagation(Model<S>& model, std::span<const std::int32_t> inputs,
                                  std::span<const std::int32_t> targets, const RecurrentState<S>& carriedIn,
                                  const BpttTraceOptions& options) {
  checkArguments(model, inputs, targets, carriedIn);
  const auto& cfg = model.config();
  BpttTrace<S> tr;
  tr.cell = cfg.cell;
  tr.nonlinearity = cfg.nonlinearity;
  tr.gruVariant = cfg.gruVariant;
  tr.T = static_cast<int>(inputs.size());
  tr.L = cfg.layers;
  tr.H = cfg.hidden;
  tr.G = cfg.gates();
  tr.V = cfg.vocabSize;
  tr.E = cfg.embed;
  tr.detailed = cfg.hidden <= options.detailMaxHidden;
  const int T = tr.T, L = tr.L;
  const Index H = tr.H, V = tr.V;
  const bool lstm = cfg.cell == CellKind::Lstm, gru = cfg.cell == CellKind::Gru;
  const bool classic = gru && cfg.gruVariant == GruVariant::Classic;

  // The model's own passes. loss() is the mean over the T positions; backward() overwrites the
  // logits with dL/dlogits, so they are copied first.
  Mat<S> logits, probs;  // [V, N]
  {
    RecordGuard<S> record(model);
    auto state = carriedIn;
    model.forward(inputs, 1, state);
    tr.loss = model.loss(targets);
    logits = model.logits();
    probs = model.probabilities();
    model.backward();
  }

  // Forward, and the head's side of the backward walk.
  const auto Why = model.params().value(model.headWeightId());  // [V, H]
  const auto& top = model.layerCache(L - 1);
  tr.output.resize(static_cast<std::size_t>(T));
  for (int t = 0; t < T; ++t) {
    auto& o = tr.output[static_cast<std::size_t>(t)];
    o.input = inputs[static_cast<std::size_t>(t)];
    o.target = targets[static_cast<std::size_t>(t)];
    o.logits = logits.col(t);
    o.probabilities = probs.col(t);
    o.loss = static_cast<S>(-std::log(static_cast<double>(o.probabilities[o.target])));
    // L = (1/T) sum_t loss_t  =>  dL/dy_t = (p_t - onehot(target)) / T
    o.dlogits = o.probabilities;
    o.dlogits[o.target] -= S(1);
    o.dlogits /= static_cast<S>(T);
    o.dlogitsNorm = o.dlogits.norm();
  }
  {
    Mat<S> runW = Mat<S>::Zero(V, H), runB = Mat<S>::Zero(V, 1), term;
    for (int t = T - 1; t >= 0; --t) {
      auto& o = tr.output[static_cast<std::size_t>(t)];
      term.noalias() = o.dlogits * top.hAt(t).col(0).transpose();  // dW_hy += dy_t h_t^T
      accumulate(o.Why, term, runW, tr.detailed);
      accumulate(o.bhy, Mat<S>(o.dlogits), runB, true);  // db_hy += dy_t
    }
  }

  // The layers, from the top down: each needs the dL/dx_t of the layer above.
  tr.layers.assign(static_cast<std::size_t>(L), std::vector<BpttLayerStep<S>>(static_cast<std::size_t>(T)));
  tr.boundary.resize(static_cast<std::size_t>(L));
  for (int l = L - 1; l >= 0; --l) {
    auto& steps = tr.layers[static_cast<std::size_t>(l)];
    const auto& c = model.layerCache(l);
    const auto w = model.layerWeights(l);
    const bool dense = l > 0 || cfg.embed > 0;
    const Index I = cfg.inputSize(l);

    for (int t = 0; t < T; ++t) {
      auto& s = steps[static_cast<std::size_t>(t)];
      const auto tok = inputs[static_cast<std::size_t>(t)];
      if (l > 0) {
        s.x = model.layerCache(l - 1).hAt(t).col(0);
      } else if (cfg.embed > 0) {
        s.x = model.params().value(model.embedId()).row(tok).transpose();
      } else {
        s.x = Vec<S>::Zero(V);
        s.x[tok] = S(1);
      }
      s.inputProjection = c.at(c.pre, t).col(0);
      const Vec<S> hPrev = c.hPrev(t).col(0);
      if (c.layerNorm)  // LN(W_hh h_{t-1}) + b_hh, from the normalised values the forward pass kept
        s.recurrentProjection = (c.at(c.lnRecHat, t).col(0).array() * w.lnHhGain.col(0).array()).matrix() +
                                w.lnHhBias.col(0) + w.bhh.col(0);
      else
        s.recurrentProjection = w.Whh * hPrev + w.bhh.col(0);
      if (classic)  // W_hn sees r*h_{t-1}, which the forward pass kept in aux
        s.recurrentProjection.tail(H) = w.Whh.bottomRows(H) * c.at(c.aux, t).col(0) + w.bhh.bottomRows(H).col(0);
      s.preactivation = s.inputProjection + s.recurrentProjection;
      if (gru && !classic)  // n = tanh(W_in x + b_in + r*(W_hn h_{t-1} + b_hn))
        s.preactivation.tail(H) = s.inputProjection.tail(H) +
                                  (c.at(c.gates, t).col(0).head(H).array() * s.recurrentProjection.tail(H).array()).matrix();
      if (c.gates.rows() > 0) s.gates = c.at(c.gates, t).col(0);
      s.h = c.hAt(t).col(0);
      if (lstm) s.c = c.cAt(t).col(0);

      s.dh = c.at(c.dhAll, t).col(0);
      if (lstm) s.dc = c.at(c.dcAll, t).col(0);
      s.dpreIn = c.at(c.dpreIn, t).col(0);
      s.dpreRec = c.at(c.dpreRec, t).col(0);
      if (dense)  // dL/dx_t = W_ih^T dpreIn_t (layer norm: W_ih^T dL/d(W_ih x_t))
        s.dx = w.Wih.transpose() * (c.layerNorm ? c.at(c.dprojIn, t).col(0) : c.at(c.dpreIn, t).col(0));
      if (l == L - 1) {
        s.dhFromAbove = Why.transpose() * tr.output[static_cast<std::size_t>(t)].dlogits;  // W_hy^T dy_t
      } else {
        s.dhFromAbove = tr.layers[static_cast<std::size_t>(l + 1)][static_cast<std::size_t>(t)].dx;
      }
      if (lstm)  // h_t = o_t tanh(c_t)  =>  dL/dc_t gets dL/dh_t o_t (1 - tanh^2 c_t)
        s.dcFromH = (s.dh.array() * s.gates.tail(H).array() * (S(1) - c.at(c.aux, t).col(0).array().square())).matrix();
      if (lstm && c.layerNorm) {  // h_t = o_t tanh(LN(c_t)): the same through the layer norm
        s.dcFromH = (s.dcFromH.array() * w.lnCGain.col(0).array()).matrix();
        layerNormJacobian(s.dcFromH, c.at(c.lnCHat, t), c.at(c.lnCInv, t));
      }
      if (tr.detailed) s.jacobian = model.stateJacobian(l, t);
    }

    // What step t+1 sends back to step t: J_{t+1}^T dL/ds_{t+1}, with dL/ds = [dL/dh; the part of
    // dL/dc that arrives from c_{t+1}] for LSTM (the c->h route is inside J). Nothing arrives
    // at t = T-1 from beyond the window.
    const Index n = lstm ? 2 * H : H;
    Mat<S> g(n, 1), back(n, 1);
    for (int t = T - 1; t >= 0; --t) {
      back.setZero();
      if (t < T - 1) {
        const auto& next = steps[static_cast<std::size_t>(t + 1)];
        g.col(0).head(H) = next.dh;
        if (lstm) g.col(0).tail(H) = next.dcFromFuture;
        const int at[1] = {t + 1};
        model.stateJacobianOperator(l, at).applyTranspose(g, back);
      }
      auto& s = steps[static_cast<std::size_t>(t)];
      s.dhFromFuture = back.col(0).head(H);
      if (lstm) s.dcFromFuture = back.col(0).tail(H);
    }

    // This step's terms of the layer's weight gradients, and their running sums from T-1 down.
    const Index GH = Index(tr.G) * H;
    Mat<S> runWih = Mat<S>::Zero(GH, I), runWhh = Mat<S>::Zero(GH, H);
    Mat<S> runBih = Mat<S>::Zero(GH, 1), runBhh = Mat<S>::Zero(GH, 1), term;
    for (int t = T - 1; t >= 0; --t) {
      auto& s = steps[static_cast<std::size_t>(t)];
      // dW_ih += dpreIn_t x_t^T (one-hot: column token); with layer norm, dL/d(W_ih x_t) x_t^T
      if (c.layerNorm)
        term.noalias() = c.at(c.dprojIn, t).col(0) * s.x.transpose();
      else
        term.noalias() = s.dpreIn * s.x.transpose();
      accumulate(s.Wih, term, runWih, tr.detailed);
      if (c.layerNorm)  // dW_hh += dL/d(W_hh h_{t-1}) h_{t-1}^T
        term.noalias() = c.at(c.dprojRec, t).col(0) * c.hPrev(t).col(0).transpose();
      else
        term.noalias() = s.dpreRec * c.hPrev(t).col(0).transpose();  // dW_hh += dpreRec_t h_{t-1}^T
      if (classic) term.bottomRows(H).noalias() = s.dpreRec.tail(H) * c.at(c.aux, t).col(0).transpose();  // r*h_{t-1}
      accumulate(s.Whh, term, runWhh, tr.detailed);
      accumulate(s.bih, Mat<S>(s.dpreIn), runBih, true);
      accumulate(s.bhh, Mat<S>(s.dpreRec), runBhh, true);
      s.norms = normsOf(s);
    }

    // The cut: what was carried in, and what arrives at it (left in the cache by the model's
    // backward pass) and is dropped.
    auto& b = tr.boundary[static_cast<std::size_t>(l)];
    b.hCarried = c.hPrev(0).col(0);
    b.dh = c.dh.col(0);
    b.dhNorm = b.dh.norm();
    if (lstm) {
      b.cCarried = c.cPrev(0).col(0);
      b.dc = c.dc.col(0);
      b.dcNorm = b.dc.norm();
    }
  }

  // The embedding: row x_t of embed.weight receives layer 0's dL/dx_t.
  if (cfg.embed > 0) {
    const Index E = cfg.embed;
    Mat<S> run = Mat<S>::Zero(V, E), term = Mat<S>::Zero(V, E);
    for (int t = T - 1; t >= 0; --t) {
      auto& o = tr.output[static_cast<std::size_t>(t)];
      term.row(o.input) = tr.layers[0][static_cast<std::size_t>(t)].dx.transpose();
      accumulate(o.embed, term, run, tr.detailed);
      term.row(o.input).setZero();
    }
  }
  return tr;
}

template BpttTrace<float> traceBackpropagation<float>(Model<float>&, std::span<const std::int32_t>,
                                                      std::span<const std::int32_t>, const RecurrentState<float>&,
                                                      const BpttTraceOptions&);
template BpttTrace<double> traceBackpropagation<double>(Model<double>&, std::span<const std::int32_t>,
                                                        std::span<const std::int32_t>, const RecurrentState<double>&,
                                                        const BpttTraceOptions&);

}  // namespace rnnscope
