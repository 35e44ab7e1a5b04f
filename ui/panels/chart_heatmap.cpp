#include "ui/panels/chart_heatmap.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

#include "ui/panels/chart_colormap.h"
#include "ui/panels/chart_style.h"

namespace rnnscope::ui::chart {

namespace {
constexpr int kTick = 5;
constexpr int kGap = 6;
constexpr int kBarWidth = 20;
constexpr int kBarGap = 18;

// The colour-bar ticks: integers when the range spans a few units, otherwise a 1-2-5 step.
std::vector<double> barTicks(double lo, double hi, int maxTicks) {
  std::vector<double> ticks;
  if (!(hi > lo)) return ticks;
  const double raw = (hi - lo) / std::max(1, maxTicks - 1);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * mag;
    if (step >= raw) break;
  }
  for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + 1e-9 * step; v += step) ticks.push_back(v);
  return ticks;
}
// Colour-bar ticks in log10 units over whole decades [lo, hi]: 1, 2, 5 per decade when the range is
// short, every decade (or every other) when it is long.
std::vector<double> logTicks(double lo, double hi) {
  std::vector<double> ticks;
  const int first = static_cast<int>(std::floor(lo)), last = static_cast<int>(std::ceil(hi));
  const int decades = last - first;
  if (decades <= 2) {
    for (int e = first; e <= last; ++e)
      for (double m : {1.0, 2.0, 5.0})
        if (e < last || m == 1.0) ticks.push_back(e + std::log10(m));
  } else {
    const int step = decades <= 6 ? 1 : 2;
    for (int e = last; e >= first; e -= step) ticks.insert(ticks.begin(), e);
  }
  return ticks;
}
}  // namespace

void setLogData(HeatMapWidget& map, int rows, int cols, const std::vector<double>& linear, double maxDecades) {
  std::vector<double> values(linear.size(), NAN);  // [rows x cols] log10
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < linear.size(); ++i) {
    const double v = clampForLog(linear[i]);
    if (!std::isfinite(v)) continue;
    values[i] = std::log10(v);
    lo = std::min(lo, values[i]);
    hi = std::max(hi, values[i]);
  }
  if (!(lo <= hi)) {
    lo = -3;
    hi = 0;
  }
  double vmin = std::floor(lo), vmax = std::ceil(hi);
  if (vmax - vmin > maxDecades) vmin = vmax - maxDecades;
  if (vmax <= vmin) vmax = vmin + 1;
  map.setColorBarTicks(logTicks(vmin, vmax));
  map.setData(rows, cols, values, vmin, vmax);
  map.setDataValues(linear);
}

QString powerOfTenLabel(double v) {
  const double decade = std::floor(v + 1e-9);
  const double mantissa = std::pow(10.0, v - decade);
  const QString power = powerOfTen(static_cast<int>(decade));
  return std::abs(mantissa - 1) < 1e-6 ? power : QString::number(std::lround(mantissa)) + QStringLiteral("·") + power;
}

std::vector<int> niceIndexTicks(int count, int maxTicks) {
  std::vector<int> ticks;
  if (count <= 0) return ticks;
  maxTicks = std::max(2, maxTicks);
  int step = 1;
  for (int mag = 1;; mag *= 10) {
    bool found = false;
    for (int m : {1, 2, 5}) {
      step = m * mag;
      if ((count - 1) / step + 1 <= maxTicks) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  for (int i = 0; i < count; i += step) ticks.push_back(i);
  return ticks;
}

HeatMapWidget::HeatMapWidget(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  colorBar_ = QImage(1, 256, QImage::Format_RGB32);
  for (int y = 0; y < 256; ++y) colorBar_.setPixel(0, y, colorMap(1.0 - y / 255.0));
}

void HeatMapWidget::setData(int rows, int cols, const std::vector<double>& values, double vmin, double vmax) {
  rows_ = std::max(0, rows);
  cols_ = std::max(0, cols);
  values_ = values;
  dataValues_.clear();
  values_.resize(static_cast<std::size_t>(rows_) * static_cast<std::size_t>(cols_), NAN);
  vmin_ = vmin;
  vmax_ = vmax > vmin ? vmax : vmin + 1;
  if (rows_ == 0 || cols_ == 0) {
    image_ = QImage();
  } else {
    if (image_.width() != cols_ || image_.height() != rows_) image_ = QImage(cols_, rows_, QImage::Format_RGB32);
    const double scale = 1.0 / (vmax_ - vmin_);
    for (int r = 0; r < rows_; ++r) {
      auto* line = reinterpret_cast<QRgb*>(image_.scanLine(r));
      const double* src = values_.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(cols_);
      for (int c = 0; c < cols_; ++c) line[c] = colorMap(std::isnan(src[c]) ? NAN : (src[c] - vmin_) * scale);
    }
  }
  update();
}

void HeatMapWidget::clear() { setData(0, 0, {}, 0, 1); }

void HeatMapWidget::setDataValues(std::vector<double> values) { dataValues_ = std::move(values); }

QString HeatMapWidget::rowLabel(int row) const { return rowLabel_ ? rowLabel_(row) : QString::number(row); }
QString HeatMapWidget::columnLabel(int column) const { return columnLabel_ ? columnLabel_(column) : QString::number(column); }

void HeatMapWidget::setTitle(const QString& title) {
  title_ = title;
  update();
}

void HeatMapWidget::setAxisTitles(const QString& xTitle, const QString& yTitle, const QString& colorBarTitle) {
  xTitle_ = xTitle;
  yTitle_ = yTitle;
  barTitle_ = colorBarTitle;
  update();
}

void HeatMapWidget::setColumnLabeler(std::function<QString(int)> labeler) { columnLabel_ = std::move(labeler); }
void HeatMapWidget::setRowLabeler(std::function<QString(int)> labeler) { rowLabel_ = std::move(labeler); }
void HeatMapWidget::setColorBarLabeler(std::function<QString(double)> labeler) { barLabel_ = std::move(labeler); }
void HeatMapWidget::setRowTicks(std::vector<int> rows) {
  rowTicks_ = std::move(rows);
  update();
}
void HeatMapWidget::setColorBarTicks(std::vector<double> ticks) {
  barTicks_ = std::move(ticks);
  update();
}
void HeatMapWidget::setToolTipper(std::function<QString(int, int, double)> tipper) { tooltip_ = std::move(tipper); }

QSize HeatMapWidget::minimumSizeHint() const { return {260, 150}; }
QSize HeatMapWidget::sizeHint() const { return {640, 240}; }

QRect HeatMapWidget::plotRect(QSize size) const {
  const QFontMetrics labels(chartFont(kLabelPointSize));
  const QFontMetrics titles(chartFont(kAxisTitlePointSize));
  const QFontMetrics heading(chartFont(kTitlePointSize, true));
  int rowLabelWidth = labels.horizontalAdvance(QStringLiteral("000000"));
  if (rowLabel_ && rows_ > 0) {
    rowLabelWidth = std::max(labels.horizontalAdvance(rowLabel_(0)), labels.horizontalAdvance(rowLabel_(rows_ - 1)));
  }
  const int barLabelWidth = labels.horizontalAdvance(QStringLiteral("10⁻¹²")) + 4;
  const int top = (title_.isEmpty() ? 0 : heading.height() + kGap) + labels.height() / 2 + 2;
  const int left = titles.height() + kGap + rowLabelWidth + kTick + 4;
  const int bottom = kTick + labels.height() + kGap + titles.height() + kGap;
  const int right = kBarGap + kBarWidth + kTick + 2 + barLabelWidth + kGap + titles.height() + 4;
  return QRect(left, top, std::max(10, size.width() - left - right), std::max(10, size.height() - top - bottom));
}

void HeatMapWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  paint(p, size());
}

void HeatMapWidget::paint(QPainter& p, QSize size) const {
  const int fullWidth = size.width();
  p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
  const QFont labelFont = chartFont(kLabelPointSize);
  const QFont titleFont = chartFont(kAxisTitlePointSize);
  const QFont headingFont = chartFont(kTitlePointSize, true);
  const QFontMetrics labels(labelFont);
  const QFontMetrics titles(titleFont);
  const QRect plot = plotRect(size);
  const QColor ink(0x30, 0x30, 0x30);

  if (!title_.isEmpty()) {
    p.setFont(headingFont);
    p.setPen(ink);
    p.drawText(QRect(0, 2, fullWidth, QFontMetrics(headingFont).height()), Qt::AlignHCenter | Qt::AlignTop, title_);
  }

  if (image_.isNull()) {
    p.setPen(QColor(0xB0, 0xB0, 0xB0));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
    return;
  }

  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  // An SVG viewer smooths an embedded image it scales up, blurring the cells: hand it one
  // already at the plot's size.
  if (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::SVG)
    p.drawImage(plot, image_.scaled(plot.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation));
  else
    p.drawImage(plot, image_);
  p.setPen(QColor(0x90, 0x90, 0x90));
  p.drawRect(plot.adjusted(0, 0, -1, -1));

  // Column ticks (x) at cell centres.
  p.setFont(labelFont);
  p.setPen(ink);
  const double cellW = static_cast<double>(plot.width()) / cols_;
  const int maxColTicks = std::max(2, plot.width() / (labels.horizontalAdvance(QStringLiteral("0000")) + 12));
  for (int c : niceIndexTicks(cols_, maxColTicks)) {
    const int x = plot.left() + static_cast<int>((c + 0.5) * cellW);
    p.drawLine(x, plot.bottom() + 1, x, plot.bottom() + kTick);
    const QString text = columnLabel(c);
    const int w = labels.horizontalAdvance(text);
    p.drawText(QRect(x - w / 2 - 2, plot.bottom() + kTick + 1, w + 4, labels.height()), Qt::AlignCenter, text);
  }
  // Row ticks (y) at cell centres.
  const double cellH = static_cast<double>(plot.height()) / rows_;
  const int maxRowTicks = std::max(2, plot.height() / (labels.height() * 2));
  std::vector<int> rowTicks = rowTicks_;
  if (rowTicks.empty()) rowTicks = niceIndexTicks(rows_, maxRowTicks);
  for (int r : rowTicks) {
    if (r < 0 || r >= rows_) continue;
    const int y = plot.top() + static_cast<int>((r + 0.5) * cellH);
    p.drawLine(plot.left() - kTick, y, plot.left() - 1, y);
    const QString text = rowLabel(r);
    p.drawText(QRect(0, y - labels.height() / 2, plot.left() - kTick - 3, labels.height()), Qt::AlignRight | Qt::AlignVCenter,
               text);
  }

  // Axis titles.
  p.setFont(titleFont);
  p.drawText(QRect(plot.left(), plot.bottom() + kTick + labels.height() + kGap, plot.width(), titles.height()),
             Qt::AlignHCenter | Qt::AlignTop, xTitle_);
  p.save();
  p.translate(2, plot.center().y());
  p.rotate(-90);
  p.drawText(QRect(-plot.height() / 2, 0, plot.height(), titles.height()), Qt::AlignCenter, yTitle_);
  p.restore();

  // Colour bar with ticks and its title on the far right.
  const QRect bar(plot.right() + kBarGap, plot.top(), kBarWidth, plot.height());
  p.setRenderHint(QPainter::SmoothPixmapTransform, true);
  p.drawImage(bar, colorBar_);
  p.setPen(QColor(0x90, 0x90, 0x90));
  p.drawRect(bar.adjusted(0, 0, -1, -1));
  p.setFont(labelFont);
  p.setPen(ink);
  const int maxBarTicks = std::max(2, plot.height() / (labels.height() + 6));
  int labelRight = bar.right();
  std::vector<double> ticks = barTicks_;
  if (ticks.empty()) ticks = barTicks(vmin_, vmax_, maxBarTicks);
  for (double v : ticks) {
    if (v < vmin_ - 1e-9 || v > vmax_ + 1e-9) continue;
    const int y = bar.bottom() - static_cast<int>(std::lround((v - vmin_) / (vmax_ - vmin_) * (bar.height() - 1)));
    p.drawLine(bar.right() + 1, y, bar.right() + kTick, y);
    const QString text = barLabel_ ? barLabel_(v) : formatNumber(v);
    const QRect textRect(bar.right() + kTick + 3, y - labels.height() / 2, labels.horizontalAdvance(text) + 2, labels.height());
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    labelRight = std::max(labelRight, textRect.right());
  }
  p.setFont(titleFont);
  p.save();
  p.translate(std::min(fullWidth - 2, labelRight + kGap + titles.height()), bar.center().y());
  p.rotate(-90);
  p.drawText(QRect(-bar.height() / 2 - 40, -titles.height(), bar.height() + 80, titles.height()), Qt::AlignCenter, barTitle_);
  p.restore();
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent* event) {
  if (image_.isNull()) return;
  const QRect plot = plotRect(size());
  const QPoint pos = event->position().toPoint();
  if (!plot.contains(pos)) {
    QToolTip::hideText();
    return;
  }
  const int c = std::clamp(static_cast<int>((pos.x() - plot.left()) * cols_ / std::max(1, plot.width())), 0, cols_ - 1);
  const int r = std::clamp(static_cast<int>((pos.y() - plot.top()) * rows_ / std::max(1, plot.height())), 0, rows_ - 1);
  emit cellHovered(r, c);
  if (!tooltip_) return;
  const double v = values_[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols_) + static_cast<std::size_t>(c)];
  QToolTip::showText(event->globalPosition().toPoint(), tooltip_(r, c, v), this);
}

}  // namespace rnnscope::ui::chart
