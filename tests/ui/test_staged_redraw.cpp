// StagedRedraw, the one-chart-per-frame bookkeeping the chart panels share: while training runs
// a frame draws the first out-of-date chart only, and the rest follow on later frames; paused,
// one render brings every chart up to date.
#include <memory>
#include <vector>

#include <QChartView>
#include <QTest>
#include <QXYSeries>

#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/jacobian_panel.h"
#include "ui/panels/staged_redraw.h"
#include "ui/panels/weight_spectrum_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

int pointsOf(QWidget* root, const char* viewName, const char* seriesName) {
  auto* view = root->findChild<QChartView*>(QString::fromLatin1(viewName));
  if (!view) return -1;
  for (QAbstractSeries* s : view->chart()->series())
    if (s->objectName() == QLatin1String(seriesName)) return static_cast<int>(qobject_cast<QXYSeries*>(s)->count());
  return -1;
}

Snapshot analysed(bool running) {
  Snapshot snap;
  snap.running = running;
  snap.config.model.cell = CellKind::Rnn;
  snap.analysisStep = 7;
  snap.analysisWeightsStep = 6;
  LayerSpectra s;
  s.selectedStep = 1;
  s.singularValuesAtSelected = {2.0, 1.0, 0.5};
  s.sigmaMaxOverTime = {1.5, 1.2, 2.0, 0.9};
  s.productSigmaMax = {1.5, 1.0, 0.6, 0.3};
  s.bound = {0.5, 0.25, 0.125, 0.0625};
  s.weights.gamma = 1;
  s.weights.sigmaMax = 0.5;
  s.weights.singularValues = {0.5, 0.3, 0.1};
  s.weights.gateEigenvalues = {{{0.5, 0.0}, {0.1, 0.2}, {-0.3, 0.0}}};
  snap.spectra = {s};
  return snap;
}

}  // namespace

class TestStagedRedraw : public QObject {
  Q_OBJECT

private slots:
  void onePartPerFrameLowestFirst() {
    StagedRedraw staged;
    QVERIFY(!staged.pending());
    QCOMPARE(staged.take(true), 0);
    staged.invalidate(4 | 1);
    QVERIFY(staged.pending());
    QCOMPARE(staged.take(true), 1);
    QCOMPARE(staged.pendingParts(), 4);
    staged.invalidate(2);  // news between two frames joins what is still to draw
    QCOMPARE(staged.take(true), 2);
    QCOMPARE(staged.take(true), 4);
    QVERIFY(!staged.pending());
    QCOMPARE(staged.take(true), 0);
  }

  void everythingAtOnceWhenNotLive() {
    StagedRedraw staged;
    staged.invalidate(1 | 2 | 8);
    QCOMPARE(staged.take(true), 1);
    QCOMPARE(staged.take(false), 2 | 8);
    QVERIFY(!staged.pending());
    staged.invalidate(1);
    staged.invalidate(1);  // a part out of date twice is drawn once
    QCOMPARE(staged.take(false), 1);
    QCOMPARE(staged.take(false), 0);
  }

  void clearDropsPendingParts() {
    StagedRedraw staged;
    staged.invalidate(3);
    staged.clear();
    QVERIFY(!staged.pending());
    QCOMPARE(staged.take(false), 0);
  }

  // The Jacobian panel's three charts arrive over three frames while training runs.
  void jacobianDrawsOneChartPerFrameWhileLive() {
    JacobianPanel panel(nullptr);
    const Snapshot snap = analysed(true);
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "spectrumChart", "singularValues"), 3);
    QCOMPARE(pointsOf(&panel, "sigmaMaxChart", "sigmaMaxOverTime"), 0);
    QCOMPARE(pointsOf(&panel, "productChart", "productSigmaMax"), 0);
    QVERIFY(panel.hasPendingWork());
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "sigmaMaxChart", "sigmaMaxOverTime"), 4);
    QCOMPARE(pointsOf(&panel, "productChart", "productSigmaMax"), 0);
    QVERIFY(panel.hasPendingWork());
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "productChart", "productSigmaMax"), 4);
    QVERIFY(!panel.hasPendingWork());
  }

  void panelsDrawEverythingAtOnceWhenPaused() {
    const Snapshot snap = analysed(false);
    JacobianPanel jacobian(nullptr);
    jacobian.render(snap);
    QVERIFY(!jacobian.hasPendingWork());
    QCOMPARE(pointsOf(&jacobian, "productChart", "productSigmaMax"), 4);
    WeightSpectrumPanel weights(nullptr);
    weights.render(snap);
    QVERIFY(!weights.hasPendingWork());
    QCOMPARE(pointsOf(&weights, "whhSingularValueChart", "whhSingularValues"), 3);
  }

  void weightSpectrumPlaneFirstThenSingularValues() {
    WeightSpectrumPanel panel(nullptr);
    const Snapshot snap = analysed(true);
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "eigenvalueChart", "eigenvalues_h"), 3);
    QCOMPARE(pointsOf(&panel, "whhSingularValueChart", "whhSingularValues"), 0);
    QVERIFY(panel.hasPendingWork());
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "whhSingularValueChart", "whhSingularValues"), 3);
    QVERIFY(!panel.hasPendingWork());
  }

  void gradientFlowCatchesUpOnPause() {
    Snapshot snap;
    snap.running = true;
    auto flow = std::make_shared<GradientFlowRecord>();
    flow->step = 3;
    flow->weightsStep = 2;
    flow->dhNorm = {{1e-3, 1e-2, 1e-1, 1}};
    flow->lastLossDhNorm = {{1e-3, 1e-2, 1e-1, 1}};
    snap.flow = flow;
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "timestepChart", "dhNorm"), 4);
    QCOMPARE(pointsOf(&panel, "distanceChart", "lastLossDhNorm"), 0);
    QVERIFY(panel.hasPendingWork());
    snap.running = false;
    panel.render(snap);
    QCOMPARE(pointsOf(&panel, "distanceChart", "lastLossDhNorm"), 4);
    QVERIFY(!panel.hasPendingWork());
  }
};

QTEST_MAIN(TestStagedRedraw)
#include "test_staged_redraw.moc"
