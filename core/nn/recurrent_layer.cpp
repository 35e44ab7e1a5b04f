#include "core/nn/recurrent_layer.h"

#include <algorithm>
#include <cmath>

#include "core/nn/cells.h"

namespace rnnscope {

template <class S>
void LayerCache<S>::resize(int batch, int steps) {
  if (batch == B && steps == T && pre.rows() == G * H) return;
  B = batch;
  T = steps;
  const Index GH = Index(G) * H, n = N();
  pre.resize(GH, n);
  gates.resize(cell == CellKind::Rnn ? 0 : GH, n);
  h.resize(H, n + B);
  c.resize(cell == CellKind::Lstm ? H : 0, cell == CellKind::Lstm ? n + B : 0);
  aux.resize(cell == CellKind::Rnn ? 0 : H, n);
  rec.resize(GH, B);
  dpreIn.resize(GH, n);
  dpreRec.resize(GH, n);
  dh.resize(H, B);
  dc.resize(H, B);
  scratch.resize(H, B);
  dhNorm.assign(T, S(0));
  dcNorm.assign(cell == CellKind::Lstm ? T : 0, S(0));
  const Index lnRows = layerNorm ? GH : 0, lnN = layerNorm ? n : 0;
  const Index lnC = layerNorm && cell == CellKind::Lstm ? H : 0, lnCN = lnC > 0 ? n : 0;
  lnInHat.resize(lnRows, lnN);
  lnInInv.resize(lnN);
  lnRecHat.resize(lnRows, lnN);
  lnRecInv.resize(lnN);
  lnCHat.resize(lnC, lnCN);
  lnCInv.resize(lnCN);
  dprojIn.resize(lnRows, lnN);
  dprojRec.resize(lnRows, lnN);
  dlnC.resize(lnC, lnCN);
}

namespace {

template <class S>
void projectInput(const LayerWeights<S>& w, LayerCache<S>& c, LayerInput<S> in) {
  if (in.dense) {
    c.pre.noalias() = w.Wih * in.matrix(c.N());
  } else {
    for (Index n = 0; n < c.N(); ++n) c.pre.col(n) = w.Wih.col(in.tokens[n]);
  }
  // the whole window's input projections normalised at once, each column (position) on its own
  if (c.layerNorm) layerNormForward(c.pre, c.lnInHat, c.lnInInv, w.lnIhGain.col(0), w.lnIhBias.col(0));
  c.pre.colwise() += w.bih.col(0);
}

// Clamps of c first, then of h. With layer norm, clamping one unit of c moves LN(c_t) of every
// unit, so the step's whole output h = o * tanh(LN(c)) is recomputed before h is clamped.
template <class S>
void applyClamps(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
  bool cellClamped = false;
  for (const auto& k : c.clamps) {
    if (!k.cellState || c.cell != CellKind::Lstm) continue;
    const S v = static_cast<S>(k.value);
    c.cAt(t).row(k.unit).setConstant(v);
    cellClamped = true;
    if (!c.layerNorm) {
      c.at(c.aux, t).row(k.unit).setConstant(std::tanh(v));
      c.hAt(t).row(k.unit) = c.at(c.gates, t).row(3 * c.H + k.unit) * std::tanh(v);  // h = o * tanh(c)
    }
  }
  if (cellClamped && c.layerNorm) LstmCell::output(w, c, t);
  for (const auto& k : c.clamps)
    if (!k.cellState || c.cell != CellKind::Lstm) c.hAt(t).row(k.unit).setConstant(static_cast<S>(k.value));
}

template <class Cell, class S>
void forwardLoop(const LayerWeights<S>& w, LayerCache<S>& c) {
  for (int t = 0; t < c.T; ++t) {
    Cell::forward(w, c, t);
    if (!c.clamps.empty()) applyClamps(w, c, t);
  }
}

template <class Cell, class S>
void backwardLoop(const LayerWeights<S>& w, LayerCache<S>& c, const Mat<S>& dOut, int steps) {
  // what enters from beyond the window: nothing under truncated BPTT, the decoder's gradient
  // for an encoder's last state (only when the whole window is backpropagated)
  const bool fromBeyond = steps == c.T && c.dhEnd.size() > 0;
  if (fromBeyond) c.dh = c.dhEnd;
  else c.dh.setZero();
  if (fromBeyond && c.dcEnd.size() > 0) c.dc = c.dcEnd;
  else c.dc.setZero();
  const bool record = c.recordStateGradients;
  if (record) {
    c.dhAll.resize(c.H, c.N());
    c.dcAll.resize(c.cell == CellKind::Lstm ? c.H : 0, c.cell == CellKind::Lstm ? c.N() : 0);
  }
  for (int t = steps - 1; t >= 0; --t) {
    c.dh += dOut.middleCols(Index(t) * c.B, c.B);  // dL/dh_t = from above at t + from step t+1
    c.dhNorm[t] = c.dh.norm();
    if (record) c.at(c.dhAll, t) = c.dh;
    Cell::backward(w, c, t);
  }
}

template <class S>
void accumulateWeightGrads(const LayerWeights<S>& w, LayerGrads<S>& g, LayerCache<S>& c,
                           LayerInput<S> in, Mat<S>* dx) {
  const Index n = c.N(), H = c.H;
  const auto hPrev = c.h.leftCols(n);  // [H, N] h_{t-1} at every position
  // what the weight matrices see: dL/d(W x), which the layer norm sits between
  const Mat<S>& dRec = c.layerNorm ? c.dprojRec : c.dpreRec;
  const Mat<S>& dIn = c.layerNorm ? c.dprojIn : c.dpreIn;
  if (c.cell == CellKind::Gru && c.gruVariant == GruVariant::Classic) {
    g.Whh.topRows(2 * H).noalias() += c.dpreRec.topRows(2 * H) * hPrev.transpose();
    g.Whh.bottomRows(H).noalias() += c.dpreRec.bottomRows(H) * c.aux.transpose();  // W_hn sees r*h
  } else {
    g.Whh.noalias() += dRec * hPrev.transpose();
  }
  g.bhh.col(0) += c.dpreRec.rowwise().sum();
  g.bih.col(0) += c.dpreIn.rowwise().sum();
  if (c.layerNorm) {  // y = gain * xhat + bias  =>  dgain = sum_n dy * xhat, dbias = sum_n dy
    g.lnHhGain.col(0) += c.dpreRec.cwiseProduct(c.lnRecHat).rowwise().sum();
    g.lnHhBias.col(0) += c.dpreRec.rowwise().sum();
    g.lnIhGain.col(0) += c.dpreIn.cwiseProduct(c.lnInHat).rowwise().sum();
    g.lnIhBias.col(0) += c.dpreIn.rowwise().sum();
    if (c.cell == CellKind::Lstm) {
      g.lnCGain.col(0) += c.dlnC.cwiseProduct(c.lnCHat).rowwise().sum();
      g.lnCBias.col(0) += c.dlnC.rowwise().sum();
    }
  }
  if (in.dense) {
    g.Wih.noalias() += dIn * in.matrix(n).transpose();
    if (dx) dx->noalias() = w.Wih.transpose() * dIn;
  } else {
    for (Index i = 0; i < n; ++i) g.Wih.col(in.tokens[i]) += dIn.col(i);
  }
}

}  // namespace

template <class S>
void layerForward(const LayerWeights<S>& w, LayerCache<S>& c, LayerInput<S> in) {
  projectInput(w, c, in);
  switch (c.cell) {
    case CellKind::Rnn: forwardLoop<RnnCell>(w, c); break;
    case CellKind::Lstm: forwardLoop<LstmCell>(w, c); break;
    case CellKind::Gru: forwardLoop<GruCell>(w, c); break;
  }
}

template <class S>
void layerBackwardThroughTime(const LayerWeights<S>& w, LayerCache<S>& c, const Mat<S>& dOut, int steps) {
  steps = steps > 0 ? std::min(steps, c.T) : c.T;
  switch (c.cell) {
    case CellKind::Rnn: backwardLoop<RnnCell>(w, c, dOut, steps); break;
    case CellKind::Lstm: backwardLoop<LstmCell>(w, c, dOut, steps); break;
    case CellKind::Gru: backwardLoop<GruCell>(w, c, dOut, steps); break;
  }
  if (c.layerNorm) {  // dL/d(W_ih x) = J_LN (gain * dpreIn), the whole window at once
    c.dprojIn = (c.dpreIn.array().colwise() * w.lnIhGain.col(0).array()).matrix();
    layerNormJacobian(c.dprojIn, c.lnInHat, c.lnInInv);
  }
}

template <class S>
void layerBackward(const LayerWeights<S>& w, LayerGrads<S>& g, LayerCache<S>& c, LayerInput<S> in,
                   const Mat<S>& dOut, Mat<S>* dx) {
  layerBackwardThroughTime(w, c, dOut);
  accumulateWeightGrads(w, g, c, in, dx);
}

template <class S>
void layerInputGradient(const LayerWeights<S>& w, const LayerCache<S>& c, Mat<S>& dx, int steps) {
  const Mat<S>& dIn = c.layerNorm ? c.dprojIn : c.dpreIn;  // [GH, N]
  if (steps <= 0 || steps >= c.T) {
    dx.noalias() = w.Wih.transpose() * dIn;
    return;
  }
  const Index n = Index(steps) * c.B;
  dx.leftCols(n).noalias() = w.Wih.transpose() * dIn.leftCols(n);
}

template <class S>
LayerCache<S> singleStreamCache(const LayerCache<S>& c, Index b) {
  LayerCache<S> one;
  one.cell = c.cell;
  one.nonlinearity = c.nonlinearity;
  one.gruVariant = c.gruVariant;
  one.layerNorm = c.layerNorm;
  one.H = c.H;
  one.G = c.G;
  one.resize(1, c.T);
  // columns n = t*B + b of [*, N] buffers, and t*B + b (t = 0..T) of the [*, N+B] state buffers
  auto pick = [&](const Mat<S>& from, Mat<S>& to, int count) {
    for (int t = 0; t < count; ++t) to.col(t) = from.col(Index(t) * c.B + b);
  };
  pick(c.pre, one.pre, c.T);
  if (c.gates.rows() > 0) pick(c.gates, one.gates, c.T);
  if (c.aux.rows() > 0) pick(c.aux, one.aux, c.T);
  pick(c.h, one.h, c.T + 1);
  if (c.c.rows() > 0) pick(c.c, one.c, c.T + 1);
  if (c.layerNorm) {
    pick(c.lnInHat, one.lnInHat, c.T);
    pick(c.lnRecHat, one.lnRecHat, c.T);
    for (int t = 0; t < c.T; ++t) {
      one.lnInInv[t] = c.lnInInv[Index(t) * c.B + b];
      one.lnRecInv[t] = c.lnRecInv[Index(t) * c.B + b];
    }
    if (c.cell == CellKind::Lstm) {
      pick(c.lnCHat, one.lnCHat, c.T);
      for (int t = 0; t < c.T; ++t) one.lnCInv[t] = c.lnCInv[Index(t) * c.B + b];
    }
  }
  return one;
}

template <class S>
void layerStateJacobian(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, Mat<S>& J) {
  switch (c.cell) {
    case CellKind::Rnn: RnnCell::stateJacobian(w, c, t, b, J); break;
    case CellKind::Lstm: LstmCell::stateJacobian(w, c, t, b, J); break;
    case CellKind::Gru: GruCell::stateJacobian(w, c, t, b, J); break;
  }
}

#define RNNSCOPE_INSTANTIATE(S)                                                                  \
  template struct LayerCache<S>;                                                                 \
  template void layerForward<S>(const LayerWeights<S>&, LayerCache<S>&, LayerInput<S>);          \
  template void layerBackward<S>(const LayerWeights<S>&, LayerGrads<S>&, LayerCache<S>&,         \
                                 LayerInput<S>, const Mat<S>&, Mat<S>*);                       \
  template void layerBackwardThroughTime<S>(const LayerWeights<S>&, LayerCache<S>&, const Mat<S>&, int);  \
  template void layerInputGradient<S>(const LayerWeights<S>&, const LayerCache<S>&, Mat<S>&, int);       \
  template LayerCache<S> singleStreamCache<S>(const LayerCache<S>&, Index);                         \
  template void layerStateJacobian<S>(const LayerWeights<S>&, const LayerCache<S>&, int, Index, Mat<S>&);
RNNSCOPE_INSTANTIATE(float)
RNNSCOPE_INSTANTIATE(double)
#undef RNNSCOPE_INSTANTIATE

}  // namespace rnnscope
