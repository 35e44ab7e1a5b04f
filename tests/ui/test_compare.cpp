// Compare mode (docs/compare.md): run B branches from A as an exact copy, takes the settings the
// Model panel gives it, trains and pauses with A, is looked at like A, and ends when A's run is
// replaced; lessons may open comparing.
#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include "ui/comparison.h"
#include "ui/lessons.h"
#include "ui/main_window.h"
#include "ui/panels/model_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// The default lesson, shrunk so that a step takes a millisecond or two.
Lesson tinyLesson(const QString& id = QStringLiteral("default")) {
  Lesson l = lessonById(id);
  l.corpusSource = "builtin:dialogue:20000";
  for (TrainConfig* c : {&l.config, &l.compareConfig}) {
    c->model.hidden = 24;
    c->model.embed = 8;
    c->batch = 4;
    c->seqLen = 16;
  }
  return l;
}

MainWindowOptions testOptions() {
  MainWindowOptions o;
  o.persistSettings = false;
  o.lessonFromShippedState = false;
  o.initialSize = QSize(1400, 900);
  return o;
}

// The losses of the steps after `from`: a branch's shared past comes back through metrics.csv
// (9 significant digits), the steps trained after it are compared bit for bit.
std::vector<double> losses(const Snapshot& s, std::int64_t from = 0) {
  std::vector<double> out;
  s.metrics.forEach([&](const MetricsPoint& p) {
    if (p.step > from) out.push_back(p.loss);
  });
  return out;
}

bool sameToNineDigits(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::abs(a[i] - b[i]) > 1e-8 * std::abs(a[i])) return false;
  return true;
}

// Waits for both engines and hands their latest snapshots to the window.
void settle(MainWindow& w) {
  w.bridge().engine().sync();
  if (Engine* b = w.bridge().comparedEngine()) b->sync();
  w.bridge().deliverNow();
}

QString banner(MainWindow& w) { return w.findChild<QLabel*>(QStringLiteral("compareBanner"))->text(); }

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT
private slots:
  void aBranchWithTheSameSettingsRepeatsAExactly();
  void theModelPanelEditsBAlone();
  void viewSettingsReachBoth();
  void everyCommandHasARoute();
  void replacingAsRunEndsTheComparison();
  void rewindTakesBothBack();
  void aLessonOpensComparing();
  void settingsDifferenceNamesWhatBChanges();
};

void TestCompare::aBranchWithTheSameSettingsRepeatsAExactly() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& a = w.bridge().engine();
  a.post(command::Step{7});
  a.sync();
  QCOMPARE(w.compareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
  QVERIFY(!w.comparison()->active());
  w.compareAction()->trigger();
  QVERIFY(w.comparison()->active());
  QVERIFY(w.compareAction()->isChecked());
  QCOMPARE(w.comparison()->branchStep(), std::int64_t(7));
  settle(w);
  const auto b0 = w.bridge().comparedCurrent();
  QVERIFY(b0);
  QCOMPARE(b0->step, std::int64_t(7));
  QVERIFY(sameToNineDigits(losses(*b0), losses(*w.bridge().current())));  // the shared past
  QCOMPARE(losses(*b0).size(), std::size_t(7));
  QVERIFY(w.findChild<QToolBar*>(QStringLiteral("toolbar.compare"))->isVisible());
  QVERIFY2(banner(w).contains(QStringLiteral("step 7")), qPrintable(banner(w)));

  // Step (N) steps both; with A's settings B repeats A bit for bit
  for (int k = 0; k < 4; ++k) w.stepAction()->trigger();
  settle(w);
  QTRY_COMPARE(w.bridge().current()->step, std::int64_t(11));
  QTRY_COMPARE(w.bridge().comparedCurrent()->step, std::int64_t(11));
  QCOMPARE(losses(*w.bridge().comparedCurrent(), 7), losses(*w.bridge().current(), 7));
  QCOMPARE(losses(*w.bridge().current(), 7).size(), std::size_t(4));
  // the status bar reports both runs
  QVERIFY(w.findChild<QLabel*>(QStringLiteral("status.step"))->text().contains(QStringLiteral("B:")));

  w.compareAction()->trigger();  // off again
  QVERIFY(!w.comparison()->active());
  QVERIFY(!w.bridge().comparedCurrent());
  QVERIFY(!w.findChild<QToolBar*>(QStringLiteral("toolbar.compare"))->isVisible());
}

void TestCompare::theModelPanelEditsBAlone() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  w.bridge().engine().sync();
  auto* model = static_cast<ModelPanel*>(w.panelFor(QStringLiteral("model")));
  QVERIFY(!model->editsB());
  w.toggleCompare(true);
  QVERIFY(model->editsB());  // B is the run the user changes
  settle(w);
  w.raisePanel(QStringLiteral("model"));
  QTRY_VERIFY(model->findChild<QWidget*>(QStringLiteral("runChooser"))->isVisible());

  const double thresholdA = w.bridge().current()->config.clip.threshold;
  auto* threshold = model->findChild<QDoubleSpinBox*>(QStringLiteral("clipThresholdSpin"));
  QVERIFY(threshold);
  threshold->setValue(thresholdA / 4);
  settle(w);
  QCOMPARE(w.bridge().comparedCurrent()->config.clip.threshold, thresholdA / 4);
  QCOMPARE(w.bridge().current()->config.clip.threshold, thresholdA);  // A keeps its own
  QTRY_VERIFY2(banner(w).contains(QStringLiteral("clip.threshold")), qPrintable(banner(w)));

  // the panel shows the run it edits
  model->findChild<QPushButton*>(QStringLiteral("editRunA"))->click();
  QVERIFY(!model->editsB());
  w.bridge().renderAgainNextTick();
  w.bridge().deliverNow();
  QTRY_COMPARE(threshold->value(), thresholdA);
  model->findChild<QPushButton*>(QStringLiteral("editRunB"))->click();
  w.bridge().renderAgainNextTick();
  w.bridge().deliverNow();
  QTRY_COMPARE(threshold->value(), thresholdA / 4);
}

void TestCompare::viewSettingsReachBoth() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  w.bridge().engine().sync();
  w.toggleCompare(true);
  w.postChecked(command::SetSampling{U"Th", 20, 0.5, {}});
  w.postChecked(command::SampleNow{});
  settle(w);
  for (const auto& s : {w.bridge().current(), w.bridge().comparedCurrent()}) {
    QVERIFY(s->sample.prime == U"Th");
    QCOMPARE(s->sample.temperature, 0.5);
    QCOMPARE(s->sample.text.size(), std::size_t(20));
  }
  w.postChecked(command::SetConcept{"brackets"});
  settle(w);
  QCOMPARE(w.bridge().comparedCurrent()->conceptName, std::string("brackets"));
}

void TestCompare::everyCommandHasARoute() {
  using R = Comparison::Route;
  QCOMPARE(Comparison::routeOf(command::Play{}), R::Both);
  QCOMPARE(Comparison::routeOf(command::Step{3}), R::Both);
  QCOMPARE(Comparison::routeOf(command::SetSampling{}), R::Both);
  QCOMPARE(Comparison::routeOf(command::SetClip{}), R::EditedRun);
  QCOMPARE(Comparison::routeOf(command::Configure{}), R::EditedRun);
  QCOMPARE(Comparison::routeOf(command::PreviewStep{}), R::A);
  QCOMPARE(Comparison::routeOf(command::SaveRun{}), R::A);
  QCOMPARE(Comparison::routeOf(command::LoadCheckpoint{}), R::EndsComparison);
  QCOMPARE(Comparison::routeOf(command::OpenRun{}), R::EndsComparison);
}

void TestCompare::replacingAsRunEndsTheComparison() {
  MainWindow w(tinyLesson(), testOptions());
  w.setConfirm([](const QString&) { return true; });
  w.show();
  Engine& a = w.bridge().engine();
  QTemporaryDir dir;
  const std::string path = dir.filePath(QStringLiteral("m.safetensors")).toStdString();
  a.post(command::SaveCheckpoint{path});
  a.sync();
  w.toggleCompare(true);
  QVERIFY(w.comparison()->active());
  w.postChecked(command::LoadCheckpoint{path});
  QVERIFY(!w.comparison()->active());
  QVERIFY(!w.compareAction()->isChecked());
  settle(w);
  QVERIFY(!w.bridge().current()->message.isError());
}

void TestCompare::rewindTakesBothBack() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& a = w.bridge().engine();
  a.post(command::SetRewind{5, 64});
  a.sync();
  w.toggleCompare(true);  // at step 0: B keeps its own points every 5 steps too
  w.postChecked(command::SetRewind{5, 64});
  w.postChecked(command::Step{12});
  settle(w);
  QCOMPARE(w.bridge().comparedCurrent()->rewind.steps, (std::vector<std::int64_t>{0, 5, 10}));
  w.rewindAction()->trigger();
  settle(w);
  QTRY_COMPARE(w.bridge().current()->step, std::int64_t(10));
  QTRY_COMPARE(w.bridge().comparedCurrent()->step, std::int64_t(10));
  QCOMPARE(losses(*w.bridge().comparedCurrent()), losses(*w.bridge().current()));
}

// The exploding lesson: A without clipping, B clipped by norm 1, both from step 0 with the same
// seed: the same first weights and data, so the first loss is the same; the updates differ.
void TestCompare::aLessonOpensComparing() {
  const Lesson lesson = tinyLesson(QStringLiteral("exploding"));
  QCOMPARE(lesson.compareRun, QStringLiteral("clipped"));
  MainWindow w(lesson, testOptions());
  w.show();
  QVERIFY(w.comparison()->active());
  QCOMPARE(w.comparison()->branchStep(), std::int64_t(-1));
  QVERIFY(w.compareAction()->isChecked());
  w.postChecked(command::Step{3});
  settle(w);
  const auto a = w.bridge().current();
  const auto b = w.bridge().comparedCurrent();
  QCOMPARE(toString(a->config.clip.mode), std::string("none"));
  QCOMPARE(toString(b->config.clip.mode), std::string("norm"));
  QCOMPARE(b->step, std::int64_t(3));
  const auto la = losses(*a), lb = losses(*b);
  QCOMPARE(la.size(), std::size_t(3));
  QCOMPARE(lb.front(), la.front());
  QVERIFY(lb.back() != la.back());
  QTRY_VERIFY2(banner(w).contains(QStringLiteral("clip.mode: none → norm")), qPrintable(banner(w)));
  QVERIFY2(banner(w).contains(QStringLiteral("step 0")), qPrintable(banner(w)));

  w.switchLesson(tinyLesson());  // a lesson with one run ends compare mode
  QVERIFY(!w.comparison()->active());
  w.switchLesson(lesson);
  QVERIFY(w.comparison()->active());
}

void TestCompare::settingsDifferenceNamesWhatBChanges() {
  TrainConfig a = lessonById(QStringLiteral("default")).config;
  TrainConfig b = a;
  QCOMPARE(settingsDifference(a, b), QString());
  b.model.cell = CellKind::Rnn;
  b.optimizer.learningRate = 0.5;
  const QString d = settingsDifference(a, b);
  QVERIFY2(d.contains(QStringLiteral("model.cell: lstm → rnn")), qPrintable(d));
  QVERIFY2(d.contains(QStringLiteral("optimizer.lr: ")) && d.contains(QStringLiteral("→ 0.5")), qPrintable(d));
  QCOMPARE(d.count(QLatin1Char('\n')), 1);
}

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
