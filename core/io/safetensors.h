#pragma once
// A paranoid reader and a plain writer of the safetensors format: 8 bytes of little-endian
// header length N, N bytes of JSON header, then the data. Nothing the file says (lengths,
// offsets, shapes) is trusted before it is checked; each broken rule gets its own message.
// This layer knows nothing about models; core/io/checkpoint.* gives the tensors meaning.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/nn/config.h"

namespace rnnscope {

struct SafeTensor {
  std::string name;
  DType dtype = DType::F32;
  std::vector<std::int64_t> shape;
  std::vector<std::uint8_t> bytes;  // raw little-endian values, row-major
  // Throws Error on a negative dimension or a count that does not fit 64 bits.
  std::int64_t numel() const;
};

struct SafetensorsFile {
  std::vector<SafeTensor> tensors;  // parsed files list them in data order
  std::map<std::string, std::string> metadata;
  const SafeTensor* find(std::string_view name) const;  // nullptr when absent
};

// `sourceName` only labels error messages (usually the path).
SafetensorsFile parseSafetensors(std::span<const std::uint8_t> fileBytes, std::string_view sourceName);
SafetensorsFile readSafetensors(const std::string& path);
// Lays tensors out contiguously in the given order; refuses a file the reader would refuse.
std::vector<std::uint8_t> serializeSafetensors(const SafetensorsFile& file);
// Atomic: writes a temporary file beside the target, then renames it over the target.
void writeSafetensors(const std::string& path, const SafetensorsFile& file);

// S is float or double; the dtype follows from S.
template <class S>
SafeTensor makeTensor(std::string name, std::vector<std::int64_t> shape, const S* data);
template <class S>
std::vector<S> tensorValues(const SafeTensor& tensor);

}  // namespace rnnscope
