#include "core/data/procedural.h"

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {

namespace {

using Words = std::span<const std::string_view>;

class Writer {
public:
  explicit Writer(std::uint64_t seed) : rng_(seed) {}
  std::string_view pick(Words words) { return words[rng_.below(words.size())]; }
  bool chance(double p) { return rng_.uniform() < p; }
  int between(int lo, int hi) { return lo + static_cast<int>(rng_.below(static_cast<std::uint64_t>(hi - lo + 1))); }

private:
  Rng rng_;
};

std::string capitalised(std::string_view w) {
  std::string s(w);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// ---- dialogue -------------------------------------------------------------------------

constexpr std::string_view kNames[] = {"Mai", "Lan", "Minh", "Hoa", "Tuan", "Linh", "Nam", "Thu", "the teacher",
                                       "the old man", "her brother", "the driver", "Anna", "Tom", "the girl"};
constexpr std::string_view kSaid[] = {"said", "asked", "replied", "whispered", "called", "answered", "laughed",
                                      "muttered", "added", "shouted"};
constexpr std::string_view kSubjects[] = {"the rain", "the river", "the market", "the night", "the road", "the bus",
                                          "the lamp", "the wind", "the house", "the garden", "the bridge", "the boat"};
constexpr std::string_view kVerbs[] = {"moved", "waited", "turned", "fell", "shone", "stopped", "grew", "opened",
                                       "closed", "drifted", "rose", "settled"};
constexpr std::string_view kPlaces[] = {"over the hills", "by the window", "near the station", "across the street",
                                        "under the trees", "along the river", "in the kitchen", "behind the school",
                                        "at the edge of town", "on the old bridge"};
constexpr std::string_view kSpeechOpen[] = {"I think", "Do you know", "We should", "Nobody said", "Please",
                                            "Maybe", "Look,", "I told you", "Why would", "Tomorrow we", "Listen,",
                                            "It seems", "You never", "Where did"};
constexpr std::string_view kSpeechWords[] = {"it", "is", "going", "to", "rain", "again", "the", "bus", "was", "late",
                                             "we", "can", "wait", "here", "for", "a", "while", "that", "you", "were",
                                             "right", "about", "everything", "go", "home", "now", "tea", "cold",
                                             "letter", "came", "today", "nobody", "knows", "why", "so", "quiet"};
constexpr std::string_view kEnds[] = {".", ".", ".", "?", "!"};

std::string narration(Writer& w) {
  std::string s = capitalised(w.pick(kSubjects));
  s += ' ';
  s += w.pick(kVerbs);
  s += ' ';
  s += w.pick(kPlaces);
  if (w.chance(0.3)) {
    s += " and ";
    s += w.pick(kSubjects);
    s += ' ';
    s += w.pick(kVerbs);
  }
  return s + ".";
}

std::string speech(Writer& w) {
  std::string s(w.pick(kSpeechOpen));
  const int words = w.between(1, 9);
  for (int i = 0; i < words; ++i) {
    s += ' ';
    s += w.pick(kSpeechWords);
  }
  s += w.pick(kEnds);
  if (w.chance(0.25)) {  // a second sentence inside the same quotation
    s += ' ';
    s += capitalised(w.pick(kSpeechWords));
    for (int i = w.between(1, 6); i > 0; --i) {
      s += ' ';
      s += w.pick(kSpeechWords);
    }
    s += w.pick(kEnds);
  }
  return s;
}

std::string quoted(Writer& w, const std::string& text) {
  return w.chance(0.15) ? "\u201C" + text + "\u201D" : "\"" + text + "\"";
}

std::string dialogueParagraph(Writer& w) {
  std::string p;
  const int sentences = w.between(1, 4);
  const bool narrationOnly = w.chance(0.2);
  for (int i = 0; i < sentences; ++i) {
    if (!p.empty()) p += ' ';
    if (narrationOnly || w.chance(0.35)) {
      p += narration(w);
      continue;
    }
    std::string words = speech(w);
    const std::string who(w.pick(kNames)), verb(w.pick(kSaid));
    switch (w.between(0, 2)) {
      case 0:  // "Speech," said Mai.
        if (words.back() == '.') words.back() = ',';
        p += quoted(w, words) + " " + verb + " " + who + ".";
        break;
      case 1:  // Mai said, "Speech."
        p += capitalised(who) + " " + verb + ", " + quoted(w, words);
        break;
      default:  // "Speech."
        p += quoted(w, words);
    }
  }
  return p + "\n\n";
}

// ---- code ---------------------------------------------------------------------------------

constexpr std::string_view kIdents[] = {"count", "total", "index", "value", "limit", "node", "buffer", "size",
                                        "left", "right", "key", "item", "offset", "state", "result", "next"};
constexpr std::string_view kFunctions[] = {"update", "parse_line", "find_key", "sum_range", "reset_state",
                                           "read_block", "check_bounds", "merge", "scan", "emit_token"};
constexpr std::string_view kCompare[] = {"<", ">", "<=", ">=", "==", "!="};
constexpr std::string_view kComments[] = {"keep the invariant", "edge case: empty input", "TODO: handle overflow",
                                          "walk to the end", "nothing left to do", "try the next slot",
                                          "see the notes above", "fast path"};
constexpr std::string_view kStrings[] = {"done", "error: %d", "value = %s", "skip", "say \\\"hi\\\"", "ok", "line %d"};

class CodeWriter {
public:
  explicit CodeWriter(std::uint64_t seed) : w_(seed) {}

  std::string function() {
    out_.clear();
    line(0, "int " + std::string(w_.pick(kFunctions)) + "(int " + std::string(w_.pick(kIdents)) + ", int " +
                std::string(w_.pick(kIdents)) + ") {");
    block(1, w_.between(2, 5));
    line(1, "return " + expression() + ";");
    line(0, "}");
    out_ += '\n';
    return out_;
  }

private:
  void line(int depth, const std::string& text) {
    out_.append(static_cast<std::size_t>(depth) * 4, ' ');
    out_ += text;
    out_ += '\n';
  }
  std::string ident() { return std::string(w_.pick(kIdents)); }
  std::string atom() {
    switch (w_.between(0, 4)) {
      case 0: return std::to_string(w_.between(0, 99));
      case 1: return ident() + "[" + ident() + "]";
      case 2: return ident() + "[" + ident() + "[" + ident() + "]]";
      case 3: return std::string(w_.pick(kFunctions)) + "(" + ident() + ", " + std::to_string(w_.between(1, 9)) + ")";
      default: return ident();
    }
  }
  std::string expression() {
    std::string e = atom();
    if (w_.chance(0.4)) e += std::string(w_.chance(0.5) ? " + " : " - ") + atom();
    return e;
  }
  std::string condition() {
    std::string c = ident() + " " + std::string(w_.pick(kCompare)) + " " + atom();
    if (w_.chance(0.35)) c += std::string(w_.chance(0.5) ? " && " : " || ") + "(" + ident() + " " + std::string(w_.pick(kCompare)) + " " + atom() + ")";
    return c;
  }
  void statement(int depth) {
    const int kind = w_.between(0, 9);
    if (kind <= 3) {
      line(depth, ident() + " = " + expression() + ";");
    } else if (kind == 4) {
      line(depth, "// " + std::string(w_.pick(kComments)));
    } else if (kind == 5) {
      line(depth, "print(\"" + std::string(w_.pick(kStrings)) + "\", " + ident() + ");");
    } else if (kind == 6) {
      line(depth, ident() + " += " + atom() + ";  /* " + std::string(w_.pick(kComments)) + " */");
    } else if (depth < 5) {
      compound(depth);
    } else {
      line(depth, ident() + "++;");
    }
  }
  void compound(int depth) {
    const int kind = w_.between(0, 3);
    if (kind <= 1) {
      line(depth, "if (" + condition() + ") {");
      block(depth + 1, w_.between(1, 3));
      if (w_.chance(0.4)) {
        line(depth, "} else {");
        block(depth + 1, w_.between(1, 2));
      }
      line(depth, "}");
    } else if (kind == 2) {
      line(depth, "while (" + condition() + ") {");
      block(depth + 1, w_.between(1, 3));
      line(depth, "}");
    } else {
      const std::string i = ident();
      line(depth, "for (" + i + " = 0; " + i + " < " + atom() + "; " + i + "++) {");
      block(depth + 1, w_.between(1, 3));
      line(depth, "}");
    }
  }
  void block(int depth, int statements) {
    for (int i = 0; i < statements; ++i) statement(depth);
  }

  Writer w_;
  std::string out_;
};

template <class Unit>
std::string repeatUntil(std::size_t approxChars, Unit&& unit) {
  std::string text;
  text.reserve(approxChars + 2048);
  while (text.size() < approxChars) text += unit();
  return text;
}

}  // namespace

std::string generateDialogue(std::size_t approxChars, std::uint64_t seed) {
  Writer w(seed);
  return repeatUntil(approxChars, [&] { return dialogueParagraph(w); });
}

std::string generateCode(std::size_t approxChars, std::uint64_t seed) {
  CodeWriter w(seed);
  return repeatUntil(approxChars, [&] { return w.function(); });
}

std::string builtinCorpus(const std::string& kind, std::size_t approxChars, std::uint64_t seed) {
  if (kind == "dialogue") return generateDialogue(approxChars, seed);
  if (kind == "code") return generateCode(approxChars, seed);
  throw Error("unknown built-in corpus '" + kind + "' (expected dialogue or code)");
}

}  // namespace rnnscope
