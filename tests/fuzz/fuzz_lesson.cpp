// Any text as a lesson file: a lesson, or rnnscope::Error naming the rule.
#include <cstdint>
#include <string_view>

#include "core/lesson/lesson.h"
#include "core/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    rnnscope::parseLesson(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
  } catch (const rnnscope::Error&) {
  }
  return 0;
}
