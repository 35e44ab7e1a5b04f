// Any JSON as training settings (--config, config.json of a run): settings that validate, or
// rnnscope::Error; accepted settings survive a round trip through JSON.
#include <cstdint>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/train/trainer.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto j = nlohmann::json::parse(data, data + size, nullptr, false);
  if (j.is_discarded()) return 0;
  rnnscope::TrainConfig c;
  try {
    c = rnnscope::TrainConfig::fromJson(j);
  } catch (const rnnscope::Error&) {
    return 0;
  }
  if (rnnscope::TrainConfig::fromJson(c.toJson()).toJson() != c.toJson()) std::abort();
  return 0;
}
