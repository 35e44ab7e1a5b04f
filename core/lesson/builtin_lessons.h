#pragma once
// The text of every resources/lessons/*.json, compiled in by CMake (core/CMakeLists.txt).
#include <string_view>
#include <utility>
#include <vector>

namespace rnnscope {
// {file name, JSON text}
const std::vector<std::pair<std::string_view, std::string_view>>& builtinLessonFiles();
}  // namespace rnnscope
