#include "ui/panels/tensor_kind_style.h"

#include <iterator>

#include <QCoreApplication>

#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_style.h"

namespace rnnscope::ui {

namespace {

constexpr const char* kContext = "rnnscope::ui::TensorKind";

struct Style {
  const char* description;
  const char* legendName;
  QColor color;
};

// In TensorKind order. g and n share green: no cell has both.
const Style& styleOf(TensorKind kind) {
  namespace p = chart::palette;
  // h and c never stand in a legend: their letter is enough there.
  static const Style styles[] = {
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "h — hidden state"), nullptr, p::kBlue},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "c — cell state"), nullptr, p::kVermillion},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "i — input gate"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "i input"), p::kBlue},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "f — forget gate"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "f forget"), p::kOrange},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "g — candidate (tanh)"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "g cand."), p::kGreen},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "o — output gate"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "o output"), p::kVermillion},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "r — reset gate"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "r reset"), p::kPurple},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "z — update gate (%1)"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "z update (%1)"), p::kSkyBlue},
      {QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "n — candidate (tanh)"),
       QT_TRANSLATE_NOOP("rnnscope::ui::TensorKind", "n cand."), p::kGreen},
  };
  static_assert(std::size(styles) == kTensorKinds.size());
  return styles[static_cast<std::size_t>(kind)];
}

QString asText(std::string_view letter) { return QString::fromUtf8(letter.data(), static_cast<qsizetype>(letter.size())); }

QString translated(const char* text, TensorKind kind, GruVariant variant) {
  if (!text) return asText(letterOf(kind));
  const QString s = QCoreApplication::translate(kContext, text);
  return kind == TensorKind::Update ? s.arg(chart::updateGateOneShort(variant)) : s;
}

}  // namespace

QString kindDescription(TensorKind kind, GruVariant variant) { return translated(styleOf(kind).description, kind, variant); }

QString kindLegendName(TensorKind kind, GruVariant variant) { return translated(styleOf(kind).legendName, kind, variant); }

QColor kindColor(TensorKind kind) { return styleOf(kind).color; }

QString kindDescription(std::string_view letter, GruVariant variant) {
  const TensorKindInfo* info = tensorKindNamed(letter);
  return info ? kindDescription(info->kind, variant) : asText(letter);
}

QString kindLegendName(std::string_view letter, GruVariant variant) {
  const TensorKindInfo* info = tensorKindNamed(letter);
  return info ? kindLegendName(info->kind, variant) : asText(letter);
}

QColor kindColor(std::string_view letter) {
  const TensorKindInfo* info = tensorKindNamed(letter);
  return info ? kindColor(info->kind) : chart::palette::kGrey;
}

}  // namespace rnnscope::ui
