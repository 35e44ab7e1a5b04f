#include "ui/panels/chart_style.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QImage>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace rnnscope::ui::chart {

namespace {
// QLogValueAxis puts its first tick at base^ceil(log(min)); log10(0.001) rounds to -2.9999...,
// so an end exactly on a power would lose its label. Nudging the ends outwards keeps both.
constexpr double kEndNudge = 1 - 1e-9;
}  // namespace

double clampForLog(double v) {
  if (std::isnan(v)) return v;
  return v > kLogFloor ? v : kLogFloor;
}

QList<QPointF> finitePoints(const std::vector<double>& xs, const std::vector<double>& ys, bool logY) {
  QList<QPointF> out;
  const std::size_t n = std::min(xs.size(), ys.size());
  out.reserve(static_cast<qsizetype>(n));
  for (std::size_t i = 0; i < n; ++i) {
    double y = logY ? clampForLog(ys[i]) : ys[i];
    if (!std::isfinite(y) || !std::isfinite(xs[i])) continue;
    out.append(QPointF(xs[i], y));
  }
  return out;
}

QList<QPointF> decimateMinMax(const QList<QPointF>& points, std::size_t threshold, std::size_t maxPoints) {
  const auto n = static_cast<std::size_t>(points.size());
  if (n <= threshold || maxPoints < 2) return points;
  const std::size_t buckets = maxPoints / 2;
  QList<QPointF> out;
  out.reserve(static_cast<qsizetype>(buckets * 2));
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::size_t begin = b * n / buckets;
    const std::size_t end = (b + 1) * n / buckets;
    if (begin >= end) continue;
    std::size_t lo = begin, hi = begin;
    for (std::size_t i = begin + 1; i < end; ++i) {
      const double y = points[static_cast<qsizetype>(i)].y();
      if (y < points[static_cast<qsizetype>(lo)].y()) lo = i;
      if (y > points[static_cast<qsizetype>(hi)].y()) hi = i;
    }
    const std::size_t first = std::min(lo, hi), second = std::max(lo, hi);
    out.append(points[static_cast<qsizetype>(first)]);
    if (second != first) out.append(points[static_cast<qsizetype>(second)]);
  }
  // The curve ends where the data ends (the newest step), whatever its bucket's extremes were.
  if (out.back() != points.back()) out.append(points.back());
  return out;
}

QList<QPointF> curvePoints(const std::vector<double>& xs, const std::vector<double>& ys, double scale, bool logY,
                           std::size_t threshold, std::size_t maxPoints) {
  const std::size_t n = std::min(xs.size(), ys.size());
  auto yAt = [&](std::size_t i) { return logY ? clampForLog(ys[i] * scale) : ys[i] * scale; };
  auto ok = [&](std::size_t i, double y) { return std::isfinite(y) && std::isfinite(xs[i]); };
  // Count the drawable points first: decimation applies to those, as in decimateMinMax(finitePoints()).
  std::size_t drawable = 0;
  for (std::size_t i = 0; i < n; ++i) drawable += ok(i, yAt(i)) ? 1 : 0;
  QList<QPointF> out;
  if (drawable <= threshold || maxPoints < 2) {
    out.reserve(static_cast<qsizetype>(drawable));
    for (std::size_t i = 0; i < n; ++i) {
      const double y = yAt(i);
      if (ok(i, y)) out.append(QPointF(xs[i], y));
    }
    return out;
  }
  const std::size_t buckets = maxPoints / 2;
  out.reserve(static_cast<qsizetype>(buckets * 2));
  std::size_t i = 0, seen = 0;  // seen = drawable points before i
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::size_t end = (b + 1) * drawable / buckets;  // bucket = drawable points [begin, end)
    std::size_t lo = n, hi = n;
    double loY = 0, hiY = 0;
    for (; i < n && seen < end; ++i) {
      const double y = yAt(i);
      if (!ok(i, y)) continue;
      ++seen;
      if (lo == n || y < loY) {
        lo = i;
        loY = y;
      }
      if (hi == n || y > hiY) {
        hi = i;
        hiY = y;
      }
    }
    if (lo == n) continue;
    const std::size_t first = std::min(lo, hi), second = std::max(lo, hi);
    out.append(QPointF(xs[first], first == lo ? loY : hiY));
    if (second != first) out.append(QPointF(xs[second], second == lo ? loY : hiY));
  }
  for (std::size_t last = n; last-- > 0;) {
    const double y = yAt(last);
    if (!ok(last, y)) continue;
    if (out.isEmpty() || out.back() != QPointF(xs[last], y)) out.append(QPointF(xs[last], y));
    break;
  }
  return out;
}

QFont chartFont(int pointSize, bool bold) {
  QFont f;
  f.setPointSize(pointSize);
  f.setBold(bold);
  return f;
}

QChart* makeChart(const QString& title) {
  auto* chart = new QChart();
  chart->setTheme(QChart::ChartThemeLight);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setBackgroundRoundness(0);
  chart->setMargins(QMargins(2, 2, 6, 2));
  chart->setTitleFont(chartFont(kTitlePointSize, true));
  chart->setTitle(title);
  chart->legend()->setFont(chartFont(kLegendPointSize));
  chart->legend()->setAlignment(Qt::AlignBottom);
  return chart;
}

QChartView* makeChartView(QChart* chart, const QString& objectName, QWidget* parent) {
  auto* view = new QChartView(chart, parent);
  view->setObjectName(objectName);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(200, 150);
  // The charts' items move and change every frame: keeping a BSP index of them up to date
  // cost the UI thread more than painting them (a few ms per chart per frame).
  view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
  // A new frame moves most of a chart anyway: repaint it whole instead of collecting the
  // region every changed item covers.
  view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
  // A scene without a rectangle of its own measures every item after every change to grow
  // its bounding rectangle; the view shows the chart's geometry anyway.
  view->scene()->setSceneRect(QRectF(0, 0, 1, 1));
  view->scene()->setObjectName(objectName + QStringLiteral(".scene"));
  return view;
}

QLineSeries* makeLine(const QString& name, const QString& objectName, const QColor& color, double width,
                      Qt::PenStyle style) {
  auto* s = new QLineSeries();
  s->setName(name);
  s->setObjectName(objectName);
  QPen pen(color);
  pen.setWidthF(width);
  pen.setStyle(style);
  s->setPen(pen);
  return s;
}

QScatterSeries* makeDots(const QString& name, const QString& objectName, const QColor& color, double size,
                         QScatterSeries::MarkerShape shape) {
  auto* s = new QScatterSeries();
  s->setName(name);
  s->setObjectName(objectName);
  s->setMarkerShape(shape);
  s->setMarkerSize(size);
  s->setColor(color);
  s->setBorderColor(color.darker(130));
  return s;
}

void useLightMarkers(QScatterSeries* series) {
  const int size = std::max(2, static_cast<int>(std::lround(series->markerSize())));
  QImage dot(size, size, QImage::Format_ARGB32_Premultiplied);
  dot.fill(Qt::transparent);
  {
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    QPen border(series->borderColor());
    border.setWidthF(1.0);
    p.setPen(series->borderColor().alpha() > 0 ? border : QPen(Qt::NoPen));
    p.setBrush(series->color());
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
  }
  series->setLightMarker(dot);
  // the per-point items stay, hidden, for Qt's bookkeeping; only the images are drawn
  series->setPointsVisible(false);
}

Qt::PenStyle twinPenStyle(Qt::PenStyle a) { return a == Qt::SolidLine ? Qt::DashLine : Qt::DashDotDotLine; }

QLineSeries* addTwinLine(QLineSeries* a) {
  QPen pen = a->pen();
  auto* b = makeLine(a->name(), a->objectName() + QStringLiteral("B"), pen.color(), pen.widthF(), twinPenStyle(pen.style()));
  b->setVisible(false);
  QChart* chart = a->chart();
  chart->addSeries(b);
  for (QAbstractAxis* axis : a->attachedAxes()) b->attachAxis(axis);
  return b;
}

QString nameOfRun(const QString& name, bool runB) {
  return runB ? QCoreApplication::translate("rnnscope::ui::chart", "%1 (B)").arg(name)
              : QCoreApplication::translate("rnnscope::ui::chart", "%1 (A)").arg(name);
}

void renameSeries(QAbstractSeries* series, const QString& name) {
  if (series->name() != name) series->setName(name);
}

void nameTwins(QAbstractSeries* a, QAbstractSeries* b, const QString& nameA, const QString& nameB, bool comparing) {
  renameSeries(a, comparing ? nameOfRun(nameA, false) : nameA);
  renameSeries(b, nameOfRun(nameB, true));
}

void nameTwins(QAbstractSeries* a, QAbstractSeries* b, const QString& name, bool comparing) {
  nameTwins(a, b, name, name, comparing);
}

void setTwinPoints(QXYSeries* b, const QList<QPointF>& points) {
  b->replace(points);
  const bool shown = !points.isEmpty();
  if (b->isVisible() != shown) b->setVisible(shown);  // its legend entry follows
}

void addSeries(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
  chart->addSeries(series);
  series->attachAxis(x);
  series->attachAxis(y);
}

void styleAxis(QAbstractAxis* axis, const QString& title) {
  axis->setTitleText(title);
  axis->setTitleFont(chartFont(kAxisTitlePointSize));
  axis->setLabelsFont(chartFont(kLabelPointSize));
  QPen grid(QColor(0xD8, 0xD8, 0xD8));
  grid.setWidthF(1.0);
  axis->setGridLinePen(grid);
  QPen minor(QColor(0xEE, 0xEE, 0xEE));
  axis->setMinorGridLinePen(minor);
}

void setChartTitle(QChart* chart, const QString& title) {
  if (chart->title() != title) chart->setTitle(title);
}

void setLabelFormat(QValueAxis* axis, const QString& format) {
  if (axis->labelFormat() != format) axis->setLabelFormat(format);
}

void setAxisTitle(QAbstractAxis* axis, const QString& title) {
  if (axis->titleText() != title) axis->setTitleText(title);
}

void setLogRange(QLogValueAxis* axis, double lo, double hi, int maxLabels, bool allowBase2) {
  if (!(lo > 0) || !std::isfinite(lo)) lo = kLogFloor;
  if (!(hi > 0) || !std::isfinite(hi)) hi = 1;
  if (hi < lo) std::swap(lo, hi);
  if (allowBase2 && hi / lo <= 12) {
    const int lo2 = static_cast<int>(std::floor(std::log2(lo) + 1e-9));
    int hi2 = static_cast<int>(std::ceil(std::log2(hi) - 1e-9));
    if (hi2 <= lo2) hi2 = lo2 + 1;
    axis->setBase(2);
    axis->setMinorTickCount(1);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setRange(std::ldexp(1.0, lo2) * kEndNudge, std::ldexp(1.0, hi2) / kEndNudge);
    return;
  }
  int loExp = static_cast<int>(std::floor(std::log10(lo) + 1e-9));
  int hiExp = static_cast<int>(std::ceil(std::log10(hi) - 1e-9));
  if (hiExp <= loExp) hiExp = loExp + 1;
  // Ticks sit at powers of the base: widen the base until the decade labels fit.
  int step = 1;
  while ((hiExp - loExp) / step + 1 > std::max(2, maxLabels)) ++step;
  // Align the ends to the tick spacing so the first and last labels sit on the ends.
  auto floorTo = [step](int e) { return static_cast<int>(std::floor(static_cast<double>(e) / step)) * step; };
  auto ceilTo = [step](int e) { return static_cast<int>(std::ceil(static_cast<double>(e) / step)) * step; };
  loExp = floorTo(loExp);
  hiExp = ceilTo(hiExp);
  if (hiExp <= loExp) hiExp = loExp + step;
  axis->setBase(std::pow(10.0, step));
  axis->setMinorTickCount(step == 1 ? 8 : 0);
  axis->setLabelFormat(QStringLiteral("%g"));
  axis->setRange(std::pow(10.0, loExp) * kEndNudge, std::pow(10.0, hiExp) / kEndNudge);
}

void setLinearRange(QValueAxis* axis, double lo, double hi, bool includeZero) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (includeZero) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
  }
  if (hi - lo < 1e-12) {
    const double pad = std::max(std::abs(hi) * 0.1, 1e-6);
    lo -= pad;
    hi += pad;
  } else {
    const double pad = (hi - lo) * 0.04;
    if (!(includeZero && lo == 0)) lo -= pad;
    hi += pad;
  }
  // Nice numbers computed here (as QValueAxis::applyNiceNumbers would, for 5 ticks): that one
  // sets the raw range first and the rounded one after, so the axis would change twice every
  // frame even when the rounded range stays the same.
  auto nice = [](double x, bool ceiling) {
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    const double q = x / z;
    double m;
    if (ceiling)
      m = q <= 1.0 ? 1 : q <= 2.0 ? 2 : q <= 5.0 ? 5 : 10;
    else
      m = q < 1.5 ? 1 : q < 3.0 ? 2 : q < 7.0 ? 5 : 10;
    return m * z;
  };
  constexpr int kTicks = 5;
  const double step = nice(nice(hi - lo, true) / (kTicks - 1), false);
  const double first = std::floor(lo / step), last = std::ceil(hi / step);
  axis->setTickType(QValueAxis::TicksFixed);
  axis->setRange(first * step, last * step);
  axis->setTickCount(static_cast<int>(last - first) + 1);
}

void setIndexRange(QValueAxis* axis, double lo, double hi, int maxTicks, double pad) {
  if (!(hi > lo)) hi = lo + 1;
  const double span = hi - lo;
  double step = 1;
  for (double mag = 1;; mag *= 10) {
    bool found = false;
    for (double m : {1.0, 2.0, 5.0}) {
      step = m * mag;
      if (span / step + 1 <= std::max(2, maxTicks)) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  axis->setTickType(QValueAxis::TicksDynamic);
  axis->setTickAnchor(0);
  axis->setTickInterval(step);
  setLabelFormat(axis, QStringLiteral("%.0f"));
  axis->setRange(lo - pad, hi + pad);
}

namespace {
class PlotAreaAligner : public QObject {
public:
  PlotAreaAligner(QChart* a, QChart* b) : QObject(a), charts_{a, b}, base_{a->margins(), b->margins()} {
    for (QChart* c : charts_) QObject::connect(c, &QChart::plotAreaChanged, this, [this](const QRectF&) { align(); });
  }

private:
  void align() {
    if (busy_) return;
    // Moving a margin can change what the axes elide, which moves the plot area again; if the
    // two charts keep chasing each other, stop until one of them is resized.
    const QSizeF sizes[2] = {charts_[0]->size(), charts_[1]->size()};
    if (sizes[0] != sizes_[0] || sizes[1] != sizes_[1]) {
      sizes_[0] = sizes[0];
      sizes_[1] = sizes[1];
      adjustments_ = 0;
    }
    if (adjustments_ >= kMaxAdjustments) return;
    busy_ = true;
    double naturalLeft[2], naturalRight[2];
    for (int i = 0; i < 2; ++i) {
      const QRectF area = charts_[i]->plotArea();
      naturalLeft[i] = area.left() - extraLeft_[i];
      naturalRight[i] = charts_[i]->size().width() - area.right() - extraRight_[i];
    }
    const double left = std::max(naturalLeft[0], naturalLeft[1]);
    const double right = std::max(naturalRight[0], naturalRight[1]);
    for (int i = 0; i < 2; ++i) {
      const int wantLeft = static_cast<int>(std::lround(left - naturalLeft[i]));
      const int wantRight = static_cast<int>(std::lround(right - naturalRight[i]));
      if (wantLeft != extraLeft_[i] || wantRight != extraRight_[i]) {
        ++adjustments_;
        extraLeft_[i] = wantLeft;
        extraRight_[i] = wantRight;
        charts_[i]->setMargins(base_[i] + QMargins(wantLeft, 0, wantRight, 0));
      }
    }
    busy_ = false;
  }

  QChart* charts_[2];
  QMargins base_[2];
  static constexpr int kMaxAdjustments = 6;
  int extraLeft_[2] = {0, 0}, extraRight_[2] = {0, 0};
  QSizeF sizes_[2];
  int adjustments_ = 0;
  bool busy_ = false;
};
}  // namespace

void alignPlotAreasHorizontally(QChart* a, QChart* b) { new PlotAreaAligner(a, b); }

QString formatNumber(double v, int significant) {
  if (std::isnan(v)) return QStringLiteral("–");
  const double a = std::abs(v);
  if (a != 0 && (a < 1e-3 || a >= 1e6)) return QString::number(v, 'e', std::max(0, significant - 1));
  return QString::number(v, 'g', significant);
}

QString powerOfTen(int exponent) {
  static const QChar superscripts[] = {QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3), QChar(0x2074),
                                       QChar(0x2075), QChar(0x2076), QChar(0x2077), QChar(0x2078), QChar(0x2079)};
  QString s = QStringLiteral("10");
  if (exponent < 0) s += QChar(0x207B);
  const QString digits = QString::number(std::abs(exponent));
  for (QChar d : digits) s += superscripts[d.digitValue()];
  return s;
}

}  // namespace rnnscope::ui::chart
