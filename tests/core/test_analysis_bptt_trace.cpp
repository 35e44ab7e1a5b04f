// The step-through-BPTT trace against independent computations: its running sums of per-step
// terms against the model's own gradients (one product over the window, in a separate pass),
// its split of dL/dh_t and dL/dc_t against finite differences of the loss with respect to the
// state at every cut of the window, its total dL/dh_t (recorded in the model's time loop)
// against the sum of its two parts (built from the head, the layer above and the state
// Jacobians), and a "hello" window recomputed by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/analysis/bptt_trace.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

// max |a - b| relative to the largest entry of b.
double maxDiffRelative(const Mat<double>& a, const Mat<double>& b) {
  EXPECT_EQ(a.rows(), b.rows());
  EXPECT_EQ(a.cols(), b.cols());
  if (a.rows() != b.rows() || a.cols() != b.cols()) return 1;
  return (a - b).cwiseAbs().maxCoeff() / std::max(b.cwiseAbs().maxCoeff(), 1e-300);
}

struct TraceCase {
  CellKind cell;
  Nonlinearity nonlinearity;
  GruVariant variant;
  int layers;
  int embed;
  bool layerNorm = false;
};

std::string caseName(const ::testing::TestParamInfo<TraceCase>& info) {
  const auto& c = info.param;
  std::string name = toString(c.cell);
  if (c.cell == CellKind::Rnn) name.append("_").append(toString(c.nonlinearity));
  if (c.cell == CellKind::Gru) name.append("_").append(toString(c.variant));
  name.append("_L").append(std::to_string(c.layers)).append(c.embed > 0 ? "_embed" : "_onehot");
  if (c.layerNorm) name.append("_layernorm");
  return name;
}

// rnn and lstm with layer_norm (docs/math-conventions.md, "Layer normalisation")
std::vector<TraceCase> layerNormCases() {
  std::vector<TraceCase> cases;
  for (const CellKind cell : {CellKind::Rnn, CellKind::Lstm})
    for (int layers : {1, 2})
      for (int embed : {0, 3}) cases.push_back({cell, Nonlinearity::Tanh, GruVariant::ResetAfter, layers, embed, true});
  return cases;
}

std::vector<TraceCase> allCases() {
  std::vector<TraceCase> cases;
  const TraceCase cells[] = {
      {CellKind::Rnn, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Rnn, Nonlinearity::Relu, GruVariant::ResetAfter, 1, 0},
      {CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter, 1, 0},
      {CellKind::Gru, Nonlinearity::Tanh, GruVariant::Classic, 1, 0},
  };
  for (auto c : cells)
    for (int layers : {1, 2})
      for (int embed : {0, 3}) {
        c.layers = layers;
        c.embed = embed;
        cases.push_back(c);
      }
  return cases;
}

struct Fixture {
  static constexpr int T = 6, V = 5, H = 4;
  Model<double> model;
  std::vector<std::int32_t> in, tgt;
  RecurrentState<double> carried;

  explicit Fixture(const TraceCase& c, int hidden = H) : model(configFor(c, hidden)) {
    testing::randomizeParameters(model, 77, 0.7);
    in = testing::randomTokens(T, V, 11);
    tgt = testing::randomTokens(T, V, 12);
    // a previous window of the same stream only produces the carried state (non-zero)
    carried = model.zeroState(1);
    const auto before = testing::randomTokens(5, V, 13);
    model.forward(before, 1, carried);
  }
  static ModelConfig configFor(const TraceCase& c, int hidden) {
    ModelConfig cfg;
    cfg.cell = c.cell;
    cfg.nonlinearity = c.nonlinearity;
    cfg.gruVariant = c.variant;
    cfg.layers = c.layers;
    cfg.embed = c.embed;
    cfg.hidden = hidden;
    cfg.vocabSize = V;
    cfg.dtype = DType::F64;
    cfg.layerNorm = c.layerNorm;
    return cfg;
  }
  // Mean loss of positions k+1..T-1, from the state after step k.
  double tailLoss(int k, const RecurrentState<double>& start) {
    auto s = start;
    const std::span<const std::int32_t> i(in), g(tgt);
    model.forward(i.subspan(std::size_t(k + 1)), 1, s);
    return model.loss(g.subspan(std::size_t(k + 1)));
  }
};

class BpttTraceCells : public ::testing::TestWithParam<TraceCase> {};

// 1. The running sums at t = 0 are the gradients of Model::backward, for every tensor.
TEST_P(BpttTraceCells, BpttTraceRunningSumsEqualModelGradients) {
  Fixture f(GetParam());
  Model<double> reference = f.model;  // its own forward, loss and backward, untouched by the trace
  auto s = f.carried;
  reference.forward(f.in, 1, s);
  const double loss = reference.loss(f.tgt);
  reference.backward();

  const auto tr = traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  ASSERT_TRUE(tr.detailed);
  EXPECT_NEAR(tr.loss, loss, 1e-14);
  const auto& P = reference.params();
  auto check = [&](const BpttGradientStep<double>& first, int id, const char* what) {
    const Mat<double> grad = P.grad(id);
    ASSERT_GT(grad.norm(), 1e-8) << what;
    EXPECT_LT(maxDiffRelative(first.cumulative, grad), 1e-12) << what;
    EXPECT_NEAR(first.cumulativeNorm, grad.norm(), 1e-12 * grad.norm()) << what;
  };
  check(tr.output[0].Why, reference.headWeightId(), "head.weight");
  check(tr.output[0].bhy, reference.headBiasId(), "head.bias");
  if (reference.embedId() >= 0) check(tr.output[0].embed, reference.embedId(), "embed.weight");
  for (int l = 0; l < tr.L; ++l) {
    const auto& ids = reference.layerIds(l);
    const auto& first = tr.layers[std::size_t(l)][0];
    check(first.Wih, ids.Wih, "weight_ih");
    check(first.Whh, ids.Whh, "weight_hh");
    check(first.bih, ids.bih, "bias_ih");
    check(first.bhh, ids.bhh, "bias_hh");
  }
  // each step's term is the difference of two successive running sums
  for (int t = 0; t + 1 < tr.T; ++t) {
    const auto& a = tr.layers[0][std::size_t(t)].Whh;
    const auto& b = tr.layers[0][std::size_t(t + 1)].Whh;
    EXPECT_LT((a.cumulative - b.cumulative - a.term).cwiseAbs().maxCoeff(), 1e-15);
    EXPECT_NEAR(a.termNorm, a.term.norm(), 1e-15);
  }
}

// The forward numbers: the gates and h_t are the activations of the pre-activations shown.
TEST_P(BpttTraceCells, BpttTracePreactivationsGiveTheGates) {
  Fixture f(GetParam());
  const auto tr = traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  const Index H = tr.H;
  // scalar std::exp: GCC 12 warns falsely inside Eigen's AVX-512 exp (see the top CMakeLists.txt)
  const auto sig = [](const Vec<double>& v) { return Vec<double>(v.unaryExpr([](double u) { return 1.0 / (1.0 + std::exp(-u)); })); };
  for (int l = 0; l < tr.L; ++l)
    for (int t = 0; t < tr.T; ++t) {
      const auto& s = tr.layers[std::size_t(l)][std::size_t(t)];
      const Vec<double>& a = s.preactivation;
      ASSERT_EQ(a.size(), tr.G * H);
      if (tr.cell == CellKind::Rnn) {
        const Vec<double> h = tr.nonlinearity == Nonlinearity::Tanh ? Vec<double>(a.array().tanh().matrix())
                                                                    : Vec<double>(a.cwiseMax(0.0));
        EXPECT_LT((h - s.h).cwiseAbs().maxCoeff(), 1e-14);
        continue;
      }
      Vec<double> g(a.size());
      if (tr.cell == CellKind::Lstm) {
        g << sig(a.head(2 * H)), a.segment(2 * H, H).array().tanh().matrix(), sig(a.tail(H));
      } else {
        g << sig(a.head(2 * H)), a.tail(H).array().tanh().matrix();
      }
      EXPECT_LT((g - s.gates).cwiseAbs().maxCoeff(), 1e-14) << "layer " << l << " t " << t;
      // the input side is W_ih x_t + b_ih, with x_t as shown (layer norm: LN(W_ih x_t) + b_ih)
      const auto w = f.model.layerWeights(l);
      Vec<double> in = w.Wih * s.x;
      if (GetParam().layerNorm) {
        const Vec<double> centred = (in.array() - in.mean()).matrix();
        in = (centred.array() / std::sqrt(centred.squaredNorm() / double(in.size()) + 1e-5) * w.lnIhGain.col(0).array() +
              w.lnIhBias.col(0).array()).matrix();
      }
      EXPECT_LT((in + w.bih.col(0) - s.inputProjection).cwiseAbs().maxCoeff(), 1e-13);
    }
}

// 2. dL/ds at every cut of the window against finite differences: the state after step k is
// carried into a window of the remaining positions k+1..T-1, whose mean loss is (T-k-1)/T of
// the part of L that depends on the state through time. At k = -1 that is the whole of
// dL/dh_{-1}, the gradient truncation drops; at k >= 0 it is the part from the future step.
TEST_P(BpttTraceCells, BpttTraceStateGradientsMatchFiniteDifferences) {
  Fixture f(GetParam());
  const auto tr = traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  const bool lstm = tr.cell == CellKind::Lstm;
  // a relu unit that is off at a step passes no gradient back: there only the window as a whole
  // must carry some, not every step
  const bool canDie = tr.cell == CellKind::Rnn && tr.nonlinearity == Nonlinearity::Relu;
  std::vector<double> carriedSum(std::size_t(tr.L), 0.0);
  for (int k = -1; k <= tr.T - 2; ++k) {
    RecurrentState<double> at = f.carried;  // the state after step k, every layer
    if (k >= 0)
      for (int l = 0; l < tr.L; ++l) {
        at.h[std::size_t(l)] = tr.layers[std::size_t(l)][std::size_t(k)].h;
        if (lstm) at.c[std::size_t(l)] = tr.layers[std::size_t(l)][std::size_t(k)].c;
      }
    const double share = double(tr.T - k - 1) / tr.T;
    for (int l = 0; l < tr.L; ++l) {
      const auto& next = k >= 0 ? tr.layers[std::size_t(l)][std::size_t(k)] : BpttLayerStep<double>{};
      const Vec<double> dh = k >= 0 ? next.dhFromFuture : tr.boundary[std::size_t(l)].dh;
      Vec<double> numeric(tr.H);
      auto s = at;
      for (Index i = 0; i < tr.H; ++i)
        numeric[i] = share * testing::derivative(s.h[std::size_t(l)](i, 0), [&] { return f.tailLoss(k, s); });
      if (!canDie) { EXPECT_GT(dh.norm(), 1e-6) << "k " << k << " layer " << l; }
      carriedSum[std::size_t(l)] += dh.norm();
      EXPECT_LT(testing::maxRelativeError(dh, numeric), 1e-6) << "k " << k << " layer " << l;
      if (!lstm) continue;
      const Vec<double> dc = k >= 0 ? next.dcFromFuture : tr.boundary[std::size_t(l)].dc;
      for (Index i = 0; i < tr.H; ++i)
        numeric[i] = share * testing::derivative(s.c[std::size_t(l)](i, 0), [&] { return f.tailLoss(k, s); });
      EXPECT_GT(dc.norm(), 1e-6) << "k " << k << " layer " << l;
      EXPECT_LT(testing::maxRelativeError(dc, numeric), 1e-6) << "c, k " << k << " layer " << l;
    }
  }
  for (int l = 0; l < tr.L; ++l) EXPECT_GT(carriedSum[std::size_t(l)], 1e-6) << "layer " << l;
  // the carried state itself is what the trace says was carried in
  for (int l = 0; l < tr.L; ++l) {
    EXPECT_EQ(tr.boundary[std::size_t(l)].hCarried, Vec<double>(f.carried.h[std::size_t(l)]));
    if (lstm) { EXPECT_EQ(tr.boundary[std::size_t(l)].cCarried, Vec<double>(f.carried.c[std::size_t(l)])); }
  }
}

// 3. The total dL/dh_t the model's time loop used (recorded there) is the sum of the part
// from above (head or layer above) and the part from the future (through J_{t+1}^T); the
// future part is exactly zero at the window's last step. Same for the LSTM's dL/dc_t.
TEST_P(BpttTraceCells, BpttTraceStateGradientSplitsIntoAboveAndFuture) {
  Fixture f(GetParam());
  const auto tr = traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  const bool lstm = tr.cell == CellKind::Lstm;
  const bool canDie = tr.cell == CellKind::Rnn && tr.nonlinearity == Nonlinearity::Relu;  // see above
  for (int l = 0; l < tr.L; ++l) {
    const auto& steps = tr.layers[std::size_t(l)];
    double aboveSum = 0, futureSum = 0;
    for (int t = 0; t < tr.T; ++t) {
      const auto& s = steps[std::size_t(t)];
      ASSERT_EQ(s.dh.size(), tr.H);
      EXPECT_LT(maxDiffRelative(s.dhFromAbove + s.dhFromFuture, s.dh), 1e-12) << "layer " << l << " t " << t;
      aboveSum += s.dhFromAbove.norm();
      futureSum += s.dhFromFuture.norm();
      if (!canDie) { EXPECT_GT(s.dhFromAbove.norm(), 1e-8); }
      if (!canDie && t < tr.T - 1) { EXPECT_GT(s.dhFromFuture.norm(), 1e-8); }
      EXPECT_NEAR(s.norms.dh, s.dh.norm(), 1e-15);
      EXPECT_NEAR(s.norms.dh, f.model.layerCache(l).dhNorm[std::size_t(t)], 1e-15);
      if (!lstm) continue;
      EXPECT_LT(maxDiffRelative(s.dcFromFuture + s.dcFromH, s.dc), 1e-12) << "layer " << l << " t " << t;
      if (t < tr.T - 1) { EXPECT_GT(s.dcFromFuture.norm(), 1e-8); }
    }
    EXPECT_GT(aboveSum, 1e-8);
    EXPECT_GT(futureSum, 1e-8);
    const auto& last = steps.back();
    EXPECT_TRUE((last.dhFromFuture.array() == 0.0).all());
    EXPECT_LT(maxDiffRelative(last.dhFromAbove, last.dh), 1e-12);  // GEMM in the model, GEMV here: not bit-equal
    if (lstm) { EXPECT_TRUE((last.dcFromFuture.array() == 0.0).all()); }

    // what arrives at the cut is J_0^T dL/ds_0, with the explicit Jacobian of cells.h
    const Index H = tr.H;
    Vec<double> g(lstm ? 2 * H : H);
    g.head(H) = steps[0].dh;
    if (lstm) g.tail(H) = steps[0].dc - steps[0].dcFromH;  // dL/dc_0 with h_0 held: the part from c_1
    ASSERT_EQ(steps[0].jacobian.rows(), g.size());
    const Vec<double> back = steps[0].jacobian.transpose() * g;
    EXPECT_LT(maxDiffRelative(back.head(H), tr.boundary[std::size_t(l)].dh), 1e-12);
    if (lstm) { EXPECT_LT(maxDiffRelative(back.tail(H), tr.boundary[std::size_t(l)].dc), 1e-12); }
    EXPECT_EQ(steps[0].jacobian, f.model.stateJacobian(l, 0));
  }
}

INSTANTIATE_TEST_SUITE_P(AllCells, BpttTraceCells, ::testing::ValuesIn(allCases()), caseName);
INSTANTIATE_TEST_SUITE_P(LayerNorm, BpttTraceCells, ::testing::ValuesIn(layerNormCases()), caseName);

// 4. "hello": vocabulary {h, e, l, o}, one-hot input, 3 hidden units, a tanh RNN; inputs
// "hell", targets "ello". Every shape, and the forward pass recomputed by hand.
TEST(BpttTrace, BpttTraceHelloWindow) {
  ModelConfig cfg;
  cfg.cell = CellKind::Rnn;
  cfg.hidden = 3;
  cfg.layers = 1;
  cfg.embed = 0;
  cfg.vocabSize = 4;
  cfg.dtype = DType::F64;
  Model<double> model(cfg);
  testing::randomizeParameters(model, 5, 0.8);
  const std::vector<std::int32_t> in = {0, 1, 2, 2};   // h e l l
  const std::vector<std::int32_t> tgt = {1, 2, 2, 3};  // e l l o
  const auto tr = traceBackpropagation(model, in, tgt, model.zeroState(1));

  EXPECT_EQ(tr.T, 4);
  EXPECT_EQ(tr.L, 1);
  EXPECT_EQ(tr.H, 3);
  EXPECT_EQ(tr.G, 1);
  EXPECT_EQ(tr.V, 4);
  EXPECT_TRUE(tr.detailed);
  ASSERT_EQ(tr.output.size(), 4u);
  ASSERT_EQ(tr.layers.size(), 1u);
  ASSERT_EQ(tr.layers[0].size(), 4u);
  ASSERT_EQ(tr.boundary.size(), 1u);
  EXPECT_EQ(tr.boundary[0].hCarried, Vec<double>::Zero(3));
  EXPECT_EQ(tr.boundary[0].cCarried.size(), 0);

  const auto& P = model.params();
  const Mat<double> Wih = P.value(model.layerIds(0).Wih), Whh = P.value(model.layerIds(0).Whh);
  const Vec<double> bih = P.value(model.layerIds(0).bih), bhh = P.value(model.layerIds(0).bhh);
  const Mat<double> Why = P.value(model.headWeightId());
  const Vec<double> bhy = P.value(model.headBiasId());
  Vec<double> h = Vec<double>::Zero(3);
  double sum = 0;
  for (int t = 0; t < 4; ++t) {
    const auto& o = tr.output[std::size_t(t)];
    const auto& s = tr.layers[0][std::size_t(t)];
    EXPECT_EQ(o.input, in[std::size_t(t)]);
    EXPECT_EQ(o.target, tgt[std::size_t(t)]);
    EXPECT_EQ(o.logits.size(), 4);
    EXPECT_EQ(o.probabilities.size(), 4);
    EXPECT_EQ(o.dlogits.size(), 4);
    EXPECT_EQ(s.x.size(), 4);
    EXPECT_EQ(s.x.sum(), 1.0);
    EXPECT_EQ(s.x[in[std::size_t(t)]], 1.0);
    EXPECT_EQ(s.preactivation.size(), 3);
    EXPECT_EQ(s.gates.size(), 0);
    EXPECT_EQ(s.h.size(), 3);
    EXPECT_EQ(s.c.size(), 0);
    EXPECT_EQ(s.dh.size(), 3);
    EXPECT_EQ(s.dc.size(), 0);
    EXPECT_EQ(s.dx.size(), 0);  // one-hot: the gradient lands in W_ih's column
    EXPECT_EQ(s.Wih.term.rows(), 3);
    EXPECT_EQ(s.Wih.term.cols(), 4);
    EXPECT_EQ(s.Whh.term.rows(), 3);
    EXPECT_EQ(s.Whh.term.cols(), 3);
    EXPECT_EQ(s.bih.term.size(), 3);
    EXPECT_EQ(o.Why.term.rows(), 4);
    EXPECT_EQ(o.Why.term.cols(), 3);
    EXPECT_EQ(o.embed.term.size(), 0);
    EXPECT_EQ(s.jacobian.rows(), 3);
    EXPECT_EQ(s.jacobian.cols(), 3);
    // only the input's column of W_ih receives a term
    for (Index v = 0; v < 4; ++v)
      if (v != in[std::size_t(t)]) { EXPECT_EQ(s.Wih.term.col(v).norm(), 0.0); }

    const Vec<double> a = Wih.col(in[std::size_t(t)]) + bih + Whh * h + bhh;
    h = a.array().tanh().matrix();
    const Vec<double> y = Why * h + bhy;
    const Vec<double> e = y.unaryExpr([](double u) { return std::exp(u); });  // scalar exp, as above
    const Vec<double> p = e / e.sum();
    EXPECT_LT((s.preactivation - a).cwiseAbs().maxCoeff(), 1e-14);
    EXPECT_LT((s.h - h).cwiseAbs().maxCoeff(), 1e-14);
    EXPECT_LT((o.logits - y).cwiseAbs().maxCoeff(), 1e-14);
    EXPECT_LT((o.probabilities - p).cwiseAbs().maxCoeff(), 1e-14);
    EXPECT_NEAR(o.loss, -std::log(p[tgt[std::size_t(t)]]), 1e-13);
    EXPECT_GT(o.loss, 0.0);
    Vec<double> dy = p;
    dy[tgt[std::size_t(t)]] -= 1;
    EXPECT_LT((o.dlogits - dy / 4).cwiseAbs().maxCoeff(), 1e-15);  // the mean over the 4 positions
    sum += o.loss;
  }
  EXPECT_NEAR(tr.loss, sum / 4, 1e-14);
}

// A layer above the detail limit keeps every vector and every norm, but no matrices.
TEST(BpttTrace, BpttTraceLargeLayerKeepsNormsOnly) {
  Fixture f({CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter, 2, 3}, 20);
  const auto tr = traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  EXPECT_FALSE(tr.detailed);
  f.model.backward();  // the same window again, for the reference gradients
  const auto& P = f.model.params();
  for (int l = 0; l < tr.L; ++l) {
    const auto& first = tr.layers[std::size_t(l)][0];
    EXPECT_EQ(first.jacobian.size(), 0);
    EXPECT_EQ(first.Whh.term.size(), 0);
    EXPECT_EQ(first.Whh.cumulative.size(), 0);
    EXPECT_EQ(first.Wih.term.size(), 0);
    EXPECT_EQ(first.h.size(), 20);
    EXPECT_EQ(first.gates.size(), 80);
    EXPECT_EQ(first.bih.cumulative.size(), 80);  // biases are kept at every size
    const double g = P.grad(f.model.layerIds(l).Whh).norm();
    EXPECT_NEAR(first.Whh.cumulativeNorm, g, 1e-12 * g);
    EXPECT_GT(first.Whh.termNorm, 0.0);
    EXPECT_NEAR(first.norms.h, first.h.norm(), 1e-15);
    EXPECT_NEAR(first.norms.dc, first.dc.norm(), 1e-15);
  }
  EXPECT_EQ(tr.output[0].Why.term.size(), 0);
  EXPECT_NEAR(tr.output[0].Why.cumulativeNorm, P.grad(f.model.headWeightId()).norm(), 1e-12);
}

TEST(BpttTrace, BpttTraceLeavesTheRecordOffAndRejectsBadWindows) {
  Fixture f({CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter, 2, 0});
  traceBackpropagation(f.model, f.in, f.tgt, f.carried);
  for (int l = 0; l < 2; ++l) EXPECT_FALSE(f.model.layerCache(l).recordStateGradients);

  const std::span<const std::int32_t> in(f.in), tgt(f.tgt);
  EXPECT_THROW(traceBackpropagation(f.model, in, tgt.first(3), f.carried), Error);
  EXPECT_THROW(traceBackpropagation(f.model, in.first(0), tgt.first(0), f.carried), Error);
  EXPECT_THROW(traceBackpropagation(f.model, in, tgt, f.model.zeroState(2)), Error);
  auto oneLayer = f.carried;
  oneLayer.h.pop_back();
  EXPECT_THROW(traceBackpropagation(f.model, in, tgt, oneLayer), Error);
  f.model.setClamps({CellClamp{0, 1, false, 0.5}});
  EXPECT_THROW(traceBackpropagation(f.model, in, tgt, f.carried), Error);
  f.model.setClamps({});
  EXPECT_NO_THROW(traceBackpropagation(f.model, in, tgt, f.carried));
}

// The float instantiation: the same bookkeeping, at float's precision.
TEST(BpttTrace, BpttTraceInFloat) {
  ModelConfig cfg = Fixture::configFor({CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter, 2, 3}, 4);
  cfg.dtype = DType::F32;
  Model<float> model(cfg);
  testing::randomizeParameters(model, 9, 0.7);
  const auto in = testing::randomTokens(5, Fixture::V, 1), tgt = testing::randomTokens(5, Fixture::V, 2);
  const auto tr = traceBackpropagation(model, in, tgt, model.zeroState(1));
  const Mat<float> g = model.params().grad(model.layerIds(0).Whh);  // the trace's own backward
  EXPECT_LT((tr.layers[0][0].Whh.cumulative - g).cwiseAbs().maxCoeff(), 1e-5f * g.cwiseAbs().maxCoeff());
  for (const auto& s : tr.layers[1]) EXPECT_LT((s.dhFromAbove + s.dhFromFuture - s.dh).norm(), 1e-5f * s.dh.norm());
}

}  // namespace
}  // namespace rnnscope
