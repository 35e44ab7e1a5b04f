#pragma once
// Weight initialisation schemes. Each recurrent weight matrix is treated gate block by gate
// block ([H, I] or [H, H] each), because each gate is its own linear map.
#include <string>

#include <nlohmann/json.hpp>

#include "core/nn/model.h"
#include "core/util/random.h"

namespace rnnscope {

enum class InitScheme {
  PyTorchDefault,  // every rnn.* ~ U(-1/sqrt(H), 1/sqrt(H)); embed ~ N(0,1); head as nn.Linear
  Xavier,          // U(-a, a), a = sqrt(6 / (fan_in + fan_out)); biases zero
  He,              // N(0, 2 / fan_in); biases zero
  Orthogonal,      // W_hh blocks orthogonal (QR of a Gaussian), W_ih Xavier; biases zero
};

struct InitConfig {
  InitScheme scheme = InitScheme::PyTorchDefault;
  // > 0: rescale every W_hh gate block to this spectral radius (max |eigenvalue|) — the knob
  // that makes gradients vanish (rho < 1) or explode (rho > 1) on purpose.
  double spectralRadius = 0.0;
  // LSTM forget-gate bias (b_ih's f block; b_hh's f block is zeroed). A bias near 1 keeps the
  // cell state flowing early in training. NaN leaves the scheme's bias alone.
  double forgetBias = 1.0;

  void validate() const;
  nlohmann::json toJson() const;
  static InitConfig fromJson(const nlohmann::json& j);
};

std::string toString(InitScheme s);
InitScheme initSchemeFromString(const std::string& s);

// Layer-norm gains (rnn.ln_*.weight) are set to 1 and their biases to 0 under every scheme.
template <class S>
void initialize(Model<S>& model, const InitConfig& config, Rng& rng);

// A uniformly random n x n orthogonal matrix.
template <class S>
Mat<S> randomOrthogonal(Index n, Rng& rng);

// Largest |eigenvalue| of a square matrix.
template <class S>
double spectralRadius(const Mat<S>& m);

}  // namespace rnnscope
