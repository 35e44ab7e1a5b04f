#pragma once
// Gradient clipping, the first remedy for exploding gradients.
#include <string>

#include <nlohmann/json.hpp>

#include "core/nn/tensor.h"

namespace rnnscope {

enum class ClipMode { None, Norm, Value };

struct ClipConfig {
  ClipMode mode = ClipMode::Norm;
  double threshold = 5.0;  // max global L2 norm (Norm) or max |g_i| (Value)

  void validate() const;
  nlohmann::json toJson() const;
  static ClipConfig fromJson(const nlohmann::json& j);
};

struct ClipReport {
  double normBefore = 0;  // global L2 norm of the gradient as computed
  double normAfter = 0;   // after clipping
  bool clipped = false;   // whether clipping changed anything
};

std::string toString(ClipMode m);
ClipMode clipModeFromString(const std::string& s);

// Norm: g <- g * threshold / ||g|| when ||g|| > threshold (torch.nn.utils.clip_grad_norm_).
// Value: g_i <- clamp(g_i, -threshold, threshold) (clip_grad_value_).
template <class S>
ClipReport clipGradients(Vec<S>& grads, const ClipConfig& config);

}  // namespace rnnscope
