#pragma once
// The three recurrent cells, one step forward and one step back, side by side.
//
// Each forward(w, c, t) reads c.pre (the input projection W_ih x_t + b_ih, computed for the
// whole window at once) and the previous state, and writes h_t (and c_t, gates, aux).
// Each backward(w, c, t) receives in c.dh the total derivative dL/dh_t (loss at t plus
// everything after t), writes dL/d(pre-activations) into c.dpreIn / c.dpreRec, and leaves in
// c.dh (and c.dc) the derivative with respect to the previous state, ready for step t-1.
// Shapes: see core/nn/layer_cache.h. Gate blocks are H rows each, in PyTorch's order.
//
// Layer normalisation (c.layerNorm; rnn and lstm): W_hh h_{t-1} is replaced by
// LN(W_hh h_{t-1}; g_hh, b_hh) over all G*H rows (c.pre already holds LN(W_ih x_t) + b_ih), and the
// LSTM's h_t = o * tanh(LN(c_t; g_c, b_c)). The backward pass then also leaves dL/d(W_hh h_{t-1})
// in c.dprojRec (and dL/d(LN c_t) in c.dlnC), for the weight gradients.
#include "core/nn/layer_cache.h"
#include "core/nn/layer_norm.h"

namespace rnnscope {

namespace act {
template <class X> auto sigmoid(const X& x) { return x.array().logistic(); }
template <class X> auto tanh(const X& x) { return x.array().tanh(); }
}  // namespace act

namespace recurrent {
// c.rec = W_hh h_{t-1} + b_hh + pre_t, or LN(W_hh h_{t-1}) + b_hh + pre_t: every gate row's
// pre-activation (rnn, lstm).
template <class S>
void preactivation(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
  c.rec.noalias() = w.Whh * c.hPrev(t);
  if (c.layerNorm) layerNormForward(c.rec, c.at(c.lnRecHat, t), c.at(c.lnRecInv, t), w.lnHhGain.col(0), w.lnHhBias.col(0));
  c.rec += c.at(c.pre, t);
  c.rec.colwise() += w.bhh.col(0);
}
// c.dh = dL/dh_{t-1} from dpreRec_t = dL/d(pre-activation): W_hh^T dpreRec_t, or with layer norm
// W_hh^T dprojRec_t, dprojRec_t = J_LN (g_hh * dpreRec_t) (J_LN symmetric, layer_norm.h).
template <class S>
void backToState(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
  if (!c.layerNorm) {
    c.dh.noalias() = w.Whh.transpose() * c.at(c.dpreRec, t);
    return;
  }
  auto d = c.at(c.dprojRec, t);
  d = (c.at(c.dpreRec, t).array().colwise() * w.lnHhGain.col(0).array()).matrix();
  layerNormJacobian(d, c.at(c.lnRecHat, t), c.at(c.lnRecInv, t));
  c.dh.noalias() = w.Whh.transpose() * d;
}
// d(pre-activation)/dh_{t-1} at one position (step t, column b), [GH, H]: a view of W_hh itself,
// or, with layer norm, of diag(g_hh) J_LN W_hh computed into `storage`.
template <class S>
ConstRowMap<S> stateDerivative(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, RowMat<S>& storage) {
  if (!c.layerNorm) return w.Whh;
  Mat<S> M = w.Whh;
  const Index n = Index(t) * c.B + b;
  layerNormJacobianOf(M, c.lnRecHat.col(n), c.lnRecInv[n]);
  storage.noalias() = w.lnHhGain.col(0).asDiagonal() * M;
  return ConstRowMap<S>(storage.data(), storage.rows(), storage.cols());
}
}  // namespace recurrent

struct RnnCell {
  // h_t = act(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh), act = tanh or relu
  // layer norm: h_t = act(LN(W_ih x_t) + b_ih + LN(W_hh h_{t-1}) + b_hh)
  template <class S>
  static void forward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    recurrent::preactivation(w, c, t);
    if (c.nonlinearity == Nonlinearity::Tanh)
      c.hAt(t) = act::tanh(c.rec);
    else
      c.hAt(t) = c.rec.array().max(S(0));
  }
  // dz = dh * act'(z), act' = 1 - h^2 (tanh) or [h > 0] (relu);  dh_{t-1} = W_hh^T dz
  // (layer norm: dh_{t-1} = W_hh^T J_LN (g_hh * dz))
  template <class S>
  static void backward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    auto h = c.hAt(t).array();
    auto dz = c.at(c.dpreIn, t);
    if (c.nonlinearity == Nonlinearity::Tanh)
      dz = c.dh.array() * (S(1) - h.square());
    else
      dz = (h > S(0)).select(c.dh.array(), S(0));
    c.at(c.dpreRec, t) = dz;
    recurrent::backToState(w, c, t);
  }
  // dh_t/dh_{t-1} = diag(act'(z_t)) W_hh   (layer norm: diag(act'(z_t)) diag(g_hh) J_LN W_hh)
  template <class S>
  static void stateJacobian(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, Mat<S>& J) {
    const auto h = c.hAt(t).col(b).array();
    const Vec<S> d = c.nonlinearity == Nonlinearity::Tanh ? (S(1) - h.square()).matrix().eval()
                                                         : (h > S(0)).template cast<S>().matrix().eval();
    RowMat<S> storage;
    J.noalias() = d.asDiagonal() * recurrent::stateDerivative(w, c, t, b, storage);
  }
};

struct LstmCell {
  // i,f,o = sigmoid(.), g = tanh(.) of W_ih x_t + b_ih + W_hh h_{t-1} + b_hh (rows i,f,g,o)
  // c_t = f*c_{t-1} + i*g,   h_t = o*tanh(c_t)
  // layer norm: LN(W_ih x_t) + b_ih + LN(W_hh h_{t-1}) + b_hh (over all 4H rows), h_t = o*tanh(LN(c_t))
  template <class S>
  static void forward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    const Index H = c.H;
    recurrent::preactivation(w, c, t);
    auto gates = c.at(c.gates, t);
    gates.topRows(2 * H) = act::sigmoid(c.rec.topRows(2 * H));
    gates.middleRows(2 * H, H) = act::tanh(c.rec.middleRows(2 * H, H));
    gates.bottomRows(H) = act::sigmoid(c.rec.bottomRows(H));
    auto i = gates.topRows(H).array(), f = gates.middleRows(H, H).array();
    auto g = gates.middleRows(2 * H, H).array();
    c.cAt(t) = f * c.cPrev(t).array() + i * g;
    output(w, c, t);
  }
  // aux_t = tanh(c_t) or tanh(LN(c_t)), h_t = o * aux_t, from c_t and the gates (also after a clamp)
  template <class S>
  static void output(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    auto tc = c.at(c.aux, t);
    if (c.layerNorm) {
      c.scratch = c.cAt(t);
      layerNormForward(c.scratch, c.at(c.lnCHat, t), c.at(c.lnCInv, t), w.lnCGain.col(0), w.lnCBias.col(0));
      tc = act::tanh(c.scratch);
    } else {
      tc = act::tanh(c.cAt(t));
    }
    c.hAt(t) = c.at(c.gates, t).bottomRows(c.H).array() * tc.array();
  }
  // dc_t = dc_t(from t+1) + dh*o*(1 - tanh^2 c_t);   dc_{t-1} = dc_t * f
  // d(i,f,g,o) = (dc*g, dc*c_{t-1}, dc*i, dh*tanh c_t), times the activation's derivative
  // layer norm: dc_t += J_LN(g_c * dlnC), dlnC = dh*o*(1 - tanh^2 LN(c_t)); dh_{t-1} via J_LN (g_hh * dz)
  template <class S>
  static void backward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    const Index H = c.H;
    auto gates = c.at(c.gates, t);
    auto i = gates.topRows(H).array(), f = gates.middleRows(H, H).array();
    auto g = gates.middleRows(2 * H, H).array(), o = gates.bottomRows(H).array();
    auto tc = c.at(c.aux, t).array();
    auto dh = c.dh.array();
    if (c.layerNorm) {
      auto dy = c.at(c.dlnC, t);
      dy = (dh * o * (S(1) - tc.square())).matrix();
      c.scratch = (dy.array().colwise() * w.lnCGain.col(0).array()).matrix();
      layerNormJacobian(c.scratch, c.at(c.lnCHat, t), c.at(c.lnCInv, t));
      c.dc += c.scratch;
    } else {
      c.dc.array() += dh * o * (S(1) - tc.square());
    }
    c.dcNorm[t] = c.dc.norm();  // the total dL/dc_t, before it flows on to c_{t-1}
    if (c.recordStateGradients) c.at(c.dcAll, t) = c.dc;
    auto dc = c.dc.array();
    auto dz = c.at(c.dpreIn, t);
    dz.topRows(H).array() = dc * g * i * (S(1) - i);
    dz.middleRows(H, H).array() = dc * c.cPrev(t).array() * f * (S(1) - f);
    dz.middleRows(2 * H, H).array() = dc * i * (S(1) - g.square());
    dz.bottomRows(H).array() = dh * tc * o * (S(1) - o);
    c.at(c.dpreRec, t) = dz;
    c.dc.array() *= f;
    recurrent::backToState(w, c, t);
  }
  // d[h_t; c_t]/d[h_{t-1}; c_{t-1}] = [[diag(tanh c) dO + diag(k) dC, diag(k f)], [dC, diag(f)]],
  // dC = diag(c_{t-1}) dF + diag(g) dI + diag(i) dG, dX = diag(x') W_hx, k = o (1 - tanh^2 c)
  // layer norm: W_hx are the row blocks of diag(g_hh) J_LN W_hh, and diag(k) becomes the full
  // K = dh_t/dc_t = diag(k g_c) J_LN(c_t):  [[diag(tanh c) dO + K dC, K diag(f)], [dC, diag(f)]]
  template <class S>
  static void stateJacobian(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, Mat<S>& J) {
    const Index H = c.H;
    RowMat<S> storage;
    const auto W = recurrent::stateDerivative(w, c, t, b, storage);  // [4H, H]
    const auto gates = c.at(c.gates, t).col(b);
    const Vec<S> i = gates.segment(0, H), f = gates.segment(H, H), g = gates.segment(2 * H, H), o = gates.segment(3 * H, H);
    const Vec<S> cp = c.cPrev(t).col(b), tc = c.at(c.aux, t).col(b);
    const Vec<S> k = (o.array() * (S(1) - tc.array().square())).matrix();
    J.resize(2 * H, 2 * H);
    auto dCdh = J.bottomLeftCorner(H, H);
    dCdh.noalias() = (cp.array() * f.array() * (S(1) - f.array())).matrix().asDiagonal() * W.middleRows(H, H);
    dCdh.noalias() += (g.array() * i.array() * (S(1) - i.array())).matrix().asDiagonal() * W.topRows(H);
    dCdh.noalias() += (i.array() * (S(1) - g.array().square())).matrix().asDiagonal() * W.middleRows(2 * H, H);
    J.bottomRightCorner(H, H) = f.asDiagonal();
    auto dHdh = J.topLeftCorner(H, H);
    dHdh.noalias() = (tc.array() * o.array() * (S(1) - o.array())).matrix().asDiagonal() * W.bottomRows(H);
    if (c.layerNorm) {
      const Index n = Index(t) * c.B + b;
      Mat<S> K = Mat<S>::Identity(H, H);
      layerNormJacobianOf(K, c.lnCHat.col(n), c.lnCInv[n]);
      K = (k.array() * w.lnCGain.col(0).array()).matrix().asDiagonal() * K;
      dHdh.noalias() += K * dCdh;
      J.topRightCorner(H, H).noalias() = K * f.asDiagonal();
    } else {
      dHdh.noalias() += k.asDiagonal() * dCdh;
      J.topRightCorner(H, H) = (k.array() * f.array()).matrix().asDiagonal();
    }
  }
};

struct GruCell {
  // reset_after (PyTorch):  r,z = sigmoid(W_i x + b_i + W_h h_{t-1} + b_h) (rows r,z)
  //   n = tanh(W_in x + b_in + r*(W_hn h_{t-1} + b_hn)),   h_t = (1-z)*n + z*h_{t-1}
  // classic (lecture notes): n = tanh(W_in x + b_in + W_hn (r*h_{t-1}) + b_hn),
  //   h_t = (1-z)*h_{t-1} + z*n
  template <class S>
  static void forward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    const Index H = c.H;
    auto hp = c.hPrev(t);
    auto pre = c.at(c.pre, t);
    auto gates = c.at(c.gates, t);
    auto aux = c.at(c.aux, t);
    const bool classic = c.gruVariant == GruVariant::Classic;
    if (classic) {
      c.rec.topRows(2 * H).noalias() = w.Whh.topRows(2 * H) * hp;
    } else {
      c.rec.noalias() = w.Whh * hp;
    }
    c.rec.topRows(2 * H).colwise() += w.bhh.topRows(2 * H).col(0);
    gates.topRows(2 * H) = act::sigmoid(pre.topRows(2 * H) + c.rec.topRows(2 * H));
    auto r = gates.topRows(H).array(), z = gates.middleRows(H, H).array();
    if (classic) {
      aux = r * hp.array();
      c.rec.bottomRows(H).noalias() = w.Whh.bottomRows(H) * aux;
      c.rec.bottomRows(H).colwise() += w.bhh.bottomRows(H).col(0);
      gates.bottomRows(H) = act::tanh(pre.bottomRows(H) + c.rec.bottomRows(H));
      c.hAt(t) = (S(1) - z) * hp.array() + z * gates.bottomRows(H).array();
    } else {
      c.rec.bottomRows(H).colwise() += w.bhh.bottomRows(H).col(0);
      aux = c.rec.bottomRows(H);
      gates.bottomRows(H) = act::tanh(pre.bottomRows(H).array() + r * aux.array());
      c.hAt(t) = (S(1) - z) * gates.bottomRows(H).array() + z * hp.array();
    }
  }
  // reset_after: dn = dh*(1-z), dz = dh*(h_{t-1}-n), dr = dn'*(W_hn h + b_hn),
  //   dh_{t-1} = dh*z + W_hh^T [dr'; dz'; dn'*r]      (' = times the activation's derivative)
  // classic: dn = dh*z, dz = dh*(n-h_{t-1}), d(r*h) = W_hn^T dn', dr = d(r*h)*h_{t-1},
  //   dh_{t-1} = dh*(1-z) + d(r*h)*r + W_h(r,z)^T [dr'; dz']
  template <class S>
  static void backward(const LayerWeights<S>& w, LayerCache<S>& c, int t) {
    const Index H = c.H;
    auto hp = c.hPrev(t).array();
    auto gates = c.at(c.gates, t);
    auto r = gates.topRows(H).array(), z = gates.middleRows(H, H).array();
    auto n = gates.bottomRows(H).array();
    auto dh = c.dh.array();
    auto dIn = c.at(c.dpreIn, t);
    auto dRec = c.at(c.dpreRec, t);
    auto dpr = dIn.topRows(H).array(), dpz = dIn.middleRows(H, H).array();
    auto dpn = dIn.bottomRows(H).array();
    if (c.gruVariant == GruVariant::Classic) {
      dpn = dh * z * (S(1) - n.square());
      dpz = dh * (n - hp) * z * (S(1) - z);
      c.scratch.noalias() = w.Whh.bottomRows(H).transpose() * dIn.bottomRows(H);  // d(r*h)
      dpr = c.scratch.array() * hp * r * (S(1) - r);
      dRec = dIn;
      c.scratch.array() = dh * (S(1) - z) + c.scratch.array() * r;
      c.dh.noalias() = w.Whh.topRows(2 * H).transpose() * dIn.topRows(2 * H);
      c.dh += c.scratch;
    } else {
      dpn = dh * (S(1) - z) * (S(1) - n.square());
      dpz = dh * (hp - n) * z * (S(1) - z);
      dpr = dpn * c.at(c.aux, t).array() * r * (S(1) - r);
      dRec.topRows(2 * H) = dIn.topRows(2 * H);
      dRec.bottomRows(H).array() = dpn * r;
      c.scratch.array() = dh * z;
      c.dh.noalias() = w.Whh.transpose() * dRec;
      c.dh += c.scratch;
    }
  }
  // reset_after: dh_t/dh_{t-1} = diag(z) + diag(h_{t-1} - n) dZ + diag(1-z) dN,
  //   dN = diag(1-n^2) (diag(W_hn h + b_hn) dR + diag(r) W_hn)
  // classic: dh_t/dh_{t-1} = diag(1-z) + diag(n - h_{t-1}) dZ + diag(z) dN,
  //   dN = diag(1-n^2) W_hn (diag(h_{t-1}) dR + diag(r));   dR = diag(r') W_hr, dZ = diag(z') W_hz
  template <class S>
  static void stateJacobian(const LayerWeights<S>& w, const LayerCache<S>& c, int t, Index b, Mat<S>& J) {
    const Index H = c.H;
    const auto gates = c.at(c.gates, t).col(b);
    const Vec<S> r = gates.segment(0, H), z = gates.segment(H, H), n = gates.segment(2 * H, H);
    const Vec<S> hp = c.hPrev(t).col(b), aux = c.at(c.aux, t).col(b);
    const Mat<S> dR = (r.array() * (S(1) - r.array())).matrix().asDiagonal() * w.Whh.topRows(H);
    const Mat<S> dZ = (z.array() * (S(1) - z.array())).matrix().asDiagonal() * w.Whh.middleRows(H, H);
    const Vec<S> dn = (S(1) - n.array().square()).matrix();
    Mat<S> dN;
    if (c.gruVariant == GruVariant::Classic) {
      Mat<S> inner = hp.asDiagonal() * dR;
      inner.diagonal() += r;
      dN.noalias() = dn.asDiagonal() * (w.Whh.bottomRows(H) * inner);
      J.noalias() = (n - hp).asDiagonal() * dZ;
      J.noalias() += z.asDiagonal() * dN;
      J.diagonal() += (S(1) - z.array()).matrix();
    } else {
      Mat<S> inner = aux.asDiagonal() * dR;
      inner.noalias() += r.asDiagonal() * w.Whh.bottomRows(H);
      dN.noalias() = dn.asDiagonal() * inner;
      J.noalias() = (hp - n).asDiagonal() * dZ;
      J.noalias() += (S(1) - z.array()).matrix().asDiagonal() * dN;
      J.diagonal() += z;
    }
  }
};

}  // namespace rnnscope
