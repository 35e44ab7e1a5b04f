#include "core/nn/jacobian_operator.h"

#include <utility>
#include <vector>

#include "core/nn/layer_norm.h"
#include "core/util/error.h"

namespace rnnscope {

template <class S>
StateJacobianOperator<S>::StateJacobianOperator(const LayerWeights<S>& w, const LayerCache<S>& c,
                                                std::span<const int> steps, Index b)
    : w_(w), cell_(c.cell), variant_(c.gruVariant), H_(c.H), n_(c.cell == CellKind::Lstm ? 2 * c.H : c.H),
      m_(static_cast<Index>(steps.size())), layerNorm_(c.layerNorm) {
  if (b < 0 || b >= c.B) throw Error("no such batch column in the last window");
  const Index H = H_, m = m_;
  const bool lstm = cell_ == CellKind::Lstm;
  if (layerNorm_) {
    recGain_ = w.lnHhGain.col(0);
    recHat_.resize(Index(c.G) * H, m);
    recInv_.resize(m);
    if (lstm) {
      cGain_ = w.lnCGain.col(0);
      cHat_.resize(H, m);
      cInv_.resize(m);
    }
  }
  gate_.resize(Index(c.G) * H, m);
  if (cell_ != CellKind::Rnn) skip_.resize(H, m);
  if (cell_ == CellKind::Lstm || (cell_ == CellKind::Gru && variant_ == GruVariant::Classic)) extra_.resize(H, m);
  for (Index j = 0; j < m; ++j) {
    const int t = steps[static_cast<std::size_t>(j)];
    if (t < 0 || t >= c.T) throw Error("no such step in the last window");
    const Index at = Index(t) * c.B + b;  // column of step t, stream b; h_{t-1} is h.col(at)
    if (layerNorm_) {
      recHat_.col(j) = c.lnRecHat.col(at);
      recInv_[j] = c.lnRecInv[at];
      if (lstm) {
        cHat_.col(j) = c.lnCHat.col(at);
        cInv_[j] = c.lnCInv[at];
      }
    }
    auto a = gate_.col(j).array();
    if (cell_ == CellKind::Rnn) {
      const auto h = c.h.col(at + c.B).array();  // h_t
      if (c.nonlinearity == Nonlinearity::Tanh) a = S(1) - h.square();  // tanh' = 1 - h^2
      else a = (h > S(0)).template cast<S>();                            // relu' = [h > 0]
    } else if (cell_ == CellKind::Lstm) {
      const auto g4 = c.gates.col(at).array();
      const auto i = g4.segment(0, H), f = g4.segment(H, H), g = g4.segment(2 * H, H), o = g4.segment(3 * H, H);
      const auto cPrev = c.c.col(at).array(), tc = c.aux.col(at).array();
      a.segment(0, H) = g * i * (S(1) - i);           // dc/d(W_i h) = g sigmoid'
      a.segment(H, H) = cPrev * f * (S(1) - f);       // dc/d(W_f h) = c_{t-1} sigmoid'
      a.segment(2 * H, H) = i * (S(1) - g.square());  // dc/d(W_g h) = i tanh'
      a.segment(3 * H, H) = tc * o * (S(1) - o);      // dh/d(W_o h) = tanh(c) sigmoid'
      skip_.col(j) = f.matrix();                      // dc/dc_{t-1}
      extra_.col(j) = (o * (S(1) - tc.square())).matrix();  // k = dh/dc_t
    } else {
      const auto g3 = c.gates.col(at).array();
      const auto r = g3.segment(0, H), z = g3.segment(H, H), nn = g3.segment(2 * H, H);
      const auto hPrev = c.h.col(at).array(), aux = c.aux.col(at).array();
      const auto dn = S(1) - nn.square();
      if (variant_ == GruVariant::Classic) {
        a.segment(0, H) = hPrev * r * (S(1) - r);       // d(r*h)/d(W_r h) = h_{t-1} sigmoid'
        a.segment(H, H) = (nn - hPrev) * z * (S(1) - z);  // dh/d(W_z h)
        a.segment(2 * H, H) = z * dn;                   // dh/d(W_n (r*h)) = z tanh'
        skip_.col(j) = (S(1) - z).matrix();
        extra_.col(j) = r.matrix();
      } else {
        a.segment(0, H) = (S(1) - z) * dn * aux * r * (S(1) - r);  // via r*(W_hn h + b_hn)
        a.segment(H, H) = (hPrev - nn) * z * (S(1) - z);
        a.segment(2 * H, H) = (S(1) - z) * dn * r;
        skip_.col(j) = z.matrix();
      }
    }
  }
}

template <class S>
StateJacobianOperator<S> StateJacobianOperator<S>::select(std::span<const Index> columns) const {
  for (Index j : columns)
    if (j < 0 || j >= m_) throw Error("no such column in the Jacobian operator");
  const std::vector<Index> picked(columns.begin(), columns.end());
  StateJacobianOperator<S> out = *this;
  out.m_ = static_cast<Index>(picked.size());
  out.gate_ = gate_(Eigen::all, picked);
  if (skip_.size() > 0) out.skip_ = skip_(Eigen::all, picked);
  if (extra_.size() > 0) out.extra_ = extra_(Eigen::all, picked);
  if (recHat_.size() > 0) {
    out.recHat_ = recHat_(Eigen::all, picked);
    out.recInv_ = recInv_(Eigen::all, picked);
  }
  if (cHat_.size() > 0) {
    out.cHat_ = cHat_(Eigen::all, picked);
    out.cInv_ = cInv_(Eigen::all, picked);
  }
  return out;
}

template <class S>
Mat<S> StateJacobianOperator<S>::recurrent(const Mat<S>& X) const {
  Mat<S> P = w_.Whh * X;
  if (layerNorm_) {
    layerNormJacobian(P, recHat_, recInv_);
    P.array().colwise() *= recGain_.array();
  }
  return P;
}

template <class S>
Mat<S> StateJacobianOperator<S>::recurrentTranspose(Mat<S> Z) const {
  if (layerNorm_) {
    Z.array().colwise() *= recGain_.array();
    layerNormJacobian(Z, recHat_, recInv_);
  }
  return w_.Whh.transpose() * Z;
}

template <class S>
Mat<S> StateJacobianOperator<S>::cellToOutput(const Mat<S>& dc) const {
  if (!layerNorm_) return extra_.cwiseProduct(dc);
  Mat<S> v = dc;
  layerNormJacobian(v, cHat_, cInv_);
  v.array().colwise() *= cGain_.array();
  return extra_.cwiseProduct(v);
}

template <class S>
Mat<S> StateJacobianOperator<S>::cellToOutputTranspose(const Mat<S>& u) const {
  if (!layerNorm_) return extra_.cwiseProduct(u);
  Mat<S> v = extra_.cwiseProduct(u);
  v.array().colwise() *= cGain_.array();
  layerNormJacobian(v, cHat_, cInv_);
  return v;
}

template <class S>
void StateJacobianOperator<S>::apply(const Mat<S>& X, Mat<S>& Y) const {
  if (X.rows() != n_ || X.cols() != m_) throw Error("the block does not match the Jacobian operator's shape");
  const Index H = H_;
  Y.resize(n_, m_);
  if (cell_ == CellKind::Lstm) {
    const Mat<S> G = gate_.cwiseProduct(recurrent(X.topRows(H)));  // a_* (W_* h), all four gates
    const Mat<S> dc = skip_.cwiseProduct(X.bottomRows(H)) + G.topRows(H) + G.middleRows(H, H) + G.middleRows(2 * H, H);
    Y.bottomRows(H) = dc;
    Y.topRows(H) = G.bottomRows(H) + cellToOutput(dc);
  } else if (cell_ == CellKind::Gru && variant_ == GruVariant::Classic) {
    const Mat<S> P = w_.Whh.topRows(2 * H) * X;  // W_r x, W_z x
    const Mat<S> inner = gate_.topRows(H).cwiseProduct(P.topRows(H)) + extra_.cwiseProduct(X);  // d(r*h)
    Y = skip_.cwiseProduct(X) + gate_.middleRows(H, H).cwiseProduct(P.bottomRows(H));
    Y += gate_.bottomRows(H).cwiseProduct(w_.Whh.bottomRows(H) * inner);
  } else {  // vanilla and GRU reset_after: skip*x + sum over gates of a_g (W_g x)
    const Mat<S> G = gate_.cwiseProduct(recurrent(X));
    Y = G.topRows(H);
    for (Index g = 1; g * H < G.rows(); ++g) Y += G.middleRows(g * H, H);
    if (skip_.size() > 0) Y += skip_.cwiseProduct(X);
  }
}

template <class S>
void StateJacobianOperator<S>::applyTranspose(const Mat<S>& U, Mat<S>& V) const {
  if (U.rows() != n_ || U.cols() != m_) throw Error("the block does not match the Jacobian operator's shape");
  const Index H = H_;
  V.resize(n_, m_);
  if (cell_ == CellKind::Lstm) {
    const Mat<S> dc = U.bottomRows(H) + cellToOutputTranspose(U.topRows(H));  // total dc_t
    Mat<S> Z(4 * H, m_);
    for (Index g = 0; g < 3; ++g) Z.middleRows(g * H, H) = gate_.middleRows(g * H, H).cwiseProduct(dc);
    Z.bottomRows(H) = gate_.bottomRows(H).cwiseProduct(U.topRows(H));
    V.topRows(H) = recurrentTranspose(std::move(Z));
    V.bottomRows(H) = skip_.cwiseProduct(dc);
  } else if (cell_ == CellKind::Gru && variant_ == GruVariant::Classic) {
    const Mat<S> q = w_.Whh.bottomRows(H).transpose() * gate_.bottomRows(H).cwiseProduct(U);  // d(r*h)
    Mat<S> Z(2 * H, m_);
    Z.topRows(H) = gate_.topRows(H).cwiseProduct(q);
    Z.bottomRows(H) = gate_.middleRows(H, H).cwiseProduct(U);
    V = skip_.cwiseProduct(U) + extra_.cwiseProduct(q);
    V.noalias() += w_.Whh.topRows(2 * H).transpose() * Z;
  } else {
    Mat<S> Z(gate_.rows(), m_);
    for (Index g = 0; g * H < Z.rows(); ++g) Z.middleRows(g * H, H) = gate_.middleRows(g * H, H).cwiseProduct(U);
    V = recurrentTranspose(std::move(Z));
    if (skip_.size() > 0) V += skip_.cwiseProduct(U);
  }
}

template class StateJacobianOperator<float>;
template class StateJacobianOperator<double>;

}  // namespace rnnscope
