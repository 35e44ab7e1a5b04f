// The pictures users bring to caption and vqa runs (core/task/picture_file.h): PPM files, binary
// and plain, 8- and 16-bit, read to the built-in pictures' values; every malformed file refused
// with one line naming it, never read past its end.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "core/task/picture_file.h"
#include "core/task/shapes.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

namespace fs = std::filesystem;

// A scratch folder per test, removed afterwards (the process id keeps parallel runs apart).
class PictureFile : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("rnnscope_test_picture_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
    return path(name);
  }
  // The message readPicture refuses the file with, or "" when it reads it.
  static std::string refusal(const std::string& file) {
    try {
      readPicture(file);
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  }

  fs::path dir_;
};

// Pixel i's red, green and blue as samples of maxval: a gradient that uses every position.
std::uint32_t sampleAt(std::size_t i, std::uint32_t maxval) { return static_cast<std::uint32_t>(i * 37 % (maxval + 1)); }

std::string plainPicture(std::uint32_t maxval) {
  std::string s = "P3\n# a comment after the magic\n16 # and one after the width\n16\n" + std::to_string(maxval) + "\n";
  for (std::size_t i = 0; i < kShapePixels; ++i) s += std::to_string(sampleAt(i, maxval)) + (i % 12 == 11 ? "\n" : " ");
  return s;
}

std::string binaryHeader(std::uint32_t maxval) { return "P6\n16 16\n" + std::to_string(maxval) + "\n"; }

TEST_F(PictureFile, WhatIsWrittenIsReadBack) {
  const TaskData d = generateShapes(TaskKind::Caption, 3, 7);
  for (const auto& e : d.examples) {
    writePicture(path("shape.ppm"), e.image);
    const auto back = readPicture(path("shape.ppm"));
    ASSERT_EQ(back.size(), e.image.size());
    for (std::size_t i = 0; i < back.size(); ++i) EXPECT_NEAR(back[i], e.image[i], 0.5 / 255 + 1e-6) << i;
  }
  EXPECT_EQ(fs::file_size(path("shape.ppm")), std::string("P6\n16 16\n255\n").size() + kShapePixels);
}

TEST_F(PictureFile, WritingClampsValuesAndRefusesTheWrongCount) {
  std::vector<float> rgb(kShapePixels, 2.0f);
  rgb[0] = -1.0f;
  rgb[1] = std::numeric_limits<float>::quiet_NaN();
  writePicture(path("clamped.ppm"), rgb);
  const auto back = readPicture(path("clamped.ppm"));
  EXPECT_EQ(back[0], 0.0f);
  EXPECT_EQ(back[1], 0.0f);
  EXPECT_EQ(back[2], 1.0f);
  EXPECT_THROW(writePicture(path("short.ppm"), std::vector<float>(10, 0.5f)), Error);
  EXPECT_THROW(writePicture(path("no-folder/x.ppm"), rgb), Error);
}

TEST_F(PictureFile, PlainPicturesWithCommentsAreRead) {
  for (std::uint32_t maxval : {1u, 15u, 255u, 1000u}) {
    SCOPED_TRACE(maxval);
    const auto rgb = readPicture(write("plain.ppm", plainPicture(maxval)));
    ASSERT_EQ(rgb.size(), static_cast<std::size_t>(kShapePixels));
    for (std::size_t i = 0; i < rgb.size(); ++i) EXPECT_FLOAT_EQ(rgb[i], float(sampleAt(i, maxval)) / float(maxval)) << i;
  }
}

TEST_F(PictureFile, SixteenBitSamplesAreBigEndian) {
  std::string s = binaryHeader(65535);
  for (std::size_t i = 0; i < kShapePixels; ++i) {
    const std::uint32_t v = sampleAt(i, 65535) * 1733 % 65536;
    s += static_cast<char>(v >> 8);
    s += static_cast<char>(v & 0xff);
  }
  const auto rgb = readPicture(write("deep.ppm", s));
  for (std::size_t i = 0; i < rgb.size(); ++i)
    EXPECT_FLOAT_EQ(rgb[i], float(sampleAt(i, 65535) * 1733 % 65536) / 65535.0f) << i;
  // maxval 256 is the smallest that takes two bytes a sample
  std::string two = binaryHeader(256);
  for (std::size_t i = 0; i < kShapePixels; ++i) two += std::string("\x01\x00", 2);
  EXPECT_FLOAT_EQ(readPicture(write("256.ppm", two))[5], 1.0f);
}

TEST_F(PictureFile, AnotherSizeIsRefusedWithTheWayToResize) {
  EXPECT_EQ(refusal(write("big.ppm", "P6\n32 16\n255\n" + std::string(32 * 16 * 3, '\0'))),
            path("big.ppm") + ": the picture is 32x16; this model reads 16x16 pictures (e.g. convert in.png -resize 16x16! out.ppm)");
  EXPECT_NE(refusal(write("zero.ppm", "P3 0 0 255\n")).find("the picture is 0x0"), std::string::npos);
}

TEST_F(PictureFile, CutShortFilesAreRefused) {
  const std::string whole = binaryHeader(255) + std::string(kShapePixels, '\x10');
  EXPECT_EQ(readPicture(write("whole.ppm", whole)).size(), static_cast<std::size_t>(kShapePixels));
  EXPECT_EQ(refusal(write("cut.ppm", whole.substr(0, whole.size() - 1))),
            path("cut.ppm") + ": the file ends after 767 of 768 samples");
  std::string deep = binaryHeader(65535) + std::string(2 * kShapePixels - 1, '\0');  // half a last sample
  EXPECT_NE(refusal(write("deep.ppm", deep)).find("ends after 767 of 768"), std::string::npos);
  const std::string plain = plainPicture(255);
  EXPECT_EQ(refusal(write("plain.ppm", plain.substr(0, plain.rfind(' ', plain.size() - 2)))),
            path("plain.ppm") + ": the file ends before sample 768 of 768");
  for (std::size_t cut = 1; cut < binaryHeader(255).size(); ++cut)  // every cut through the header
    EXPECT_NE(refusal(write("header.ppm", whole.substr(0, cut))), "") << cut;
  EXPECT_NE(refusal(write("nopixels.ppm", "P6\n16 16\n255")).find("no single space"), std::string::npos);
}

TEST_F(PictureFile, WhatIsNotAPpmIsRefused) {
  EXPECT_EQ(refusal(write("png.ppm", "\x89PNG\r\n\x1a\n")),
            path("png.ppm") + ": not a PPM picture (a PPM file starts with P6, or P3 for plain text)");
  EXPECT_NE(refusal(write("pgm.ppm", "P5\n16 16\n255\n" + std::string(256, '\0'))).find("not a PPM"), std::string::npos);
  EXPECT_NE(refusal(write("glued.ppm", "P616 16 255\n")).find("not a PPM"), std::string::npos);
  EXPECT_NE(refusal(write("one.ppm", "P")).find("not a PPM"), std::string::npos);
  EXPECT_EQ(refusal(write("letters.ppm", "P3\nsixteen 16\n")), path("letters.ppm") + ": the width is not a number");
  EXPECT_EQ(refusal(write("signed.ppm", "P3\n16 -16\n")), path("signed.ppm") + ": the height is not a number");
  EXPECT_EQ(refusal(write("suffix.ppm", "P3\n16 16x\n")), path("suffix.ppm") + ": the height is not a number");
  EXPECT_EQ(refusal(write("maxval0.ppm", "P3\n16 16\n0\n")), path("maxval0.ppm") + ": the maxval is 0; it must be 1 to 65535");
  EXPECT_EQ(refusal(write("maxval.ppm", "P6\n16 16\n65536\n")), path("maxval.ppm") + ": the maxval is 65536; it must be 1 to 65535");
  std::string bright = plainPicture(15);
  bright.replace(bright.rfind("\n15\n") + 4, 1, "90");  // sample 1, 0, becomes 90
  EXPECT_EQ(refusal(write("bright.ppm", bright)), path("bright.ppm") + ": sample 1 is 90, above the maxval 15");
  std::string word = plainPicture(255);
  word.replace(word.size() - 3, 2, "zz");
  EXPECT_NE(refusal(write("word.ppm", word)).find("is not a number"), std::string::npos);
}

TEST_F(PictureFile, EmptyMissingAndOversizedFilesAreRefused) {
  EXPECT_EQ(refusal(write("empty.ppm", "")), path("empty.ppm") + ": the file is empty");
  EXPECT_EQ(refusal(path("missing.ppm")), "the picture " + path("missing.ppm") + " does not exist");
  EXPECT_EQ(refusal(dir_.string()), dir_.string() + " is a directory, not a picture");
  std::string huge = binaryHeader(255) + std::string(kMaxPictureFileBytes, '\0');
  EXPECT_NE(refusal(write("huge.ppm", huge)).find("larger than 1 MB"), std::string::npos);
}

TEST_F(PictureFile, HugeHeaderNumbersAreRefusedWithoutOverflow) {
  EXPECT_EQ(refusal(write("wide.ppm", "P6\n99999999999999999999999 16\n255\n")), path("wide.ppm") + ": the width is too large");
  EXPECT_EQ(refusal(write("tall.ppm", "P6 16 4294967312 255\n")), path("tall.ppm") + ": the height is too large");
  // a size that fits the number limit but not the model is refused before any pixel is read
  EXPECT_NE(refusal(write("square.ppm", "P6 1000000 1000000 255\n")).find("the picture is 1000000x1000000"), std::string::npos);
  EXPECT_EQ(refusal(write("deep.ppm", "P3 16 16 4294967295\n")), path("deep.ppm") + ": the maxval is too large");
}

TEST_F(PictureFile, BytesAfterThePictureAreIgnored) {
  // netpbm allows several pictures in one file; the first is the one read
  const std::string one = binaryHeader(255) + std::string(kShapePixels, '\x7f');
  const auto rgb = decodePicture(one + one, "two.ppm");
  EXPECT_FLOAT_EQ(rgb[0], 127.0f / 255.0f);
}

}  // namespace
}  // namespace rnnscope
