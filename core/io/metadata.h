#pragma once
// Reading a safetensors file's metadata strictly: an entry that must be there, and an entry
// that must be a non-negative decimal integer. Each refusal starts with what the caller names
// the file ("X is not a valid rnnscope checkpoint").
#include <cstdint>
#include <string>

#include "core/io/safetensors.h"

namespace rnnscope {

// Error "<refusal>: its metadata has no '<key>' entry" when absent.
const std::string& requiredMetadata(const SafetensorsFile& file, const std::string& key, const std::string& refusal);
// Error "<refusal>: metadata '<key>' must be a non-negative integer" unless it is one (missing
// entries: as requiredMetadata, with `missingRefusal`).
std::int64_t requiredCount(const SafetensorsFile& file, const std::string& key, const std::string& refusal,
                           const std::string& missingRefusal);

}  // namespace rnnscope
