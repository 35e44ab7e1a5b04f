#include "core/train/initializers.h"

#include <cmath>
#include <limits>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include "core/util/enum_names.h"
#include "core/util/json_fields.h"

namespace rnnscope {

namespace {
constexpr std::pair<const char*, InitScheme> kSchemes[] = {{"pytorch", InitScheme::PyTorchDefault},
                                                            {"xavier", InitScheme::Xavier},
                                                            {"he", InitScheme::He},
                                                            {"orthogonal", InitScheme::Orthogonal}};

template <class Block>
void fillUniform(Block&& m, double bound, Rng& rng) {
  for (Index r = 0; r < m.rows(); ++r)
    for (Index c = 0; c < m.cols(); ++c) m(r, c) = static_cast<typename std::decay_t<Block>::Scalar>(rng.uniform(-bound, bound));
}

template <class Block>
void fillNormal(Block&& m, double stddev, Rng& rng) {
  for (Index r = 0; r < m.rows(); ++r)
    for (Index c = 0; c < m.cols(); ++c) m(r, c) = static_cast<typename std::decay_t<Block>::Scalar>(stddev * rng.normal());
}

// One gate block [H, fanIn] of a recurrent weight matrix.
template <class Block>
void initGateBlock(Block&& m, InitScheme scheme, bool recurrent, Rng& rng) {
  using S = typename std::decay_t<Block>::Scalar;
  const double fanIn = static_cast<double>(m.cols()), fanOut = static_cast<double>(m.rows());
  switch (scheme) {
    case InitScheme::PyTorchDefault: fillUniform(m, 1.0 / std::sqrt(fanOut), rng); break;
    case InitScheme::Xavier: fillUniform(m, std::sqrt(6.0 / (fanIn + fanOut)), rng); break;
    case InitScheme::He: fillNormal(m, std::sqrt(2.0 / fanIn), rng); break;
    case InitScheme::Orthogonal:
      if (recurrent)
        m = randomOrthogonal<S>(m.rows(), rng);
      else
        fillUniform(m, std::sqrt(6.0 / (fanIn + fanOut)), rng);
      break;
  }
}
}  // namespace

// Q of the QR of a Gaussian matrix, with the signs of R's diagonal folded into Q so that the
// distribution is the Haar measure.
template <class S>
Mat<S> randomOrthogonal(Index n, Rng& rng) {
  Mat<double> g(n, n);
  fillNormal(g, 1.0, rng);
  Eigen::HouseholderQR<Mat<double>> qr(g);
  Mat<double> q = qr.householderQ();
  const Mat<double> r = qr.matrixQR().template triangularView<Eigen::Upper>();
  for (Index i = 0; i < n; ++i)
    if (r(i, i) < 0) q.col(i) = -q.col(i);
  return q.cast<S>();
}

template Mat<float> randomOrthogonal<float>(Index, Rng&);
template Mat<double> randomOrthogonal<double>(Index, Rng&);

std::string toString(InitScheme s) { return enumName(s, kSchemes); }
InitScheme initSchemeFromString(const std::string& s) { return parseEnum(s, "initialiser", kSchemes); }

void InitConfig::validate() const {
  if (!(spectralRadius >= 0.0 && spectralRadius <= 100.0))
    throw Error("spectral radius must be between 0 (off) and 100");
  if (!std::isnan(forgetBias) && !(forgetBias >= -100.0 && forgetBias <= 100.0))
    throw Error("forget-gate bias must be between -100 and 100");
}

nlohmann::json InitConfig::toJson() const {
  nlohmann::json j = {{"scheme", toString(scheme)}, {"spectral_radius", spectralRadius}};
  j["forget_bias"] = std::isnan(forgetBias) ? nlohmann::json(nullptr) : nlohmann::json(forgetBias);
  return j;
}

InitConfig InitConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "init config");
  InitConfig c;
  c.scheme = initSchemeFromString(jf::text(j, "scheme", toString(c.scheme)));
  c.spectralRadius = jf::number(j, "spectral_radius", c.spectralRadius, 0.0, 100.0);
  if (j.contains("forget_bias") && j["forget_bias"].is_null())
    c.forgetBias = std::numeric_limits<double>::quiet_NaN();
  else
    c.forgetBias = jf::number(j, "forget_bias", c.forgetBias, -100.0, 100.0);
  return c;
}

template <class S>
double spectralRadius(const Mat<S>& m) {
  Eigen::EigenSolver<Mat<double>> es(m.template cast<double>(), false);
  return es.eigenvalues().cwiseAbs().maxCoeff();
}

template <class S>
void initialize(Model<S>& model, const InitConfig& config, Rng& rng) {
  config.validate();
  auto& p = model.params();
  const auto& mc = model.config();
  const Index H = mc.hidden;
  const bool pytorch = config.scheme == InitScheme::PyTorchDefault;

  if (model.embedId() >= 0) fillNormal(p.value(model.embedId()), 1.0, rng);  // nn.Embedding: N(0, 1)
  for (int l = 0; l < mc.layers; ++l) {
    const auto& ids = model.layerIds(l);
    for (int g = 0; g < mc.gates(); ++g) {
      initGateBlock(p.value(ids.Wih).middleRows(g * H, H), config.scheme, false, rng);
      initGateBlock(p.value(ids.Whh).middleRows(g * H, H), config.scheme, true, rng);
    }
    for (int id : {ids.bih, ids.bhh}) {
      if (pytorch)
        fillUniform(p.value(id), 1.0 / std::sqrt(double(H)), rng);
      else
        p.value(id).setZero();
    }
    if (config.spectralRadius > 0) {
      for (int g = 0; g < mc.gates(); ++g) {
        auto block = p.value(ids.Whh).middleRows(g * H, H);
        const double rho = spectralRadius<S>(block);
        if (rho > 0) block *= static_cast<S>(config.spectralRadius / rho);
      }
    }
    // layer norm starts as the identity normalisation, as nn.LayerNorm: gains 1, biases 0
    for (int id : {ids.lnIhW, ids.lnHhW, ids.lnCW})
      if (id >= 0) p.value(id).setOnes();
    for (int id : {ids.lnIhB, ids.lnHhB, ids.lnCB})
      if (id >= 0) p.value(id).setZero();
    if (mc.cell == CellKind::Lstm && !std::isnan(config.forgetBias)) {
      p.value(ids.bih).middleRows(H, H).setConstant(static_cast<S>(config.forgetBias));
      p.value(ids.bhh).middleRows(H, H).setZero();
    }
  }
  // nn.Linear's default: kaiming-uniform with a = sqrt(5), i.e. U(-1/sqrt(fan_in), 1/sqrt(fan_in))
  if (model.headWeightId() < 0) return;  // an encoder
  const double headBound = 1.0 / std::sqrt(double(H));
  fillUniform(p.value(model.headWeightId()), headBound, rng);
  fillUniform(p.value(model.headBiasId()), headBound, rng);
}

template void initialize<float>(Model<float>&, const InitConfig&, Rng&);
template void initialize<double>(Model<double>&, const InitConfig&, Rng&);
template double spectralRadius<float>(const Mat<float>&);
template double spectralRadius<double>(const Mat<double>&);

}  // namespace rnnscope
