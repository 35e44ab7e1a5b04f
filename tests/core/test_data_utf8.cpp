// Strict UTF-8: well-formed text of every length class decodes and round-trips; each kind of
// malformed input is refused with the byte offset where it goes wrong.
#include <gtest/gtest.h>

#include <string>

#include "core/data/utf8.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

// The message decodeUtf8 throws for `bytes`, or "" when it does not throw.
std::string decodeError(std::string_view bytes) {
  try {
    decodeUtf8(bytes);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(Utf8, DecodesVietnameseAndEmoji) {
  EXPECT_EQ(decodeUtf8("Ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t"), U"Ti\u1EBFng Vi\u1EC7t");
  EXPECT_EQ(decodeUtf8("Tiếng Việt"), U"Tiếng Việt");
  EXPECT_EQ(decodeUtf8("caf\xC3\xA9"), U"caf\u00E9");
  EXPECT_EQ(decodeUtf8("\xF0\x9F\x98\x80!"), (std::u32string{0x1F600, U'!'}));
  EXPECT_EQ(decodeUtf8(""), U"");
}

TEST(Utf8, EncodesEachLengthClass) {
  EXPECT_EQ(encodeUtf8(U'A'), "A");
  EXPECT_EQ(encodeUtf8(char32_t{0xE9}), "\xC3\xA9");
  EXPECT_EQ(encodeUtf8(char32_t{0x1EBF}), "\xE1\xBA\xBF");
  EXPECT_EQ(encodeUtf8(char32_t{0x1F600}), "\xF0\x9F\x98\x80");
  EXPECT_EQ(encodeUtf8(U"Vi\u1EC7t \U0001F600"), "Vi\xE1\xBB\x87t \xF0\x9F\x98\x80");
}

TEST(Utf8, RoundTripsTheEdgesOfEveryLengthClass) {
  const std::u32string edges = {0x0,    0x7F,   0x80,   0x7FF,   0x800,   0xD7FF,
                                0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  EXPECT_EQ(decodeUtf8(encodeUtf8(edges)), edges);
  const std::string text = "\xE2\x80\x9CXin ch\xC3\xA0o\xE2\x80\x9D, said Mai \xF0\x9F\x8C\xA7";
  EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
}

TEST(Utf8, SkipsALeadingByteOrderMarkOnly) {
  EXPECT_EQ(decodeUtf8("\xEF\xBB\xBF" "abc"), U"abc");
  EXPECT_EQ(decodeUtf8("a\xEF\xBB\xBF"), (std::u32string{U'a', 0xFEFF}));
}

struct BadInput {
  const char* what;
  std::string bytes;
  std::string offset;  // as it must appear in the message
  std::string reason;  // a word the message must contain
};

TEST(Utf8, RefusesEachKindOfMalformedInputWithItsOffset) {
  const BadInput cases[] = {
      {"stray continuation byte", "ab\x80" "c", "byte 2:", "continuation"},
      {"continuation after a complete character", "\xC3\xA9\xA9", "byte 2:", "continuation"},
      {"overlong 2-byte slash", "x\xC0\xAF", "byte 1:", "overlong"},
      {"overlong 3-byte", "ab\xE0\x80\xAF", "byte 2:", "overlong"},
      {"overlong 4-byte", "\xF0\x82\x82\xAC", "byte 0:", "overlong"},
      {"high surrogate", "abc\xED\xA0\x80", "byte 3:", "surrogate"},
      {"low surrogate", "\xED\xBF\xBF", "byte 0:", "surrogate"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", "byte 0:", "U+10FFFF"},
      {"lead byte F5", "12345\xF5\x80\x80\x80", "byte 5:", "U+10FFFF"},
      {"truncated at the end", "abc\xE1\xBA", "byte 3:", "ends in the middle"},
      {"cut short by ASCII", "\xE1\xBAz", "byte 0:", "cut short"},
      {"byte that never appears", "ok\xFF", "byte 2:", "never appears"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const std::string message = decodeError(c.bytes);
    EXPECT_NE(message.find("invalid UTF-8 at " + c.offset), std::string::npos) << message;
    EXPECT_NE(message.find(c.reason), std::string::npos) << message;
  }
}

TEST(Utf8, OffsetsCountTheByteOrderMark) {
  EXPECT_NE(decodeError("\xEF\xBB\xBF" "a\x80").find("at byte 4:"), std::string::npos);
}

TEST(Utf8, RefusesToEncodeWhatIsNotACharacter) {
  EXPECT_THROW(encodeUtf8(char32_t{0xD800}), Error);
  EXPECT_THROW(encodeUtf8(char32_t{0x110000}), Error);
  EXPECT_TRUE(isUnicodeScalar(0x10FFFF));
  EXPECT_FALSE(isUnicodeScalar(0xDFFF));
}

}  // namespace
}  // namespace rnnscope
