#include "core/data/corpus.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/data/utf8.h"
#include "core/util/error.h"

namespace rnnscope {

std::string describeCharacter(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  const bool visible = c > 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && isUnicodeScalar(c);
  return visible ? "'" + encodeUtf8(c) + "' (" + code + ")" : std::string(code);
}

// ---- Vocabulary ---------------------------------------------------------------------------

Vocabulary Vocabulary::fromText(std::u32string_view text) {
  std::vector<char32_t> points(text.begin(), text.end());
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return fromCodePoints(std::move(points));
}

Vocabulary Vocabulary::fromCodePoints(std::vector<char32_t> points) {
  if (points.empty()) throw Error("a vocabulary needs at least one character");
  const auto listedTwice = [](char32_t c) { return Error("the vocabulary lists " + describeCharacter(c) + " twice"); };
  Vocabulary v;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const char32_t c = points[i];
    if (!isUnicodeScalar(c))
      throw Error("vocabulary entry " + std::to_string(i) + " (" + describeCharacter(c) + ") is not a Unicode character");
    if (c >= kDirect) {
      v.others_.emplace_back(c, static_cast<int>(i));
    } else if (v.direct_[c] != 0) {
      throw listedTwice(c);
    } else {
      v.direct_[c] = static_cast<std::int32_t>(i) + 1;
    }
  }
  std::sort(v.others_.begin(), v.others_.end());
  const auto same = [](const auto& a, const auto& b) { return a.first == b.first; };
  if (const auto twice = std::adjacent_find(v.others_.begin(), v.others_.end(), same); twice != v.others_.end())
    throw listedTwice(twice->first);
  v.points_ = std::move(points);
  return v;
}

int Vocabulary::indexOf(char32_t c) const {
  if (c < kDirect) return direct_[c] - 1;
  const auto it = std::lower_bound(others_.begin(), others_.end(), std::pair<char32_t, int>(c, -1));
  return it != others_.end() && it->first == c ? it->second : -1;
}

char32_t Vocabulary::at(int index) const {
  if (index < 0 || index >= size())
    throw Error("token " + std::to_string(index) + " is outside the vocabulary of " + std::to_string(size()) + " characters");
  return points_[static_cast<std::size_t>(index)];
}

std::vector<std::int32_t> Vocabulary::encode(std::u32string_view text) const {
  std::vector<std::int32_t> tokens(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int k = indexOf(text[i]);
    if (k < 0)
      throw Error("the character " + describeCharacter(text[i]) + " at position " + std::to_string(i) +
                  " is not in the vocabulary");
    tokens[i] = k;
  }
  return tokens;
}

std::u32string Vocabulary::decode(std::span<const std::int32_t> tokens) const {
  std::u32string text;
  text.reserve(tokens.size());
  for (auto t : tokens) text.push_back(at(t));
  return text;
}

// ---- Corpus -------------------------------------------------------------------------------

namespace {

bool isBinaryControl(char32_t c) {
  return c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\f' && c != U'\v';
}

// Real text has a few stray control characters at most; a file full of them is data.
void refuseBinary(const std::u32string& text, const std::string& name) {
  const auto controls = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), isBinaryControl));
  if (controls * 100 > text.size())
    throw Error(name + " looks like binary data, not text: " + std::to_string(controls) + " of its " +
                std::to_string(text.size()) + " characters are control characters");
}

// "812 bytes", "3.5 KiB", "300 MiB": sizes as a person reads them.
std::string formatSize(std::uintmax_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
  int unit = 0;
  std::uintmax_t scale = 1024;
  while (unit < 3 && bytes >= scale * 1024) {
    scale *= 1024;
    ++unit;
  }
  char buf[48];
  if (bytes % scale == 0)
    std::snprintf(buf, sizeof buf, "%ju %s", bytes / scale, units[unit]);
  else
    std::snprintf(buf, sizeof buf, "%.1f %s", static_cast<double>(bytes) / static_cast<double>(scale), units[unit]);
  return buf;
}

}  // namespace

std::string readWholeFile(const std::string& path, std::size_t maxBytes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) throw Error("cannot open " + path + ": there is no such file");
  if (ec) throw Error("cannot open " + path + ": " + ec.message());
  if (fs::is_directory(status)) throw Error(path + " is a directory, not a text file");
  const auto tooLarge = [&](std::uintmax_t size) {
    return Error(path + " is " + formatSize(size) + "; the limit is " + formatSize(maxBytes));
  };
  const auto size = fs::file_size(path, ec);  // fails for pipes and devices: then the read decides
  if (!ec && size > maxBytes) throw tooLarge(size);

  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path + ": permission denied or the file is locked");
  std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  // A file that grows while we read, or has no size, is read in pieces up to the limit.
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > maxBytes) throw tooLarge(bytes.size());
  }
  if (in.bad()) throw Error("cannot read " + path + ": the read failed partway");
  return bytes;
}

std::u32string Vocabulary::fit(std::u32string text) const {
  const char32_t fallback = indexOf(U' ') >= 0 ? U' ' : at(0);
  for (auto& c : text)
    if (indexOf(c) < 0) c = fallback;
  return text;
}

Corpus corpusFromUtf8(std::string_view bytes, std::string name) {
  if (bytes.empty()) throw Error(name + " is empty: there is no text to learn from");
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
    throw Error(name + " looks like binary data, not text: it contains a NUL byte at byte " + std::to_string(nul));
  Corpus c;
  try {
    c.text = decodeUtf8(bytes);
  } catch (const Error& e) {
    throw Error(name + " is not UTF-8 text: " + e.what());
  }
  if (c.text.empty()) throw Error(name + " is empty: there is no text to learn from");
  refuseBinary(c.text, name);
  c.vocab = Vocabulary::fromText(c.text);
  c.tokens = c.vocab.encode(c.text);
  c.name = std::move(name);
  return c;
}

Corpus loadCorpusFile(const std::string& path, std::size_t maxBytes) {
  return corpusFromUtf8(readWholeFile(path, maxBytes), path);
}

Split splitTrainValidation(const std::vector<std::int32_t>& tokens, double validationFraction) {
  if (!(validationFraction >= 0 && validationFraction <= 0.5))
    throw Error("the validation fraction must be between 0 and 0.5, got " + std::to_string(validationFraction));
  const auto held = static_cast<std::size_t>(static_cast<double>(tokens.size()) * validationFraction);
  const std::size_t kept = tokens.size() - held;
  if (kept < 2)
    throw Error("the text is too short to train on: " + std::to_string(tokens.size()) + " characters leave " +
                std::to_string(kept) + " for training, and training needs at least 2");
  const auto cut = tokens.begin() + static_cast<std::ptrdiff_t>(kept);
  return Split{{tokens.begin(), cut}, {cut, tokens.end()}};
}

std::u32string defaultProbeText(const Corpus& corpus, std::span<const std::int32_t> validation) {
  if (validation.size() >= 200) return corpus.vocab.decode(validation.first(std::min<std::size_t>(validation.size(), 1500)));
  return corpus.text.substr(0, std::min<std::size_t>(corpus.text.size(), 1500));
}

}  // namespace rnnscope
