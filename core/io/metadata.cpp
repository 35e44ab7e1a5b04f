#include "core/io/metadata.h"

#include "core/util/error.h"

namespace rnnscope {

const std::string& requiredMetadata(const SafetensorsFile& file, const std::string& key, const std::string& refusal) {
  const auto it = file.metadata.find(key);
  if (it == file.metadata.end()) throw Error(refusal + ": its metadata has no '" + key + "' entry");
  return it->second;
}

std::int64_t requiredCount(const SafetensorsFile& file, const std::string& key, const std::string& refusal,
                           const std::string& missingRefusal) {
  const std::string& s = requiredMetadata(file, key, missingRefusal);
  std::size_t used = 0;
  long long v = -1;
  try {
    v = std::stoll(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != s.size() || v < 0) throw Error(refusal + ": metadata '" + key + "' must be a non-negative integer");
  return static_cast<std::int64_t>(v);
}

}  // namespace rnnscope
