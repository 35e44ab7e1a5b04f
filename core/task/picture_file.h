#pragma once
// Pictures users bring to a caption or vqa run (rnnscope-cli predict --image): netpbm PPM files,
// binary (P6) or plain text (P3), of exactly the built-in pictures' size (core/task/shapes.h).
// PPM because any tool writes it and a reader fits on a page: no image library in the core.
//   header   "P6" or "P3", then width, height and maxval (1..65535) as decimal numbers,
//            separated by whitespace; '#' starts a comment that runs to the end of the line
//   samples  P6: one whitespace byte after maxval, then width*height*3 samples, one byte each,
//            or two (big-endian) when maxval > 255; P3: decimal numbers separated by whitespace
// A file is read whole or refused whole with rnnscope::Error, one line naming the file.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rnnscope {

// Larger files are refused unread: a 16x16 picture needs at most a few kilobytes, even as P3.
inline constexpr std::size_t kMaxPictureFileBytes = 1 << 20;

// The picture's kShapePixels values, row-major (y, x, channel), each sample / maxval in [0, 1].
std::vector<float> readPicture(const std::string& path);
// The same from a file's bytes; `name` is the file the messages name.
std::vector<float> decodePicture(std::string_view bytes, const std::string& name);

// Writes kShapePixels values as P6 with maxval 255, each clamped to [0, 1] and rounded (NaN as 0).
void writePicture(const std::string& path, const std::vector<float>& rgb);

}  // namespace rnnscope
