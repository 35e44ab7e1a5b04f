#pragma once
// Every chart out to slides: a QChartView, a heat map (chart::HeatMapWidget) or a coloured text
// (text::CharGridView) saves as PNG at a chosen size and scale, as SVG (vector: series as paths,
// text as text), with the data behind it (CSV for charts and heat maps, HTML for a text), or goes
// to the clipboard as a picture. ChartExport::install puts these on a right-click menu of every
// such widget under a root, so panels need not know about it. docs/export.md describes the files.
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>

class QAction;
class QChart;
class QImage;
class QMenu;
class QPainter;
class QWidget;

namespace rnnscope::ui {

namespace chart {
class HeatMapWidget;
}
namespace text {
class CharGridView;
}

// The widget itself when it exports (a QChartView, HeatMapWidget or CharGridView), else its
// nearest ancestor that does, else nullptr.
QWidget* exportableOf(QWidget* widget);

// The size an export has unless the user picks another: the widget's size; for a text, all of
// it laid out at the widget's width (not only the rows on screen).
QSize naturalExportSize(QWidget* exportable);
// Whether the picture can be drawn at another size than its natural one (a text keeps its layout).
bool resizableExport(QWidget* exportable);
// The picture at `size` (logical pixels) times `scale`: an image of size * scale pixels.
QImage exportImage(QWidget* exportable, QSize size, double scale = 1);

// The data behind the picture: CSV for a chart or heat map, HTML for a text.
QString exportData(QWidget* exportable);
// "csv" or "html".
QString exportDataSuffix(QWidget* exportable);

// Long-format CSV of every visible XY series: "series,x,y", one line per point, full precision.
QString chartCsv(const QChart& chart);
// The heat map's numbers (its dataValues) as a table: a header of column labels, then one line per
// row starting with its label; NaN (no data) as an empty field.
QString heatMapCsv(const chart::HeatMapWidget& map);
// A standalone HTML page: the text in a <pre>, each character in a span with its background.
QString charGridHtml(const text::CharGridView& grid);

// Each writes one file and returns an empty string, or one sentence saying why it could not.
QString savePng(QWidget* exportable, const QString& path, QSize size, double scale = 1);
QString saveSvg(QWidget* exportable, const QString& path, QSize size);
QString saveData(QWidget* exportable, const QString& path);
// Puts the picture (natural size, the screen's scale) on the clipboard.
void copyPicture(QWidget* exportable);

// What the export menus offer.
enum class ExportAction { Png, Svg, Data, Copy };

// The right-click menu of one exportable widget; install() adds one to every exportable widget
// under root that has none yet (call it again after panels add charts).
class ChartExport : public QObject {
  Q_OBJECT
public:
  static void install(QWidget* root);
  // The menu shown on right click: save as PNG, SVG, data, and copy, with their shortcuts.
  static QMenu* makeMenu(QWidget* exportable, QWidget* parent);
  // The same four for a window's menu bar, with window-wide shortcuts: they act on the chart
  // under the pointer, else on the one with keyboard focus.
  static QMenu* makeWindowMenu(QWidget* window);
  static QKeySequence shortcut(ExportAction action);
  // Runs an action on a widget, asking for a size and a file name where it needs them.
  static void run(ExportAction action, QWidget* exportable);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  explicit ChartExport(QWidget* exportable);

  QWidget* target_;
};

}  // namespace rnnscope::ui
