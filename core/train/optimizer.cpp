#include "core/train/optimizer.h"

#include <cmath>

#include "core/util/enum_names.h"
#include "core/util/json_fields.h"

namespace rnnscope {

namespace {
constexpr std::pair<const char*, OptimizerKind> kKinds[] = {
    {"sgd", OptimizerKind::Sgd},         {"momentum", OptimizerKind::Momentum},
    {"nesterov", OptimizerKind::Nesterov}, {"rmsprop", OptimizerKind::RmsProp},
    {"adagrad", OptimizerKind::Adagrad}, {"adam", OptimizerKind::Adam}};
}

std::string toString(OptimizerKind k) { return enumName(k, kKinds); }
OptimizerKind optimizerKindFromString(const std::string& s) { return parseEnum(s, "optimiser", kKinds); }

void OptimizerConfig::validate() const {
  auto need = [](bool ok, const char* msg) {
    if (!ok) throw Error(msg);
  };
  need(learningRate > 0 && learningRate <= 100, "learning rate must be above 0 and at most 100");
  need(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)");
  need(beta1 >= 0 && beta1 < 1, "Adam beta1 must be in [0, 1)");
  need(beta2 >= 0 && beta2 < 1, "Adam beta2 must be in [0, 1)");
  need(alpha >= 0 && alpha < 1, "RMSProp alpha must be in [0, 1)");
  need(epsilon > 0 && epsilon <= 1, "epsilon must be in (0, 1]");
  need(weightDecay >= 0 && weightDecay <= 1, "weight decay must be between 0 and 1");
}

nlohmann::json OptimizerConfig::toJson() const {
  return {{"kind", toString(kind)}, {"lr", learningRate}, {"momentum", momentum}, {"beta1", beta1},
          {"beta2", beta2},         {"alpha", alpha},     {"eps", epsilon},      {"weight_decay", weightDecay}};
}

OptimizerConfig OptimizerConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "optimiser config");
  OptimizerConfig c;
  c.kind = optimizerKindFromString(jf::text(j, "kind", toString(c.kind)));
  c.learningRate = jf::number(j, "lr", c.learningRate, 1e-12, 100);
  c.momentum = jf::number(j, "momentum", c.momentum, 0, 0.999999);
  c.beta1 = jf::number(j, "beta1", c.beta1, 0, 0.999999);
  c.beta2 = jf::number(j, "beta2", c.beta2, 0, 0.999999999);
  c.alpha = jf::number(j, "alpha", c.alpha, 0, 0.999999999);
  c.epsilon = jf::number(j, "eps", c.epsilon, 1e-30, 1);
  c.weightDecay = jf::number(j, "weight_decay", c.weightDecay, 0, 1);
  c.validate();
  return c;
}

template <class S>
Optimizer<S>::Optimizer(const OptimizerConfig& config, Index parameterCount)
    : config_(config), size_(parameterCount) {
  config_.validate();
  first_ = Vec<S>::Zero(size_);
  second_ = Vec<S>::Zero(size_);
}

template <class S>
void Optimizer<S>::setConfig(const OptimizerConfig& config) {
  config.validate();
  if (config.kind != config_.kind) {
    first_.setZero();
    second_.setZero();
    t_ = 0;
  }
  config_ = config;
}

template <class S>
std::vector<std::pair<std::string, Vec<S>*>> Optimizer<S>::stateBuffers() {
  return {{"first", &first_}, {"second", &second_}};
}

template <class S>
void Optimizer<S>::step(Vec<S>& p, const Vec<S>& grads) {
  const auto& c = config_;
  ++t_;
  const S lr = static_cast<S>(c.learningRate), wd = static_cast<S>(c.weightDecay);
  const S mu = static_cast<S>(c.momentum), eps = static_cast<S>(c.epsilon);
  // g = grad + wd * p (L2 weight decay, as torch.optim's weight_decay argument)
  auto g = (grads + wd * p).array();
  auto m = first_.array();
  auto v = second_.array();
  switch (c.kind) {
    case OptimizerKind::Sgd:  // p -= lr * g
      p.array() -= lr * g;
      break;
    case OptimizerKind::Momentum:  // b = mu*b + g (b_1 = g);  p -= lr * b
      m = t_ == 1 ? g.eval() : (mu * m + g).eval();
      p.array() -= lr * m;
      break;
    case OptimizerKind::Nesterov:  // b = mu*b + g;  p -= lr * (g + mu*b)
      m = t_ == 1 ? g.eval() : (mu * m + g).eval();
      p.array() -= lr * (g + mu * m);
      break;
    case OptimizerKind::RmsProp: {  // v = a*v + (1-a) g^2;  p -= lr * g / (sqrt(v) + eps)
      const S a = static_cast<S>(c.alpha);
      v = a * v + (S(1) - a) * g.square();
      p.array() -= lr * g / (v.sqrt() + eps);
      break;
    }
    case OptimizerKind::Adagrad:  // s += g^2;  p -= lr * g / (sqrt(s) + 1e-10)
      v += g.square();
      p.array() -= lr * g / (v.sqrt() + S(1e-10));
      break;
    case OptimizerKind::Adam: {  // m, v moving averages; p -= lr * m^ / (sqrt(v^) + eps)
      const S b1 = static_cast<S>(c.beta1), b2 = static_cast<S>(c.beta2);
      m = b1 * m + (S(1) - b1) * g;
      v = b2 * v + (S(1) - b2) * g.square();
      const double t = static_cast<double>(t_);
      const S stepSize = static_cast<S>(c.learningRate / (1.0 - std::pow(c.beta1, t)));
      const S vCorrection = static_cast<S>(std::sqrt(1.0 - std::pow(c.beta2, t)));
      // PyTorch: p -= step_size * m / (sqrt(v) / sqrt(1-b2^t) + eps)
      p.array() -= stepSize * m / (v.sqrt() / vCorrection + eps);
      break;
    }
  }
}

template class Optimizer<float>;
template class Optimizer<double>;

}  // namespace rnnscope
