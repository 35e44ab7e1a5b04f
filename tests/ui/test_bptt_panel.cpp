// The step-through panel walks a real trace (core/analysis/bptt_trace.h) stage by stage: the
// equations it writes carry the trace's own numbers at each stage, the buttons and keys move
// one stage at a time within 0..2T, the window chooser posts SetTraceWindow, and the drawing
// copes with every cell kind and with large layers.
#include <cmath>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include <QImage>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "core/analysis/bptt_trace.h"
#include "core/train/initializers.h"
#include "core/util/random.h"
#include "ui/panels/bptt_panel.h"
#include "ui/panels/unrolled_network_view.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// What the panel writes for a number (BpttEquations): three significant digits, a real minus.
QString shown(double x) { return QString::number(x, 'g', 3).replace(QLatin1Char('-'), QChar(0x2212)); }

QString shownVector(const Vec<double>& v) {
  QStringList parts;
  for (Index i = 0; i < v.size(); ++i) parts << shown(v[i]);
  return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

// "hello" over {e, h, l, o}: inputs h e l l, targets e l l o, from a non-zero carried state.
std::shared_ptr<const BpttTrace<double>> helloTrace(CellKind cell = CellKind::Rnn, int hidden = 3, int layers = 1) {
  ModelConfig c;
  c.cell = cell;
  c.hidden = hidden;
  c.layers = layers;
  c.embed = 0;
  c.vocabSize = 4;
  Model<double> model(c);
  Rng rng(5);
  initialize(model, InitConfig{}, rng);
  RecurrentState<double> carried = model.zeroState(1);
  const std::vector<std::int32_t> before{1, 0}, inputs{1, 0, 2, 2}, targets{0, 2, 2, 3};
  model.forward(before, 1, carried);
  return std::make_shared<const BpttTrace<double>>(traceBackpropagation(model, inputs, targets, carried));
}

Snapshot snapshotWith(std::shared_ptr<const BpttTrace<double>> trace, std::int64_t step = 7) {
  Snapshot s;
  s.step = step;
  s.bptt = std::move(trace);
  s.bpttStep = step;
  s.bpttWindow = 4;
  s.vocabulary = {U'e', U'h', U'l', U'o'};
  return s;
}

}  // namespace

class BpttPanelTest : public QObject {
  Q_OBJECT
private slots:
  void forwardStagesWriteTheTracesNumbers() {
    const auto trace = helloTrace();
    BpttPanel panel([](Command) { return CommandId{0}; });
    panel.render(snapshotWith(trace));
    QCOMPARE(panel.stageIndex(), 0);
    for (int t = 0; t < trace->T; ++t) {
      panel.setStageIndex(t);
      const QString text = panel.equationsText();
      const auto& o = trace->output[static_cast<std::size_t>(t)];
      QVERIFY2(text.contains(shownVector(trace->layers[0][static_cast<std::size_t>(t)].h)), qPrintable(text));
      QVERIFY2(text.contains(shownVector(o.logits)), qPrintable(text));
      QVERIFY2(text.contains(QStringLiteral("= %1 nats").arg(shown(o.loss))), qPrintable(text));
      QVERIFY(text.contains(QStringLiteral("Forward pass, step t = %1").arg(t)));
    }
    // the notes' table of output scores: every score of every step so far
    panel.setStageIndex(trace->T - 1);
    const QString table = panel.equationsText();
    for (const auto& o : trace->output)
      for (Index v = 0; v < o.logits.size(); ++v) QVERIFY2(table.contains(shown(o.logits[v])), qPrintable(shown(o.logits[v])));
  }

  void backwardStagesWriteBothPartsOfTheStateGradient() {
    const auto trace = helloTrace();
    BpttPanel panel([](Command) { return CommandId{0}; });
    panel.render(snapshotWith(trace));
    const int T = trace->T;
    for (int t = T - 1; t >= 0; --t) {
      panel.setStageIndex(2 * T - 1 - t);
      const QString text = panel.equationsText();
      const auto& st = trace->layers[0][static_cast<std::size_t>(t)];
      QVERIFY2(text.contains(QStringLiteral("Backward pass, step t = %1").arg(t)), qPrintable(text));
      QVERIFY2(text.contains(shownVector(trace->output[static_cast<std::size_t>(t)].dlogits)), qPrintable(text));
      QVERIFY2(text.contains(shownVector(st.dh)), qPrintable(text));
      if (t < T - 1) {  // the two sources are written out only where both exist
        QVERIFY2(text.contains(shownVector(st.dhFromAbove)), qPrintable(text));
        QVERIFY2(text.contains(shownVector(st.dhFromFuture)), qPrintable(text));
      }
      QVERIFY2(text.contains(shown(st.Whh.termNorm)), qPrintable(text));
      QVERIFY2(text.contains(shown(st.Whh.cumulativeNorm)), qPrintable(text));
    }
  }

  void theCutShowsTheDroppedGradientAndTheWholeSum() {
    const auto trace = helloTrace(CellKind::Lstm);
    BpttPanel panel([](Command) { return CommandId{0}; });
    panel.render(snapshotWith(trace));
    panel.setStageIndex(1000);  // clamped to the last stage
    QCOMPARE(panel.stageIndex(), 2 * trace->T);
    const QString text = panel.equationsText();
    QVERIFY2(text.contains(shownVector(trace->boundary[0].dh)), qPrintable(text));
    QVERIFY2(text.contains(shownVector(trace->boundary[0].dc)), qPrintable(text));
    QVERIFY2(text.contains(shown(trace->layers[0][0].Whh.cumulativeNorm)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Truncated BPTT drops this gradient")));
  }

  void buttonsAndKeysMoveOneStageWithinThePass() {
    const auto trace = helloTrace();
    BpttPanel panel([](Command) { return CommandId{0}; });
    panel.resize(900, 700);
    panel.show();
    panel.render(snapshotWith(trace));
    auto* step = panel.findChild<QPushButton*>(QStringLiteral("bpttStep"));
    auto* back = panel.findChild<QPushButton*>(QStringLiteral("bpttBack"));
    auto* last = panel.findChild<QPushButton*>(QStringLiteral("bpttLast"));
    QVERIFY(step && back && last);
    QVERIFY(!back->isEnabled());
    step->click();
    step->click();
    QCOMPARE(panel.stageIndex(), 2);
    back->click();
    QCOMPARE(panel.stageIndex(), 1);
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.setFocus();
    QTest::keyClick(&panel, Qt::Key_Right);
    QCOMPARE(panel.stageIndex(), 2);
    last->click();
    QCOMPARE(panel.stageIndex(), 2 * trace->T);
    QVERIFY(!step->isEnabled());
    step->click();
    QCOMPARE(panel.stageIndex(), 2 * trace->T);
  }

  void aShorterPassKeepsTheChosenStageForLater() {
    BpttPanel panel([](Command) { return CommandId{0}; });
    panel.setStageIndex(6);  // before any pass: remembered
    QCOMPARE(panel.stageIndex(), 0);
    panel.render(snapshotWith(helloTrace()));
    QCOMPARE(panel.stageIndex(), 6);
    // a one-step pass has stages 0..2
    ModelConfig c;
    c.cell = CellKind::Rnn;
    c.hidden = 3;
    c.embed = 0;
    c.vocabSize = 4;
    Model<double> model(c);
    Rng rng(2);
    initialize(model, InitConfig{}, rng);
    const std::vector<std::int32_t> in{1}, tgt{0};
    auto shortTrace = std::make_shared<const BpttTrace<double>>(traceBackpropagation(model, in, tgt, model.zeroState(1)));
    panel.render(snapshotWith(shortTrace, 8));
    QCOMPARE(panel.stageIndex(), 2);
    panel.render(snapshotWith(helloTrace(), 9));
    QCOMPARE(panel.stageIndex(), 6);
  }

  void theWindowChooserPostsSetTraceWindow() {
    std::optional<int> posted;
    BpttPanel panel([&](Command c) {
      if (auto* w = std::get_if<command::SetTraceWindow>(&c)) posted = w->steps;
      return CommandId{42};
    });
    panel.render(snapshotWith(helloTrace()));
    auto* spin = panel.findChild<QSpinBox*>(QStringLiteral("bpttWindowSteps"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 4);  // as the snapshot says
    spin->setValue(12);
    QCOMPARE(posted.value_or(-1), 12);
    Snapshot s = snapshotWith(helloTrace(), 10);  // the engine has not handled it yet
    s.lastCommandId = 41;
    panel.render(s);
    QCOMPARE(spin->value(), 12);  // the user's choice is not overwritten meanwhile
  }

  void everyCellAndSizeDraws() {
    for (CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::Gru})
      for (int hidden : {3, 40}) {
        const auto trace = helloTrace(cell, hidden, 2);
        UnrolledNetworkView view;
        view.resize(800, 500);
        view.setTrace(trace, {U'e', U'h', U'l', U'o'});
        for (int stage = 0; stage < BpttStage::count(trace->T); ++stage) {
          view.setStage(BpttStage::at(stage, trace->T));
          const QImage image = view.grab().toImage();
          QVERIFY(!image.isNull());
        }
        // the drawing is not blank: the active stage's highlight and the strips colour it
        const QImage image = view.grab().toImage();
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
          for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - c.blue()) > 60) ++coloured;
          }
        QVERIFY2(coloured > 50, qPrintable(QStringLiteral("%1 coloured samples").arg(coloured)));
      }
  }
};

QTEST_MAIN(BpttPanelTest)
#include "test_bptt_panel.moc"
