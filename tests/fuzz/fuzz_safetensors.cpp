// Any bytes as a safetensors file: parsed, or refused with rnnscope::Error; what parses
// serialises and parses back to the same tensors.
#include <cstdint>
#include <cstdlib>

#include "core/io/safetensors.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rnnscope;
  SafetensorsFile file;
  try {
    file = parseSafetensors({data, size}, "fuzz");
  } catch (const Error&) {
    return 0;
  }
  const auto bytes = serializeSafetensors(file);
  const auto again = parseSafetensors(bytes, "fuzz again");
  if (again.tensors.size() != file.tensors.size() || again.metadata != file.metadata) std::abort();
  for (std::size_t i = 0; i < file.tensors.size(); ++i)
    if (again.tensors[i].bytes != file.tensors[i].bytes || again.tensors[i].shape != file.tensors[i].shape) std::abort();
  return 0;
}
