#include "core/data/procedural.h"

#include <charconv>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>
#include <string_view>

#include "core/util/error.h"

namespace rnnscope {

namespace {

// ---- randomness ---------------------------------------------------------------------------

// splitmix64: small, fully specified integer arithmetic. It is kept apart from the training
// generator on purpose: a built-in corpus must not change when the trainer's RNG does, or a
// resumed run would find its text has changed under it.
class Dice {
public:
  explicit Dice(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); the modulo bias is below 2^-50 for the small n used here.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  bool percent(int p) { return below(100) < p; }
  std::string_view pick(std::span<const std::string_view> words) {
    return words[static_cast<std::size_t>(below(static_cast<int>(words.size())))];
  }

private:
  std::uint64_t state_;
};

using Words = std::span<const std::string_view>;

// ---- assembling units into a text of the requested length -------------------------------

std::size_t countCodePoints(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends whole units until the text reaches approxChars, leaving out a last unit that would
// overshoot the 10% margin when the text is already within it. Units are never redrawn, so a
// shorter corpus is always the beginning of a longer one with the same seed.
template <class MakeUnit>
std::string assemble(std::size_t approxChars, MakeUnit makeUnit) {
  const std::size_t floor = approxChars - approxChars / 10, ceiling = approxChars + approxChars / 10;
  std::string text;
  text.reserve(approxChars + approxChars / 8);
  std::size_t length = 0;
  while (length < approxChars) {
    std::string unit = makeUnit();
    const std::size_t n = countCodePoints(unit);
    if (length + n > ceiling && length >= floor) break;
    text += unit;
    length += n;
  }
  return text;
}

// ---- templates ----------------------------------------------------------------------------

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// Joins parts drawn in the order written. The order matters: the operands of + may be
// evaluated in any order, and two compilers that draw from the dice in different orders would
// write different corpora for the same seed; the elements of a braced list are evaluated in order.
std::string cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& part : parts) out += part;
  return out;
}

// Word lists named by the {slots} of the sentence templates below. An entry may hold slots of
// its own, so "{speaker}" can become "{name}" and then "Mai".
struct Slot {
  std::string_view name;
  Words words;
};

constexpr std::string_view kName[] = {"Mai", "Lan", "Minh", "Hoa", "Tuan", "Linh", "Nam", "Thu",
                                      "Duc", "Huong", "Khoa", "Vy", "Anna", "Tom", "Grace", "Sam"};
constexpr std::string_view kRole[] = {"the teacher", "the old fisherman", "her brother", "the driver",
                                      "the doctor", "the shopkeeper", "his grandmother", "the little girl",
                                      "the boy next door", "the woman at the counter"};
constexpr std::string_view kSpeaker[] = {"{name}", "{name}", "{name}", "{role}"};
constexpr std::string_view kThing[] = {"letter", "bicycle", "key", "umbrella", "rice", "tea", "map", "notebook",
                                       "ticket", "lantern", "boat", "radio", "basket", "photograph", "kettle",
                                       "bag of oranges", "old clock"};
constexpr std::string_view kAdjective[] = {"cold", "broken", "ready", "too heavy", "still wet", "missing",
                                           "almost empty", "beautiful", "not ours", "exactly where you left it"};
constexpr std::string_view kPlace[] = {"by the window", "at the market", "near the river", "on the bridge",
                                       "behind the school", "in the kitchen", "at the station", "on the roof",
                                       "under the old banyan tree", "across the street", "at the end of the lane"};
constexpr std::string_view kDestination[] = {"to the market", "home", "to school", "down to the river", "to Hanoi",
                                             "to Hue", "to the station", "to the harbour", "upstairs"};
constexpr std::string_view kTime[] = {"tomorrow", "tonight", "after lunch", "this evening", "before the rain",
                                      "next week", "at six", "in the morning", "later"};
constexpr std::string_view kErrand[] = {"fix the {thing}", "find the {thing}", "carry the {thing}",
                                        "sell the {thing}", "open the {thing}", "bring the {thing}",
                                        "wait for {name}", "call {name}", "go {destination}"};
constexpr std::string_view kClause[] = {"the {thing} is {adjective}", "{name} will come {time}",
                                        "it is going to rain", "we are late again", "nobody saw us",
                                        "the bus has already gone", "you should go {destination}",
                                        "the {thing} belongs to {name}", "we can {errand} {time}"};
constexpr std::string_view kAction[] = {"looked out of the window", "put the {thing} down", "smiled", "nodded",
                                        "looked up", "laughed softly", "turned toward the door", "did not answer",
                                        "sat down {place}", "waited", "picked up the {thing}", "walked {destination}",
                                        "poured more tea", "frowned", "stood {place} for a moment",
                                        "counted the coins again"};
constexpr std::string_view kScene[] = {"the rain", "the wind", "the evening light", "the river", "the street",
                                       "the old clock", "the smell of rice", "a motorbike", "the steam from the tea",
                                       "the lamp"};
constexpr std::string_view kSceneVerb[] = {"drifted {place}", "moved slowly {place}", "fell softly", "grew quiet",
                                           "went on ticking", "passed {place}", "kept moving", "flickered"};

constexpr std::string_view kThink[] = {"think", "hope", "know", "believe", "guess", "am afraid"};

// What the characters say is in Vietnamese; the narration around it is in English. So at every
// character the model has to know which side of a quotation mark it is on to guess the next
// one, and it keeps that in a cell, the way Karpathy's quote cell appears in novels. (With
// English speech the model reads the side off nearby words instead, and no single cell follows
// the quotes closely: the best |r| was 0.66.) Entries that open a sentence start with an ASCII
// letter, which capitalised() can raise.
constexpr std::string_view kViThing[] = {"cái ô", "chiếc xe đạp", "chìa khóa", "lá thư", "tấm bản đồ", "quyển vở",
                                         "vé tàu", "cái đèn lồng", "con thuyền", "cái radio", "cái giỏ", "tấm ảnh",
                                         "cái ấm", "túi cam", "cái đồng hồ cũ", "gạo", "trà"};
constexpr std::string_view kViAdjective[] = {"lạnh rồi", "bị hỏng", "xong rồi", "nặng quá", "vẫn còn ướt", "mất rồi",
                                             "gần hết rồi", "đẹp lắm", "không phải của mình", "vẫn ở chỗ cũ"};
constexpr std::string_view kViPlace[] = {"cạnh cửa sổ", "ở chợ", "gần bờ sông", "trên cầu", "sau trường", "trong bếp",
                                         "ở nhà ga", "trên mái nhà", "dưới gốc đa", "bên kia đường", "cuối ngõ"};
constexpr std::string_view kViDestination[] = {"ra chợ", "về nhà", "đến trường", "xuống bờ sông", "ra Hà Nội",
                                               "vào Huế", "ra ga", "ra bến cảng", "lên gác"};
constexpr std::string_view kViTime[] = {"ngày mai", "tối nay", "sau bữa trưa", "chiều nay", "trước khi mưa",
                                        "tuần sau", "lúc sáu giờ", "sáng mai", "lát nữa"};
constexpr std::string_view kViErrand[] = {"sửa {viThing}", "tìm {viThing}", "mang {viThing}", "bán {viThing}",
                                          "mở {viThing}", "đợi {name}", "gọi {name}", "đi {viDestination}"};
constexpr std::string_view kViThink[] = {"nghĩ", "hy vọng", "biết", "tin", "đoán", "sợ"};
constexpr std::string_view kViClause[] = {"{viThing} {viAdjective}", "{name} sẽ đến {viTime}", "trời sắp mưa",
                                          "chúng ta lại muộn rồi", "không ai thấy chúng ta", "xe buýt đi mất rồi",
                                          "bạn nên đi {viDestination}", "{viThing} là của {name}",
                                          "chúng ta có thể {viErrand} {viTime}"};

constexpr Slot kSlots[] = {{"name", kName}, {"think", kThink},           {"role", kRole},         {"speaker", kSpeaker},
                           {"thing", kThing},         {"adjective", kAdjective}, {"place", kPlace},
                           {"destination", kDestination}, {"time", kTime},     {"errand", kErrand},
                           {"clause", kClause},       {"action", kAction},     {"scene", kScene},
                           {"sceneVerb", kSceneVerb}, {"viThing", kViThing},       {"viAdjective", kViAdjective},
                           {"viPlace", kViPlace},     {"viDestination", kViDestination}, {"viTime", kViTime},
                           {"viErrand", kViErrand},   {"viThink", kViThink},   {"viClause", kViClause}};

Words slotWords(std::string_view name) {
  for (const Slot& s : kSlots)
    if (s.name == name) return s.words;
  throw Error("internal error: the dialogue generator has no word list for {" + std::string(name) + "}");
}

// Replaces every {slot} in a template by a random entry of its list, recursively.
std::string expand(std::string_view pattern, Dice& dice) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      out += pattern.substr(i);
      break;
    }
    const std::size_t close = pattern.find('}', open);
    out += pattern.substr(i, open - i);
    out += expand(dice.pick(slotWords(pattern.substr(open + 1, close - open - 1))), dice);
    i = close + 1;
  }
  return out;
}

std::string sentence(Words templates, Dice& dice) { return capitalised(expand(dice.pick(templates), dice)); }

// ---- dialogue -----------------------------------------------------------------------------

constexpr std::string_view kStatement[] = {"Tôi {viThink} {viClause}.", "{name} đang đợi {viPlace}.",
                                           "Chắc là {viClause}.", "Chúng ta nên {viErrand} {viTime}.",
                                           "Tôi để {viThing} {viPlace}.", "Không sao đâu.",
                                           "Bạn nói đúng về {viThing}.", "Thế thì {viClause}.",
                                           "Mẹ tôi bảo {viClause}.", "Tôi sẽ đi {viDestination} {viTime}.",
                                           "Vâng.", "Không.", "Chưa.", "Tất nhiên rồi.", "Có lẽ.", "Tôi biết mà."};
constexpr std::string_view kQuestion[] = {"Bạn đã {viErrand} chưa?", "{name} đâu rồi?", "Sao bạn lại đi {viDestination}?",
                                          "Bạn chắc chứ?", "Mấy giờ rồi?", "Bạn ăn cơm chưa?",
                                          "Chúng ta đi {viDestination} {viTime} được không?", "Ai nói với bạn thế?",
                                          "{viThing} {viAdjective} à?", "Bạn có nghĩ {viClause} không?"};
constexpr std::string_view kExclamation[] = {"Nhìn {viThing} kìa!", "Đi {viDestination} đi!", "Nhanh lên!",
                                             "Cẩn thận!", "Đợi tôi với!", "Đừng động vào {viThing}!",
                                             "{name} ơi, lại đây!"};
constexpr std::string_view kNarration[] = {"{speaker} {action}.",
                                           "{scene} {sceneVerb}.",
                                           "Outside, {scene} {sceneVerb}.",
                                           "For a long time nobody spoke.",
                                           "{speaker} {action}, and {scene} {sceneVerb}.",
                                           "{speaker} {action} while {speaker} {action}.",
                                           "It was almost dark when {speaker} came back {place}.",
                                           "Nobody knew where the {thing} had gone.",
                                           "The {thing} was {adjective}, as {speaker} had said."};
constexpr std::string_view kOpening[] = {"Tôi nghĩ", "Này", "Nói thật nhé", "Theo tôi", "Nghe này", "Nhìn này"};
constexpr std::string_view kSaid[] = {"said", "replied", "whispered", "answered", "muttered", "explained", "added"};
constexpr std::string_view kAsked[] = {"asked", "wondered", "asked again"};
constexpr std::string_view kShouted[] = {"shouted", "called", "cried", "laughed"};
constexpr std::string_view kManner[] = {"quietly", "at last", "with a smile", "without looking up", "softly",
                                        "from the doorway"};

std::string speechSentence(Dice& dice) {
  const int kind = dice.below(10);
  return sentence(kind < 6 ? Words(kStatement) : kind < 9 ? Words(kQuestion) : Words(kExclamation), dice);
}

// What is said inside one pair of quotes: a few words up to two sentences.
std::string speech(Dice& dice) {
  std::string s = speechSentence(dice);
  if (dice.percent(30)) s += " " + speechSentence(dice);
  return s;
}

// "said Mai", "Mai asked", "the teacher whispered softly": the verb fits the punctuation.
std::string speechTag(const std::string& who, char ending, bool verbFirst, Dice& dice) {
  const std::string verb(dice.pick(ending == '?' ? Words(kAsked) : ending == '!' ? Words(kShouted) : Words(kSaid)));
  const std::string tag = verbFirst ? verb + " " + who : who + " " + verb;
  return dice.percent(25) ? tag + " " + std::string(dice.pick(kManner)) : tag;
}

std::string quote(const std::string& words, bool curly) {
  return curly ? "\u201C" + words + "\u201D" : "\"" + words + "\"";
}

// One quotation with its speech tag, in one of the ways novels write it. Most use straight
// quotes; some use curly ones, so a cell must learn both pairs.
std::string quotation(Dice& dice) {
  const bool curly = dice.percent(12);
  std::string words = speech(dice);
  const char ending = words.back();
  const std::string who = expand("{speaker}", dice);
  switch (dice.below(6)) {
    case 0:  // "Muộn rồi," said Mai.
    case 1: {
      if (ending == '.') words.back() = ',';
      const bool verbFirst = dice.percent(50);
      return cat({quote(words, curly), " ", speechTag(who, ending, verbFirst, dice), "."});
    }
    case 2:  // Mai said, "Muộn rồi."
      return cat({capitalised(speechTag(who, ending, false, dice)), ", ", quote(words, curly)});
    case 3:  // "Này," said Mai, "trời sắp mưa."
      return cat({quote(cat({std::string(dice.pick(kOpening)), ","}), curly), " ", speechTag(who, '.', true, dice), ", ",
                  quote(expand("{viClause}", dice) + ".", curly)});
    case 4:  // Mai nodded. "Muộn rồi."
      return cat({capitalised(who), " ", expand("{action}", dice), ". ", quote(words, curly)});
    default:  // "Muộn rồi."
      return quote(words, curly);
  }
}

std::string dialogueParagraph(Dice& dice) {
  std::string p;
  const auto add = [&](const std::string& s) { p += (p.empty() ? "" : " ") + s; };
  if (dice.percent(20)) {
    for (int i = dice.between(1, 4); i > 0; --i) add(sentence(kNarration, dice));
  } else {
    bool quoted = false;
    for (int i = dice.between(1, 3); i > 0; --i) {
      const bool narrate = dice.percent(25);
      add(narrate ? sentence(kNarration, dice) : quotation(dice));
      quoted = quoted || !narrate;
    }
    if (!quoted) add(quotation(dice));
  }
  return p + "\n";
}

// ---- code ---------------------------------------------------------------------------------

constexpr std::string_view kVariables[] = {"i", "j", "n", "count", "total", "index", "value", "limit", "left",
                                           "right", "key", "offset", "state", "result", "next", "size", "mid"};
constexpr std::string_view kArrays[] = {"values", "buffer", "table", "slots", "counts", "keys", "seen"};
constexpr std::string_view kCallees[] = {"update", "parse_line", "find_key", "sum_range", "reset_state",
                                         "read_block", "check_bounds", "merge", "scan", "emit_token", "hash",
                                         "min", "max", "abs"};
constexpr std::string_view kFunctionNames[] = {"count_words", "find_slot", "sum_range", "parse_number",
                                               "merge_runs", "scan_line", "check_table", "next_token",
                                               "update_counts", "reverse", "insert_key", "drain_queue"};
constexpr std::string_view kReturnTypes[] = {"int", "int", "static int", "unsigned", "void", "static void"};
constexpr std::string_view kParameters[] = {"int count", "int *values", "const char *name", "int limit",
                                            "int key", "char *buffer", "int size", "const int *table"};
constexpr std::string_view kCompare[] = {"<", ">", "<=", ">=", "==", "!="};
constexpr std::string_view kArithmetic[] = {"+", "-", "*", "/", "%", "+", "-"};
constexpr std::string_view kRemarks[] = {"keep the invariant", "edge case: empty input", "TODO: handle overflow",
                                         "walk to the end", "nothing left to do", "try the next slot",
                                         "see the note above", "fast path", "this cannot be negative here",
                                         "one past the last element", "the table is full"};
constexpr std::string_view kPurposes[] = {"adds up a range of values", "returns the index of key, or -1",
                                          "reads one line into buffer", "merges two sorted runs",
                                          "counts how often each value appears", "finds a free slot"};
constexpr std::string_view kFormats[] = {R"("value = %d\n")", R"("missing \"%s\"\n")", R"("say \"hello\"\n")",
                                         R"("[%d] %s\n")", R"("done\n")", R"("error: %s\n")",
                                         R"("%d items left\n")", R"("key \"%s\" not found\n")"};

// Writes one function at a time. Every line is indented by 4 spaces per open brace, and no
// brace ever appears inside a string or a comment, so the depth of a line can be read off its
// indentation.
class CodeWriter {
public:
  explicit CodeWriter(Dice& dice) : dice_(dice) {}

  std::string unit() {
    out_.clear();
    if (dice_.percent(12)) globalDeclaration();
    headerComment();
    function();
    return out_;
  }

private:
  static constexpr int kDeepest = 5;  // the body (depth 1) plus up to four nested blocks

  void line(int depth, const std::string& text) {
    out_.append(static_cast<std::size_t>(depth) * 4, ' ');
    out_ += text;
    out_ += '\n';
  }
  std::string word(Words words) { return std::string(dice_.pick(words)); }
  // n different entries (a partial shuffle), so no function declares the same name twice.
  std::vector<std::string> distinctWords(Words words, int n) {
    std::vector<std::string_view> pool(words.begin(), words.end());
    std::vector<std::string> chosen;
    for (int k = 0; k < n; ++k) {
      const auto j = static_cast<std::size_t>(k + dice_.below(static_cast<int>(pool.size()) - k));
      std::swap(pool[static_cast<std::size_t>(k)], pool[j]);
      chosen.emplace_back(pool[static_cast<std::size_t>(k)]);
    }
    return chosen;
  }
  std::string variable() { return word(kVariables); }

  void globalDeclaration() {
    if (dice_.percent(50))
      line(0, cat({"static int ", word(kArrays), "[", std::to_string(16 << dice_.below(4)), "];"}));
    else
      line(0, "#define LIMIT " + std::to_string(dice_.between(8, 512)));
    out_ += '\n';
  }

  void headerComment() {
    const std::string purpose(dice_.pick(kPurposes));
    switch (dice_.below(4)) {
      case 0: line(0, "// " + capitalised(purpose) + "."); break;
      case 1: line(0, "/* " + capitalised(purpose) + ". */"); break;
      case 2:
        line(0, "/*");
        line(0, " * " + capitalised(purpose) + ".");
        line(0, " * " + capitalised(word(kRemarks)) + ".");
        line(0, " */");
        break;
      default: break;
    }
  }

  void function() {
    const std::string type = word(kReturnTypes);
    returnsValue_ = type.find("void") == std::string::npos;
    std::string params;
    for (const auto& p : distinctWords(kParameters, dice_.between(1, 3))) params += (params.empty() ? "" : ", ") + p;
    line(0, type + " " + word(kFunctionNames) + "(" + params + ") {");
    const auto locals = distinctWords(kVariables, dice_.below(3));
    for (const auto& name : locals) line(1, cat({"int ", name, " = ", atom(1), ";"}));
    if (!locals.empty() && dice_.percent(50)) out_ += '\n';
    block(1, dice_.between(2, 5), false);
    if (returnsValue_) line(1, "return " + expression(0) + ";");
    line(0, "}");
    out_ += '\n';
  }

  // ---- expressions: nesting level bounds how deep brackets and calls go

  std::string atom(int level) {
    const int kind = level >= 2 ? dice_.below(3) : dice_.below(7);
    switch (kind) {
      case 0: return std::to_string(dice_.between(0, 99));
      case 1:
      case 2: return variable();
      case 3: return cat({word(kArrays), "[", variable(), "]"});
      case 4: return cat({word(kArrays), "[", word(kArrays), "[", variable(), "]]"});
      case 5: return cat({word(kArrays), "[", variable(), " + ", std::to_string(dice_.between(1, 3)), "]"});
      default: return call(level);
    }
  }
  std::string call(int level) {
    std::string args = expression(level + 1);
    for (int i = dice_.below(3); i > 0; --i) args += ", " + expression(level + 1);
    return word(kCallees) + "(" + args + ")";
  }
  std::string expression(int level) {
    if (level >= 2 || dice_.percent(50)) return atom(level);
    if (dice_.percent(20))
      return cat({"(", atom(level), " ", word(kArithmetic), " ", atom(level), ") * ", atom(level)});
    return cat({atom(level), " ", word(kArithmetic), " ", expression(level + 1)});
  }
  std::string comparison() { return cat({atom(1), " ", word(kCompare), " ", atom(1)}); }
  std::string condition() {
    switch (dice_.below(10)) {
      case 0: case 1: return cat({comparison(), " && ", comparison()});
      case 2: return cat({comparison(), " || ", comparison()});
      case 3: return cat({"(", comparison(), " && ", comparison(), ") || ", comparison()});
      case 4: return "!" + call(1);
      default: return comparison();
    }
  }
  std::string target() {
    switch (dice_.below(4)) {
      case 0: return cat({word(kArrays), "[", variable(), "]"});
      case 1: return cat({word(kArrays), "[", word(kArrays), "[", variable(), "]]"});
      default: return variable();
    }
  }

  // ---- statements

  void block(int depth, int statements, bool inLoop) {
    for (int i = 0; i < statements; ++i)
      if (statement(depth, inLoop)) break;  // code after a jump would never run
  }

  // Returns true when the statement jumps away (return, break, continue).
  bool statement(int depth, bool inLoop) {
    const int nestPercent = depth >= kDeepest ? 0 : 40 - 5 * depth;
    if (dice_.percent(nestPercent)) {
      compound(depth, inLoop);
      return false;
    }
    const int kind = dice_.below(20);
    if (kind == 16 && depth > 1) {
      line(depth, returnsValue_ ? "return " + atom(1) + ";" : "return;");
      return true;
    }
    if (kind == 17 && inLoop) {
      line(depth, dice_.percent(50) ? "break;" : "continue;");
      return true;
    }
    simple(depth, kind);
    return false;
  }

  void simple(int depth, int kind) {
    switch (kind) {
      case 0: case 1: case 2: case 3: case 4: return line(depth, cat({target(), " = ", expression(0), ";"}));
      case 5: case 6: return line(depth, cat({variable(), " ", word(kArithmetic), "= ", atom(1), ";"}));
      case 7: return line(depth, cat({variable(), dice_.percent(50) ? "++;" : "--;"}));
      case 8: case 9: return line(depth, call(0) + ";");
      case 10: case 11: return line(depth, cat({"printf(", word(kFormats), ", ", expression(1), ");"}));
      case 12: case 13: return line(depth, "// " + word(kRemarks));
      case 14: return line(depth, cat({target(), " = ", atom(0), ";  /* ", word(kRemarks), " */"}));
      case 15: return line(depth, "/* " + word(kRemarks) + " */");
      default: return line(depth, cat({variable(), " = ", atom(0), ";"}));
    }
  }

  void compound(int depth, bool inLoop) {
    const int inner = depth + 1;
    switch (dice_.below(20)) {
      case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
        line(depth, "if (" + condition() + ") {");
        block(inner, dice_.between(1, 3), inLoop);
        for (int i = dice_.percent(25) ? dice_.between(1, 2) : 0; i > 0; --i) {
          line(depth, "} else if (" + condition() + ") {");
          block(inner, dice_.between(1, 2), inLoop);
        }
        if (dice_.percent(40)) {
          line(depth, "} else {");
          block(inner, dice_.between(1, 2), inLoop);
        }
        return line(depth, "}");
      case 8: case 9: case 10: case 11:
        line(depth, "while (" + condition() + ") {");
        block(inner, dice_.between(1, 3), true);
        return line(depth, "}");
      case 12: case 13: case 14: case 15: case 16: case 17: {
        const std::string i = dice_.percent(70) ? std::string(1, "ijk"[dice_.below(3)]) : variable();
        const std::string start = dice_.percent(30) ? "int " + i : i;
        const std::string bound = atom(1);
        const std::string step = dice_.percent(80) ? "++" : " += 2";
        line(depth, "for (" + start + " = 0; " + i + " < " + bound + "; " + i + step + ") {");
        block(inner, dice_.between(1, 3), true);
        return line(depth, "}");
      }
      default:
        line(depth, "do {");
        block(inner, dice_.between(1, 3), true);
        return line(depth, "} while (" + condition() + ");");
    }
  }

  Dice& dice_;
  std::string out_;
  bool returnsValue_ = true;
};

// ---- recall -------------------------------------------------------------------------------

std::string recallRecord(int distance, Dice& dice) {
  const char key = static_cast<char>('a' + dice.below(kRecallKeys));
  std::string r(1, key);
  for (int i = 0; i < distance - 2; ++i) r += static_cast<char>('0' + dice.below(10));
  r += '=';
  r += key;
  r += '\n';
  return r;
}

// "recall-24" -> 24; 0 when kind does not start with "recall-".
int recallDistance(const std::string& kind) {
  const std::string prefix = "recall-";
  if (kind.rfind(prefix, 0) != 0) return 0;
  const std::string digits = kind.substr(prefix.size());
  int d = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
  if (ec != std::errc() || end != digits.data() + digits.size() || d < kMinRecallDistance || d > kMaxRecallDistance)
    throw Error("in the built-in corpus '" + kind + "', the distance after recall- must be a whole number between " +
                std::to_string(kMinRecallDistance) + " and " + std::to_string(kMaxRecallDistance));
  return d;
}

}  // namespace

std::string generateDialogue(std::size_t approxChars, std::uint64_t seed) {
  Dice dice(seed);
  return assemble(approxChars, [&] { return dialogueParagraph(dice); });
}

std::string generateCode(std::size_t approxChars, std::uint64_t seed) {
  Dice dice(seed);
  CodeWriter writer(dice);
  return assemble(approxChars, [&] { return writer.unit(); });
}

std::string generateRecall(std::size_t approxChars, int distance, std::uint64_t seed) {
  if (distance < kMinRecallDistance || distance > kMaxRecallDistance)
    throw Error("the recall distance must be between " + std::to_string(kMinRecallDistance) + " and " +
                std::to_string(kMaxRecallDistance) + ", got " + std::to_string(distance));
  Dice dice(seed);
  return assemble(approxChars, [&] { return recallRecord(distance, dice); });
}

std::string builtinCorpus(const std::string& kind, std::size_t approxChars, std::uint64_t seed) {
  if (kind == "dialogue") return generateDialogue(approxChars, seed);
  if (kind == "code") return generateCode(approxChars, seed);
  if (const int distance = recallDistance(kind)) return generateRecall(approxChars, distance, seed);
  throw Error("there is no built-in corpus called '" + kind + "': choose dialogue, code or recall-D (D from " +
              std::to_string(kMinRecallDistance) + " to " + std::to_string(kMaxRecallDistance) + ")");
}

}  // namespace rnnscope
