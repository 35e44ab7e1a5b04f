#include "ui/panels/text_colormap.h"

#include <algorithm>
#include <cmath>

#include <QFontDatabase>
#include <QLinearGradient>
#include <QPainter>

namespace rnnscope::ui::text {

namespace {
const QColor kNoData{0xD0, 0xD0, 0xD0};
// Ends of the maps: saturated enough to read as "blue" and "red" on a washed-out projector,
// dark enough that white text on them stays legible.
constexpr int kBlue[3] = {0x21, 0x66, 0xAC};
constexpr int kRed[3] = {0xB2, 0x18, 0x2B};
constexpr int kIndigo[3] = {0x2A, 0x1B, 0x6E};

QColor mix(const int (&to)[3], double t) {
  // Interpolating in sRGB from white: a light tint for small values, full colour at the end.
  auto channel = [t](int c) { return static_cast<int>(std::lround(255.0 + (c - 255.0) * t)); };
  return QColor(channel(to[0]), channel(to[1]), channel(to[2]));
}
}  // namespace

QColor divergingColor(double v) {
  if (std::isnan(v)) return kNoData;
  v = std::clamp(v, -1.0, 1.0);
  return v >= 0 ? mix(kRed, v) : mix(kBlue, -v);
}

QColor sequentialColor(double t) {
  if (std::isnan(t)) return kNoData;
  return mix(kIndigo, std::clamp(t, 0.0, 1.0));
}

QColor readableTextColor(const QColor& background) {
  // relative luminance (Rec. 709 weights on roughly linearised channels)
  auto lin = [](double c) { return std::pow(c, 2.2); };
  const double y = 0.2126 * lin(background.redF()) + 0.7152 * lin(background.greenF()) + 0.0722 * lin(background.blueF());
  return y > 0.22 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

QFont uiFont(int pointSize, bool bold) {
  QFont f;
  f.setPointSize(pointSize);
  f.setBold(bold);
  return f;
}

QFont monospaceFont(int pointSize) {
  QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  f.setStyleHint(QFont::Monospace);
  f.setFixedPitch(true);
  f.setPointSize(pointSize);
  return f;
}

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("colorLegend"));
  setFont(uiFont(kSmallPointSize));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColorLegend::setScale(Scale scale, const QString& low, const QString& middle, const QString& high) {
  if (scale == scale_ && low == low_ && middle == middle_ && high == high_) return;
  scale_ = scale;
  low_ = low;
  middle_ = middle;
  high_ = high;
  update();
}

QSize ColorLegend::sizeHint() const {
  const QFontMetrics fm(font());
  return {320, 14 + 4 + fm.height() + 2};
}

QSize ColorLegend::minimumSizeHint() const {
  // room for the two end labels side by side
  const QFontMetrics fm(font());
  return {std::max(160, fm.horizontalAdvance(low_) + fm.horizontalAdvance(high_) + 16), 14 + 4 + fm.height() + 2};
}

void ColorLegend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QFontMetrics fm(font());
  const int barHeight = 14;
  const QRect bar(1, 1, width() - 2, barHeight);
  QLinearGradient gradient(bar.topLeft(), bar.topRight());
  constexpr int kStops = 16;
  for (int i = 0; i <= kStops; ++i) {
    const double t = double(i) / kStops;
    gradient.setColorAt(t, scale_ == Scale::Diverging ? divergingColor(2 * t - 1) : sequentialColor(t));
  }
  p.fillRect(bar, gradient);
  p.setPen(QColor(0x90, 0x90, 0x90));
  p.drawRect(bar.adjusted(0, 0, -1, -1));
  p.setPen(palette().color(QPalette::WindowText));
  const int y = bar.bottom() + 4;
  const QRect labels(bar.left(), y, bar.width(), fm.height());
  p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, low_);
  p.drawText(labels, Qt::AlignRight | Qt::AlignTop, high_);
  // the middle label only where it clears both ends
  const int middleWidth = fm.horizontalAdvance(middle_);
  const int middleLeft = labels.center().x() - middleWidth / 2;
  if (middleLeft > labels.left() + fm.horizontalAdvance(low_) + 8 &&
      middleLeft + middleWidth < labels.right() - fm.horizontalAdvance(high_) - 8)
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, middle_);
}

}  // namespace rnnscope::ui::text
