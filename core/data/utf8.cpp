#include "core/data/utf8.h"

#include <cstdio>

#include "core/util/error.h"

namespace rnnscope {

namespace {

[[noreturn]] void invalid(std::size_t offset, const std::string& why) {
  throw Error("invalid UTF-8 at byte " + std::to_string(offset) + ": " + why);
}

std::string hexByte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
  return buf;
}

bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// How a lead byte starts a character: its length and the payload bits it carries.
struct Lead {
  int length;
  char32_t bits;
};

Lead readLead(unsigned char b, std::size_t offset) {
  if (b < 0x80) return {1, b};
  if ((b & 0xE0) == 0xC0) return {2, static_cast<char32_t>(b & 0x1F)};
  if ((b & 0xF0) == 0xE0) return {3, static_cast<char32_t>(b & 0x0F)};
  if ((b & 0xF8) == 0xF0) return {4, static_cast<char32_t>(b & 0x07)};
  if (isContinuation(b)) invalid(offset, "continuation byte " + hexByte(b) + " without a lead byte");
  invalid(offset, "byte " + hexByte(b) + " never appears in UTF-8");
}

// The smallest code point that needs `length` bytes: anything below it was encoded overlong,
// which strict decoders refuse because it lets one character hide behind several spellings.
char32_t smallestOfLength(int length) {
  constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  return smallest[length];
}

}  // namespace

bool isUnicodeScalar(char32_t c) { return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

std::u32string decodeUtf8(std::string_view bytes) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  std::u32string out;
  out.reserve(bytes.size());
  std::size_t i = bytes.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  while (i < bytes.size()) {
    const std::size_t start = i;
    const Lead lead = readLead(static_cast<unsigned char>(bytes[i++]), start);
    char32_t cp = lead.bits;
    for (int k = 1; k < lead.length; ++k, ++i) {
      if (i == bytes.size()) invalid(start, "the text ends in the middle of a " + std::to_string(lead.length) + "-byte character");
      const auto b = static_cast<unsigned char>(bytes[i]);
      if (!isContinuation(b))
        invalid(start, "a " + std::to_string(lead.length) + "-byte character is cut short by byte " + hexByte(b) +
                           " at byte " + std::to_string(i));
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < smallestOfLength(lead.length)) invalid(start, "overlong encoding of a character that needs fewer bytes");
    if (cp >= 0xD800 && cp <= 0xDFFF) invalid(start, "UTF-16 surrogate code points are not characters");
    if (cp > 0x10FFFF) invalid(start, "code point beyond U+10FFFF");
    out.push_back(cp);
  }
  return out;
}

std::string encodeUtf8(char32_t c) {
  if (!isUnicodeScalar(c)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    throw Error(std::string("cannot encode ") + buf + " as UTF-8: it is not a Unicode character");
  }
  const auto byte = [](char32_t bits) { return static_cast<char>(bits); };
  const auto tail = [&](int shift) { return byte(0x80 | ((c >> shift) & 0x3F)); };
  if (c < 0x80) return {byte(c)};
  if (c < 0x800) return {byte(0xC0 | (c >> 6)), tail(0)};
  if (c < 0x10000) return {byte(0xE0 | (c >> 12)), tail(6), tail(0)};
  return {byte(0xF0 | (c >> 18)), tail(12), tail(6), tail(0)};
}

std::string encodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) out += encodeUtf8(c);
  return out;
}

}  // namespace rnnscope
