// Compare mode in the chart panels: beside run A's series each panel draws run B's twin (object
// name + "B"), dashed in A's colour, holding exactly B's numbers; the legend says "(A)" and "(B)";
// the axes fit both runs; and when comparing ends the twins are hidden, empty, and A's names plain.
#include <cmath>
#include <complex>
#include <memory>
#include <vector>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSlider>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include "tests/ui/chart_test_support.h"
#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/jacobian_panel.h"
#include "ui/panels/loss_panel.h"
#include "ui/panels/weight_spectrum_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;
using namespace rnnscope::ui::test;

namespace {

std::vector<double> range(double first, std::size_t n) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = first + static_cast<double>(i);
  return v;
}

std::vector<double> reversed(const std::vector<double>& v) { return {v.rbegin(), v.rend()}; }

// True when every legend marker of the series is shown (once the legend is laid out: it hides the
// markers that do not fit, all of them in a chart never shown). A chart whose legend a wrapping
// legend replaced is checked through that label instead (wrappingLegendText).
bool inLegend(QXYSeries* series) {
  QCoreApplication::processEvents();
  if (!series->chart()->legend()->isVisible()) return true;
  const QList<QLegendMarker*> markers = series->chart()->legend()->markers(series);
  return !markers.isEmpty() && std::all_of(markers.begin(), markers.end(), [](QLegendMarker* m) { return m->isVisible(); });
}

// B's twin of A's series: B's points, A's colour and width, dashed; both named after their run.
QString checkTwin(QXYSeries* a, QXYSeries* b, const QString& name) {
  if (!a || !b) return QStringLiteral("series not found");
  if (b->objectName() != a->objectName() + QStringLiteral("B")) return QStringLiteral("twin named %1").arg(b->objectName());
  if (!b->isVisible()) return b->objectName() + QStringLiteral(" hidden");
  if (b->pen().color() != a->pen().color()) return b->objectName() + QStringLiteral(": another colour");
  if (b->pen().widthF() != a->pen().widthF()) return b->objectName() + QStringLiteral(": another width");
  const Qt::PenStyle want = a->pen().style() == Qt::SolidLine ? Qt::DashLine : Qt::DashDotDotLine;
  if (b->pen().style() != want) return b->objectName() + QStringLiteral(": pen style %1").arg(int(b->pen().style()));
  if (!name.isEmpty() && a->name() != name + QStringLiteral(" (A)")) return QStringLiteral("A is named %1").arg(a->name());
  if (!name.isEmpty() && b->name() != name + QStringLiteral(" (B)")) return QStringLiteral("B is named %1").arg(b->name());
  if (!inLegend(b)) return b->objectName() + QStringLiteral(" not in the legend");
  return {};
}

#define CHECK_TWIN(a, b, name)                                \
  do {                                                        \
    const QString problem = checkTwin((a), (b), (name));      \
    QVERIFY2(problem.isEmpty(), qPrintable(problem));         \
  } while (false)

// After comparing: B's twin empty and hidden (with its legend entry), A named plainly.
QString checkGone(QXYSeries* a, QXYSeries* b, const QString& name) {
  if (!a || !b) return QStringLiteral("series not found");
  if (b->isVisible() || b->count() != 0) return b->objectName() + QStringLiteral(" still drawn");
  for (QLegendMarker* m : b->chart()->legend()->markers(b))
    if (m->isVisible()) return b->objectName() + QStringLiteral(" still in the legend");
  if (!name.isEmpty() && a->name() != name) return QStringLiteral("A is named %1").arg(a->name());
  return {};
}

#define CHECK_GONE(a, b, name)                                \
  do {                                                        \
    const QString problem = checkGone((a), (b), (name));      \
    QVERIFY2(problem.isEmpty(), qPrintable(problem));         \
  } while (false)

// Run B's eigenvalue series, whatever blocks they are named after.
QList<QXYSeries*> twinDots(QWidget* panel) {
  QList<QXYSeries*> out;
  for (QAbstractSeries* s : panel->findChild<QChartView*>(QStringLiteral("eigenvalueChart"))->chart()->series())
    if (s->objectName().startsWith(QStringLiteral("eigenvalues_")) && s->objectName().endsWith(QLatin1Char('B')))
      out << qobject_cast<QXYSeries*>(s);
  return out;
}

// Shown and laid out, so that the legends place their markers.
bool showPanel(QWidget* panel) {
  panel->resize(1400, 1000);
  panel->show();
  return QTest::qWaitForWindowExposed(panel);
}

QString wrappingLegendText(QWidget* panel) {
  QCoreApplication::processEvents();
  // the one beside the distance chart (the horizon view has its own)
  auto* view = panel->findChild<QChartView*>(QStringLiteral("distanceChart"));
  auto* label = view ? view->parentWidget()->findChild<QLabel*>(QStringLiteral("wrappingLegend")) : nullptr;
  if (!label) return {};
  // its rich text keeps names on one line and lets them break after a slash
  return label->text().replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).remove(QStringLiteral("&#8288;"));
}

QString summaryOf(QWidget* panel) { return panel->findChild<QLabel*>(QStringLiteral("summary"))->text(); }

// A log of steps [first, first + n): loss, gradient norms, validation every fifth step.
struct Run {
  std::vector<double> steps, loss, before, after, validationSteps, validation;
  MetricsLog log;
  Run(int first, int n, double loss0, double lossStep, double grad0, double clip) {
    for (int s = first; s < first + n; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = loss0 - lossStep * (s - first);
      p.gradNormBefore = grad0 + 0.25 * (s - first);
      p.clipped = p.gradNormBefore > clip;
      p.gradNormAfter = std::min(p.gradNormBefore, clip);
      if (s % 5 == 0) p.validationLoss = p.loss + 0.2;
      log.append(p);
      steps.push_back(s);
      loss.push_back(p.loss);
      before.push_back(p.gradNormBefore);
      after.push_back(p.gradNormAfter);
      if (!std::isnan(p.validationLoss)) {
        validationSteps.push_back(s);
        validation.push_back(p.validationLoss);
      }
    }
  }
  Snapshot snapshot(ClipMode mode, double threshold) const {
    Snapshot snap;
    snap.step = static_cast<std::int64_t>(steps.back());
    snap.lastLoss = loss.back();
    snap.lastValidationLoss = validation.empty() ? NAN : validation.back();
    snap.metrics = log.view();
    snap.config.clip.mode = mode;
    snap.config.clip.threshold = threshold;
    snap.vocabulary = {U'a', U'b', U'c', U'd'};
    return snap;
  }
};


LayerSpectra spectraA() {
  LayerSpectra s;
  s.selectedStep = 2;
  s.singularValuesAtSelected = {2.0, 1.0, 0.5, 0.25};
  s.sigmaMaxOverTime = {1.5, 1.2, 2.0, 0.9, 0.8, 1.1};
  s.productSigmaMax = {1.5, 1.0, 0.6, 0.3, 0.1, 0.05};
  s.bound = {0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625};
  s.weights.gamma = 1;
  s.weights.sigmaMax = 0.5;
  s.weights.singularValues = {0.5, 0.3, 0.1, 0.05};
  return s;
}

LayerSpectra spectraB() {
  LayerSpectra s;
  s.selectedStep = 5;
  s.singularValuesAtSelected = {40.0, 3.0, 0.7};
  s.sigmaMaxOverTime = {3.0, 2.5, 2.2, 2.0, 1.9, 1.8, 1.7, 1.6};
  s.productSigmaMax = {3.0, 7.0, 15.0, 30.0, 70.0, 150.0, 300.0, 600.0};
  s.bound = {1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 17.0859375, 25.62890625};
  s.weights.gamma = 1;
  s.weights.sigmaMax = 1.5;
  s.weights.singularValues = {1.5, 1.25, 0.75};
  return s;
}

}  // namespace

class TestCompareCharts : public QObject {
  Q_OBJECT

private slots:
  void twinHelperCopiesPenAndAxes() {
    auto* chart = chart::makeChart();
    QChartView view(chart);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* x = new QValueAxis();
    auto* y = new QValueAxis();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QLineSeries* a = chart::makeLine(QStringLiteral("curve"), QStringLiteral("curve"), chart::palette::kBlue, 2.5);
    chart::addSeries(chart, a, x, y);
    QLineSeries* b = chart::addTwinLine(a);
    QCOMPARE(b->objectName(), QStringLiteral("curveB"));
    QCOMPARE(b->attachedAxes().size(), 2);
    QVERIFY(b->attachedAxes().contains(x) && b->attachedAxes().contains(y));
    QVERIFY(!b->isVisible());  // until drawn
    chart::nameTwins(a, b, QStringLiteral("curve"), true);
    chart::setTwinPoints(b, {QPointF(1, 2)});
    CHECK_TWIN(a, b, QStringLiteral("curve"));
    chart::nameTwins(a, b, QStringLiteral("curve"), false);
    chart::setTwinPoints(b, {});
    CHECK_GONE(a, b, QStringLiteral("curve"));
    // a line already broken (a bound) gets another break for B
    QLineSeries* bound = chart::makeLine(QStringLiteral("bound"), QStringLiteral("bound"), chart::palette::kGrey, 2, Qt::DashLine);
    chart::addSeries(chart, bound, x, y);
    QCOMPARE(chart::addTwinLine(bound)->pen().style(), Qt::DashDotDotLine);
  }

  void lossDrawsRunBBesideRunA() {
    const Run runA(1, 10, 4.0, 0.3, 0.5, 1e9);
    const Run runB(6, 12, 3.0, 0.1, 0.8, 1.0);  // branched at step 5, clipping by norm 1
    const Snapshot a = runA.snapshot(ClipMode::None, 0);
    auto b = std::make_shared<Snapshot>(runB.snapshot(ClipMode::Norm, 1.0));
    LossPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);  // smoothed = raw
    panel.renderCompared(a, b);

    auto* raw = findSeries(&panel, "lossChart", "trainingLoss");
    auto* rawB = findSeries(&panel, "lossChart", "trainingLossB");
    COMPARE_POINTS(raw, runA.steps, runA.loss);
    COMPARE_POINTS(rawB, runB.steps, runB.loss);
    CHECK_TWIN(raw, rawB, QStringLiteral("training"));
    auto* smoothed = findSeries(&panel, "lossChart", "trainingLossSmoothed");
    auto* smoothedB = findSeries(&panel, "lossChart", "trainingLossSmoothedB");
    COMPARE_POINTS(smoothedB, runB.steps, runB.loss);
    CHECK_TWIN(smoothed, smoothedB, QStringLiteral("smoothed"));
    auto* validation = findSeries(&panel, "lossChart", "validationLoss");
    auto* validationB = findSeries(&panel, "lossChart", "validationLossB");
    COMPARE_POINTS(validation, runA.validationSteps, runA.validation);
    COMPARE_POINTS(validationB, runB.validationSteps, runB.validation);
    CHECK_TWIN(validation, validationB, QStringLiteral("validation"));
    QVERIFY(!findSeries(&panel, "lossChart", "answerLossB")->isVisible());  // not a recall text

    auto* before = findSeries(&panel, "gradientNormChart", "gradNormBefore");
    auto* beforeB = findSeries(&panel, "gradientNormChart", "gradNormBeforeB");
    auto* after = findSeries(&panel, "gradientNormChart", "gradNormAfter");
    auto* afterB = findSeries(&panel, "gradientNormChart", "gradNormAfterB");
    COMPARE_POINTS(before, runA.steps, runA.before);
    COMPARE_POINTS(beforeB, runB.steps, runB.before);
    COMPARE_POINTS(afterB, runB.steps, runB.after);
    CHECK_TWIN(before, beforeB, QStringLiteral("‖g‖ before clipping"));
    CHECK_TWIN(after, afterB, QStringLiteral("after"));
    // B clips by norm 1, A does not clip: B's threshold alone
    auto* thresholdB = findSeries(&panel, "gradientNormChart", "clipThresholdB");
    QVERIFY(thresholdB->isVisible());
    QCOMPARE(thresholdB->count(), 2);
    QCOMPARE(thresholdB->at(0).y(), 1.0);
    QCOMPARE(thresholdB->name(), QStringLiteral("threshold c = 1 (B)"));
    QVERIFY(!findSeries(&panel, "gradientNormChart", "clipThreshold")->isVisible());

    // The pinned run is dotted, B dashed: the two never look alike.
    QCOMPARE(findSeries(&panel, "lossChart", "pinnedRunLoss")->pen().style(), Qt::DotLine);
    QCOMPARE(findSeries(&panel, "gradientNormChart", "pinnedRunGradNorm")->pen().style(), Qt::DotLine);

    // The axes fit both runs: B's last step 17, A's largest loss 4, B's smallest gradient 0.8.
    auto* x = qobject_cast<QValueAxis*>(rawB->attachedAxes().first());
    QVERIFY(x && x->max() >= 17 && x->min() <= 1);
    auto* gradX = qobject_cast<QValueAxis*>(beforeB->attachedAxes().first());
    QVERIFY(gradX && gradX->max() >= 17);

    const QString summary = summaryOf(&panel);
    QVERIFY2(summary.contains(QStringLiteral("<b>A</b>")) && summary.contains(QStringLiteral("<b>B</b>")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("step <b>17</b>, loss <b>1.900</b>")), qPrintable(summary));

    // Only B moved on: the twins follow although A's snapshot is the same.
    const Run runB2(6, 15, 3.0, 0.1, 0.8, 1.0);
    panel.renderCompared(a, std::make_shared<Snapshot>(runB2.snapshot(ClipMode::Norm, 1.0)));
    COMPARE_POINTS(rawB, runB2.steps, runB2.loss);
    COMPARE_POINTS(beforeB, runB2.steps, runB2.before);
    COMPARE_POINTS(raw, runA.steps, runA.loss);

    // Comparing ends: B's drawings go, A's names lose the suffix.
    panel.renderCompared(a, nullptr);
    CHECK_GONE(raw, rawB, QStringLiteral("training"));
    CHECK_GONE(smoothed, smoothedB, QStringLiteral("smoothed"));
    CHECK_GONE(validation, validationB, QStringLiteral("validation"));
    CHECK_GONE(before, beforeB, QStringLiteral("‖g‖ before clipping"));
    CHECK_GONE(after, afterB, QStringLiteral("after"));
    QVERIFY(!thresholdB->isVisible());
    COMPARE_POINTS(raw, runA.steps, runA.loss);
    QVERIFY(!summaryOf(&panel).contains(QStringLiteral("<b>B</b>")));
  }

  void lossWithRunBNotStartedYet() {
    const Run runA(1, 10, 4.0, 0.3, 0.5, 1e9);
    auto b = std::make_shared<Snapshot>();  // B's engine has published nothing trained yet
    LossPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(runA.snapshot(ClipMode::None, 0), b);
    for (const char* name : {"trainingLossB", "trainingLossSmoothedB", "validationLossB", "answerLossB"}) {
      auto* s = findSeries(&panel, "lossChart", QString::fromLatin1(name));
      QVERIFY2(s && s->count() == 0 && !s->isVisible(), name);
    }
    for (const char* name : {"gradNormBeforeB", "gradNormAfterB", "clipThresholdB"}) {
      auto* s = findSeries(&panel, "gradientNormChart", QString::fromLatin1(name));
      QVERIFY2(s && s->count() == 0 && !s->isVisible(), name);
    }
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), runA.steps, runA.loss);
    QCOMPARE(findSeries(&panel, "lossChart", "trainingLoss")->name(), QStringLiteral("training (A)"));
    QVERIFY2(summaryOf(&panel).contains(QStringLiteral("no steps yet")), qPrintable(summaryOf(&panel)));
  }

  void flowDrawsRunBBesideRunA() {
    Snapshot a;
    a.step = 42;
    a.config.model.cell = CellKind::Rnn;
    a.flow = std::make_shared<GradientFlowRecord>(flowRecord(42, {1e-3, 1e-2, 1e-1, 1}, {0.0, 1e-3, 1e-2, 0.5}));
    LayerSpectra sa = spectraA();
    sa.bound = {0.5, 0.25, 0.125, 0.0625};
    a.spectra = {sa};
    // B: a longer window of a vanilla RNN whose gamma lambda is 1.5
    auto b = std::make_shared<Snapshot>();
    b->step = 17;
    b->config.model.cell = CellKind::Rnn;
    const std::vector<double> dhB = {0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
    const std::vector<double> lastB = {0.01, 0.02, 0.05, 0.1, 0.2, 0.4};
    b->flow = std::make_shared<GradientFlowRecord>(flowRecord(17, dhB, lastB));
    LayerSpectra sb = spectraB();
    sb.bound = {1.5, 2.25, 3.375, 5.0625, 7.59375};
    b->spectra = {sb};

    GradientFlowPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, b);
    auto* dh = findSeries(&panel, "timestepChart", "dhNorm");
    auto* dhBSeries = findSeries(&panel, "timestepChart", "dhNormB");
    COMPARE_POINTS(dh, range(0, 4), (std::vector<double>{1e-3, 1e-2, 1e-1, 1}));
    COMPARE_POINTS(dhBSeries, range(0, 6), dhB);
    CHECK_TWIN(dh, dhBSeries, QStringLiteral("‖∂L/∂h_k‖"));
    QVERIFY(!findSeries(&panel, "timestepChart", "dcNormB")->isVisible());  // B is no LSTM
    auto* last = findSeries(&panel, "distanceChart", "lastLossDhNorm");
    auto* lastBSeries = findSeries(&panel, "distanceChart", "lastLossDhNormB");
    COMPARE_POINTS(lastBSeries, range(0, 6), reversed(lastB));
    CHECK_TWIN(last, lastBSeries, QStringLiteral("‖∂L_T/∂h_k‖"));
    // B's bound from B's own spectra, scaled to B's value at d = 0 (0.4)
    auto* bound = findSeries(&panel, "distanceChart", "bound");
    auto* boundB = findSeries(&panel, "distanceChart", "boundB");
    COMPARE_POINTS(bound, range(0, 4), (std::vector<double>{0.5, 0.25, 0.125, 0.0625}));
    COMPARE_POINTS(boundB, range(0, 6), (std::vector<double>{0.4, 0.6, 0.9, 1.35, 2.025, 3.0375}));
    CHECK_TWIN(bound, boundB, QStringLiteral("(γλ)^d bound (vanilla RNN)"));
    const QString legend = wrappingLegendText(&panel);  // the distance chart's, under it
    for (const char* name : {"‖∂L_T/∂h_k‖ (A)", "‖∂L_T/∂h_k‖ (B)", "(γλ)^d bound (vanilla RNN) (B)"})
      QVERIFY2(legend.contains(QString::fromUtf8(name)), qPrintable(legend));
    // the axes reach B's longer window
    QVERIFY(qobject_cast<QValueAxis*>(dhBSeries->attachedAxes().first())->max() >= 5);
    QVERIFY(qobject_cast<QValueAxis*>(lastBSeries->attachedAxes().first())->max() >= 5);
    // the heat map stays A's and says so
    auto* caption = panel.findChild<QLabel*>(QStringLiteral("heatMapCaption"));
    QVERIFY2(caption->text().contains(QStringLiteral("run A")), qPrintable(caption->text()));
    QVERIFY(panel.findChild<chart::HeatMapWidget*>(QStringLiteral("flowHeatMap"))->title().contains(QStringLiteral("run A")));
    const QString summary = summaryOf(&panel);
    QVERIFY2(summary.contains(QStringLiteral("<b>B</b>: last loss's gradient ×<b>0.025</b> after 5 steps back, γλ = <b>1.5</b>")),
             qPrintable(summary));

    // Only B changed: B's curves follow.
    auto b2 = std::make_shared<Snapshot>(*b);
    b2->flow = std::make_shared<GradientFlowRecord>(flowRecord(18, {0.3, 0.3, 0.3}, {0.1, 0.2, 0.3}));
    b2->spectra[0].bound = {1.5, 2.25};
    panel.renderCompared(a, b2);
    COMPARE_POINTS(dhBSeries, range(0, 3), (std::vector<double>{0.3, 0.3, 0.3}));
    COMPARE_POINTS(lastBSeries, range(0, 3), (std::vector<double>{0.3, 0.2, 0.1}));

    panel.renderCompared(a, nullptr);
    CHECK_GONE(dh, dhBSeries, QStringLiteral("‖∂L/∂h_k‖"));
    CHECK_GONE(last, lastBSeries, QStringLiteral("‖∂L_T/∂h_k‖"));
    CHECK_GONE(bound, boundB, QStringLiteral("(γλ)^d bound (vanilla RNN)"));
    QVERIFY(!caption->text().contains(QStringLiteral("run A")));
    QVERIFY2(!wrappingLegendText(&panel).contains(QStringLiteral("(B)")), qPrintable(wrappingLegendText(&panel)));
    COMPARE_POINTS(dh, range(0, 4), (std::vector<double>{1e-3, 1e-2, 1e-1, 1}));
    QVERIFY(!summaryOf(&panel).contains(QStringLiteral("<b>B</b>")));
  }

  void flowRunBWithAnotherCell() {
    // A a vanilla RNN, B an LSTM: B's twins carry B's cell state and gated path, not a bound.
    Snapshot a;
    a.config.model.cell = CellKind::Rnn;
    a.flow = std::make_shared<GradientFlowRecord>(flowRecord(3, {0.1, 0.2, 0.4}, {0.01, 0.1, 0.5}));
    a.spectra = {spectraA()};
    auto b = std::make_shared<Snapshot>();
    b->config.model.cell = CellKind::Lstm;
    auto flow = std::make_shared<GradientFlowRecord>(flowRecord(3, {0.2, 0.2, 0.2}, {0.1, 0.2, 0.4}));
    flow->dcNorm = {{0.3, 0.3, 0.3}};
    flow->lastLossDcNorm = {{0.5, 0.6, 0.8}};
    flow->gatedPathMax = {{0.9, 0.8}};
    flow->gatedPathMedian = {{0.5, 0.25}};
    b->flow = flow;
    b->spectra = {spectraB()};
    GradientFlowPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, b);
    COMPARE_POINTS(findSeries(&panel, "timestepChart", "dcNormB"), range(0, 3), (std::vector<double>{0.3, 0.3, 0.3}));
    CHECK_TWIN(findSeries(&panel, "timestepChart", "dcNorm"), findSeries(&panel, "timestepChart", "dcNormB"),
               QStringLiteral("‖∂L/∂c_k‖"));
    COMPARE_POINTS(findSeries(&panel, "distanceChart", "lastLossDcNormB"), range(0, 3), (std::vector<double>{0.8, 0.6, 0.5}));
    auto* pathB = findSeries(&panel, "distanceChart", "gatedPathMaxB");
    COMPARE_POINTS(pathB, range(0, 3), (std::vector<double>{0.8, 0.72, 0.64}));  // from B's c at d = 0
    QVERIFY2(pathB->name().endsWith(QStringLiteral(" (B)")) && pathB->name().contains(QStringLiteral("f")),
             qPrintable(pathB->name()));
    QVERIFY(!findSeries(&panel, "distanceChart", "boundB")->isVisible());       // no bound for B's LSTM
    QVERIFY(findSeries(&panel, "distanceChart", "bound")->isVisible());         // A's RNN keeps its own
    QVERIFY(!findSeries(&panel, "distanceChart", "gatedPathMax")->isVisible());  // A has no gated path
  }

  void flowWithRunBNotStartedYet() {
    Snapshot a;
    a.config.model.cell = CellKind::Rnn;
    a.flow = std::make_shared<GradientFlowRecord>(flowRecord(3, {0.1, 0.2, 0.4}, {0.01, 0.1, 0.5}));
    auto b = std::make_shared<Snapshot>();  // null flow
    GradientFlowPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, b);
    for (const char* name : {"dhNormB", "dcNormB"}) {
      auto* s = findSeries(&panel, "timestepChart", QString::fromLatin1(name));
      QVERIFY2(s && s->count() == 0 && !s->isVisible(), name);
    }
    for (const char* name : {"lastLossDhNormB", "lastLossDcNormB", "gatedPathMaxB", "gatedPathMedianB", "boundB"}) {
      auto* s = findSeries(&panel, "distanceChart", QString::fromLatin1(name));
      QVERIFY2(s && s->count() == 0 && !s->isVisible(), name);
    }
    COMPARE_POINTS(findSeries(&panel, "timestepChart", "dhNorm"), range(0, 3), (std::vector<double>{0.1, 0.2, 0.4}));
    QVERIFY2(summaryOf(&panel).contains(QStringLiteral("no window yet")), qPrintable(summaryOf(&panel)));
  }

  void jacobianDrawsRunBBesideRunA() {
    Snapshot a;
    a.config.seqLen = 6;
    a.config.model.cell = CellKind::Rnn;
    a.spectra = {spectraA()};
    auto b = std::make_shared<Snapshot>();
    b->config.seqLen = 8;
    b->config.model.cell = CellKind::Rnn;
    b->spectra = {spectraB()};
    JacobianPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, b);
    const LayerSpectra sa = spectraA(), sb = spectraB();
    auto* sv = findSeries(&panel, "spectrumChart", "singularValues");
    auto* svB = findSeries(&panel, "spectrumChart", "singularValuesB");
    COMPARE_POINTS(sv, range(1, 4), sa.singularValuesAtSelected);
    COMPARE_POINTS(svB, range(1, 3), sb.singularValuesAtSelected);
    CHECK_TWIN(sv, svB, QStringLiteral("σ_i(J_t)"));
    auto* overTime = findSeries(&panel, "sigmaMaxChart", "sigmaMaxOverTime");
    auto* overTimeB = findSeries(&panel, "sigmaMaxChart", "sigmaMaxOverTimeB");
    COMPARE_POINTS(overTimeB, range(0, 8), sb.sigmaMaxOverTime);
    CHECK_TWIN(overTime, overTimeB, QStringLiteral("σ_max(J_t)"));
    auto* product = findSeries(&panel, "productChart", "productSigmaMax");
    auto* productB = findSeries(&panel, "productChart", "productSigmaMaxB");
    COMPARE_POINTS(product, range(1, 6), sa.productSigmaMax);
    COMPARE_POINTS(productB, range(1, 8), sb.productSigmaMax);
    CHECK_TWIN(product, productB, QStringLiteral("σ_max of the product"));
    auto* bound = findSeries(&panel, "productChart", "bound");
    auto* boundB = findSeries(&panel, "productChart", "boundB");
    COMPARE_POINTS(boundB, range(1, 8), sb.bound);
    CHECK_TWIN(bound, boundB, QString());
    QVERIFY(boundB->name().contains(QStringLiteral("γλ = 1.5")) && boundB->name().endsWith(QStringLiteral(" (B)")));
    QVERIFY(bound->name().contains(QStringLiteral("γλ = 0.5")) && bound->name().endsWith(QStringLiteral(" (A)")));
    // the axes fit both: B's sigma 40 and its product 600, its window of 8
    for (QXYSeries* s : {svB, productB}) {
      double top = 0;
      for (const QPointF& p : s->points()) top = std::max(top, p.y());
      QAbstractAxis* y = nullptr;
      for (QAbstractAxis* axis : s->attachedAxes())
        if (axis->orientation() == Qt::Vertical) y = axis;
      QVERIFY(y);
      QVERIFY2(y->property("max").toDouble() >= top, qPrintable(s->objectName()));
    }
    QVERIFY(qobject_cast<QValueAxis*>(overTimeB->attachedAxes().first())->max() >= 7);
    const QString summary = summaryOf(&panel);
    QVERIFY2(summary.contains(QStringLiteral("<b>B</b>: at t = 5 σ_max = <b>40</b>")), qPrintable(summary));

    panel.renderCompared(a, nullptr);
    CHECK_GONE(sv, svB, QStringLiteral("σ_i(J_t)"));
    CHECK_GONE(overTime, overTimeB, QStringLiteral("σ_max(J_t)"));
    CHECK_GONE(product, productB, QStringLiteral("σ_max of the product"));
    CHECK_GONE(bound, boundB, QString());
    QVERIFY(!bound->name().endsWith(QStringLiteral(" (A)")));
    COMPARE_POINTS(sv, range(1, 4), sa.singularValuesAtSelected);
  }

  void jacobianWithRunBNotAnalysedYet() {
    Snapshot a;
    a.config.seqLen = 6;
    a.config.model.cell = CellKind::Rnn;
    a.spectra = {spectraA()};
    JacobianPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, std::make_shared<Snapshot>());  // no spectra
    for (const auto& [view, name] : {std::pair{"spectrumChart", "singularValuesB"}, std::pair{"sigmaMaxChart", "sigmaMaxOverTimeB"},
                                     std::pair{"productChart", "productSigmaMaxB"}, std::pair{"productChart", "boundB"},
                                     std::pair{"productChart", "gatedPathMaxB"}}) {
      auto* s = findSeries(&panel, view, QString::fromLatin1(name));
      QVERIFY2(s && s->count() == 0 && !s->isVisible(), name);
    }
    QCOMPARE(findSeries(&panel, "spectrumChart", "singularValues")->name(), QStringLiteral("σ_i(J_t) (A)"));
    QVERIFY2(summaryOf(&panel).contains(QStringLiteral("no analysis yet")), qPrintable(summaryOf(&panel)));
    // comparing ends with B never analysed: the names lose their suffix all the same
    panel.renderCompared(a, nullptr);
    QCOMPARE(findSeries(&panel, "spectrumChart", "singularValues")->name(), QStringLiteral("σ_i(J_t)"));
  }

  void weightsDrawRunBBesideRunA() {
    Snapshot a;
    a.config.model.cell = CellKind::Lstm;
    LayerSpectra sa = spectraA();
    sa.weights.gateEigenvalues = {{{0.5, 0.0}}, {{1.2, 0.3}, {1.2, -0.3}}, {{-0.4, 0.0}}, {{0.05, 0.0}}};
    sa.weights.singularValues = {2.5, 1.0, 0.25};
    sa.weights.sigmaMax = 2.5;
    a.spectra = {sa};
    // B a vanilla RNN: one block, W_hh itself, reaching farther than A
    auto b = std::make_shared<Snapshot>();
    b->config.model.cell = CellKind::Rnn;
    LayerSpectra sb = spectraB();
    sb.weights.gateEigenvalues = {{{2.0, 0.0}, {0.0, 0.5}, {-0.3, 0.1}}};
    sb.weights.singularValues = {3.5, 0.5, 0.2, 0.1};
    sb.weights.sigmaMax = 3.5;
    b->spectra = {sb};
    WeightSpectrumPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, b);

    auto* hB = qobject_cast<QScatterSeries*>(findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_hB")));
    QVERIFY(hB && hB->isVisible());
    COMPARE_POINTS(hB, (std::vector<double>{2.0, 0.0, -0.3}), (std::vector<double>{0.0, 0.5, 0.1}));
    QVERIFY2(hB->name().endsWith(QStringLiteral(" (B)")), qPrintable(hB->name()));
    QCOMPARE(hB->color().alpha(), 0);  // rings: hollow
    QCOMPARE(hB->borderColor().alpha(), 255);
    for (QXYSeries* s : twinDots(&panel))  // B's RNN has one block, W_hh: no gate blocks
      QVERIFY2(s == hB || !s->isVisible(), qPrintable(s->objectName()));
    auto* f = qobject_cast<QScatterSeries*>(findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_f")));
    COMPARE_POINTS(f, (std::vector<double>{1.2, 1.2}), (std::vector<double>{0.3, -0.3}));
    QVERIFY2(f->name().endsWith(QStringLiteral(" (A)")), qPrintable(f->name()));
    QVERIFY(f->color().alpha() > 0);
    auto* re = qobject_cast<QValueAxis*>(hB->attachedAxes().first());
    QVERIFY(re && re->max() >= 2.0);  // B's farthest eigenvalue fits

    auto* sv = findSeries(&panel, "whhSingularValueChart", "whhSingularValues");
    auto* svB = findSeries(&panel, "whhSingularValueChart", "whhSingularValuesB");
    COMPARE_POINTS(sv, range(1, 3), sa.weights.singularValues);
    COMPARE_POINTS(svB, range(1, 4), sb.weights.singularValues);
    CHECK_TWIN(sv, svB, QStringLiteral("σ_i"));
    QAbstractAxis* svY = nullptr;
    for (QAbstractAxis* axis : svB->attachedAxes())
      if (axis->orientation() == Qt::Vertical) svY = axis;
    QVERIFY(qobject_cast<QValueAxis*>(svY)->max() >= 3.5);
    QVERIFY(qobject_cast<QValueAxis*>(sv->attachedAxes().first())->max() >= 4);
    const QString summary = summaryOf(&panel);
    QVERIFY2(summary.contains(QStringLiteral("<b>B</b>: λ = <b>3.5</b>")) &&
                 summary.contains(QStringLiteral("<b>1</b> of 3 eigenvalues outside")),
             qPrintable(summary));

    panel.renderCompared(a, nullptr);
    QVERIFY(!hB->isVisible());
    QCOMPARE(hB->count(), 0);
    CHECK_GONE(sv, svB, QStringLiteral("σ_i"));
    QVERIFY2(!f->name().endsWith(QStringLiteral(" (A)")), qPrintable(f->name()));
    COMPARE_POINTS(f, (std::vector<double>{1.2, 1.2}), (std::vector<double>{0.3, -0.3}));
  }

  void weightsWithRunBNotAnalysedYet() {
    Snapshot a;
    a.config.model.cell = CellKind::Rnn;
    LayerSpectra sa = spectraA();
    sa.weights.gateEigenvalues = {{{0.5, 0.0}}};
    a.spectra = {sa};
    WeightSpectrumPanel panel(nullptr);
    QVERIFY(showPanel(&panel));
    panel.renderCompared(a, std::make_shared<Snapshot>());
    auto* svB = findSeries(&panel, "whhSingularValueChart", "whhSingularValuesB");
    QVERIFY(svB && svB->count() == 0 && !svB->isVisible());
    QCOMPARE(twinDots(&panel).size(), qsizetype{WeightSpectrumPanel::kMaxGates});
    for (QXYSeries* s : twinDots(&panel)) QVERIFY2(s->count() == 0 && !s->isVisible(), qPrintable(s->objectName()));
    COMPARE_POINTS(findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_h")), (std::vector<double>{0.5}),
                   (std::vector<double>{0.0}));
    QVERIFY2(summaryOf(&panel).contains(QStringLiteral("no spectrum yet")), qPrintable(summaryOf(&panel)));
  }
};

QTEST_MAIN(TestCompareCharts)
#include "test_compare_charts.moc"
