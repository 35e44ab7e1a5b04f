#pragma once
// Tiny pictures of coloured shapes, for the caption and vqa tasks (docs/tasks.md, "Built-in
// data"): 16 x 16 RGB, black background, one or two shapes (circle, square, triangle; red,
// green, blue, yellow) in the left and right halves, each about 7 pixels across, jittered by up to
// 2 pixels. Two shapes in a picture differ in both shape and colour.
//   caption  "a red circle" or "a red circle left of a blue square" (the left shape first)
//   vqa      "what colour is the square ?" -> blue, "what shape is red ?" -> circle,
//            "how many shapes ?" -> one / two; asked only of what the picture holds
// The same seed gives the same pictures and words on every platform.
#include <cstdint>
#include <string>

#include "core/task/labelled_data.h"

namespace rnnscope {

inline constexpr int kShapeSide = 16;
inline constexpr int kShapePixels = kShapeSide * kShapeSide * 3;  // P: row-major (y, x, channel)

// `examples` pictures (1 to 1 000 000) with their captions or questions and answers. `text`,
// when given, receives the words of every example, one per line (the run's fingerprint).
TaskData generateShapes(TaskKind kind, std::size_t examples, std::uint64_t seed, std::string* text = nullptr);

}  // namespace rnnscope
