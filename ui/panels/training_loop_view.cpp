#include "ui/panels/training_loop_view.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>

#include "ui/panels/bptt_equations.h"
#include "ui/panels/chart_colormap.h"
#include "ui/panels/chart_style.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
constexpr int kMargin = 8;
constexpr int kLabelWidth = 30;   // the row names
constexpr int kLeftWidth = 84;    // the row names, the carried-in state and the cut
constexpr int kRightWidth = 170;  // the clipping gauge and the update
constexpr double kColourDecades = 4;
const QColor kFrame{0xF0, 0xB4, 0x00};
const QColor kIdle{0xD8, 0xD8, 0xD8};

QString formatted(double v) { return QString::number(v, 'g', 3); }
}  // namespace

TrainingLoopView::TrainingLoopView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("trainingLoopView"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrainingLoopView::setPicture(TrainingLoopPicture picture, int batch) {
  picture_ = std::move(picture);
  batch_ = batch;
  update();
}

void TrainingLoopView::setPhase(TrainingPhase phase, double progress, bool active) {
  phase_ = phase;
  progress_ = std::clamp(progress, 0.0, 1.0);
  active_ = active;
  update();
}

bool TrainingLoopView::reached(TrainingPhase p) const { return !active_ || static_cast<int>(p) <= static_cast<int>(phase_); }

int TrainingLoopView::forwardColumns() const {
  const int T = static_cast<int>(picture_.dhNorm.size());
  if (!active_ || phase_ != TrainingPhase::Forward) return T;
  return static_cast<int>(std::ceil(progress_ * T));
}

int TrainingLoopView::backwardColumns() const {
  const int T = static_cast<int>(picture_.dhNorm.size());
  if (!active_ || static_cast<int>(phase_) > static_cast<int>(TrainingPhase::Backward)) return T;
  if (phase_ != TrainingPhase::Backward) return 0;
  return static_cast<int>(std::ceil(progress_ * T));
}

// A long window is drawn as its first and last steps with an ellipsis between: the boxes stay
// big enough to read a character in, and both ends of the sweep stay in view.
std::vector<int> TrainingLoopView::shownSteps(int T, int maxColumns) {
  std::vector<int> ks;
  if (T <= maxColumns) {
    for (int k = 0; k < T; ++k) ks.push_back(k);
    return ks;
  }
  const int head = maxColumns / 3;
  for (int k = 0; k < head; ++k) ks.push_back(k);
  ks.push_back(-1);  // the ellipsis
  for (int k = T - (maxColumns - head - 1); k < T; ++k) ks.push_back(k);
  return ks;
}

void TrainingLoopView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), Qt::white);
  const int T = static_cast<int>(picture_.dhNorm.size());
  if (T == 0) return;
  p.setFont(chartFont(kLabelPointSize));

  // geometry: three rows (losses, states, inputs) over the shown columns
  const double stripLeft = kMargin + kLeftWidth, stripRight = width() - kMargin - kRightWidth;
  const std::vector<int> ks = shownSteps(T, std::clamp(static_cast<int>((stripRight - stripLeft) / kMinColumnWidth), 5, kMaxColumns));
  const int columns = static_cast<int>(ks.size());
  const double column = std::max(4.0, (stripRight - stripLeft) / columns);
  const double box = std::min(column * 0.72, 28.0);
  const double gap = std::clamp(height() * 0.28, std::max(box * 1.9, 34.0), 90.0);
  const double stateY = height() / 2.0, lossY = stateY - gap, inputY = stateY + gap;
  const auto centerX = [&](int i) { return stripLeft + (i + 0.5) * column; };
  const auto boxAt = [&](int i, double y) { return QRectF(centerX(i) - box / 2, y - box / 2, box, box); };

  p.setPen(palette::kGrey);
  for (const auto& [y, name] : {std::pair{lossY, QStringLiteral("L_t")}, std::pair{stateY, QStringLiteral("h_t")},
                                std::pair{inputY, QStringLiteral("x_t")}})
    p.drawText(QRectF(kMargin, y - 9, kLabelWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, name);

  // the carried-in state and the cut where truncated BPTT stops the gradient
  const QRectF carried(kMargin + kLabelWidth, stateY - box / 2, box, box);
  p.setPen(QPen(palette::kGrey, 1.2));
  p.setBrush(QColor(0xEE, 0xEE, 0xEE));
  p.drawRect(carried);
  p.drawText(carried, Qt::AlignCenter, QStringLiteral("h₀"));
  const bool cut = backwardColumns() == T;
  const double cutX = (carried.right() + stripLeft) / 2;
  p.setPen(QPen(cut ? palette::kVermillion : kIdle, 1.5, Qt::DashLine));
  p.drawLine(QPointF(cutX, stateY - box), QPointF(cutX, stateY + box));

  // colour: log10 ||dL/dh_k|| over a fixed span of decades below the largest, so that a flat
  // gradient looks flat and only a real fall darkens
  double hi = -INFINITY;
  for (double v : picture_.dhNorm)
    if (v > 0 && std::isfinite(v)) hi = std::max(hi, std::log10(v));
  const double lo = hi - kColourDecades;
  const int computed = forwardColumns(), arrived = backwardColumns();
  const bool losses = reached(TrainingPhase::Loss);
  double previousRight = carried.right();
  for (int i = 0; i < columns; ++i) {
    const int k = ks[static_cast<std::size_t>(i)];
    if (k < 0) {  // the steps left out
      p.setPen(palette::kGrey);
      for (double y : {lossY, stateY, inputY}) p.drawText(boxAt(i, y), Qt::AlignCenter, QStringLiteral("⋯"));
      previousRight = boxAt(i, stateY).right();
      continue;
    }
    const QRectF in = boxAt(i, inputY), state = boxAt(i, stateY);
    const bool done = k < computed, back = k >= T - arrived;
    // the recurrence h_(k-1) -> h_k, and the gradient going back along it
    p.setPen(QPen(back ? palette::kVermillion : (done ? palette::kBlue : kIdle), back ? 1.8 : 1.2));
    p.drawLine(QPointF(previousRight, stateY), QPointF(state.left(), stateY));
    previousRight = state.right();
    p.setPen(QPen(palette::kGrey, 1.0));
    p.setBrush(Qt::white);
    p.drawRect(in);
    if (k < static_cast<int>(picture_.inputs.size()))
      p.drawText(in, Qt::AlignCenter, characterLabel(picture_.inputs[static_cast<std::size_t>(k)]));
    QColor fill = done ? palette::kSkyBlue : Qt::white;
    const double v = picture_.dhNorm[static_cast<std::size_t>(k)];
    if (back && v > 0 && hi > lo) fill = QColor(colorMap((std::log10(v) - lo) / (hi - lo)));
    p.setPen(QPen(back ? palette::kVermillion : (done ? palette::kBlue : kIdle), back ? 1.8 : 1.0));
    p.setBrush(fill);
    p.drawRect(state);
    p.setPen(QPen(done ? palette::kGrey : kIdle, 1.0));
    p.drawLine(QPointF(centerX(i), in.top()), QPointF(centerX(i), state.bottom()));
    p.drawLine(QPointF(centerX(i), state.top()), QPointF(centerX(i), lossY + box / 3));
    p.setPen(QPen(losses ? palette::kVermillion : kIdle, 1.0));
    p.setBrush(losses ? palette::kOrange : Qt::white);
    p.drawEllipse(QPointF(centerX(i), lossY), box / 3, box / 3);
  }
  p.setPen(palette::kGrey);
  const QRectF under(kMargin, inputY + box + 6, stripRight - kMargin, 18);
  p.drawText(under, Qt::AlignCenter,
             p.fontMetrics().elidedText(tr("stream 0 of B = %1 · a window of T = %2 steps").arg(batch_).arg(T),
                                        Qt::ElideRight, static_cast<int>(under.width())));

  // clipping: the gradient's norm against the threshold, on one linear scale
  const double gaugeLeft = width() - kMargin - kRightWidth + 16, gaugeWidth = 22;
  const double top = lossY - box / 2, bottom = inputY + box / 2;
  const double scaleMax = 1.15 * std::max({picture_.gradientNorm, picture_.clipThreshold, 1e-12});
  const auto gaugeY = [&](double v) { return bottom - (bottom - top) * std::min(v, scaleMax) / scaleMax; };
  const bool clipping = reached(TrainingPhase::Clipping);
  p.setPen(QPen(palette::kGrey, 1.0));
  p.setBrush(Qt::NoBrush);
  p.drawRect(QRectF(gaugeLeft, top, gaugeWidth, bottom - top));
  if (reached(TrainingPhase::Backward) && backwardColumns() == T) {
    const double shown = clipping ? picture_.clippedNorm : picture_.gradientNorm;
    p.setBrush(palette::kBlue);
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(gaugeLeft, gaugeY(shown), gaugeWidth, bottom - gaugeY(shown)));
    if (clipping && picture_.clipped) {  // the part clipping took away
      p.setBrush(QBrush(palette::kVermillion, Qt::BDiagPattern));
      p.drawRect(QRectF(gaugeLeft, gaugeY(picture_.gradientNorm), gaugeWidth, gaugeY(shown) - gaugeY(picture_.gradientNorm)));
    }
  }
  if (picture_.clipThreshold > 0) {
    p.setPen(QPen(palette::kVermillion, 1.5, Qt::DashLine));
    p.drawLine(QPointF(gaugeLeft - 4, gaugeY(picture_.clipThreshold)), QPointF(gaugeLeft + gaugeWidth + 4, gaugeY(picture_.clipThreshold)));
    p.drawText(QPointF(gaugeLeft + gaugeWidth + 6, gaugeY(picture_.clipThreshold) + 4), QStringLiteral("c"));
  }
  p.setPen(palette::kBlack);
  p.drawText(QRectF(gaugeLeft - 16, bottom + 1, gaugeWidth + 32, kMargin + 12), Qt::AlignHCenter | Qt::AlignTop,
             QStringLiteral("‖g‖"));

  // the update
  const QRectF updateBox(gaugeLeft + gaugeWidth + 22, stateY - 34, kRightWidth - gaugeWidth - 46, 68);
  const bool updated = reached(TrainingPhase::Update) && picture_.updateNorm >= 0;
  p.setPen(QPen(updated ? palette::kGreen : kIdle, 1.5));
  p.setBrush(updated ? QColor(0xE6, 0xF4, 0xEE) : Qt::white);
  p.drawRoundedRect(updateBox, 4, 4);
  p.setPen(updated ? palette::kBlack : palette::kGrey);
  p.drawText(updateBox, Qt::AlignCenter,
             updated ? QStringLiteral("θ ← θ + Δθ\n‖Δθ‖ = %1").arg(formatted(picture_.updateNorm)) : QStringLiteral("θ ← θ + Δθ"));

  if (!active_) return;
  // the frame around the phase on show
  QRectF frame;
  switch (phase_) {
    case TrainingPhase::Forward: frame = QRectF(stripLeft, stateY - box, stripRight - stripLeft, inputY - stateY + 2 * box); break;
    case TrainingPhase::Loss: frame = QRectF(stripLeft, lossY - box * 0.7, stripRight - stripLeft, box * 1.4); break;
    case TrainingPhase::Backward: frame = QRectF(kMargin, stateY - box, stripRight - kMargin, 2 * box); break;
    case TrainingPhase::Clipping: frame = QRectF(gaugeLeft - 12, top - 6, gaugeWidth + 30, bottom - top + 26); break;
    case TrainingPhase::Update: frame = updateBox.adjusted(-5, -5, 5, 5); break;
  }
  p.setPen(QPen(kFrame, 3));
  p.setBrush(Qt::NoBrush);
  p.drawRoundedRect(frame.adjusted(-3, -3, 3, 3), 5, 5);
}

}  // namespace rnnscope::ui
