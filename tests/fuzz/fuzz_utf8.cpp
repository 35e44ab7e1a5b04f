// Any bytes as UTF-8: decoded, or rnnscope::Error; what decodes encodes back to the same bytes
// (less a leading byte-order mark, which decoding skips).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/data/utf8.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::u32string text;
  try {
    text = rnnscope::decodeUtf8(bytes);
  } catch (const rnnscope::Error&) {
    return 0;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (rnnscope::encodeUtf8(text) != bytes) std::abort();
  return 0;
}
