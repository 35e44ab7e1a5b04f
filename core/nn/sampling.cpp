#include "core/nn/sampling.h"

#include <cmath>
#include <vector>

#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {

template <class S>
int drawFromLogits(const Eigen::Ref<const Vec<S>>& logits, double temperature, double u) {
  Index best = 0;
  logits.maxCoeff(&best);
  if (temperature <= 0) return static_cast<int>(best);
  // p_i = exp((l_i - l_max) / T) / Z, in double so small temperatures stay exact enough
  const double top = static_cast<double>(logits[best]);
  std::vector<double> cumulative(static_cast<std::size_t>(logits.size()));
  double z = 0;
  for (Index i = 0; i < logits.size(); ++i) {
    z += std::exp((static_cast<double>(logits[i]) - top) / temperature);
    cumulative[static_cast<std::size_t>(i)] = z;
  }
  const double target = u * z;
  for (std::size_t i = 0; i < cumulative.size(); ++i)
    if (target < cumulative[i]) return static_cast<int>(i);
  return static_cast<int>(best);
}

template <class S>
std::u32string sampleText(Model<S>& model, const Vocabulary& vocab, const SampleOptions& o) {
  if (o.length < 1 || o.length > 1000000) throw Error("sample length must be between 1 and 1000000");
  if (!(o.temperature >= 0 && o.temperature <= 10)) throw Error("temperature must be between 0 and 10");
  if (vocab.size() != model.config().vocabSize) throw Error("the vocabulary does not match the model");
  std::vector<std::int32_t> prime = vocab.encode(o.prime);
  if (prime.empty()) prime.push_back(std::max(0, vocab.indexOf(U'\n')));

  model.setClamps(o.clamps);
  struct ClampGuard {  // the clamps hold for this sample only, however it ends
    Model<S>& m;
    ~ClampGuard() { m.setClamps({}); }
  } guard{model};
  Rng rng(o.seed);
  auto state = model.zeroState(1);
  if (prime.size() > 1) model.forward(std::span(prime).first(prime.size() - 1), 1, state);
  std::int32_t current = prime.back();
  std::u32string out;
  out.reserve(static_cast<std::size_t>(o.length));
  for (int i = 0; i < o.length; ++i) {
    model.forward(std::span(&current, 1), 1, state);
    current = drawFromLogits<S>(model.logits().col(0), o.temperature, rng.uniform());
    out.push_back(vocab.at(current));
  }
  return out;
}

template std::u32string sampleText<float>(Model<float>&, const Vocabulary&, const SampleOptions&);
template std::u32string sampleText<double>(Model<double>&, const Vocabulary&, const SampleOptions&);
template int drawFromLogits<float>(const Eigen::Ref<const Vec<float>>&, double, double);
template int drawFromLogits<double>(const Eigen::Ref<const Vec<double>>&, double, double);

}  // namespace rnnscope
