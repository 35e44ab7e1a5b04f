#include "ui/chart_export.h"

#include <cmath>
#include <optional>

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QXYSeries>

#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

namespace {

enum class Kind { None, Chart, HeatMap, Text };

Kind kindOf(const QWidget* widget) {
  if (qobject_cast<const QChartView*>(widget)) return Kind::Chart;
  if (qobject_cast<const chart::HeatMapWidget*>(widget)) return Kind::HeatMap;
  if (qobject_cast<const text::CharGridView*>(widget)) return Kind::Text;
  return Kind::None;
}

QString number(double v) { return QString::number(v, 'g', 17); }

QString csvField(const QString& text) {
  static const QString special = QStringLiteral(",\"\n\r");
  for (QChar c : text)
    if (special.contains(c)) return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  return text;
}

QString seriesName(const QAbstractSeries& series, int index) {
  if (!series.name().isEmpty()) return series.name();
  if (!series.objectName().isEmpty()) return series.objectName();
  return QStringLiteral("series %1").arg(index + 1);
}

// Lays the chart out at `size` now rather than at the next event-loop turn.
void resizeChart(QChart* chart, QSizeF size) {
  chart->resize(size);
  if (QGraphicsLayout* layout = chart->layout()) layout->activate();
}

// Shows the chart's own legend with the entries the wrapping legend has (visible, named series).
void showOwnLegend(QChart* chart) {
  chart->legend()->setVisible(true);
  for (QLegendMarker* marker : chart->legend()->markers())
    marker->setVisible(marker->series()->isVisible() && !marker->series()->name().isEmpty());
}

// Draws the chart laid out at `size`: it is resized for the drawing and given back its size, so
// that axes, ticks and fonts are laid out for the export rather than stretched.
void paintChart(QChartView* view, QPainter& painter, QSize size) {
  QChart* chart = view->chart();
  const QSizeF shown = chart->size();
  const bool ownLegend = chart->property(chart::kWrappingLegendProperty).toBool() && !chart->legend()->isVisible();
  if (ownLegend) showOwnLegend(chart);
  const bool relayout = ownLegend || shown != QSizeF(size);
  if (relayout) resizeChart(chart, size);
  view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(chart->pos(), QSizeF(size)),
                        Qt::IgnoreAspectRatio);
  if (ownLegend) chart->legend()->setVisible(false);
  if (relayout) resizeChart(chart, shown);
}

void paintExport(QWidget* exportable, QPainter& painter, QSize size) {
  painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  switch (kindOf(exportable)) {
    case Kind::Chart: paintChart(static_cast<QChartView*>(exportable), painter, size); break;
    case Kind::HeatMap: static_cast<chart::HeatMapWidget*>(exportable)->paint(painter, size); break;
    case Kind::Text:
      painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
      static_cast<text::CharGridView*>(exportable)->paintContent(painter, 0, size.height());
      break;
    case Kind::None: break;
  }
}

QString pictureTitle(QWidget* exportable) {
  switch (kindOf(exportable)) {
    case Kind::Chart: return static_cast<QChartView*>(exportable)->chart()->title();
    case Kind::HeatMap: return static_cast<chart::HeatMapWidget*>(exportable)->title();
    default: return exportable->objectName();
  }
}

QString cannotWrite(const QString& path, const QString& reason) {
  return ChartExport::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

// Writes `bytes` through a QSaveFile, so that a failed export leaves no half-written file.
template <typename Writer>
QString writeFile(const QString& path, Writer&& write) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
  if (const QString problem = write(file); !problem.isEmpty()) {
    file.cancelWriting();
    return cannotWrite(path, problem);
  }
  if (!file.commit()) return cannotWrite(path, file.errorString());
  return {};
}

QString actionText(ExportAction action, Kind kind) {
  const bool text = kind == Kind::Text;
  switch (action) {
    case ExportAction::Png: return text ? ChartExport::tr("Save text as PNG…") : ChartExport::tr("Save chart as PNG…");
    case ExportAction::Svg: return text ? ChartExport::tr("Save text as SVG…") : ChartExport::tr("Save chart as SVG…");
    case ExportAction::Data: return text ? ChartExport::tr("Save text as HTML…") : ChartExport::tr("Save data as CSV…");
    case ExportAction::Copy: return text ? ChartExport::tr("Copy text as picture") : ChartExport::tr("Copy chart");
  }
  return {};
}

constexpr ExportAction kActions[] = {ExportAction::Png, ExportAction::Svg, ExportAction::Data, ExportAction::Copy};

struct PictureSize {
  QSize size;
  double scale = 1;
};

// Asks for the picture's size (when it can change) and, for PNG, its scale: 2x gives a sharp
// picture on a projector without changing the layout.
std::optional<PictureSize> askPictureSize(QWidget* exportable, bool svg) {
  const QSize natural = naturalExportSize(exportable);
  const bool resizable = resizableExport(exportable);
  if (svg && !resizable) return PictureSize{natural, 1};
  QDialog dialog(exportable);
  dialog.setWindowTitle(svg ? ChartExport::tr("SVG size") : ChartExport::tr("PNG size"));
  auto* form = new QFormLayout(&dialog);
  auto* width = new QSpinBox(&dialog);
  auto* height = new QSpinBox(&dialog);
  for (QSpinBox* box : {width, height}) {
    box->setRange(100, 8000);
    box->setSuffix(ChartExport::tr(" px"));
  }
  width->setValue(natural.width());
  height->setValue(natural.height());
  if (resizable) {
    form->addRow(ChartExport::tr("Width:"), width);
    form->addRow(ChartExport::tr("Height:"), height);
  }
  auto* scale = new QComboBox(&dialog);
  scale->addItem(ChartExport::tr("1× (as on screen)"), 1.0);
  scale->addItem(ChartExport::tr("2× (sharp on slides)"), 2.0);
  scale->setCurrentIndex(1);
  if (!svg) form->addRow(ChartExport::tr("Scale:"), scale);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return PictureSize{QSize(width->value(), height->value()), svg ? 1.0 : scale->currentData().toDouble()};
}

QString askFileName(QWidget* exportable, const QString& suffix, const QString& filter) {
  static QString lastDirectory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
  const QString name = exportable->objectName().isEmpty() ? QStringLiteral("chart") : exportable->objectName();
  const QString path = QFileDialog::getSaveFileName(exportable, ChartExport::tr("Export"),
                                                    QDir(lastDirectory).filePath(name + QLatin1Char('.') + suffix), filter);
  if (!path.isEmpty()) lastDirectory = QFileInfo(path).absolutePath();
  return path;
}

void report(QWidget* exportable, const QString& problem) {
  if (!problem.isEmpty()) QMessageBox::warning(exportable, ChartExport::tr("Export failed"), problem);
}

void savePictureInteractively(QWidget* exportable, bool svg) {
  const std::optional<PictureSize> size = askPictureSize(exportable, svg);
  if (!size) return;
  const QString path = svg ? askFileName(exportable, QStringLiteral("svg"), ChartExport::tr("SVG pictures (*.svg)"))
                           : askFileName(exportable, QStringLiteral("png"), ChartExport::tr("PNG pictures (*.png)"));
  if (path.isEmpty()) return;
  report(exportable, svg ? saveSvg(exportable, path, size->size) : savePng(exportable, path, size->size, size->scale));
}

void saveDataInteractively(QWidget* exportable) {
  const QString suffix = exportDataSuffix(exportable);
  const QString filter = suffix == QStringLiteral("html") ? ChartExport::tr("Web pages (*.html)")
                                                           : ChartExport::tr("CSV tables (*.csv)");
  const QString path = askFileName(exportable, suffix, filter);
  if (!path.isEmpty()) report(exportable, saveData(exportable, path));
}

// The chart the window's shortcuts act on: the one under the pointer, else the one with focus.
QWidget* chartInFocus(QWidget* window) {
  QWidget* under = exportableOf(QApplication::widgetAt(QCursor::pos()));
  if (under && under->window() == window) return under;
  QWidget* focused = exportableOf(QApplication::focusWidget());
  return focused && focused->window() == window ? focused : nullptr;
}

}  // namespace

QWidget* exportableOf(QWidget* widget) {
  for (QWidget* w = widget; w; w = w->parentWidget())
    if (kindOf(w) != Kind::None) return w;
  return nullptr;
}

QSize naturalExportSize(QWidget* exportable) {
  if (kindOf(exportable) == Kind::Text) return static_cast<text::CharGridView*>(exportable)->contentSize();
  return exportable->size();
}

bool resizableExport(QWidget* exportable) { return kindOf(exportable) != Kind::Text; }

QImage exportImage(QWidget* exportable, QSize size, double scale) {
  const QSize pixels(static_cast<int>(std::lround(size.width() * scale)), static_cast<int>(std::lround(size.height() * scale)));
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(scale);
  image.fill(Qt::white);
  QPainter painter(&image);
  paintExport(exportable, painter, size);
  return image;
}

QString chartCsv(const QChart& chart) {
  QString csv = QStringLiteral("series,x,y\n");
  const QList<QAbstractSeries*> all = chart.series();
  for (int i = 0; i < all.size(); ++i) {
    const auto* xy = qobject_cast<const QXYSeries*>(all[i]);
    if (!xy || !xy->isVisible()) continue;
    const QString name = csvField(seriesName(*xy, i));
    for (const QPointF& p : xy->points()) csv += name + QLatin1Char(',') + number(p.x()) + QLatin1Char(',') + number(p.y()) + QLatin1Char('\n');
  }
  return csv;
}

QString heatMapCsv(const chart::HeatMapWidget& map) {
  QString corner = map.yTitle();
  if (!map.xTitle().isEmpty()) corner += QStringLiteral(" \\ ") + map.xTitle();
  QString csv = csvField(corner);
  for (int c = 0; c < map.columns(); ++c) csv += QLatin1Char(',') + csvField(map.columnLabel(c));
  csv += QLatin1Char('\n');
  const std::vector<double>& values = map.dataValues();
  for (int r = 0; r < map.rows(); ++r) {
    csv += csvField(map.rowLabel(r));
    for (int c = 0; c < map.columns(); ++c) {
      const double v = values[static_cast<std::size_t>(r) * static_cast<std::size_t>(map.columns()) + static_cast<std::size_t>(c)];
      csv += QLatin1Char(',') + (std::isnan(v) ? QString() : number(v));
    }
    csv += QLatin1Char('\n');
  }
  return csv;
}

QString charGridHtml(const text::CharGridView& grid) {
  QString html = QStringLiteral(
      "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>rnnscope</title></head>\n<body>\n"
      "<pre style=\"font-family: monospace; line-height: 1.35\">");
  const std::u32string& text = grid.text();
  for (int i = 0; i < grid.characterCount(); ++i) {
    const QColor background = grid.colorAt(i);
    const char32_t c = text[static_cast<std::size_t>(i)];
    html += QStringLiteral("<span style=\"background:%1;color:%2\">%3</span>")
                .arg(background.name(), text::readableTextColor(background).name(), QString::fromUcs4(&c, 1).toHtmlEscaped());
  }
  html += QStringLiteral("</pre>\n</body>\n</html>\n");
  return html;
}

QString exportData(QWidget* exportable) {
  switch (kindOf(exportable)) {
    case Kind::Chart: return chartCsv(*static_cast<QChartView*>(exportable)->chart());
    case Kind::HeatMap: return heatMapCsv(*static_cast<chart::HeatMapWidget*>(exportable));
    case Kind::Text: return charGridHtml(*static_cast<text::CharGridView*>(exportable));
    case Kind::None: break;
  }
  return {};
}

QString exportDataSuffix(QWidget* exportable) {
  return kindOf(exportable) == Kind::Text ? QStringLiteral("html") : QStringLiteral("csv");
}

QString savePng(QWidget* exportable, const QString& path, QSize size, double scale) {
  const QImage image = exportImage(exportable, size, scale);
  return writeFile(path, [&](QSaveFile& file) {
    return image.save(&file, "PNG") ? QString() : ChartExport::tr("the PNG encoder failed");
  });
}

QString saveSvg(QWidget* exportable, const QString& path, QSize size) {
  return writeFile(path, [&](QSaveFile& file) {
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    // Point-sized fonts then come out as large as on screen, where the layout was measured.
    svg.setResolution(exportable->logicalDpiY());
    svg.setTitle(pictureTitle(exportable));
    svg.setDescription(QStringLiteral("rnnscope"));
    QPainter painter;
    if (!painter.begin(&svg)) return ChartExport::tr("the SVG writer failed");
    paintExport(exportable, painter, size);
    painter.end();
    return QString();
  });
}

QString saveData(QWidget* exportable, const QString& path) {
  const QByteArray bytes = exportData(exportable).toUtf8();
  return writeFile(path, [&](QSaveFile& file) { return file.write(bytes) == bytes.size() ? QString() : file.errorString(); });
}

void copyPicture(QWidget* exportable) {
  QApplication::clipboard()->setImage(exportImage(exportable, naturalExportSize(exportable), exportable->devicePixelRatioF()));
}

ChartExport::ChartExport(QWidget* exportable) : QObject(exportable), target_(exportable) {
  exportable->installEventFilter(this);
  if (auto* area = qobject_cast<QAbstractScrollArea*>(exportable)) area->viewport()->installEventFilter(this);
  // A heat map takes no focus of its own; a click gives it one, for the keyboard shortcuts.
  if (exportable->focusPolicy() == Qt::NoFocus) exportable->setFocusPolicy(Qt::ClickFocus);
}

void ChartExport::install(QWidget* root) {
  QList<QWidget*> widgets = root->findChildren<QWidget*>();
  widgets.prepend(root);
  for (QWidget* w : widgets)
    if (kindOf(w) != Kind::None && !w->findChild<ChartExport*>(QString(), Qt::FindDirectChildrenOnly)) new ChartExport(w);
}

bool ChartExport::eventFilter(QObject*, QEvent* event) {
  if (event->type() != QEvent::ContextMenu) return false;
  QMenu* menu = makeMenu(target_, target_);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
  return true;
}

QKeySequence ChartExport::shortcut(ExportAction action) {
  switch (action) {
    case ExportAction::Png: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case ExportAction::Svg: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    case ExportAction::Data: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    case ExportAction::Copy: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
  }
  return {};
}

void ChartExport::run(ExportAction action, QWidget* exportable) {
  switch (action) {
    case ExportAction::Png: savePictureInteractively(exportable, false); break;
    case ExportAction::Svg: savePictureInteractively(exportable, true); break;
    case ExportAction::Data: saveDataInteractively(exportable); break;
    case ExportAction::Copy: copyPicture(exportable); break;
  }
}

QMenu* ChartExport::makeMenu(QWidget* exportable, QWidget* parent) {
  auto* menu = new QMenu(parent);
  menu->setObjectName(QStringLiteral("chartExportMenu"));
  for (ExportAction action : kActions) {
    if (action == ExportAction::Copy) menu->addSeparator();
    QAction* item = menu->addAction(actionText(action, kindOf(exportable)), menu, [action, exportable] { run(action, exportable); });
    item->setShortcut(shortcut(action));
    item->setShortcutVisibleInContextMenu(true);
  }
  return menu;
}

QMenu* ChartExport::makeWindowMenu(QWidget* window) {
  auto* menu = new QMenu(tr("E&xport chart"), window);
  menu->setObjectName(QStringLiteral("chartExportWindowMenu"));
  menu->setToolTipsVisible(true);
  for (ExportAction action : kActions) {
    QAction* item = menu->addAction(actionText(action, Kind::Chart), menu, [action, window] {
      if (QWidget* target = chartInFocus(window)) run(action, target);
      else QApplication::beep();
    });
    item->setShortcut(shortcut(action));
    item->setToolTip(tr("Acts on the chart under the pointer, else on the chart last clicked."));
  }
  return menu;
}

}  // namespace rnnscope::ui
