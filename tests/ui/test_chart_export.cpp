// Exports hold what the chart shows: the CSV is the series' points (a panel's: the snapshot's
// numbers) bit for bit, the SVG draws the series as a vector line with the title as text, the
// PNG has the asked size and the series' colour, the heat map CSV its values, the text's HTML
// its characters on their colours; an unwritable path gives one message and no file.
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QXYSeries>

#include "ui/chart_export.h"
#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/loss_panel.h"
#include "ui/panels/text_char_grid.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// x = 1..5 with y values that need all 17 digits to come back exactly.
const QList<QPointF> kKnownLine{{1, 0.1}, {2, 1.0 / 3.0}, {3, 2.5e-7}, {4, std::sqrt(2.0)}, {5, 4.0}};

struct KnownChart {
  QChartView view;
  QLineSeries* line = new QLineSeries();
  QLineSeries* hidden = new QLineSeries();
  KnownChart() {
    auto* chart = new QChart();
    chart->setTitle(QStringLiteral("Known line"));
    line->setName(QStringLiteral("loss, nats"));  // a comma: quoted in the CSV
    line->setPen(QPen(QColor(0xFF, 0x00, 0x00), 3));
    line->append(kKnownLine);
    hidden->setName(QStringLiteral("hidden"));
    hidden->append({{1, 1}, {2, 2}});
    chart->addSeries(line);
    chart->addSeries(hidden);
    chart->createDefaultAxes();
    hidden->setVisible(false);
    chart->legend()->hide();
    view.setChart(chart);
    view.resize(480, 320);
    view.show();  // lays the chart out at the view's size, as on screen
  }
};

QString readText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

// The CSV's points per series name (a quoted name unquoted).
QMap<QString, QList<QPointF>> parseLongCsv(const QString& csv) {
  QMap<QString, QList<QPointF>> points;
  const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  static const QRegularExpression line(QStringLiteral("^(\"(?:[^\"]|\"\")*\"|[^,]*),([^,]+),([^,]+)$"));
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QRegularExpressionMatch m = line.match(lines[i]);
    if (!m.hasMatch()) continue;
    QString name = m.captured(1);
    if (name.startsWith(QLatin1Char('"'))) name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    points[name].append(QPointF(m.captured(2).toDouble(), m.captured(3).toDouble()));
  }
  return points;
}

// The vertices of the longest connected line in the SVG: <polyline>s and one-piece <path>s
// without curves (curves are glyphs and markers) joined where one starts at the point the previous one
// ended. Qt Charts draws a solid series as one segment per pair of points, a dashed one as
// one path; axis ticks and grid lines are separate strokes of two vertices.
QList<QPointF> longestLine(const QString& svg) {
  static const QRegularExpression stroke(QStringLiteral("<polyline[^>]*\\spoints=\"([^\"]*)\"|<path[^>]*\\sd=\"M([^\"CM]*)\""));
  static const QRegularExpression number(QStringLiteral("-?[0-9.]+(?:e-?[0-9]+)?"));
  QList<QPointF> longest, current;
  for (auto it = stroke.globalMatch(svg); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    QList<double> xy;
    for (auto n = number.globalMatch(m.captured(1) + m.captured(2)); n.hasNext();) xy << n.next().captured(0).toDouble();
    QList<QPointF> vertices;
    for (qsizetype i = 0; i + 1 < xy.size(); i += 2) vertices << QPointF(xy[i], xy[i + 1]);
    if (vertices.isEmpty()) continue;
    if (!current.isEmpty() && current.back() == vertices.front()) current.append(vertices.mid(1));
    else current = vertices;
    if (current.size() > longest.size()) longest = current;
  }
  return longest;
}

bool hasColor(const QImage& image, QRgb color) {
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      if ((image.pixel(x, y) & 0xFFFFFF) == (color & 0xFFFFFF)) return true;
  return false;
}

MetricsLog tenSteps() {
  MetricsLog log;
  for (int s = 1; s <= 10; ++s) {
    MetricsPoint p;
    p.step = s;
    p.loss = 4.0 / (1.0 + 0.37 * s);  // not short decimals: full precision matters
    p.gradNormBefore = 1.0 / (3.0 * s);
    p.gradNormAfter = p.gradNormBefore;
    log.append(p);
  }
  return log;
}

GradientFlowRecord flowRecord(std::int64_t step, std::vector<double> dh) {
  GradientFlowRecord r;
  r.step = step;
  r.weightsStep = step - 1;
  r.dhNorm = {dh};
  r.lastLossDhNorm = {std::move(dh)};
  return r;
}

}  // namespace

class TestChartExport : public QObject {
  Q_OBJECT

private slots:
  void chartCsvIsTheVisibleSeriesPoints() {
    KnownChart k;
    const QString csv = chartCsv(*k.view.chart());
    QVERIFY2(csv.startsWith(QStringLiteral("series,x,y\n\"loss, nats\",1,0.10000000000000001\n")), qPrintable(csv));
    const auto parsed = parseLongCsv(csv);
    QCOMPARE(parsed.keys(), QStringList{QStringLiteral("loss, nats")});  // the hidden series is left out
    QCOMPARE(parsed.value(QStringLiteral("loss, nats")), kKnownLine);   // bit for bit
  }

  void lossPanelCsvIsTheSnapshotsNumbers() {
    const MetricsLog log = tenSteps();
    Snapshot snap;
    snap.step = 10;
    snap.metrics = log.view();
    snap.vocabulary = {U'a', U'b'};
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    panel.render(snap);
    auto* view = panel.findChild<QChartView*>(QStringLiteral("lossChart"));
    QVERIFY(view);
    QXYSeries* loss = nullptr;
    for (QAbstractSeries* s : view->chart()->series())
      if (s->objectName() == QStringLiteral("trainingLoss")) loss = qobject_cast<QXYSeries*>(s);
    QVERIFY(loss);
    const auto parsed = parseLongCsv(exportData(view));
    const QList<QPointF> exported = parsed.value(loss->name());
    QCOMPARE(exported.size(), 10);
    for (int s = 1; s <= 10; ++s) {
      QCOMPARE(exported[s - 1].x(), double(s));
      QCOMPARE(exported[s - 1].y(), 4.0 / (1.0 + 0.37 * s));
    }
    // and every visible series comes out as it is drawn
    for (QAbstractSeries* s : view->chart()->series())
      if (auto* xy = qobject_cast<QXYSeries*>(s); xy && xy->isVisible() && xy->count() > 0)
        QCOMPARE(parsed.value(xy->name()), xy->points());
  }

  void svgHoldsTheLineAndTitle() {
    QTemporaryDir dir;
    KnownChart k;
    const QString path = dir.filePath(QStringLiteral("known.svg"));
    QCOMPARE(saveSvg(&k.view, path, QSize(640, 400)), QString());
    const QString svg = readText(path);
    QVERIFY2(svg.contains(QStringLiteral(">Known line</text>")), "the title is not drawn as text");
    // One line through the five points, going up where the data go up (y grows downwards).
    const QList<QPointF> line = longestLine(svg);
    QCOMPARE(line.size(), kKnownLine.size());
    for (qsizetype i = 1; i < line.size(); ++i) {
      QVERIFY(line[i].x() > line[i - 1].x());
      QCOMPARE(line[i].y() < line[i - 1].y(), kKnownLine[i].y() > kKnownLine[i - 1].y());
    }

    // The control: without the series no line is that long (the check can fail).
    k.line->setVisible(false);
    QCOMPARE(saveSvg(&k.view, path, QSize(640, 400)), QString());
    QVERIFY(longestLine(readText(path)).size() < kKnownLine.size());
    // The view keeps its own layout after an export at another size.
    QCOMPARE(k.view.chart()->size(), QSizeF(k.view.size()));
  }

  void pictureShowsTheLegendAWrappingLegendReplaced() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("legend.svg"));
    KnownChart k;  // its legend hidden, no wrapping legend: no names in the picture
    QCOMPARE(saveSvg(&k.view, path, QSize(640, 400)), QString());
    QVERIFY(!readText(path).contains(QStringLiteral("loss, nats")));
    QWidget holder;
    chart::makeWrappingLegend(k.view.chart(), &holder);
    QCOMPARE(saveSvg(&k.view, path, QSize(640, 400)), QString());
    const QString svg = readText(path);
    QVERIFY2(svg.contains(QStringLiteral("loss, nats")), "the legend is not in the picture");
    QVERIFY(!svg.contains(QStringLiteral(">hidden<")));  // a hidden series has no entry
    QVERIFY(!k.view.chart()->legend()->isVisible());     // the panel keeps its own legend
  }

  void pngHasTheAskedSizeAndTheSeries() {
    QTemporaryDir dir;
    KnownChart k;
    const QString path = dir.filePath(QStringLiteral("known.png"));
    QCOMPARE(savePng(&k.view, path, QSize(640, 360), 2), QString());
    const QImage twice(path);
    QCOMPARE(twice.size(), QSize(1280, 720));
    QVERIFY2(hasColor(twice, qRgb(0xFF, 0, 0)), "the red series is not in the picture");
    QCOMPARE(savePng(&k.view, path, QSize(300, 200), 1), QString());
    QCOMPARE(QImage(path).size(), QSize(300, 200));
    k.line->setVisible(false);
    QVERIFY(!hasColor(exportImage(&k.view, QSize(300, 200)), qRgb(0xFF, 0, 0)));
  }

  void heatMapCsvHasItsValues() {
    chart::HeatMapWidget map;
    map.setAxisTitles(QStringLiteral("k"), QStringLiteral("step"), QStringLiteral("value"));
    map.setRowLabeler([](int r) { return QStringLiteral("s%1").arg(10 * (r + 1)); });
    map.setData(2, 3, {0.5, NAN, 1.0 / 3.0, -2, 0, 7}, -2, 7);
    QCOMPARE(heatMapCsv(map), QStringLiteral("step \\ k,0,1,2\n"
                                             "s10,0.5,,0.33333333333333331\n"
                                             "s20,-2,0,7\n"));
    // A log map exports the linear numbers, not their logarithms.
    chart::setLogData(map, 1, 2, {1e-3, 0.25});
    QCOMPARE(heatMapCsv(map), QStringLiteral("step \\ k,0,1\ns10,0.001,0.25\n"));
  }

  void flowHeatMapCsvIsTheSnapshotsNumbers() {
    auto history = std::make_shared<std::vector<GradientFlowRecord>>();
    for (int r = 0; r < 3; ++r) history->push_back(flowRecord(10 * (r + 1), {1e-3 * (r + 1), 0.02, 0.3 / (r + 1), 1.0}));
    Snapshot snap;
    snap.flow = std::make_shared<GradientFlowRecord>(history->back());
    snap.flowHistory = history;
    GradientFlowPanel panel(nullptr);
    panel.setHeatView(GradientFlowPanel::HeatView::TotalLoss);
    panel.render(snap);
    auto* map = panel.findChild<chart::HeatMapWidget*>(QStringLiteral("flowHeatMap"));
    QVERIFY(map);
    const QStringList lines = exportData(map).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (int r = 0; r < 3; ++r) {
      const QStringList fields = lines[r + 1].split(QLatin1Char(','));
      QCOMPARE(fields.size(), 5);
      for (int k = 0; k < 4; ++k) QCOMPARE(fields[k + 1].toDouble(), (*history)[static_cast<std::size_t>(r)].dhNorm[0][static_cast<std::size_t>(k)]);
    }
  }

  void textHtmlHasCharactersOnTheirColours() {
    text::CharGridView grid;
    grid.resize(300, 200);
    grid.show();
    grid.setText(U"a<b\n&é");
    grid.setColors({qRgb(0xFF, 0, 0), qRgb(0, 0x80, 0), qRgb(0, 0, 0xFF), qRgb(0x10, 0x20, 0x30), qRgb(0xFF, 0xFF, 0), qRgb(0xAB, 0xCD, 0xEF)});
    const QString html = charGridHtml(grid);
    QCOMPARE(html.count(QStringLiteral("<span ")), 6);
    QVERIFY(html.contains(QStringLiteral("background:#ff0000;color:#ffffff\">a</span>")) ||
            html.contains(QStringLiteral("background:#ff0000;color:#000000\">a</span>")));
    QVERIFY(html.contains(QStringLiteral("background:#008000;")));
    QVERIFY(html.contains(QStringLiteral("\">&lt;</span>")));
    QVERIFY(html.contains(QStringLiteral("background:#102030;color:#ffffff\">\n</span>")));  // the newline kept
    QVERIFY(html.contains(QStringLiteral("\">&amp;</span>")));
    QVERIFY(html.contains(QStringLiteral("background:#abcdef;")));
    QVERIFY(html.contains(QStringLiteral("\">é</span>")));
    QCOMPARE(exportDataSuffix(&grid), QStringLiteral("html"));
  }

  void textPictureHoldsTheWholeText() {
    text::CharGridView grid;
    grid.resize(200, 60);  // shows two rows at most
    grid.show();
    std::u32string text;
    for (int i = 0; i < 12; ++i) text += U"row\n";
    grid.setText(text);
    std::vector<QRgb> colors(text.size(), qRgb(0xFF, 0xFF, 0xFF));
    colors.back() = qRgb(0x12, 0x34, 0x56);  // the last, off-screen row's newline
    grid.setColors(colors);
    QVERIFY(grid.contentSize().height() > 3 * grid.viewport()->height());
    const QImage image = exportImage(&grid, naturalExportSize(&grid), 2);
    QCOMPARE(image.size(), grid.contentSize() * 2);
    QVERIFY2(hasColor(image, qRgb(0x12, 0x34, 0x56)), "the off-screen rows are not in the picture");
  }

  void unwritablePathGivesOneMessage() {
    KnownChart k;
    const QString path = QStringLiteral("/nonexistent-rnnscope-dir/chart");
    for (const QString& problem : {savePng(&k.view, path + QStringLiteral(".png"), QSize(200, 100)),
                                   saveSvg(&k.view, path + QStringLiteral(".svg"), QSize(200, 100)),
                                   saveData(&k.view, path + QStringLiteral(".csv"))}) {
      QVERIFY2(problem.startsWith(QStringLiteral("Could not write /nonexistent-rnnscope-dir/chart.")), qPrintable(problem));
      QCOMPARE(problem.count(QLatin1Char('\n')), 0);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".png")));
  }

  void contextMenuOffersTheExports() {
    QWidget panel;
    auto* layout = new QVBoxLayout(&panel);
    KnownChart k;
    layout->addWidget(&k.view);
    auto* map = new chart::HeatMapWidget(&panel);
    layout->addWidget(map);
    ChartExport::install(&panel);
    ChartExport::install(&panel);  // twice: still one menu
    QCOMPARE(k.view.findChildren<ChartExport*>().size(), 1);
    QCOMPARE(map->findChildren<ChartExport*>().size(), 1);
    QCOMPARE(map->focusPolicy(), Qt::ClickFocus);

    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), k.view.viewport()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(k.view.viewport(), &event);
    auto* menu = k.view.findChild<QMenu*>(QStringLiteral("chartExportMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (QAction* a : menu->actions())
      if (!a->isSeparator()) texts << a->text() + QLatin1Char('|') + a->shortcut().toString();
    QCOMPARE(texts, (QStringList{QStringLiteral("Save chart as PNG…|Ctrl+Shift+S"), QStringLiteral("Save chart as SVG…|Ctrl+Shift+V"),
                                 QStringLiteral("Save data as CSV…|Ctrl+Shift+D"), QStringLiteral("Copy chart|Ctrl+Shift+C")}));
    menu->close();
  }

  void copyPutsThePictureOnTheClipboard() {
    KnownChart k;
    QApplication::clipboard()->clear();
    copyPicture(&k.view);
    const QImage copied = QApplication::clipboard()->image();
    QCOMPARE(copied.size(), k.view.size() * k.view.devicePixelRatioF());
    QVERIFY(hasColor(copied, qRgb(0xFF, 0, 0)));
  }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
