#pragma once
// First-order optimisers over the model's flat parameter vector, with PyTorch's update rules
// (torch.optim) so that the same hyper-parameters mean the same thing in both.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/nn/tensor.h"

namespace rnnscope {

enum class OptimizerKind { Sgd, Momentum, Nesterov, RmsProp, Adagrad, Adam };

struct OptimizerConfig {
  OptimizerKind kind = OptimizerKind::Adam;
  double learningRate = 2e-3;
  double momentum = 0.9;      // Momentum, Nesterov
  double beta1 = 0.9;         // Adam
  double beta2 = 0.999;       // Adam
  double alpha = 0.99;        // RMSProp smoothing
  double epsilon = 1e-8;      // Adam, RMSProp; Adagrad uses 1e-10 as PyTorch does
  double weightDecay = 0.0;   // L2 penalty added to the gradient: g += wd * p

  void validate() const;
  nlohmann::json toJson() const;
  static OptimizerConfig fromJson(const nlohmann::json& j);
};

std::string toString(OptimizerKind k);
OptimizerKind optimizerKindFromString(const std::string& s);

template <class S>
class Optimizer {
public:
  Optimizer(const OptimizerConfig& config, Index parameterCount);

  // p <- update(p, g). The gradient is not modified.
  void step(Vec<S>& params, const Vec<S>& grads);

  const OptimizerConfig& config() const { return config_; }
  // Hyper-parameters may change between steps (live learning-rate changes); switching the
  // kind restarts its state, as constructing a new torch.optim object would.
  void setConfig(const OptimizerConfig& config);

  std::int64_t stepCount() const { return t_; }
  void setStepCount(std::int64_t t) { t_ = t; }
  // The state buffers by name ("m", "v", ...), each [P], for checkpoints.
  std::vector<std::pair<std::string, Vec<S>*>> stateBuffers();

private:
  OptimizerConfig config_;
  Index size_;
  std::int64_t t_ = 0;
  Vec<S> first_;   // [P] momentum buffer / Adam m
  Vec<S> second_;  // [P] RMSProp / Adagrad / Adam v
};

}  // namespace rnnscope
