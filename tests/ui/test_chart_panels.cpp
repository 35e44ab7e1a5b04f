// The chart panels show exactly what the snapshot holds: series points equal the snapshot's
// vectors (after unit conversion and log clamping), the heat map has one pixel per (step, k),
// clipping markers sit on the clipped steps, and the Jacobian slider posts the chosen step.
#include <cmath>
#include <complex>
#include <memory>
#include <numbers>
#include <variant>
#include <vector>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSlider>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include "tests/ui/chart_test_support.h"
#include "ui/panels/chart_colormap.h"
#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/gradient_horizon_view.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/jacobian_panel.h"
#include "ui/panels/loss_panel.h"
#include "ui/panels/weight_spectrum_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;
using namespace rnnscope::ui::test;

namespace {

constexpr double kLn2 = 0.69314718055994530942;

bool emptyStateShown(QWidget* panel) {
  auto* label = panel->findChild<QLabel*>(QStringLiteral("emptyState"));
  return label && label->isVisibleTo(panel) && label->text().contains(QStringLiteral("Press Play"));
}

// The one vertical axis on show (the loss chart keeps a hidden one for the other scale).
QAbstractAxis* shownVerticalAxis(QChart* chart) {
  QAbstractAxis* shown = nullptr;
  for (QAbstractAxis* a : chart->axes(Qt::Vertical)) {
    if (!a->isVisible()) continue;
    if (shown) return nullptr;  // two on show: a bug
    shown = a;
  }
  return shown;
}

struct Recorder {
  std::vector<Command> commands;
  PostCommand post() {
    return [this](Command c) {
      commands.push_back(std::move(c));
      return CommandId(commands.size());
    };
  }
};

// Ten steps: loss falls from 4 to 1.3, clipping fires at steps 3 and 7, validation at 5 and 10,
// the gradient norm after clipping is exactly 0 at step 9 (to exercise the log floor).
struct MetricsFixture {
  std::vector<double> steps, loss, before, after, validationSteps, validation;
  std::vector<double> clippedSteps;
  MetricsLog log;
  MetricsFixture() {
    for (int s = 1; s <= 10; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = 4.0 - 0.3 * (s - 1);
      p.gradNormBefore = (s == 3 || s == 7) ? 9.0 + s : 2.0 / s;
      p.clipped = (s == 3 || s == 7);
      p.gradNormAfter = s == 9 ? 0.0 : std::min(p.gradNormBefore, 5.0);
      if (s == 5 || s == 10) p.validationLoss = p.loss + 0.1;
      log.append(p);
      steps.push_back(s);
      loss.push_back(p.loss);
      before.push_back(p.gradNormBefore);
      after.push_back(p.gradNormAfter);
      if (p.clipped) clippedSteps.push_back(s);
      if (!std::isnan(p.validationLoss)) {
        validationSteps.push_back(s);
        validation.push_back(p.validationLoss);
      }
    }
  }
  Snapshot snapshot() const {
    Snapshot snap;
    snap.step = 10;
    snap.lastLoss = loss.back();
    snap.lastValidationLoss = validation.back();
    snap.metrics = log.view();
    snap.config.clip.mode = ClipMode::Norm;
    snap.config.clip.threshold = 5;
    snap.vocabulary = {U'a', U'b', U'c', U'd'};
    return snap;
  }
};

std::vector<double> scaled(const std::vector<double>& v, double f) {
  std::vector<double> out;
  for (double x : v) out.push_back(x * f);
  return out;
}


LayerSpectra layerSpectra() {
  LayerSpectra s;
  s.selectedStep = 2;
  s.singularValuesAtSelected = {2.0, 1.0, 0.5, 0.0};
  s.sigmaMaxOverTime = {1.5, 1.2, 2.0, 0.9, 0.8, 1.1};
  s.productSigmaMax = {1.5, 1.0, 0.6, 0.3, 0.1, 0.05};
  s.bound = {0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625};
  s.weights.gamma = 1;
  s.weights.sigmaMax = 0.5;
  s.weights.singularValues = {0.5, 0.3, 0.1, 0.05};
  return s;
}

}  // namespace

class TestChartPanels : public QObject {
  Q_OBJECT

private slots:
  // ---- helpers ----
  void logClampAndDecimation() {
    QCOMPARE(chart::clampForLog(0.0), chart::kLogFloor);
    QCOMPARE(chart::clampForLog(-3.0), chart::kLogFloor);
    QCOMPARE(chart::clampForLog(0.25), 0.25);
    QList<QPointF> many;
    for (int i = 0; i < 10000; ++i) many.append(QPointF(i, i == 6543 ? 100.0 : (i == 1234 ? -7.0 : std::sin(i * 0.01))));
    const QList<QPointF> few = chart::decimateMinMax(many);
    QVERIFY(few.size() <= 2000);
    QVERIFY(few.size() > 1000);
    double lo = 1e9, hi = -1e9, lastX = -1;
    for (const QPointF& p : few) {
      lo = std::min(lo, p.y());
      hi = std::max(hi, p.y());
      QVERIFY(p.x() > lastX);  // still sorted by x
      lastX = p.x();
    }
    QCOMPARE(hi, 100.0);
    QCOMPARE(lo, -7.0);
    QCOMPARE(chart::decimateMinMax(many.mid(0, 100)).size(), 100);
    // The one-pass version used for training curves equals scaling + finitePoints + decimateMinMax.
    for (std::size_t n : {std::size_t{50}, std::size_t{9000}}) {
      std::vector<double> xs, ys, scaledYs;
      for (std::size_t i = 0; i < n; ++i) {
        xs.push_back(static_cast<double>(i));
        ys.push_back(i % 97 == 0 ? NAN : (i % 89 == 0 ? 0.0 : std::cos(i * 0.37) + 1.5));
        scaledYs.push_back(ys.back() * 2.5);
      }
      for (bool logY : {false, true}) {
        const QList<QPointF> expected = chart::decimateMinMax(chart::finitePoints(xs, scaledYs, logY));
        QCOMPARE(chart::curvePoints(xs, ys, 2.5, logY), expected);
      }
    }
    QCOMPARE(chart::powerOfTen(-3), QStringLiteral("10⁻³"));
    QCOMPARE(chart::powerOfTen(12), QStringLiteral("10¹²"));
  }

  // ---- LossPanel ----
  void lossEmptyState() {
    LossPanel panel(nullptr);
    panel.render(Snapshot{});
    QVERIFY(emptyStateShown(&panel));
    MetricsFixture f;
    panel.render(f.snapshot());
    QVERIFY(!emptyStateShown(&panel));
  }

  void lossSeriesShowTheLog() {
    MetricsFixture f;
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    panel.render(f.snapshot());
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), f.steps, f.loss);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLossSmoothed"), f.steps, f.loss);  // w = 0: unchanged
    COMPARE_POINTS(findSeries(&panel, "lossChart", "validationLoss"), f.validationSteps, f.validation);
    // Clipping markers: exactly the clipped steps, on the loss curve.
    auto* clips = findSeries(&panel, "lossChart", "clippedSteps");
    QVERIFY(qobject_cast<QScatterSeries*>(clips));
    COMPARE_POINTS(clips, f.clippedSteps, (std::vector<double>{f.loss[2], f.loss[6]}));
    const double lnV = std::log(4.0);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "uniformGuess"), (std::vector<double>{1, 10}),
                   (std::vector<double>{lnV, lnV}));
    // Gradient norms on a log axis: the exact zero sits on the floor.
    COMPARE_POINTS(findSeries(&panel, "gradientNormChart", "gradNormBefore"), f.steps, f.before);
    std::vector<double> afterClamped = f.after;
    afterClamped[8] = chart::kLogFloor;
    COMPARE_POINTS(findSeries(&panel, "gradientNormChart", "gradNormAfter"), f.steps, afterClamped);
    COMPARE_POINTS(findSeries(&panel, "gradientNormChart", "clipThreshold"), (std::vector<double>{1, 10}),
                   (std::vector<double>{5, 5}));
    // The summary names the step and the last validation loss.
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("10")), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(f.validation.back(), 'f', 3)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("clipped 2 of the last 10")), qPrintable(summary));
  }

  void lossDrawsAPinnedRunBesideTheLiveOne() {
    MetricsFixture f;
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    Snapshot snap = f.snapshot();
    auto pinned = std::make_shared<Snapshot::PinnedRun>();
    pinned->name = "clipped";
    for (int step = 1; step <= 30; ++step)
      pinned->metrics.push_back(MetricsPoint{.step = step, .loss = 4.0 / step, .gradNormAfter = 0.5 + step});
    snap.pinned = pinned;
    panel.render(snap);
    std::vector<double> steps, loss;
    for (const MetricsPoint& p : pinned->metrics) {
      steps.push_back(static_cast<double>(p.step));
      loss.push_back(p.loss);
    }
    auto* line = findSeries(&panel, "lossChart", "pinnedRunLoss");
    COMPARE_POINTS(line, steps, loss);  // w = 0: the run's own losses
    QVERIFY(line->name().contains(QStringLiteral("clipped")));
    std::vector<double> after;
    for (const MetricsPoint& p : pinned->metrics) after.push_back(p.gradNormAfter);
    COMPARE_POINTS(findSeries(&panel, "gradientNormChart", "pinnedRunGradNorm"), steps, after);
    auto* x = qobject_cast<QValueAxis*>(line->attachedAxes().first());
    QVERIFY(x && x->max() >= 30);  // the axis reaches the pinned run's last step, past the live run's 10
    // smoothed as the live curve is
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(50);
    COMPARE_POINTS(line, steps, LossPanel::smooth(loss, 0.5));
    snap.pinned.reset();
    panel.render(snap);
    QCOMPARE(line->count(), 0);
  }

  void lossBitsAndLogScale() {
    MetricsFixture f;
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    panel.render(f.snapshot());
    panel.findChild<QComboBox*>(QStringLiteral("unitsCombo"))->setCurrentIndex(1);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), f.steps, scaled(f.loss, 1 / kLn2));
    COMPARE_POINTS(findSeries(&panel, "lossChart", "validationLoss"), f.validationSteps, scaled(f.validation, 1 / kLn2));
    auto* chart = panel.findChild<QChartView*>(QStringLiteral("lossChart"))->chart();
    QVERIFY(shownVerticalAxis(chart)->titleText().contains(QStringLiteral("bits")));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QStringLiteral("bits")));

    // Log scale: the loss axis becomes logarithmic and a zero loss is drawn on the floor.
    panel.findChild<QCheckBox*>(QStringLiteral("logScaleCheck"))->setChecked(true);
    QCOMPARE(shownVerticalAxis(chart)->type(), QAbstractAxis::AxisTypeLogValue);
    for (QAbstractSeries* s : chart->series()) {
      // a task's accuracy keeps its own axis (hidden here: a language model's run)
      if (s->objectName().startsWith(QStringLiteral("batchAccuracy")) || s->objectName().startsWith(QStringLiteral("validationAccuracy")))
        continue;
      QCOMPARE(s->attachedAxes().size(), 2);
      QVERIFY(s->attachedAxes().contains(shownVerticalAxis(chart)));
    }
    MetricsLog log;
    for (int s = 1; s <= 3; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = s == 2 ? 0.0 : 1.0;
      log.append(p);
    }
    Snapshot snap = f.snapshot();
    snap.metrics = log.view();
    panel.render(snap);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), (std::vector<double>{1, 2, 3}),
                   (std::vector<double>{1 / kLn2, chart::kLogFloor, 1 / kLn2}));
    panel.findChild<QCheckBox*>(QStringLiteral("logScaleCheck"))->setChecked(false);
    QCOMPARE(shownVerticalAxis(chart)->type(), QAbstractAxis::AxisTypeValue);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), (std::vector<double>{1, 2, 3}),
                   (std::vector<double>{1 / kLn2, 0.0, 1 / kLn2}));
  }

  void lossKeepsValidationSeenInSnapshots() {
    // The engine may report validation only as lastValidationLoss at activationsStep: the panel
    // keeps each measurement it saw, beside the log's own validation points.
    MetricsFixture f;
    LossPanel panel(nullptr);
    Snapshot snap = f.snapshot();
    snap.lastValidationLoss = 2.5;
    snap.activationsStep = 4;
    panel.render(snap);
    snap.lastValidationLoss = 1.9;
    snap.activationsStep = 8;
    panel.render(snap);
    snap.lastValidationLoss = 9.0;  // step 10 is in the log already: the log wins
    snap.activationsStep = 10;
    panel.render(snap);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "validationLoss"), (std::vector<double>{4, 5, 8, 10}),
                   (std::vector<double>{2.5, f.validation[0], 1.9, f.validation[1]}));
  }

  void lossSmoothingIsDebiasedEma() {
    const std::vector<double> v{4.0, 1.0, 2.5};
    const auto s = LossPanel::smooth(v, 0.5);
    QCOMPARE(s.size(), std::size_t{3});
    QVERIFY(close(s[0], 4.0));                     // debiased: the first value is itself
    QVERIFY(close(s[1], (4.0 + 2 * 1.0) / 3));     // (0.25*4 + 0.5*1) / 0.75
    QVERIFY(close(s[2], (0.125 * 4 + 0.25 * 1 + 0.5 * 2.5) / 0.875));

    MetricsFixture f;
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(90);
    panel.render(f.snapshot());
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLossSmoothed"), f.steps, LossPanel::smooth(f.loss, 0.9));
  }

  void lossFollowsGrowthAndReset() {
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(50);
    MetricsLog log;
    std::vector<double> steps, loss;
    Snapshot snap;
    for (int s = 1; s <= 2500; ++s) {  // crosses chunk boundaries
      MetricsPoint p;
      p.step = s;
      p.loss = 3 + std::sin(s * 0.1);
      log.append(p);
      steps.push_back(s);
      loss.push_back(p.loss);
      if (s == 700 || s == 1500 || s == 2500) {
        snap.metrics = log.view();
        snap.step = s;
        panel.render(snap);
        COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), steps, loss);
        COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLossSmoothed"), steps, LossPanel::smooth(loss, 0.5));
      }
    }
    // A reset log starts over at step 1 with different values.
    MetricsLog fresh;
    for (int s = 1; s <= 3; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = 10.0 + s;
      fresh.append(p);
    }
    snap.metrics = fresh.view();
    snap.step = 3;
    panel.render(snap);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), (std::vector<double>{1, 2, 3}),
                   (std::vector<double>{11, 12, 13}));
  }

  void lossFollowsTheLogThroughThinning() {
    // The engine's log thins its older half when full; the panel's cached curve must then be the
    // thinned log, not the old cache with the new points appended at the wrong indices.
    LossPanel panel(nullptr);
    MetricsLog log(4 * MetricsLog::kChunk);
    Snapshot snap;
    const auto appendUpTo = [&](int last) {
      for (int s = static_cast<int>(log.size()) == 0 ? 1 : snap.step + 1; s <= last; ++s) {
        MetricsPoint p;
        p.step = s;
        p.loss = 3 + std::sin(s * 0.01);
        log.append(p);
      }
      snap.step = last;
      snap.metrics = log.view();
      panel.render(snap);
    };
    appendUpTo(3500);
    QCOMPARE(findSeries(&panel, "lossChart", "trainingLoss")->count(), 3500);
    appendUpTo(4200);
    std::vector<double> steps, loss;
    snap.metrics.forEach([&](const MetricsPoint& p) {
      steps.push_back(static_cast<double>(p.step));
      loss.push_back(p.loss);
    });
    QVERIFY(steps.size() < 4200);  // the log did thin
    COMPARE_POINTS(findSeries(&panel, "lossChart", "trainingLoss"), steps, loss);
  }

  void lossDrawsTheAnswersOfARecallText() {
    // The answers' validation loss (builtin:recall-D) is its own series, at the steps it was
    // measured; other texts have none, and their legend does not name it.
    const auto logOf = [](bool recall) {
      MetricsLog log;
      for (int s = 1; s <= 300; ++s) {
        MetricsPoint p;
        p.step = s;
        p.loss = 2.5;
        log.append(p);
        if (s % 100 == 0) log.setLatestValidationLoss(2.4, recall ? 2.0 - s / 1000.0 : NAN);
      }
      return log.view();
    };
    Snapshot snap;
    snap.step = 300;
    snap.metrics = logOf(true);
    LossPanel panel(nullptr);
    panel.render(snap);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "answerLoss"), (std::vector<double>{100, 200, 300}),
                   (std::vector<double>{1.9, 1.8, 1.7}));
    snap.metrics = logOf(false);
    LossPanel other(nullptr);
    other.render(snap);
    QCOMPARE(findSeries(&other, "lossChart", "answerLoss")->count(), 0);
  }

  void lossDecimatesLongRuns() {
    LossPanel panel(nullptr);
    MetricsLog log;
    for (int s = 1; s <= 20000; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = s == 12345 ? 42.0 : 2.0 + 1.0 / s;
      p.gradNormBefore = 1;
      p.gradNormAfter = 1;
      p.clipped = s % 2 == 0;
      log.append(p);
    }
    Snapshot snap;
    snap.metrics = log.view();
    snap.step = 20000;
    panel.render(snap);
    auto* raw = findSeries(&panel, "lossChart", "trainingLoss");
    QVERIFY(raw->count() <= 2000);
    double hi = 0;
    for (const QPointF& p : raw->points()) hi = std::max(hi, p.y());
    QCOMPARE(hi, 42.0);  // the spike survives
    QVERIFY(findSeries(&panel, "lossChart", "clippedSteps")->count() <= 1000);
    QVERIFY(findSeries(&panel, "gradientNormChart", "gradNormBefore")->count() <= 2000);

    // While training runs, a handful of new points on a 20 000-point curve waits for the next
    // bucket's worth; once training stops the curve catches up at once.
    snap.running = true;
    for (int s = 20001; s <= 20005; ++s) {
      MetricsPoint p;
      p.step = s;
      p.loss = 2;
      log.append(p);
    }
    snap.metrics = log.view();
    panel.render(snap);
    QCOMPARE(raw->points().back().x(), 20000.0);
    snap.running = false;
    panel.render(snap);
    QCOMPARE(raw->points().back().x(), 20005.0);
  }

  // ---- GradientFlowPanel ----
  void flowEmptyState() {
    GradientFlowPanel panel(nullptr);
    panel.render(Snapshot{});
    QVERIFY(emptyStateShown(&panel));
  }

  void flowSeriesAndBound() {
    Snapshot snap;
    snap.step = 42;
    snap.config.model.cell = CellKind::Rnn;
    auto flow = std::make_shared<GradientFlowRecord>(flowRecord(42, {1e-3, 1e-2, 1e-1, 1}, {0.0, 1e-3, 1e-2, 0.5}));
    snap.flow = flow;
    LayerSpectra spectra = layerSpectra();
    spectra.bound = {0.5, 0.25, 0.125, 0.0625};
    snap.spectra = {spectra};
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    QVERIFY(!emptyStateShown(&panel));
    COMPARE_POINTS(findSeries(&panel, "timestepChart", "dhNorm"), (std::vector<double>{0, 1, 2, 3}),
                   (std::vector<double>{1e-3, 1e-2, 1e-1, 1}));
    QVERIFY(!findSeries(&panel, "timestepChart", "dcNorm")->isVisible());  // not an LSTM
    // Against distance d = T-1-k, with k = 0's exact zero on the floor.
    COMPARE_POINTS(findSeries(&panel, "distanceChart", "lastLossDhNorm"), (std::vector<double>{0, 1, 2, 3}),
                   (std::vector<double>{0.5, 1e-2, 1e-3, chart::kLogFloor}));
    // Bound scaled to start at the d = 0 value: 0.5 * bound[d-1].
    COMPARE_POINTS(findSeries(&panel, "distanceChart", "bound"), (std::vector<double>{0, 1, 2, 3}),
                   (std::vector<double>{0.5, 0.25, 0.125, 0.0625}));
    QVERIFY(findSeries(&panel, "distanceChart", "bound")->name().contains(QStringLiteral("vanilla RNN")));
    // no gated path, no cell state: a vanilla RNN has neither
    QVERIFY(!findSeries(&panel, "distanceChart", "gatedPathMax")->isVisible());
    QVERIFY(!findSeries(&panel, "distanceChart", "lastLossDcNorm")->isVisible());
    QVERIFY(!panel.findChild<chart::LayerChooser*>()->isVisibleTo(&panel));
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    // the pass of update 42 describes the weights after 41 updates
    QVERIFY2(summary.contains(QStringLiteral("update 42")) && summary.contains(QStringLiteral("weights after update 41")), qPrintable(summary));
    // a vanilla RNN's gamma lambda bounds the product, with rho beside lambda = sigma_max
    const double gl = spectra.weights.gamma * spectra.weights.sigmaMax;
    QVERIFY2(summary.contains(gl < 1 ? QStringLiteral("must vanish") : QStringLiteral("bound allows growth")),
             qPrintable(summary));
  }

  void flowGatedPathReplacesBound() {
    // GRU (PyTorch form): the bound is not drawn, the gated path prod z_t is, scaled to start at the
    // last loss's gradient at d = 0 (0.5): 0.5 * max[d-1] and 0.5 * median[d-1].
    Snapshot snap;
    snap.config.model.cell = CellKind::Gru;
    snap.config.model.gruVariant = GruVariant::ResetAfter;
    auto flow = std::make_shared<GradientFlowRecord>(flowRecord(30, {1, 1, 1, 1}, {0.0, 1e-3, 1e-2, 0.5}));
    flow->gatedPathMax = {{0.9, 0.8, 0.7, 0.6}};
    flow->gatedPathMedian = {{0.5, 0.25, 0.12, 0.06}};
    snap.flow = flow;
    LayerSpectra spectra = layerSpectra();
    spectra.bound = {0.5, 0.25, 0.125, 0.0625};
    snap.spectra = {spectra};
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    QVERIFY(!findSeries(&panel, "distanceChart", "bound")->isVisible());  // (gamma lambda)^d bounds no gated cell
    auto* pathMax = findSeries(&panel, "distanceChart", "gatedPathMax");
    QVERIFY(pathMax->isVisible());
    QCOMPARE(pathMax->name(), QStringLiteral("‖∏ z_t‖ (GRU, PyTorch form)"));
    COMPARE_POINTS(pathMax, (std::vector<double>{0, 1, 2, 3}), (std::vector<double>{0.5, 0.45, 0.4, 0.35}));
    COMPARE_POINTS(findSeries(&panel, "distanceChart", "gatedPathMedian"), (std::vector<double>{0, 1, 2, 3}),
                   (std::vector<double>{0.5, 0.25, 0.125, 0.06}));
    QVERIFY(!findSeries(&panel, "distanceChart", "lastLossDcNorm")->isVisible());  // a GRU has no cell state
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(!summary.contains(QStringLiteral("γλ")), qPrintable(summary));
    // over the 3 steps back the chart shows: max 0.7, median 0.12
    QVERIFY2(summary.contains(QStringLiteral("‖∏ z_t‖ (GRU, PyTorch form) over 3 steps: <b>0.7</b> (median cell 0.12)")),
             qPrintable(summary));

    // the course notes' form carries with 1 - z
    snap.config.model.gruVariant = GruVariant::Classic;
    panel.render(snap);
    QCOMPARE(pathMax->name(), QStringLiteral("‖∏ (1−z_t)‖ (GRU, course-note form)"));

    // LSTM: the last loss's cell-state gradient, and prod f_t scaled to start at its d = 0 value (0.4)
    snap.config.model.cell = CellKind::Lstm;
    auto lstm = std::make_shared<GradientFlowRecord>(*flow);
    lstm->lastLossDcNorm = {{0.0, 0.1, 0.2, 0.4}};
    snap.flow = lstm;
    panel.render(snap);
    auto* cellState = findSeries(&panel, "distanceChart", "lastLossDcNorm");
    QVERIFY(cellState->isVisible());
    COMPARE_POINTS(cellState, (std::vector<double>{0, 1, 2, 3}), (std::vector<double>{0.4, 0.2, 0.1, chart::kLogFloor}));
    QCOMPARE(pathMax->name(), QStringLiteral("‖∏ f_t‖ (LSTM c path)"));
    COMPARE_POINTS(pathMax, (std::vector<double>{0, 1, 2, 3}), (std::vector<double>{0.4, 0.36, 0.32, 0.28}));
    QVERIFY(!findSeries(&panel, "distanceChart", "bound")->isVisible());
  }

  void flowBoundBelowTheTopLayer() {
    // In a stack the lower layer's gradient also comes back through the layers above: there
    // (gamma lambda)^d is labelled as no bound.
    Snapshot snap;
    snap.config.model.cell = CellKind::Rnn;
    auto flow = std::make_shared<GradientFlowRecord>();
    flow->step = 5;
    flow->weightsStep = 4;
    flow->dhNorm = {{1, 1, 1}, {1, 1, 1}};
    flow->lastLossDhNorm = {{0.1, 0.2, 0.4}, {0.1, 0.2, 0.4}};
    snap.flow = flow;
    LayerSpectra spectra = layerSpectra();
    snap.spectra = {spectra, spectra};
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    auto* bound = findSeries(&panel, "distanceChart", "bound");
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("summary"));
    QCOMPARE(panel.findChild<chart::LayerChooser*>()->layer(), 0);
    QVERIFY2(bound->name().contains(QStringLiteral("not a bound")), qPrintable(bound->name()));
    QVERIFY2(summary->text().contains(QStringLiteral("not a bound below the top layer")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QStringLiteral("must vanish")));
    panel.findChild<chart::LayerChooser*>()->combo()->setCurrentIndex(1);
    QVERIFY2(bound->name().contains(QStringLiteral("vanilla RNN")), qPrintable(bound->name()));
    QVERIFY(!bound->name().contains(QStringLiteral("not a bound")));
    QVERIFY2(summary->text().contains(QStringLiteral("must vanish")), qPrintable(summary->text()));
  }

  void flowLstmAndLayers() {
    Snapshot snap;
    auto flow = std::make_shared<GradientFlowRecord>();
    flow->step = 7;
    flow->dhNorm = {{1, 2, 3}, {4, 5, 6}};
    flow->dcNorm = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}};
    flow->lastLossDhNorm = {{1, 1, 1}, {2, 2, 2}};
    snap.flow = flow;
    snap.config.model.cell = CellKind::Lstm;
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    auto* chooser = panel.findChild<chart::LayerChooser*>();
    QVERIFY(chooser->isVisibleTo(&panel));
    QCOMPARE(chooser->combo()->count(), 2);
    auto* dc = findSeries(&panel, "timestepChart", "dcNorm");
    QVERIFY(dc->isVisible());
    COMPARE_POINTS(dc, (std::vector<double>{0, 1, 2}), (std::vector<double>{0.1, 0.2, 0.3}));
    chooser->combo()->setCurrentIndex(1);
    COMPARE_POINTS(findSeries(&panel, "timestepChart", "dhNorm"), (std::vector<double>{0, 1, 2}),
                   (std::vector<double>{4, 5, 6}));
    COMPARE_POINTS(findSeries(&panel, "timestepChart", "dcNorm"), (std::vector<double>{0, 1, 2}),
                   (std::vector<double>{0.4, 0.5, 0.6}));
    COMPARE_POINTS(findSeries(&panel, "distanceChart", "lastLossDhNorm"), (std::vector<double>{0, 1, 2}),
                   (std::vector<double>{2, 2, 2}));
  }

  void flowHeatMap() {
    Snapshot snap;
    const std::vector<double> dh{1e-3, 1e-2, 1e-1, 1};
    snap.flow = std::make_shared<GradientFlowRecord>(flowRecord(50, dh, dh));
    auto history = std::make_shared<std::vector<GradientFlowRecord>>();
    for (int r = 0; r < 5; ++r) history->push_back(flowRecord(10 * (r + 1), dh, dh));
    (*history)[4].dhNorm[0][1] = 0.0;  // clamped to 1e-12, below the shown range: darkest
    snap.flowHistory = history;
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    // the total loss's gradient, the second view
    auto* view = panel.findChild<QComboBox*>(QStringLiteral("heatMapViewCombo"));
    QVERIFY(view);
    view->setCurrentIndex(view->findData(static_cast<int>(GradientFlowPanel::HeatView::TotalLoss)));
    auto* map = panel.findChild<chart::HeatMapWidget*>(QStringLiteral("flowHeatMap"));
    QVERIFY(map);
    QCOMPARE(map->image().width(), 4);   // T timesteps
    QCOMPARE(map->image().height(), 5);  // history rows
    // The 10-decade window ends at the brightest value (10^0).
    QCOMPARE(map->colorMax(), 0.0);
    QCOMPARE(map->colorMin(), -10.0);
    QCOMPARE(map->image().pixel(3, 0), chart::colorMap(1.0));
    QCOMPARE(map->image().pixel(0, 0), chart::colorMap(0.7));  // log10(1e-3) = -3 -> (−3+10)/10
    QCOMPARE(map->image().pixel(1, 4), chart::colorMap(0.0));
    QVERIFY(qGray(map->image().pixel(0, 2)) < qGray(map->image().pixel(3, 2)));

    // A newer history replaces the picture.
    auto longer = std::make_shared<std::vector<GradientFlowRecord>>(*history);
    longer->push_back(flowRecord(60, {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}));
    snap.flowHistory = longer;
    panel.render(snap);
    QCOMPARE(map->image().width(), 6);
    QCOMPARE(map->image().height(), 6);
    QCOMPARE(map->image().pixel(5, 0), chart::kNoDataColor);  // older rows had only 4 timesteps
  }

  void flowHeatMapDefaultsToLastLossRelative() {
    // By default each row is ||dL_T/dh_k|| / ||dL_T/dh_{T-1}||, not the total loss's flat dhNorm.
    Snapshot snap;
    const std::vector<double> flat{1, 1, 1, 1};
    auto history = std::make_shared<std::vector<GradientFlowRecord>>();
    history->push_back(flowRecord(10, flat, {1e-3, 1e-2, 1e-1, 10}));  // ratios 1e-4 .. 1: log -4, -3, -2, 0
    history->push_back(flowRecord(20, flat, {0.5, 0.5, 0.5, 0.5}));    // healed: all 1
    history->push_back(flowRecord(30, flat, {}));                      // no last-loss figures: no data
    history->push_back(flowRecord(40, flat, {0.2, 0.2, 0.2, 0.0}));    // nothing to divide by: no data
    snap.flow = std::make_shared<GradientFlowRecord>(history->back());
    snap.flowHistory = history;
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    auto* view = panel.findChild<QComboBox*>(QStringLiteral("heatMapViewCombo"));
    QCOMPARE(view->currentData().toInt(), static_cast<int>(GradientFlowPanel::HeatView::RelativeLastLoss));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("heatMapCaption"))->text().contains(QStringLiteral("last loss")));
    auto* map = panel.findChild<chart::HeatMapWidget*>(QStringLiteral("flowHeatMap"));
    QCOMPARE(map->image().width(), 4);
    QCOMPARE(map->image().height(), 4);
    QCOMPARE(map->colorMin(), -4.0);
    QCOMPARE(map->colorMax(), 0.0);
    QCOMPARE(map->image().pixel(0, 0), chart::colorMap(0.0));
    QCOMPARE(map->image().pixel(1, 0), chart::colorMap(0.25));
    QCOMPARE(map->image().pixel(2, 0), chart::colorMap(0.5));
    QCOMPARE(map->image().pixel(3, 0), chart::colorMap(1.0));
    for (int k = 0; k < 4; ++k) {
      QCOMPARE(map->image().pixel(k, 1), chart::colorMap(1.0));
      QCOMPARE(map->image().pixel(k, 2), chart::kNoDataColor);
      QCOMPARE(map->image().pixel(k, 3), chart::kNoDataColor);
    }
    const std::vector<double> ratios = GradientFlowPanel::heatMapRow((*history)[0], 0, GradientFlowPanel::HeatView::RelativeLastLoss);
    QCOMPARE(ratios, (std::vector<double>{1e-4, 1e-3, 1e-2, 1}));

    // The total loss's view shows the flat dhNorm of every row, whatever the last loss did.
    view->setCurrentIndex(view->findData(static_cast<int>(GradientFlowPanel::HeatView::TotalLoss)));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("heatMapCaption"))->text().contains(QStringLiteral("flat")));
    for (int r = 0; r < 4; ++r)
      for (int k = 0; k < 4; ++k) QCOMPARE(map->image().pixel(k, r), chart::colorMap(0.0));
  }

  void flowHorizonView() {
    // The third heat-map view draws the snapshot's horizon: a log triangle, the rows' sums and
    // last row as curves, and the text coloured by the hovered row with the heat map's colours.
    Snapshot snap;
    snap.flow = std::make_shared<GradientFlowRecord>(flowRecord(7, {1, 1, 1, 1}, {1e-3, 1e-2, 1e-1, 1}));
    auto view = std::make_shared<HorizonView>();
    view->step = 7;
    view->weightsStep = 6;
    const std::vector<std::vector<double>> rows{{2}, {0.1, 1}, {0.5, 0.1, 1}, {1e-3, 1e-2, 1e-1, 1}};
    view->horizon.dhNorm = {rows};
    view->horizon.totalDhNorm = {{2.0, 1.0, 1.05, 1.0}};
    view->inputs = U"abcd";
    view->targets = U"bcde";
    snap.horizon = view;
    GradientFlowPanel panel(nullptr);
    panel.setHeatView(GradientFlowPanel::HeatView::LossHorizon);
    panel.render(snap);

    auto* map = panel.findChild<chart::HeatMapWidget*>(QStringLiteral("horizonHeatMap"));
    QVERIFY(map && map->isVisibleTo(&panel));
    QCOMPARE(map->image().width(), 4);
    QCOMPARE(map->image().height(), 4);
    QCOMPARE(map->colorMax(), 1.0);   // the decade of the brightest cell, 2
    QCOMPARE(map->colorMin(), -3.0);  // down to the faintest, 1e-3
    QCOMPARE(map->image().pixel(1, 0), chart::kNoDataColor);  // L_0 never reaches k = 1
    QCOMPARE(map->image().pixel(0, 3), chart::colorMap(0.0));
    QCOMPARE(map->image().pixel(3, 3), chart::colorMap(0.75));

    // what the rows add up to: column sums of the norms, the vectors' sum, the last row
    const std::vector<double> ks{0, 1, 2, 3};
    COMPARE_POINTS(findSeries(&panel, "horizonSumsChart", "rowNormSum"), ks, (std::vector<double>{2 + 0.1 + 0.5 + 1e-3, 1 + 0.1 + 1e-2, 1 + 0.1, 1}));
    COMPARE_POINTS(findSeries(&panel, "horizonSumsChart", "rowVectorSum"), ks, view->horizon.totalDhNorm[0]);
    COMPARE_POINTS(findSeries(&panel, "horizonSumsChart", "lastRow"), ks, rows[3]);

    // the last row is on show; hovering row 1 colours x_0, x_1 by it and greys what came after
    auto* horizon = panel.findChild<GradientHorizonView*>();
    auto* text = panel.findChild<text::CharGridView*>(QStringLiteral("horizonText"));
    auto* caption = panel.findChild<QLabel*>(QStringLiteral("horizonRowCaption"));
    QVERIFY(horizon && text && caption);
    QCOMPARE(horizon->shownRow(), 3);
    QCOMPARE(text->colorAt(0), QColor(chart::colorMap(0.0)));
    QVERIFY(caption->text().contains(QStringLiteral("<b>2</b> steps back")));  // 1e-1, 1e-2 within 1%; 1e-3 not
    Q_EMIT map->cellHovered(1, 0);
    QCOMPARE(horizon->shownRow(), 1);
    QCOMPARE(text->colorAt(0), QColor(chart::colorMap(0.5)));   // log10(0.1) = -1: (−1+3)/4
    QCOMPARE(text->colorAt(1), QColor(chart::colorMap(0.75)));  // log10(1) = 0
    QCOMPARE(text->colorAt(2), QColor(chart::kNoDataColor));
    QVERIFY(caption->text().contains(QStringLiteral("Row t = 1")));
    QVERIFY(caption->text().contains(QStringLiteral("‘c’")));  // L_1 scores x_2
    QVERIFY(caption->text().contains(QStringLiteral("<b>1</b> steps back")));
    Q_EMIT map->cellHovered(2, 0);
    QVERIFY(caption->text().contains(QStringLiteral("<b>2</b> steps back")));  // 0.1 then 0.5, both >= 1% of 1

    // no horizon (a window too long): says so and draws nothing
    snap.horizon.reset();
    panel.render(snap);
    QCOMPARE(map->rows(), 0);
    QVERIFY(caption->text().contains(QStringLiteral("No horizon yet")));
  }

  void horizonReachCountsStepsWithinTheShare() {
    QCOMPARE(GradientHorizonView::reach({1e-3, 1e-2, 1e-1, 1}, 0.01), 2);
    QCOMPARE(GradientHorizonView::reach({1, 1, 1}, 0.01), 2);
    QCOMPARE(GradientHorizonView::reach({5}, 0.01), 0);
    QCOMPARE(GradientHorizonView::reach({1, 0}, 0.01), 0);  // a zero own step: nothing to measure against
    QCOMPARE(GradientHorizonView::reach({}, 0.01), 0);
  }

  // ---- JacobianPanel ----
  void jacobianEmptyState() {
    JacobianPanel panel(nullptr);
    panel.render(Snapshot{});
    QVERIFY(emptyStateShown(&panel));
  }

  void jacobianSeriesAndSlider() {
    Recorder recorder;
    JacobianPanel panel(recorder.post());
    Snapshot snap;
    snap.config.seqLen = 6;
    snap.config.model.cell = CellKind::Rnn;
    snap.spectra = {layerSpectra()};
    panel.render(snap);
    QVERIFY(!emptyStateShown(&panel));
    QVERIFY(recorder.commands.empty());  // rendering alone never posts

    COMPARE_POINTS(findSeries(&panel, "spectrumChart", "singularValues"), (std::vector<double>{1, 2, 3, 4}),
                   (std::vector<double>{2.0, 1.0, 0.5, chart::kLogFloor}));
    auto* one = findSeries(&panel, "spectrumChart", "spectrumOne");
    QVERIFY(one && one->count() == 2 && one->at(0).y() == 1.0 && one->at(1).y() == 1.0);
    COMPARE_POINTS(findSeries(&panel, "sigmaMaxChart", "sigmaMaxOverTime"), (std::vector<double>{0, 1, 2, 3, 4, 5}),
                   layerSpectra().sigmaMaxOverTime);
    COMPARE_POINTS(findSeries(&panel, "sigmaMaxChart", "selectedStep"), (std::vector<double>{2}), (std::vector<double>{2.0}));
    COMPARE_POINTS(findSeries(&panel, "productChart", "productSigmaMax"), (std::vector<double>{1, 2, 3, 4, 5, 6}),
                   layerSpectra().productSigmaMax);
    COMPARE_POINTS(findSeries(&panel, "productChart", "bound"), (std::vector<double>{1, 2, 3, 4, 5, 6}),
                   layerSpectra().bound);
    // (gamma lambda)^d bounds a vanilla RNN's product; for gated cells it is not drawn at all
    QVERIFY(findSeries(&panel, "productChart", "bound")->name().startsWith(QStringLiteral("bound")));
    QVERIFY(findSeries(&panel, "productChart", "bound")->name().contains(QStringLiteral("vanilla RNN")));
    QVERIFY(!findSeries(&panel, "productChart", "gatedPathMax")->isVisible());
    {
      Snapshot gated = snap;
      gated.config.model.cell = CellKind::Lstm;
      gated.serial = 99;
      JacobianPanel lstmPanel(recorder.post());
      lstmPanel.render(gated);
      QVERIFY(!findSeries(&lstmPanel, "productChart", "bound")->isVisible());
    }

    auto* slider = panel.findChild<QSlider*>(QStringLiteral("stepSlider"));
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 5);  // T = 6 positions
    QCOMPARE(slider->value(), 2);
    slider->setValue(4);
    QCOMPARE(recorder.commands.size(), std::size_t{1});
    QVERIFY(std::holds_alternative<command::SetAnalysisStep>(recorder.commands[0]));
    QCOMPARE(std::get<command::SetAnalysisStep>(recorder.commands[0]).step, 4);
    // Until the engine answers, the slider keeps the user's choice.
    panel.render(snap);
    QCOMPARE(slider->value(), 4);
    snap.spectra[0].selectedStep = 4;
    panel.render(snap);
    QCOMPARE(slider->value(), 4);
    COMPARE_POINTS(findSeries(&panel, "sigmaMaxChart", "selectedStep"), (std::vector<double>{4}), (std::vector<double>{0.8}));
    QCOMPARE(recorder.commands.size(), std::size_t{1});
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("stepLabel"))->text().contains(QStringLiteral("4")));

    // A longer window widens the slider.
    snap.spectra[0].sigmaMaxOverTime.assign(32, 1.0);
    panel.render(snap);
    QCOMPARE(slider->maximum(), 31);
  }

  void jacobianGatedPathOfTheSamePass() {
    // The spectra come from the pass of update 150; the latest flow record is update 151's. The
    // gated path drawn must be update 150's (from the history), never a mix of two passes.
    Snapshot snap;
    snap.config.model.cell = CellKind::Lstm;
    snap.analysisStep = 150;
    snap.analysisWeightsStep = 149;
    snap.spectra = {layerSpectra()};
    auto latest = std::make_shared<GradientFlowRecord>();
    latest->step = 151;
    latest->gatedPathMax = {{9, 9, 9, 9, 9, 9}};
    latest->gatedPathMedian = {{9, 9, 9, 9, 9, 9}};
    auto history = std::make_shared<std::vector<GradientFlowRecord>>();
    GradientFlowRecord pass;
    pass.step = 150;
    pass.weightsStep = 149;
    pass.gatedPathMax = {{0.9, 0.8, 0.7, 0.6, 0.5, 0.4}};
    pass.gatedPathMedian = {{0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625}};
    history->push_back(pass);
    history->push_back(*latest);
    snap.flow = latest;
    snap.flowHistory = history;
    JacobianPanel panel(nullptr);
    panel.render(snap);
    const std::vector<double> ds{1, 2, 3, 4, 5, 6};
    auto* pathMax = findSeries(&panel, "productChart", "gatedPathMax");
    QVERIFY(pathMax->isVisible());
    QCOMPARE(pathMax->name(), QStringLiteral("‖∏ f_t‖ (LSTM c path)"));
    COMPARE_POINTS(pathMax, ds, pass.gatedPathMax[0]);
    COMPARE_POINTS(findSeries(&panel, "productChart", "gatedPathMedian"), ds, pass.gatedPathMedian[0]);
    QVERIFY(!findSeries(&panel, "productChart", "bound")->isVisible());
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("window of update 150 (weights after update 149)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("‖∏ f_t‖ (LSTM c path): 0.4, median cell 0.016")), qPrintable(summary));

    // The pass is gone from the history: no gated path rather than another pass's.
    snap.analysisStep = 140;
    snap.analysisWeightsStep = 139;
    panel.render(snap);
    QVERIFY(!pathMax->isVisible());

    // GRU in the course notes' form carries with 1 - z.
    snap.analysisStep = 150;
    snap.config.model.cell = CellKind::Gru;
    snap.config.model.gruVariant = GruVariant::Classic;
    panel.render(snap);
    QVERIFY(pathMax->isVisible());
    QCOMPARE(pathMax->name(), QStringLiteral("‖∏ (1−z_t)‖ (GRU, course-note form)"));
  }

  void jacobianLowerLayerIsNoGradientBound() {
    JacobianPanel panel(nullptr);
    Snapshot snap;
    snap.config.model.cell = CellKind::Rnn;
    LayerSpectra layer = layerSpectra();
    layer.weights.gateSpectralRadius = {0.3};
    snap.spectra = {layer, layer};
    panel.render(snap);
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QStringLiteral("layer 1 of 2: the product does not bound this layer's gradient")),
             qPrintable(summary->text()));
    // rho beside lambda = sigma_max, which the bound uses
    QVERIFY2(summary->text().contains(QStringLiteral("λ = σ_max(W_hh) = 0.5 ≥ ρ = 0.3")), qPrintable(summary->text()));
    panel.findChild<chart::LayerChooser*>()->combo()->setCurrentIndex(1);
    QVERIFY2(!summary->text().contains(QStringLiteral("does not bound")), qPrintable(summary->text()));
  }

  void jacobianLayers() {
    JacobianPanel panel(nullptr);
    Snapshot snap;
    LayerSpectra second = layerSpectra();
    second.singularValuesAtSelected = {3.0, 0.1};
    snap.spectra = {layerSpectra(), second};
    panel.render(snap);
    auto* chooser = panel.findChild<chart::LayerChooser*>();
    QVERIFY(chooser->isVisibleTo(&panel));
    chooser->combo()->setCurrentIndex(1);
    COMPARE_POINTS(findSeries(&panel, "spectrumChart", "singularValues"), (std::vector<double>{1, 2}),
                   (std::vector<double>{3.0, 0.1}));
  }

  // ---- WeightSpectrumPanel ----
  void weightsEmptyState() {
    WeightSpectrumPanel panel(nullptr);
    panel.render(Snapshot{});
    QVERIFY(emptyStateShown(&panel));
  }

  void weightsEigenvaluesAndSingularValues() {
    Snapshot snap;
    snap.config.model.cell = CellKind::Lstm;
    LayerSpectra s = layerSpectra();
    s.weights.gateEigenvalues = {
        {{0.5, 0.0}, {0.1, 0.2}},
        {{1.2, 0.3}, {1.2, -0.3}},
        {{-0.4, 0.0}, {0.0, 0.9}},
        {{0.05, 0.0}, {-1.5, 0.0}},
    };
    s.weights.singularValues = {2.5, 1.0, 0.25};
    s.weights.sigmaMax = 2.5;
    snap.spectra = {s};
    WeightSpectrumPanel panel(nullptr);
    panel.resize(900, 600);
    panel.render(snap);
    QVERIFY(!emptyStateShown(&panel));
    const char* letters[] = {"i", "f", "g", "o"};
    for (int g = 0; g < 4; ++g) {
      auto* series = findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_") + QLatin1String(letters[g]));
      QVERIFY2(series, letters[g]);
      QVERIFY(qobject_cast<QScatterSeries*>(series));
      QVERIFY(series->isVisible());
      std::vector<double> re, im;
      for (const auto& mu : s.weights.gateEigenvalues[g]) {
        re.push_back(mu.real());
        im.push_back(mu.imag());
      }
      COMPARE_POINTS(series, re, im);
    }
    QVERIFY(findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_f"))->name().contains(QStringLiteral("forget")));
    auto* circle = findSeries(&panel, "eigenvalueChart", QStringLiteral("unitCircle"));
    QVERIFY(circle->count() > 60);
    for (const QPointF& p : circle->points()) QVERIFY(close(std::hypot(p.x(), p.y()), 1.0, 1e-12));
    COMPARE_POINTS(findSeries(&panel, "whhSingularValueChart", "whhSingularValues"), (std::vector<double>{1, 2, 3}),
                   s.weights.singularValues);
    auto* top = findSeries(&panel, "whhSingularValueChart", "sigmaMax");
    COMPARE_POINTS(top, (std::vector<double>{1}), (std::vector<double>{2.5}));
    bool labelled = false;  // the text beside the sigma_max point
    for (QGraphicsItem* item : panel.findChild<QChartView*>(QStringLiteral("whhSingularValueChart"))->scene()->items())
      if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
        labelled = labelled || text->text() == QStringLiteral("σ_max = 2.5 ≥ max ρ = 1.5");  // rho beside sigma_max
    QVERIFY(labelled);
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("<b>3</b> of 8")), qPrintable(summary));  // |1.2±0.3i| and |-1.5| > 1
    // rho per gate block (from the eigenvalues when the core gave none) beside sigma_max
    QVERIFY2(summary.contains(QStringLiteral("σ_max(W_hh) = <b>2.5</b>")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("ρ = max&nbsp;|μ| = <b>1.5</b> (per block: i 0.5, f 1.2, g 0.9, o 1.5)")),
             qPrintable(summary));

    // Equal aspect: one unit spans as many pixels across as up, so the circle is round.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    auto* chart = panel.findChild<QChartView*>(QStringLiteral("eigenvalueChart"))->chart();
    auto* re = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
    auto* im = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
    const QRectF area = chart->plotArea();
    const double xScale = area.width() / (re->max() - re->min());
    const double yScale = area.height() / (im->max() - im->min());
    QVERIFY2(std::abs(xScale / yScale - 1) < 0.02, qPrintable(QStringLiteral("%1 vs %2 px per unit").arg(xScale).arg(yScale)));
    QVERIFY(re->max() >= 1.5 && im->max() >= 1.5);  // the farthest eigenvalue fits
  }

  void weightsGruHidesFourthGate() {
    Snapshot snap;
    snap.config.model.cell = CellKind::Gru;
    LayerSpectra s = layerSpectra();
    s.weights.gateEigenvalues = {{{0.5, 0.0}}, {{0.6, 0.0}}, {{0.7, 0.0}}};
    snap.spectra = {s};
    WeightSpectrumPanel panel(nullptr);
    panel.render(snap);
    auto* view = panel.findChild<QChartView*>(QStringLiteral("eigenvalueChart"));
    int visibleGates = 0;
    for (QAbstractSeries* series : view->chart()->series())
      if (qobject_cast<QScatterSeries*>(series) && series->isVisible()) ++visibleGates;
    QCOMPARE(visibleGates, 3);
    COMPARE_POINTS(findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_z")), (std::vector<double>{0.6}),
                   (std::vector<double>{0.0}));
    QCOMPARE(WeightSpectrumPanel::gateLetters(CellKind::Rnn), QStringList{QStringLiteral("h")});
    // z is named with what z ≈ 1 does in the form in use
    auto* z = findSeries(&panel, "eigenvalueChart", QStringLiteral("eigenvalues_z"));
    QVERIFY2(z->name().contains(QStringLiteral("1 = keep h")), qPrintable(z->name()));
    snap.config.model.gruVariant = GruVariant::Classic;
    panel.render(snap);
    QVERIFY2(z->name().contains(QStringLiteral("1 = take h̃")), qPrintable(z->name()));
  }

  void weightsRhoBesideSigmaMax() {
    // A non-normal W_hh: rho = 0.9 < 1 < sigma_max = 2.31; both are stated, side by side.
    Snapshot snap;
    snap.config.model.cell = CellKind::Rnn;
    LayerSpectra s = layerSpectra();
    s.weights.gateEigenvalues = {{{0.9, 0.0}, {0.0, 0.0}}};
    s.weights.gateSpectralRadius = {0.9};
    s.weights.singularValues = {2.31, 0.35};
    s.weights.sigmaMax = 2.31;
    snap.spectra = {s};
    WeightSpectrumPanel panel(nullptr);
    panel.render(snap);
    bool labelled = false;
    for (QGraphicsItem* item : panel.findChild<QChartView*>(QStringLiteral("whhSingularValueChart"))->scene()->items())
      if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
        labelled = labelled || text->text() == QStringLiteral("σ_max = 2.31 ≥ ρ = 0.9");
    QVERIFY(labelled);
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("σ_max(W_hh) = <b>2.31</b> &nbsp;·&nbsp; ρ = max&nbsp;|μ| = <b>0.9</b>")),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("per block")), qPrintable(summary));  // one block: nothing to list
    QVERIFY2(panel.findChild<chart::NoteBox*>()->text().contains(QStringLiteral("vanilla RNN")), "the bound's note");
  }
};

QTEST_MAIN(TestChartPanels)
#include "test_chart_panels.moc"
