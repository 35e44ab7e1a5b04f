#include "core/task/shapes.h"

#include <array>
#include <cstdlib>

#include "core/util/error.h"
#include "core/util/random.h"

namespace rnnscope {

namespace {

constexpr std::array<const char*, 3> kShapes = {"circle", "square", "triangle"};
constexpr std::array<const char*, 4> kColours = {"red", "green", "blue", "yellow"};
constexpr std::array<std::array<float, 3>, 4> kRgb = {{{1, 0, 0}, {0, 0.8f, 0}, {0, 0, 1}, {1, 1, 0}}};

struct Shape {
  int kind, colour, cx, cy;
};

// Whether pixel (x, y) lies inside a shape of radius 3 centred at (cx, cy).
bool inside(const Shape& s, int x, int y) {
  const int dx = x - s.cx, dy = y - s.cy;
  switch (s.kind) {
    case 0: return dx * dx + dy * dy <= 10;                    // circle
    case 1: return std::abs(dx) <= 2 && std::abs(dy) <= 2;     // square
    default: return dy >= -3 && dy <= 3 && 2 * std::abs(dx) <= dy + 3;  // triangle, apex up
  }
}

void paint(std::vector<float>& image, const Shape& s) {
  for (int y = 0; y < kShapeSide; ++y)
    for (int x = 0; x < kShapeSide; ++x)
      if (inside(s, x, y))
        for (int c = 0; c < 3; ++c) image[(y * kShapeSide + x) * 3 + c] = kRgb[s.colour][c];
}

std::string phrase(const Shape& s) { return std::string("a ") + kColours[s.colour] + " " + kShapes[s.kind]; }

// A question about the picture and its answer.
std::pair<std::string, std::string> question(const std::vector<Shape>& shapes, Rng& rng) {
  const Shape& s = shapes[rng.below(shapes.size())];
  switch (rng.below(3)) {
    case 0: return {std::string("what colour is the ") + kShapes[s.kind] + " ?", kColours[s.colour]};
    case 1: return {std::string("what shape is ") + kColours[s.colour] + " ?", kShapes[s.kind]};
    default: return {"how many shapes ?", shapes.size() == 1 ? "one" : "two"};
  }
}

void addWords(TokenVocabulary& v, std::vector<std::int32_t>& ids, const std::string& words) {
  for (const auto& w : splitTokens(words, Tokens::Words)) ids.push_back(v.add(w));
}

}  // namespace

TaskData generateShapes(TaskKind kind, std::size_t examples, std::uint64_t seed, std::string* text) {
  if (kind != TaskKind::Caption && kind != TaskKind::Vqa) throw Error("pictures of shapes are for the caption and vqa tasks");
  if (examples < 1 || examples > 1'000'000) throw Error("built-in task data holds 1 to 1000000 examples");
  TaskData d;
  d.kind = kind;
  d.tokens = Tokens::Words;
  d.inputs.add(kPadToken);
  if (kind == TaskKind::Caption)
    for (auto special : {kPadToken, kStartToken, kEndToken}) d.labels.add(special);
  Rng rng(seed);
  for (std::size_t i = 0; i < examples; ++i) {
    std::vector<Shape> shapes;
    const int count = 1 + static_cast<int>(rng.below(2));
    for (int k = 0; k < count; ++k) {
      Shape s{static_cast<int>(rng.below(3)), static_cast<int>(rng.below(4)), 0, 0};
      while (k == 1 && (s.kind == shapes[0].kind || s.colour == shapes[0].colour)) {
        s.kind = static_cast<int>(rng.below(3));
        s.colour = static_cast<int>(rng.below(4));
      }
      // one shape anywhere across the middle; two, one in each half
      const int base = count == 1 ? 8 : (k == 0 ? 4 : 12);
      s.cx = base + static_cast<int>(rng.below(count == 1 ? 5 : 3)) - (count == 1 ? 2 : 1);
      s.cy = 8 + static_cast<int>(rng.below(5)) - 2;
      shapes.push_back(s);
    }
    LabelledSequence ex;
    ex.image.assign(kShapePixels, 0.0f);
    for (const auto& s : shapes) paint(ex.image, s);
    std::string words;
    if (kind == TaskKind::Caption) {
      words = count == 1 ? phrase(shapes[0]) : phrase(shapes[0]) + " left of " + phrase(shapes[1]);
      addWords(d.labels, ex.labels, words);
    } else {
      const auto [q, a] = question(shapes, rng);
      addWords(d.inputs, ex.tokens, q);
      ex.labels = {d.labels.add(a)};
      words = q + "\t" + a;
    }
    if (text) *text += words + "\n";
    d.examples.push_back(std::move(ex));
  }
  return d;
}

}  // namespace rnnscope
