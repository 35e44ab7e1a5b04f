#include "core/train/clipping.h"

#include <cmath>

#include "core/util/enum_names.h"
#include "core/util/json_fields.h"

namespace rnnscope {

namespace {
constexpr std::pair<const char*, ClipMode> kModes[] = {
    {"none", ClipMode::None}, {"norm", ClipMode::Norm}, {"value", ClipMode::Value}};

template <class S>
double globalNorm(const Vec<S>& g) {
  return std::sqrt(g.template cast<double>().squaredNorm());
}
}  // namespace

std::string toString(ClipMode m) { return enumName(m, kModes); }
ClipMode clipModeFromString(const std::string& s) { return parseEnum(s, "clipping mode", kModes); }

void ClipConfig::validate() const {
  if (mode != ClipMode::None && !(threshold > 0 && threshold <= 1e6))
    throw Error("clipping threshold must be above 0 and at most 1e6");
}

nlohmann::json ClipConfig::toJson() const { return {{"mode", toString(mode)}, {"threshold", threshold}}; }

ClipConfig ClipConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "clipping config");
  ClipConfig c;
  c.mode = clipModeFromString(jf::text(j, "mode", toString(c.mode)));
  c.threshold = jf::number(j, "threshold", c.threshold, 1e-12, 1e6);
  return c;
}

template <class S>
ClipReport clipGradients(Vec<S>& grads, const ClipConfig& config) {
  ClipReport r;
  r.normBefore = globalNorm(grads);
  r.normAfter = r.normBefore;
  if (!std::isfinite(r.normBefore)) return r;  // the trainer refuses such a step; nothing to clip
  if (config.mode == ClipMode::Norm && r.normBefore > config.threshold) {
    grads *= static_cast<S>(config.threshold / (r.normBefore + 1e-6));
    r.clipped = true;
  } else if (config.mode == ClipMode::Value && grads.cwiseAbs().maxCoeff() > config.threshold) {
    const S t = static_cast<S>(config.threshold);
    grads = grads.cwiseMax(-t).cwiseMin(t);
    r.clipped = true;
  }
  if (r.clipped) r.normAfter = globalNorm(grads);
  return r;
}

template ClipReport clipGradients<float>(Vec<float>&, const ClipConfig&);
template ClipReport clipGradients<double>(Vec<double>&, const ClipConfig&);

}  // namespace rnnscope
