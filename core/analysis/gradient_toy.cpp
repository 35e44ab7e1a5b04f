#include "core/analysis/gradient_toy.h"

#include <cmath>

#include "core/train/initializers.h"
#include "core/util/random.h"

namespace rnnscope {

std::vector<double> scalarGradientFlow(double factor, int steps) {
  std::vector<double> g(static_cast<std::size_t>(std::max(steps, 0)) + 1);
  for (std::size_t k = 0; k < g.size(); ++k) g[k] = std::pow(factor, static_cast<double>(k));
  return g;
}

Mat<double> scaledOrthogonal(double factor, Index n, std::uint64_t seed) {
  Rng rng(seed);
  return factor * randomOrthogonal<double>(n, rng);
}

std::vector<double> matrixGradientFlow(const Mat<double>& m, const Vec<double>& g, int steps) {
  std::vector<double> norms(static_cast<std::size_t>(std::max(steps, 0)) + 1);
  const double start = g.norm();
  Vec<double> v = g;
  for (std::size_t k = 0; k < norms.size(); ++k) {
    norms[k] = v.norm() / start;
    v = m * v;  // one more step back: g_{k+1} = M g_k
  }
  return norms;
}

double factorPerStep(const std::vector<double>& norms, std::size_t from, std::size_t to) {
  if (to <= from || to >= norms.size() || !(norms[from] > 0) || !(norms[to] > 0)) return NAN;
  return std::pow(norms[to] / norms[from], 1.0 / static_cast<double>(to - from));
}

}  // namespace rnnscope
