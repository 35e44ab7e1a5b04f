// Any bytes as a picture for a caption or vqa run (PPM, P6 or P3): exactly the model's 16x16x3
// values, each in [0, 1], or rnnscope::Error naming what is wrong.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/task/picture_file.h"
#include "core/task/shapes.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<float> rgb;
  try {
    rgb = rnnscope::decodePicture(bytes, "fuzz.ppm");
  } catch (const rnnscope::Error&) {
    return 0;
  }
  if (rgb.size() != static_cast<std::size_t>(rnnscope::kShapePixels)) std::abort();
  for (float v : rgb)
    if (!(v >= 0.0f && v <= 1.0f)) std::abort();  // NaN fails both
  return 0;
}
