// The gradient-flow toy draws f^d, the matrix f Q's line on top of it and its eigenvalues on the
// circle of radius f, the network's own last-loss gradient from the snapshot, follows the
// settings' starting scale, and starts the network over from W_hh = f Q when asked.
#include <cmath>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include <QChartView>
#include <QPushButton>
#include <QScatterSeries>
#include <QLineSeries>
#include <QSlider>
#include <QTest>

#include "ui/panels/gradient_toy_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// A series by object name, in any of the panel's charts (series belong to their chart, not to
// the widget tree).
QXYSeries* series(QWidget* panel, const char* name) {
  for (auto* view : panel->findChildren<QChartView*>())
    for (QAbstractSeries* s : view->chart()->series())
      if (s->objectName() == QLatin1String(name)) return qobject_cast<QXYSeries*>(s);
  qFatal("no series %s", name);
}

Snapshot snapshotWithFlow(std::vector<double> lastLossByTime) {
  Snapshot s;
  s.step = 1;
  s.vocabulary = {U'a', U'b'};
  s.configRevision = 3;
  s.config.init.scheme = InitScheme::Orthogonal;
  s.config.init.spectralRadius = 1.1;
  auto flow = std::make_shared<GradientFlowRecord>();
  flow->step = 1;
  flow->weightsStep = 0;
  flow->lastLossDhNorm = {std::move(lastLossByTime)};
  s.flow = flow;
  return s;
}

}  // namespace

class TestGradientToyPanel : public QObject {
  Q_OBJECT
private slots:
  void theMatrixLineLiesOnTheNumbersLine() {
    GradientToyPanel panel(nullptr);
    for (double f : {0.9, 1.0, 1.1, 1.37}) {
      panel.setFactor(f);
      const auto scalar = series(&panel, "scalarLine")->points();
      const auto matrix = series(&panel, "matrixLine")->points();
      QCOMPARE(scalar.size(), GradientToyPanel::kSteps + 1);
      QCOMPARE(matrix.size(), scalar.size());
      for (int d = 0; d < scalar.size(); ++d) {
        QVERIFY(std::abs(scalar[d].y() - std::pow(f, d)) <= 1e-12 * std::pow(f, d));
        QVERIFY(std::abs(matrix[d].y() / scalar[d].y() - 1) < 1e-9);
      }
      const auto eigenvalues = series(&panel, "toyEigenvalues")->points();
      QCOMPARE(eigenvalues.size(), GradientToyPanel::kMatrixSize);
      for (const QPointF& e : eigenvalues) QVERIFY(std::abs(std::hypot(e.x(), e.y()) - f) < 1e-9);
    }
  }

  void theNetworksLineIsItsLastLossGradientRelativeToTheLastStep() {
    GradientToyPanel panel(nullptr);
    // k = 0..3 of the window: ||dL_T/dh_k|| = 0.001, 0.01, 0.1, 2
    panel.render(snapshotWithFlow({0.001, 0.01, 0.1, 2.0}));
    const auto line = series(&panel, "networkLine")->points();
    QCOMPARE(line.size(), 4);
    const double expected[] = {1.0, 0.05, 0.005, 0.0005};
    for (int d = 0; d < 4; ++d) {
      QCOMPARE(line[d].x(), static_cast<double>(d));
      QVERIFY(std::abs(line[d].y() - expected[d]) < 1e-15);
    }
  }

  void theFactorFollowsTheSettingsStartingScale() {
    GradientToyPanel panel(nullptr);
    panel.render(snapshotWithFlow({1.0, 1.0}));
    QCOMPARE(panel.factor(), 1.1);
    // The user's own choice stands until the settings change again.
    panel.setFactor(0.8);
    panel.render(snapshotWithFlow({1.0, 1.0}));
    QCOMPARE(panel.factor(), 0.8);
  }

  void theButtonStartsTheNetworkFromFQ() {
    std::optional<Command> posted;
    GradientToyPanel panel([&](Command c) {
      posted = std::move(c);
      return CommandId{1};
    });
    Snapshot s = snapshotWithFlow({1.0, 1.0});
    s.config.init.scheme = InitScheme::Xavier;
    s.config.model.hidden = 48;
    panel.render(s);
    panel.setFactor(0.93);
    panel.findChild<QPushButton*>(QStringLiteral("restartFromFactor"))->click();
    QVERIFY(posted.has_value());
    const auto* configure = std::get_if<command::Configure>(&*posted);
    QVERIFY(configure);
    QVERIFY(configure->config.init.scheme == InitScheme::Orthogonal);
    QCOMPARE(configure->config.init.spectralRadius, 0.93);
    QCOMPARE(configure->config.model.hidden, 48);  // everything else as it was
  }
};

QTEST_MAIN(TestGradientToyPanel)
#include "test_gradient_toy_panel.moc"
