#include "core/task/picture_file.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/task/shapes.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

// Header numbers above this are refused as they are read: no picture this model reads comes
// close, and width * height * 3 then stays far from overflowing.
constexpr std::uint32_t kLargestNumber = 1'000'000;
constexpr std::uint32_t kLargestMaxval = 65535;  // netpbm's limit: samples are at most two bytes
constexpr std::size_t kSamples = kShapePixels;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A cursor over a file's bytes that never moves past their end; every complaint names the file.
class PictureReader {
public:
  PictureReader(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}

  [[noreturn]] void fail(const std::string& problem) const { throw Error(name_ + ": " + problem); }

  bool atEnd() const { return at_ >= bytes_.size(); }
  char peek() const { return bytes_[at_]; }  // only when !atEnd()
  std::size_t left() const { return bytes_.size() - at_; }
  std::string_view take(std::size_t n) {
    const std::string_view s = bytes_.substr(at_, n);
    at_ += s.size();
    return s;
  }

  // Whitespace, and '#' comments to the end of their line, before a number.
  void skipSpaceAndComments() {
    while (!atEnd()) {
      if (isSpace(peek())) {
        ++at_;
      } else if (peek() == '#') {
        while (!atEnd() && peek() != '\n' && peek() != '\r') ++at_;
      } else {
        return;
      }
    }
  }

  // A decimal number after whitespace: the header's `what` ("the width"), or sample `sample` of
  // a P3 raster when sample > 0 (its name is built only for a complaint).
  std::uint32_t number(std::string_view what, std::size_t sample = 0) {
    skipSpaceAndComments();
    const auto name = [&] {
      return sample ? "sample " + std::to_string(sample) + " of " + std::to_string(kSamples) : std::string(what);
    };
    if (atEnd()) fail("the file ends before " + name());
    if (!isDigit(peek())) fail(name() + " is not a number");
    std::uint32_t value = 0;
    while (!atEnd() && isDigit(peek())) {
      value = value * 10 + static_cast<std::uint32_t>(bytes_[at_++] - '0');
      if (value > kLargestNumber) fail(name() + " is too large");
    }
    // "12abc" is not a number followed by something else: numbers end at whitespace or a comment
    if (!atEnd() && !isSpace(peek()) && peek() != '#') fail(name() + " is not a number");
    return value;
  }

private:
  std::string_view bytes_;
  const std::string& name_;
  std::size_t at_ = 0;
};

struct PpmHeader {
  bool binary = true;  // P6; P3 otherwise
  std::uint32_t width = 0, height = 0, maxval = 0;
};

PpmHeader readHeader(PictureReader& r) {
  PpmHeader h;
  const std::string_view magic = r.take(2);
  if (magic != "P6" && magic != "P3") r.fail("not a PPM picture (a PPM file starts with P6, or P3 for plain text)");
  if (!r.atEnd() && !isSpace(r.peek()) && r.peek() != '#') r.fail("not a PPM picture (no space after its P6 or P3)");
  h.binary = magic == "P6";
  h.width = r.number("the width");
  h.height = r.number("the height");
  // the size first: it is what a picture straight out of another program most often gets wrong
  if (h.width != kShapeSide || h.height != kShapeSide)
    r.fail("the picture is " + std::to_string(h.width) + "x" + std::to_string(h.height) + "; this model reads " +
           std::to_string(kShapeSide) + "x" + std::to_string(kShapeSide) + " pictures (e.g. convert in.png -resize " +
           std::to_string(kShapeSide) + "x" + std::to_string(kShapeSide) + "! out.ppm)");
  h.maxval = r.number("the maxval");
  if (h.maxval < 1 || h.maxval > kLargestMaxval)
    r.fail("the maxval is " + std::to_string(h.maxval) + "; it must be 1 to " + std::to_string(kLargestMaxval));
  return h;
}

// P6: exactly one whitespace byte after maxval, then the samples, two bytes each (most
// significant first) when maxval > 255. Bytes after the raster are ignored: netpbm allows
// several pictures in one file, and the first is the one read.
std::vector<std::uint32_t> binarySamples(PictureReader& r, const PpmHeader& h) {
  if (r.atEnd() || !isSpace(r.peek())) r.fail("no single space between the maxval and the pixels");
  r.take(1);
  const std::size_t width = h.maxval > 255 ? 2 : 1;
  if (r.left() < kSamples * width)
    r.fail("the file ends after " + std::to_string(r.left() / width) + " of " + std::to_string(kSamples) + " samples");
  const std::string_view raster = r.take(kSamples * width);
  std::vector<std::uint32_t> samples(kSamples);
  for (std::size_t i = 0; i < kSamples; ++i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(raster[k])); };
    samples[i] = width == 2 ? byte(2 * i) << 8 | byte(2 * i + 1) : byte(i);
  }
  return samples;
}

std::vector<std::uint32_t> plainSamples(PictureReader& r) {
  std::vector<std::uint32_t> samples(kSamples);
  for (std::size_t i = 0; i < kSamples; ++i) samples[i] = r.number({}, i + 1);
  return samples;
}

}  // namespace

std::vector<float> decodePicture(std::string_view bytes, const std::string& name) {
  PictureReader r(bytes, name);
  if (bytes.empty()) r.fail("the file is empty");
  if (bytes.size() > kMaxPictureFileBytes) r.fail("the file is larger than 1 MB; a 16x16 picture needs a few kilobytes");
  const PpmHeader h = readHeader(r);
  const std::vector<std::uint32_t> samples = h.binary ? binarySamples(r, h) : plainSamples(r);
  std::vector<float> rgb(kSamples);
  for (std::size_t i = 0; i < kSamples; ++i) {
    // a sample above maxval has no meaning in [0, 1]: the file is damaged, not bright
    if (samples[i] > h.maxval)
      r.fail("sample " + std::to_string(i + 1) + " is " + std::to_string(samples[i]) + ", above the maxval " +
             std::to_string(h.maxval));
    rgb[i] = static_cast<float>(samples[i]) / static_cast<float>(h.maxval);
  }
  return rgb;
}

std::vector<float> readPicture(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) throw Error("the picture " + path + " does not exist");
  if (std::filesystem::is_directory(status)) throw Error(path + " is a directory, not a picture");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open the picture " + path);
  // one byte more than allowed tells a file over the limit without reading all of it
  std::string bytes(kMaxPictureFileBytes + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) throw Error("cannot read the picture " + path);
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return decodePicture(bytes, path);
}

void writePicture(const std::string& path, const std::vector<float>& rgb) {
  if (rgb.size() != kSamples)
    throw Error("a picture has " + std::to_string(kSamples) + " values (16x16 RGB), not " + std::to_string(rgb.size()));
  std::string bytes = "P6\n" + std::to_string(kShapeSide) + " " + std::to_string(kShapeSide) + "\n255\n";
  for (float v : rgb) {
    const float clamped = std::isnan(v) ? 0.0f : std::clamp(v, 0.0f, 1.0f);
    bytes.push_back(static_cast<char>(static_cast<unsigned char>(std::lround(clamped * 255.0f))));
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error("cannot write the picture " + path);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw Error("cannot write the picture " + path);
}

}  // namespace rnnscope
