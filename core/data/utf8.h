#pragma once
// Strict UTF-8. A text a student loads is decoded to Unicode code points once, and anything
// that is not well-formed UTF-8 is refused with the byte offset where it goes wrong, so that
// a vocabulary never contains half a character or a character that does not exist.
#include <string>
#include <string_view>

namespace rnnscope {

// Throws Error("invalid UTF-8 at byte N: <reason>") on overlong forms, surrogates, code points
// beyond U+10FFFF, truncated sequences and stray continuation bytes. A leading byte-order mark
// is skipped (offsets in messages still count it).
std::u32string decodeUtf8(std::string_view bytes);

// The input must hold Unicode scalar values (as decodeUtf8 produces); anything else throws.
std::string encodeUtf8(std::u32string_view text);
std::string encodeUtf8(char32_t c);

// True for U+0000..U+10FFFF outside the surrogate range.
bool isUnicodeScalar(char32_t c);

}  // namespace rnnscope
