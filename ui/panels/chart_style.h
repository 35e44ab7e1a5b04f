#pragma once
// Shared look and numeric guards of the chart panels (loss, gradient flow, Jacobian, weight
// spectrum): fonts big enough for a projector, one colour-blind-safe palette, log axes that never
// see a value <= 0, and the decimation that keeps a long training curve cheap to redraw.
#include <cstddef>
#include <vector>

#include <QColor>
#include <QScatterSeries>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QChart;
class QChartView;
class QAbstractSeries;
class QLineSeries;
class QXYSeries;
class QLogValueAxis;
class QValueAxis;
class QWidget;

namespace rnnscope::ui::chart {

// Smallest value a log axis is asked to show; anything at or below it (a zero gradient) is drawn
// on this floor rather than dropped, so the point stays visible at the bottom of the chart.
inline constexpr double kLogFloor = 1e-12;

// Point sizes, chosen so a chart is readable from the back of a lecture room.
inline constexpr int kTitlePointSize = 12;
inline constexpr int kAxisTitlePointSize = 12;
inline constexpr int kLabelPointSize = 11;
inline constexpr int kLegendPointSize = 11;

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies and on a projector.
namespace palette {
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kGreen{0x00, 0x9E, 0x73};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kPurple{0xCC, 0x79, 0xA7};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kGrey{0x70, 0x70, 0x70};
inline const QColor kBlack{0x20, 0x20, 0x20};
}  // namespace palette

// v clamped to [kLogFloor, +inf) for drawing on a log axis. NaN stays NaN (callers drop it).
double clampForLog(double v);

// Points with a finite y; on a log axis y is clamped to the floor first.
QList<QPointF> finitePoints(const std::vector<double>& xs, const std::vector<double>& ys, bool logY);

// Keeps a curve of n points cheap to draw: when n > threshold, the points are cut into
// maxPoints/2 buckets and each bucket contributes its minimum and maximum (in x order), so spikes
// survive while the point count stays bounded; the last point is always kept so the curve ends at
// the newest step. Input must be sorted by x.
QList<QPointF> decimateMinMax(const QList<QPointF>& points, std::size_t threshold = 4000, std::size_t maxPoints = 2000);

// finitePoints (ys multiplied by scale first) then decimateMinMax, in one pass without the
// intermediate list: what a 100 000-step training curve needs to redraw at 30 Hz.
QList<QPointF> curvePoints(const std::vector<double>& xs, const std::vector<double>& ys, double scale, bool logY,
                           std::size_t threshold = 4000, std::size_t maxPoints = 2000);

QFont chartFont(int pointSize, bool bold = false);

// A chart styled for the panels: light theme, no animation, big fonts, legend at the bottom.
QChart* makeChart(const QString& title = {});
// A view drawing the chart antialiased, with a sensible minimum size.
QChartView* makeChartView(QChart* chart, const QString& objectName, QWidget* parent);
// Title, label and grid styling of an axis.
void styleAxis(QAbstractAxis* axis, const QString& title);
// A named line series with its own pen (objectName lets tests find it).
QLineSeries* makeLine(const QString& name, const QString& objectName, const QColor& color, double width,
                      Qt::PenStyle style = Qt::SolidLine);
// A named scatter series: dots of `size` pixels filled with `color` and ringed a shade darker.
QScatterSeries* makeDots(const QString& name, const QString& objectName, const QColor& color, double size,
                         QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle);
// Draws a scatter series' dots as one small image each (Qt's "light markers") instead of one
// graphics item per point, which a few hundred dots (eigenvalues, gate saturation) made cost
// 10-30 ms to paint. Uses the series' colour, border colour and marker size; call again after
// changing them. Clicks still report the nearest point.
void useLightMarkers(QScatterSeries* series);

// Compare mode (Panel::compared): run B's twin of run A's line series `a`, which must already be on
// its chart. Same colour and width, the pen broken so that B never reads as A: dashed, or
// dash-dot-dot where A's own line is already broken (a bound, a reference). On a's chart and axes,
// hidden until drawn. Object name: a's + "B" (tests and the main window find it by that).
QLineSeries* addTwinLine(QLineSeries* a);
// The legend names of a series of run A and its twin: the plain name while not comparing; "name (A)"
// and "name (B)" while comparing. Leaves unchanged names alone (a new name lays the legend out).
void nameTwins(QAbstractSeries* a, QAbstractSeries* b, const QString& name, bool comparing);
// The same where the two runs' series have names of their own (e.g. of different cells).
void nameTwins(QAbstractSeries* a, QAbstractSeries* b, const QString& nameA, const QString& nameB, bool comparing);
// "name (A)" or "name (B)": a series' legend name while comparing.
QString nameOfRun(const QString& name, bool runB);
// Sets a series' legend name unless it already has it.
void renameSeries(QAbstractSeries* series, const QString& name);
// Draws B's points; with none (not comparing, or B has no such data yet) the twin and its legend
// entry are hidden.
void setTwinPoints(QXYSeries* b, const QList<QPointF>& points);
// The pen style of run B's twin of a line drawn with `a`.
Qt::PenStyle twinPenStyle(Qt::PenStyle a);

// Adds a series to a chart and attaches it to both axes.
void addSeries(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);

// Setters that leave the chart alone when nothing changes. Qt Charts lays the whole chart out
// again (every axis label is a rich-text document) after any title or label-format call, even
// one that sets the value it already has; at 30 frames a second that cost more than drawing.
void setChartTitle(QChart* chart, const QString& title);
void setLabelFormat(QValueAxis* axis, const QString& format);
void setAxisTitle(QAbstractAxis* axis, const QString& title);

// Sets a log axis to whole decades around [lo, hi] (values already clamped > 0), widening the tick
// spacing (base 100, 1000, ...) when there would be too many decade labels for the height. With
// allowBase2, a range narrower than about one decade gets ticks at powers of two (1, 2, 4, 8)
// instead, so a loss between 1.3 and 4.6 still has labels.
void setLogRange(QLogValueAxis* axis, double lo, double hi, int maxLabels = 7, bool allowBase2 = false);
// Sets a linear axis to [lo, hi] with a little headroom and round tick values.
void setLinearRange(QValueAxis* axis, double lo, double hi, bool includeZero = false);

// An integer axis (timestep, distance, index) over [lo, hi] with ticks every 1, 2, 5, 10, ...
// steps so that at most maxTicks labels appear; pad widens the range on both sides so markers at
// the ends are not cut in half.
void setIndexRange(QValueAxis* axis, double lo, double hi, int maxTicks = 9, double pad = 0);

// Keeps the plot areas of two stacked charts at the same left and right edges (by widening the
// margins of the one whose axis labels or legend are narrower), so their x axes line up.
// Lives as long as the first chart.
void alignPlotAreasHorizontally(QChart* a, QChart* b);

// "1.23", "0.0456", "1.2e-05": short, for summaries and point labels.
QString formatNumber(double v, int significant = 3);
// "10⁻³": a power of ten with Unicode superscripts, for colour bars and log tick labels.
QString powerOfTen(int exponent);

}  // namespace rnnscope::ui::chart
