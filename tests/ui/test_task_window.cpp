// Sequence tasks in the window (docs/tasks.md, "In the app"): a task lesson opens its task with
// its predictions in front; the model panel's chooser opens a task and goes back to a text; a
// task that cannot open leaves the text and says why.
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/lessons.h"
#include "ui/main_window.h"
#include "ui/session_autosave.h"
#include "ui/panels/model_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

MainWindowOptions testOptions() {
  MainWindowOptions o;
  o.persistSettings = false;
  o.lessonFromShippedState = false;
  o.initialSize = QSize(1600, 1000);  // the wide classroom: the settings beside the charts
  return o;
}

void settle(MainWindow& w) {
  w.bridge().engine().sync();
  if (Engine* b = w.bridge().comparedEngine()) b->sync();
  w.bridge().deliverNow();
}

// Dock tabs raise on the event loop; the tabs behind the one in front are moved out of the
// window (offscreen, every widget reports itself visible).
bool inFront(MainWindow& w, const QString& key) {
  QCoreApplication::processEvents();
  return w.dockFor(key)->geometry().intersects(w.rect());
}

void choose(QComboBox* combo, int index) {
  combo->setCurrentIndex(index);
  emit combo->activated(index);
}

}  // namespace

class TestTaskWindow : public QObject {
  Q_OBJECT
private slots:
  void aTaskLessonOpensItsTaskWithItsPredictionsInFront();
  void theModelPanelOpensATaskAndGoesBackToAText();
  void aTaskThatCannotOpenKeepsTheText();
  void aTaskIsNotAutosaved();
};

void TestTaskWindow::aTaskLessonOpensItsTaskWithItsPredictionsInFront() {
  Lesson lesson = lessonById(QStringLiteral("captioning"));
  QVERIFY(lesson.task.has_value());
  lesson.task->source = "builtin:shapes-caption:300:1";
  lesson.task->config.model.hidden = 16;
  MainWindow w(lesson, testOptions());
  w.show();
  w.postChecked(command::Step{2});
  settle(w);
  const auto& s = w.bridge().current();
  QVERIFY(s->task);
  QVERIFY(s->task->kind == TaskKind::Caption);
  QCOMPARE(s->step, std::int64_t(2));
  QTRY_VERIFY(inFront(w, QStringLiteral("predictions")));
  QVERIFY(!inFront(w, QStringLiteral("samples")));
  QVERIFY(!s->task->predictions.empty());
}

void TestTaskWindow::theModelPanelOpensATaskAndGoesBackToAText() {
  Lesson lesson = lessonById(QStringLiteral("default"));
  lesson.corpusSource = "builtin:dialogue:20000";
  lesson.config.model.hidden = 16;
  lesson.config.batch = 4;
  lesson.config.seqLen = 16;
  MainWindow w(lesson, testOptions());
  w.setConfirm([](const QString&) { return true; });
  w.show();
  settle(w);
  QTRY_COMPARE(w.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"))->value(), 16);  // the panel shows the run
  auto* combo = w.findChild<QComboBox*>(QStringLiteral("taskCombo"));
  auto* apply = w.findChild<QPushButton*>(QStringLiteral("applyButton"));
  QVERIFY(combo && apply);
  QCOMPARE(combo->currentIndex(), 0);  // the language model
  const int reverse = combo->findData(QStringLiteral("builtin:reverse:20000:1"));
  QVERIFY(reverse > 0);
  choose(combo, reverse);
  QVERIFY(apply->isEnabled());
  apply->click();
  settle(w);
  QVERIFY(w.bridge().current()->task);
  QVERIFY(w.bridge().current()->task->kind == TaskKind::Seq2Seq);
  QCOMPARE(w.bridge().current()->config.model.hidden, 16);  // the panel's settings went with it
  QTRY_VERIFY(inFront(w, QStringLiteral("predictions")));

  choose(combo, 0);
  apply->click();
  settle(w);
  QVERIFY(!w.bridge().current()->task);
  QVERIFY(!w.bridge().current()->message.isError());
  QTRY_VERIFY(inFront(w, QStringLiteral("samples")));
  w.postChecked(command::Step{1});
  settle(w);
  QCOMPARE(w.bridge().current()->step, std::int64_t(1));
}

void TestTaskWindow::aTaskThatCannotOpenKeepsTheText() {
  Lesson lesson = lessonById(QStringLiteral("default"));
  lesson.corpusSource = "builtin:dialogue:20000";
  lesson.config.model.hidden = 16;
  MainWindow w(lesson, testOptions());
  w.setConfirm([](const QString&) { return true; });
  w.show();
  settle(w);
  const std::string corpus = w.bridge().current()->corpusName;
  command::OpenTask open;
  open.source = "/nonexistent/reviews.tsv";
  w.postChecked(open);
  settle(w);
  QVERIFY(!w.bridge().current()->task);
  QVERIFY(w.bridge().current()->message.isError());
  QCOMPARE(w.bridge().current()->corpusName, corpus);
}

// A task's session cannot be saved: the autosave leaves it alone instead of reporting a refusal.
void TestTaskWindow::aTaskIsNotAutosaved() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  MainWindowOptions options = testOptions();
  options.autosaveDirectory = dir.path();
  options.autosaveIntervalMs = 3600 * 1000;  // the test saves by hand
  Lesson lesson = lessonById(QStringLiteral("reversal"));
  lesson.task->source = "builtin:reverse:300:1";
  lesson.task->config.model.hidden = 16;
  MainWindow w(lesson, options);
  QVERIFY(w.autosave() && w.autosave()->active());
  Engine& engine = w.bridge().engine();
  engine.waitFor(engine.post(command::Step{3}));
  w.bridge().deliverNow();
  QVERIFY(w.bridge().current()->task);
  w.autosave()->saveIfChanged();
  engine.sync();
  QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("session.json"))));
  QVERIFY2(!engine.latest()->message.isError(), englishText(engine.latest()->message).c_str());
}

QTEST_MAIN(TestTaskWindow)
#include "test_task_window.moc"
