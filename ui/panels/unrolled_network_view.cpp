#include "ui/panels/unrolled_network_view.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QPainter>
#include <QPainterPath>

#include "ui/panels/bptt_equations.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

namespace {

constexpr double kMargin = 10;
constexpr double kCaptionHeight = 22;
constexpr double kLabelHeight = 16;
constexpr int kNumbersUpTo = 8;  // vectors this short show their numbers inside the cells

const QColor kForwardHighlight = chart::palette::kOrange;
const QColor kBackwardHighlight = chart::palette::kVermillion;
const QColor kPendingOutline{0xC8, 0xC8, 0xC8};
const QColor kArrow{0x60, 0x60, 0x60};

double maxAbs(const Vec<double>& v) { return v.size() ? v.cwiseAbs().maxCoeff() : 0.0; }

// One vector as a row of coloured cells, blue negative, red positive, |v| = scale at full colour;
// short vectors with room to spare write their numbers in the cells.
void drawStrip(QPainter& p, const QRectF& r, const Vec<double>& v, double scale) {
  const auto n = static_cast<int>(v.size());
  if (n == 0 || r.width() < 2 || r.height() < 2) return;
  const double w = r.width() / n;
  const bool numbers = n <= kNumbersUpTo && w >= 24 && r.height() >= 14;
  QFont f = text::uiFont(w >= 30 ? 9 : 8);
  p.setFont(f);
  for (int i = 0; i < n; ++i) {
    const QRectF cell(r.left() + i * w, r.top(), w, r.height());
    const QColor c = text::divergingColor(scale > 0 ? v[i] / scale : 0.0);
    p.fillRect(cell, c);
    if (numbers) {
      p.setPen(text::readableTextColor(c));
      p.drawText(cell, Qt::AlignCenter, QString::number(v[i], 'f', std::abs(v[i]) >= 10 ? 1 : 2));
    }
  }
  p.setPen(QColor(0x90, 0x90, 0x90));
  p.setBrush(Qt::NoBrush);
  p.drawRect(r);
}

// The label goes beside a vertical arrow (left or right) and above or below a horizontal one.
enum class LabelSide { After, Before };

void drawArrow(QPainter& p, QPointF from, QPointF to, const QColor& color, double width, const QString& label = {},
               LabelSide side = LabelSide::After) {
  p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
  p.drawLine(from, to);
  const QPointF d = to - from;
  const double len = std::hypot(d.x(), d.y());
  if (len < 1) return;
  const QPointF u = d / len, n(-u.y(), u.x());
  const double head = 4 + 2 * width;
  QPainterPath tip;
  tip.moveTo(to);
  tip.lineTo(to - u * head + n * head * 0.5);
  tip.lineTo(to - u * head - n * head * 0.5);
  tip.closeSubpath();
  p.fillPath(tip, color);
  if (label.isEmpty()) return;
  p.setFont(text::uiFont(9));
  const QPointF mid = (from + to) / 2;
  const QFontMetricsF fm(p.font());
  const double tw = fm.horizontalAdvance(label);
  QPointF at;
  if (std::abs(u.y()) > std::abs(u.x()))  // vertical: left (Before) or right (After) of the arrow
    at = side == LabelSide::Before ? QPointF(mid.x() - tw - 4, mid.y() + fm.ascent() / 2)
                                   : QPointF(mid.x() + 4, mid.y() + fm.ascent() / 2);
  else  // horizontal: above (Before) or below (After) it
    at = side == LabelSide::Before ? QPointF(mid.x() - tw / 2, mid.y() - 4) : QPointF(mid.x() - tw / 2, mid.y() + fm.ascent() + 2);
  p.setPen(color);
  p.drawText(at, label);
}

// How the boxes of one column are drawn at the current stage: framed (the current step in the
// stage's colour, steps not computed yet dashed), labelled, and filled with stacked strips.
struct ColumnPainter {
  QPainter& p;
  bool computed = false;  // the forward pass has reached this step
  bool current = false;   // this step is the one the stage computes
  QColor highlight, text;

  void frame(const QRectF& box, bool strong) const {
    p.setBrush(Qt::NoBrush);
    if (current) {
      p.setPen(QPen(highlight, strong ? 3.0 : 2.0));
      p.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 4, 4);
    } else if (!computed) {
      p.setPen(QPen(kPendingOutline, 1.0, Qt::DashLine));
      p.drawRoundedRect(box, 3, 3);
    }
  }
  void label(const QRectF& box, const QString& name) const {
    p.setPen(computed ? text : kPendingOutline);
    p.setFont(text::uiFont(9));
    const QString shown = QFontMetricsF(p.font()).elidedText(name, Qt::ElideRight, box.width());
    p.drawText(QRectF(box.left(), box.top(), box.width(), kLabelHeight), Qt::AlignLeft | Qt::AlignVCenter, shown);
  }
  // Strips stacked under the label, each a vector and the value at full colour.
  void strips(const QRectF& box, const std::vector<std::pair<const Vec<double>*, double>>& rows) const {
    if (!computed || rows.empty()) return;
    const double sh = (box.height() - kLabelHeight) / static_cast<double>(rows.size());
    double y = box.top() + kLabelHeight;
    for (const auto& [v, scale] : rows) {
      drawStrip(p, QRectF(box.left(), y, box.width(), sh - 1), *v, scale);
      y += sh;
    }
  }
  // Text centred in the box under its label: a line, and a smaller one under it.
  void caption(const QRectF& box, const QString& line, const QString& under, int pointSize, bool bold) const {
    if (!computed) return;
    const QRectF body = box.adjusted(0, kLabelHeight, 0, 0);
    p.setPen(text);
    p.setFont(text::uiFont(pointSize, bold));
    p.drawText(QRectF(body.left(), body.top(), body.width(), body.height() / 2), Qt::AlignHCenter | Qt::AlignBottom, line);
    p.setFont(text::uiFont(std::max(8, pointSize - 2)));
    p.drawText(QRectF(body.left(), body.center().y(), body.width(), body.height() / 2), Qt::AlignHCenter | Qt::AlignTop,
               under);
  }
};


QString subscript(int t) {
  static const char16_t digits[] = u"₀₁₂₃₄₅₆₇₈₉";
  QString s;
  if (t < 0) s += QChar(0x208B);  // subscript minus
  const QString n = QString::number(std::abs(t));
  for (QChar c : n) s += QChar(digits[c.digitValue()]);
  return s;
}

}  // namespace

// Where everything goes: columns k = 0 (the carried-in state) and k = 1..T (steps t = k - 1);
// rows from the top: loss, output scores, layers L-1..0, input.
struct UnrolledNetworkView::Geometry {
  int T = 0, L = 0;
  double colWidth = 0, rowHeight = 0, boxWidth = 0, boxHeight = 0, top = 0;
  QRectF area;
  double columnCenter(int t) const { return area.left() + (t + 1.5) * colWidth; }  // t = -1: the boundary
  double rowCenter(int row) const { return top + (row + 0.5) * rowHeight; }
  QRectF box(int t, int row) const {
    return {columnCenter(t) - boxWidth / 2, rowCenter(row) - boxHeight / 2, boxWidth, boxHeight};
  }
  int lossRow() const { return 0; }
  int outputRow() const { return 1; }
  int layerRow(int l) const { return 2 + (L - 1 - l); }
  int inputRow() const { return 2 + L; }
};

// The value at full colour for each kind of vector, over the whole pass, so that colours compare
// across steps (numbers are exact; colours are relative).
struct UnrolledNetworkView::Scales {
  double logits = 0, dlogits = 0, dh = 0, c = 0, dc = 0;
};

UnrolledNetworkView::UnrolledNetworkView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("unrolledNetwork"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UnrolledNetworkView::setTrace(std::shared_ptr<const BpttTrace<double>> trace, std::vector<char32_t> vocabulary) {
  trace_ = std::move(trace);
  vocabulary_ = std::move(vocabulary);
  update();
}

void UnrolledNetworkView::setStage(BpttStage stage) {
  stage_ = stage;
  update();
}

void UnrolledNetworkView::setLayer(int layer) {
  layer_ = layer;
  update();
}

void UnrolledNetworkView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().color(QPalette::Base));
  if (!trace_ || trace_->T == 0) return;
  const auto& pass = *trace_;

  Geometry g;
  g.T = pass.T;
  g.L = pass.L;
  g.area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
  g.top = g.area.top() + kCaptionHeight;
  g.colWidth = g.area.width() / (g.T + 1);
  g.rowHeight = (g.area.bottom() - g.top) / (g.L + 3);
  g.boxWidth = std::min(g.colWidth * 0.74, 170.0);
  g.boxHeight = std::min(g.rowHeight * 0.66, 78.0);

  Scales s;
  for (const auto& o : pass.output) {
    s.logits = std::max(s.logits, maxAbs(o.logits));
    s.dlogits = std::max(s.dlogits, maxAbs(o.dlogits));
  }
  for (const auto& layer : pass.layers)
    for (const auto& st : layer) {
      s.dh = std::max(s.dh, maxAbs(st.dh));
      s.c = std::max(s.c, maxAbs(st.c));
      s.dc = std::max(s.dc, maxAbs(st.dc));
    }

  p.setPen(palette().color(QPalette::WindowText));
  p.setFont(text::uiFont(10));
  p.drawText(QRectF(g.area.left(), g.area.top(), g.area.width(), kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
             pass.T > 1 ? tr("W_xh, W_hh, W_hy: the same matrices at every step") : QString());
  drawBoundary(p, g, s);
  for (int t = 0; t < g.T; ++t) drawForwardArrows(p, g, t);
  for (int t = 0; t < g.T; ++t) drawColumn(p, g, s, t);
  drawGradientArrows(p, g);
}

// The state carried across from the previous window, and the line where truncated BPTT cuts.
void UnrolledNetworkView::drawBoundary(QPainter& p, const Geometry& g, const Scales& s) const {
  const auto& pass = *trace_;
  const double cut = g.area.left() + g.colWidth;
  p.setPen(QPen(kBackwardHighlight, 1.5, Qt::DashLine));
  p.drawLine(QPointF(cut, g.top), QPointF(cut, g.area.bottom()));
  p.setFont(text::uiFont(9));
  p.setPen(kBackwardHighlight);
  p.drawText(QRectF(g.area.left(), g.rowCenter(g.outputRow()) - 20, g.colWidth - 4, 40), Qt::AlignCenter | Qt::TextWordWrap,
             tr("truncated BPTT cuts here"));
  const bool cutStage = stage_.phase == BpttStage::Phase::Cut;
  const ColumnPainter col{p, true, cutStage, kBackwardHighlight, palette().color(QPalette::WindowText)};
  const bool lstm = pass.cell == CellKind::Lstm;
  for (int l = 0; l < pass.L; ++l) {
    const QRectF box = g.box(-1, g.layerRow(l));
    const auto& b = pass.boundary[static_cast<std::size_t>(l)];
    col.label(box, tr("h%1 carried in").arg(subscript(-1)));
    // the same order as the columns: c, h, then (at the cut) their dropped gradients
    std::vector<std::pair<const Vec<double>*, double>> rows;
    if (lstm) rows.emplace_back(&b.cCarried, s.c);
    rows.emplace_back(&b.hCarried, 1.0);
    if (cutStage && lstm) rows.emplace_back(&b.dc, s.dc);
    if (cutStage) rows.emplace_back(&b.dh, s.dh);
    col.strips(box, rows);
    col.frame(box, true);
  }
}

void UnrolledNetworkView::drawForwardArrows(QPainter& p, const Geometry& g, int t) const {
  const auto& pass = *trace_;
  const bool done = stage_.forwardDone(t);
  const QColor color = done ? kArrow : kPendingOutline;
  const bool labels = g.colWidth >= 70;
  for (int l = 0; l < pass.L; ++l) {
    const QRectF box = g.box(t, g.layerRow(l));
    const QRectF prev = g.box(t - 1, g.layerRow(l));
    // the label above the arrow only where the gap between the boxes has room for it
    drawArrow(p, QPointF(prev.right() + 2, box.center().y()), QPointF(box.left() - 2, box.center().y()), color, 1.2,
              g.colWidth - g.boxWidth >= 40 ? QStringLiteral("W_hh") : QString(), LabelSide::Before);
    const QRectF below = g.box(t, l == 0 ? g.inputRow() : g.layerRow(l - 1));
    drawArrow(p, QPointF(box.center().x(), below.top() - 2), QPointF(box.center().x(), box.bottom() + 2), color, 1.2,
              labels ? QStringLiteral("W_xh") : QString(), LabelSide::Before);
  }
  const QRectF top = g.box(t, g.layerRow(pass.L - 1));
  const QRectF out = g.box(t, g.outputRow());
  const QRectF loss = g.box(t, g.lossRow());
  drawArrow(p, QPointF(top.center().x(), top.top() - 2), QPointF(out.center().x(), out.bottom() + 2), color, 1.2,
            labels ? QStringLiteral("W_hy") : QString(), LabelSide::Before);
  drawArrow(p, QPointF(out.center().x(), out.top() - 2), QPointF(loss.center().x(), loss.bottom() + 2), color, 1.2);
}

// Where the gradient goes at the current backward stage: from L_t down through y_t into h_t,
// and from step t+1 back into h_t; at the cut, from h_0 into the carried-in state, dropped.
void UnrolledNetworkView::drawGradientArrows(QPainter& p, const Geometry& g) const {
  const auto& pass = *trace_;
  if (stage_.phase == BpttStage::Phase::Forward) return;
  const QColor red = kBackwardHighlight;
  if (stage_.phase == BpttStage::Phase::Cut) {
    for (int l = 0; l < pass.L; ++l) {
      const QRectF from = g.box(0, g.layerRow(l)), to = g.box(-1, g.layerRow(l));
      const double y = from.center().y() + from.height() * 0.3;
      drawArrow(p, QPointF(from.left() - 2, y), QPointF(to.right() + 2, y), red, 2.5, tr("J₀ᵀ, dropped"));
    }
    return;
  }
  const int t = stage_.t;
  const double dx = g.boxWidth * 0.18;  // beside the forward arrows, not on top of them
  const QRectF loss = g.box(t, g.lossRow()), out = g.box(t, g.outputRow());
  drawArrow(p, QPointF(loss.center().x() + dx, loss.bottom() + 2), QPointF(out.center().x() + dx, out.top() - 2), red, 2.5);
  for (int l = pass.L - 1; l >= 0; --l) {
    const QRectF box = g.box(t, g.layerRow(l));
    const QRectF above = l == pass.L - 1 ? out : g.box(t, g.layerRow(l + 1));
    drawArrow(p, QPointF(above.center().x() + dx, above.bottom() + 2), QPointF(box.center().x() + dx, box.top() - 2), red,
              2.5, l == pass.L - 1 ? QStringLiteral("W_hyᵀ") : QString());
    if (t + 1 < pass.T) {
      const QRectF next = g.box(t + 1, g.layerRow(l));
      const double y = box.center().y() + box.height() * 0.3;  // in the gap, under the forward arrow
      drawArrow(p, QPointF(next.left() - 2, y), QPointF(box.right() + 2, y), red, 2.5,
                QStringLiteral("J%1ᵀ").arg(subscript(t + 1)));
    }
  }
}

// One timestep: the input, each layer's state (h, and c for the LSTM, with their gradients once
// the backward pass has reached the step), the output scores and the loss.
void UnrolledNetworkView::drawColumn(QPainter& p, const Geometry& g, const Scales& s, int t) const {
  const auto& pass = *trace_;
  const auto& o = pass.output[static_cast<std::size_t>(t)];
  const bool gradient = stage_.backwardDone(t);
  const ColumnPainter col{p, stage_.forwardDone(t), stage_.phase != BpttStage::Phase::Cut && stage_.t == t,
                          stage_.phase == BpttStage::Phase::Forward ? kForwardHighlight : kBackwardHighlight,
                          palette().color(QPalette::WindowText)};

  const QRectF in = g.box(t, g.inputRow());
  col.label(in, QStringLiteral("x%1").arg(subscript(t)));
  if (col.computed) {
    p.setPen(col.text);
    p.setFont(text::monospaceFont(15));
    p.drawText(in.adjusted(0, kLabelHeight, 0, 0), Qt::AlignCenter, QStringLiteral("'%1'").arg(tokenLabel(vocabulary_, o.input)));
  }
  col.frame(in, false);

  const bool lstm = pass.cell == CellKind::Lstm;
  for (int l = 0; l < pass.L; ++l) {
    const auto& st = pass.layers[static_cast<std::size_t>(l)][static_cast<std::size_t>(t)];
    const QRectF box = g.box(t, g.layerRow(l));
    const QString layerMark = pass.L > 1 ? QStringLiteral("⁽%1⁾").arg(l + 1) : QString();
    col.label(box, (lstm ? QStringLiteral("c%1, h%1").arg(subscript(t)) : QStringLiteral("h%1").arg(subscript(t))) +
                       layerMark + (gradient ? QStringLiteral("  ∂L/∂·") : QString()));
    std::vector<std::pair<const Vec<double>*, double>> rows;
    if (lstm) rows.emplace_back(&st.c, s.c);
    rows.emplace_back(&st.h, 1.0);
    if (gradient && lstm) rows.emplace_back(&st.dc, s.dc);
    if (gradient) rows.emplace_back(&st.dh, s.dh);
    col.strips(box, rows);
    col.frame(box, l == layer_);
  }

  const QRectF out = g.box(t, g.outputRow());
  col.label(out, QStringLiteral("y%1 → p('%2')").arg(subscript(t), tokenLabel(vocabulary_, o.target)));
  std::vector<std::pair<const Vec<double>*, double>> scores{{&o.logits, s.logits}};
  if (gradient) scores.emplace_back(&o.dlogits, s.dlogits);
  col.strips(out, scores);
  col.frame(out, false);

  // the loss, and under it the probability it comes from
  const QRectF loss = g.box(t, g.lossRow());
  col.label(loss, QStringLiteral("L%1").arg(subscript(t)));
  col.caption(loss, QString::number(o.loss, 'f', 3),
              QStringLiteral("p=%1").arg(QString::number(o.probabilities[o.target], 'f', 3)), loss.width() < 80 ? 9 : 11,
              col.current);
  col.frame(loss, false);
}

}  // namespace rnnscope::ui
