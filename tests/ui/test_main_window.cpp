// The main window drives a real engine: play, pause, step, live settings, the reset question,
// lessons, and the --screenshot routine.
#include <set>

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "ui/lessons.h"
#include "ui/lesson_state.h"
#include "ui/main_window.h"
#include "ui/panels/bptt_panel.h"
#include "ui/panels/rewind_timeline.h"
#include "ui/panels/slow_motion_panel.h"
#include "ui/panels/training_loop_view.h"
#include "ui/session_autosave.h"
#include "ui/tour.h"
#include "ui/widget_highlight.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// The default lesson, shrunk so that a step takes a millisecond or two.
Lesson tinyLesson() {
  Lesson l = lessonById(QStringLiteral("default"));
  l.corpusSource = "builtin:dialogue:20000";
  l.config.model.hidden = 24;
  l.config.batch = 4;
  l.config.seqLen = 16;
  return l;
}

MainWindowOptions testOptions() {
  MainWindowOptions o;
  o.persistSettings = false;
  o.lessonFromShippedState = false;  // tests below count steps from 0; ShippedState tests open one
  o.initialSize = QSize(1400, 900);
  return o;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
private slots:
  void lessonsAreCompiledIn();
  void unknownLessonNamesTheKnownOnes();
  void playTrainsAndPauseStops();
  void stepDoesExactlyOneUpdate();
  void learningRateChangesLive();
  void resetQuestionOnlyAfterTraining();
  void switchingLessonRebuildsTheModel();
  void badFilesShowTheEnginesMessage();
  void everyPanelIsADockWithAStableName();
  void screenshotIsAPicture();
  void screenshotToMissingFolderFails();
  void vietnameseCoversTheInterface();
  void autosaveOffersTheSessionAfterACrash();
  void aLessonOpensAtItsShippedStateOrFromScratch();
  void theTourPointsAtLiveWidgetsAndIsRemembered();
  void lessonPagesFrameWhatTheyTalkAbout();
  void slowMotionRunsTheRealLoopPhaseByPhase();
  void slowMotionStepsIntoTheStepThrough();
  void rewindGoesBackToAKeptPoint();
  void aNonFiniteUpdateOffersARewindWithTheRemedy();
};

void TestMainWindow::lessonsAreCompiledIn() {
  const QStringList ids = lessonIds();
  for (const char* id : {"default", "hello", "vanishing", "exploding", "lstm-highway", "code-cells"})
    QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
  QCOMPARE(ids.first(), QStringLiteral("default"));

  const Lesson d = lessonById(QStringLiteral("default"));
  QCOMPARE(toString(d.config.model.cell), std::string("lstm"));
  QCOMPARE(d.config.model.hidden, 128);
  QCOMPARE(d.config.batch, 32);
  QCOMPARE(d.config.seqLen, 64);
  QCOMPARE(toString(d.config.optimizer.kind), std::string("adam"));
  QCOMPARE(d.config.optimizer.learningRate, 2e-3);
  QCOMPARE(d.corpusSource, std::string("builtin:dialogue"));
  QVERIFY(!d.description.isEmpty());
  QVERIFY(!d.lookAt.isEmpty());

  const Lesson v = lessonById(QStringLiteral("vanishing"));
  QCOMPARE(toString(v.config.model.cell), std::string("rnn"));
  QCOMPARE(v.config.init.spectralRadius, 0.9);
  QCOMPARE(toString(v.config.init.scheme), std::string("orthogonal"));  // so that sigma_max = rho = 0.9
  QCOMPARE(toString(v.config.clip.mode), std::string("none"));
  QVERIFY(!v.claims.isEmpty());
  QCOMPARE(v.steps, 600);
  const Lesson e = lessonById(QStringLiteral("exploding"));
  QCOMPARE(e.config.init.spectralRadius, 2.0);
  QCOMPARE(toString(e.config.clip.mode), std::string("none"));
  QCOMPARE(lessonById(QStringLiteral("code-cells")).conceptName, std::string("indent"));
  QCOMPARE(toString(lessonById(QStringLiteral("lstm-highway")).config.model.cell), std::string("lstm"));
  for (const Lesson& l : builtinLessons()) {
    const EngineSetup setup = l.toSetup();
    QVERIFY2(setup.corpusSource.empty() == setup.task.has_value(), qPrintable(l.id));  // a text or a task
  }
  QVERIFY(lessonById(QStringLiteral("captioning")).toSetup().task.has_value());
}

void TestMainWindow::unknownLessonNamesTheKnownOnes() {
  try {
    lessonById(QStringLiteral("no-such-lesson"));
    QFAIL("an unknown lesson was accepted");
  } catch (const std::exception& e) {
    const QString message = QString::fromUtf8(e.what());
    QVERIFY2(message.contains(QStringLiteral("no-such-lesson")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("default")) && message.contains(QStringLiteral("vanishing")),
             qPrintable(message));
  }
  QVERIFY_THROWS_EXCEPTION(std::exception, parseLesson("{\"id\": \"x\"}", QStringLiteral("broken.json")));
  QVERIFY_THROWS_EXCEPTION(std::exception, parseLesson("not json", QStringLiteral("broken.json")));
}

void TestMainWindow::playTrainsAndPauseStops() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  engine.sync();
  QCOMPARE(engine.stepsDone(), 0);
  QVERIFY(!w.playAction()->isChecked());
  QCOMPARE(w.playAction()->shortcut(), QKeySequence(Qt::Key_Space));

  w.playAction()->trigger();
  QVERIFY(w.playAction()->isChecked());
  QTRY_VERIFY_WITH_TIMEOUT(engine.stepsDone() > 10, 20000);
  // the views got snapshots of a running engine, not only the engine's counters moved
  QTRY_VERIFY_WITH_TIMEOUT(w.bridge().current()->running && w.bridge().current()->step > 0, 5000);
  QVERIFY(w.bridge().frameStats().frames > 0);

  w.playAction()->trigger();
  QVERIFY(!w.playAction()->isChecked());
  engine.sync();
  const auto stopped = engine.stepsDone();
  QTest::qWait(400);
  QCOMPARE(engine.stepsDone(), stopped);
  QTRY_VERIFY_WITH_TIMEOUT(!w.bridge().current()->running, 5000);
  QCOMPARE(w.bridge().current()->step, stopped);
  QVERIFY(!w.playAction()->isChecked());  // a snapshot of the paused engine keeps it off
}

void TestMainWindow::stepDoesExactlyOneUpdate() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  engine.sync();
  QCOMPARE(w.stepAction()->shortcut(), QKeySequence(Qt::Key_N));
  for (int expected = 1; expected <= 3; ++expected) {
    w.stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(engine.stepsDone(), std::int64_t(expected), 10000);
    QTest::qWait(150);
    QCOMPARE(engine.stepsDone(), std::int64_t(expected));
    QTRY_COMPARE_WITH_TIMEOUT(w.bridge().current()->step, std::int64_t(expected), 5000);
  }
  QVERIFY(!w.bridge().current()->running);
  QVERIFY(!w.playAction()->isChecked());
}

void TestMainWindow::learningRateChangesLive() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  w.stepAction()->trigger();
  engine.sync();
  OptimizerConfig o = w.bridge().current()->config.optimizer;
  QCOMPARE(o.learningRate, 2e-3);
  o.learningRate = 0.0123;
  QVERIFY(w.postChecked(command::SetOptimizer{o}));  // live: no question, no reset
  engine.sync();
  w.bridge().deliverNow();
  QCOMPARE(w.bridge().current()->config.optimizer.learningRate, 0.0123);
  QVERIFY(w.bridge().current()->step >= 1);  // training was kept
}

void TestMainWindow::resetQuestionOnlyAfterTraining() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  int asked = 0;
  bool answer = false;
  w.setConfirm([&](const QString& question) {
    ++asked;
    if (!question.contains(QStringLiteral("resets"))) qWarning("unexpected question: %s", qPrintable(question));
    return answer;
  });
  engine.sync();
  w.bridge().deliverNow();

  TrainConfig bigger = w.bridge().current()->config;
  bigger.model.hidden = 32;
  QVERIFY(w.postChecked(command::Configure{bigger}));  // nothing trained yet: no question
  QCOMPARE(asked, 0);
  engine.sync();
  w.bridge().deliverNow();
  QCOMPARE(w.bridge().current()->config.model.hidden, 32);

  w.stepAction()->trigger();
  QTRY_COMPARE_WITH_TIMEOUT(engine.stepsDone(), std::int64_t(1), 10000);
  engine.sync();
  w.bridge().deliverNow();
  bigger.model.hidden = 40;
  QVERIFY(!w.postChecked(command::Configure{bigger}));  // declined: nothing happens
  QCOMPARE(asked, 1);
  QVERIFY(!w.postChecked(command::LoadCorpus{"builtin:code:20000"}));
  QCOMPARE(asked, 2);
  engine.sync();
  w.bridge().deliverNow();
  QCOMPARE(w.bridge().current()->config.model.hidden, 32);
  QCOMPARE(w.bridge().current()->step, std::int64_t(1));

  answer = true;
  QVERIFY(w.postChecked(command::Configure{bigger}));
  QCOMPARE(asked, 3);
  engine.sync();
  w.bridge().deliverNow();
  QCOMPARE(w.bridge().current()->config.model.hidden, 40);
  QCOMPARE(w.bridge().current()->step, std::int64_t(0));
}

void TestMainWindow::switchingLessonRebuildsTheModel() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  Lesson vanishing = lessonById(QStringLiteral("vanishing"));
  vanishing.corpusSource = "builtin:dialogue:20000";
  vanishing.config.model.hidden = 16;
  w.switchLesson(vanishing);
  engine.sync();
  w.bridge().deliverNow();
  const auto& s = *w.bridge().current();
  QCOMPARE(toString(s.config.model.cell), std::string("rnn"));
  QCOMPARE(s.config.model.hidden, 16);
  QCOMPARE(s.config.init.spectralRadius, 0.9);
  QCOMPARE(toString(s.config.clip.mode), std::string("none"));
  QCOMPARE(w.lesson().id, QStringLiteral("vanishing"));
  QVERIFY(w.windowTitle().contains(vanishing.displayTitle()));
  QVERIFY(!s.message.isError());
}

void TestMainWindow::badFilesShowTheEnginesMessage() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  QFile garbage(dir.filePath(QStringLiteral("garbage.safetensors")));
  QVERIFY(garbage.open(QIODevice::WriteOnly));
  garbage.write("this is not a checkpoint");
  garbage.close();

  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  const auto* message = w.findChild<QLabel*>(QStringLiteral("engineMessage"));
  QVERIFY(message);

  QVERIFY(w.postChecked(command::LoadCorpus{dir.filePath(QStringLiteral("missing.txt")).toStdString()}));
  engine.sync();
  w.bridge().deliverNow();
  QVERIFY(w.bridge().current()->message.isError());
  QVERIFY2(message->text().contains(QStringLiteral("missing.txt")), qPrintable(message->text()));
  QVERIFY(message->styleSheet().contains(QStringLiteral("#c62828")));  // errors in red

  QVERIFY(w.postChecked(command::LoadCheckpoint{garbage.fileName().toStdString()}));
  engine.sync();
  w.bridge().deliverNow();
  QVERIFY(w.bridge().current()->message.isError());
  QVERIFY(!message->text().isEmpty());

  // the session survives: it still trains
  w.stepAction()->trigger();
  QTRY_COMPARE_WITH_TIMEOUT(engine.stepsDone(), std::int64_t(1), 10000);
}

void TestMainWindow::everyPanelIsADockWithAStableName() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  QCOMPARE(w.panels().size(), std::size_t(11));
  std::set<QString> keys;
  for (Panel* p : w.panels()) {
    QVERIFY(!p->key().isEmpty());
    keys.insert(p->key());
    QDockWidget* dock = w.dockFor(p->key());
    QVERIFY2(dock != nullptr, qPrintable(p->key()));
    QVERIFY(dock->isAncestorOf(p));
    QCOMPARE(dock->windowTitle(), p->title());
  }
  QCOMPARE(keys.size(), std::size_t(11));
  auto visiblePanels = [&w] {
    int n = 0;
    for (Panel* p : w.panels()) n += w.isShowing(p) ? 1 : 0;
    return n;
  };
  // The classroom layout at 1400 px: one chart (loss) in the middle, one text panel (samples) on
  // the right; the other charts, the cells and the settings wait behind tabs.
  QTRY_COMPARE(visiblePanels(), 2);
  QVERIFY(w.isShowing(w.panels()[1]));
  QVERIFY(w.size().width() <= 1400 && w.size().height() <= 900);  // the window stays the size it was given

  // Every panel but the step-through of BPTT, which needs the room of a tab (behind the cells),
  // and the gradient-flow toy (a tab behind the gradient flow it explains).
  w.showEveryPanel();
  QTRY_COMPARE(visiblePanels(), 7);
  QVERIFY(!w.isShowing(w.panelFor(QStringLiteral("toy"))));
  const QByteArray state = w.saveState(1);
  w.dockFor(w.panels()[1]->key())->hide();
  QVERIFY(!w.isShowing(w.panels()[1]));
  QVERIFY(w.restoreState(state, 1));
  QTRY_VERIFY(w.isShowing(w.panels()[1]));
  w.resetLayout();
  QTRY_COMPARE(visiblePanels(), 2);
  // Wide enough for the settings beside the charts: they get their own column.
  w.resize(1700, 1000);
  w.resetLayout();
  QTRY_COMPARE(visiblePanels(), 3);
  QTRY_VERIFY(w.isShowing(w.panels()[0]));
}

void TestMainWindow::screenshotIsAPicture() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  const QString path = dir.filePath(QStringLiteral("shot.png"));
  const QString error = captureAfterSteps(w, 5, path);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(w.bridge().engine().stepsDone(), std::int64_t(5));
  QCOMPARE(w.bridge().current()->step, std::int64_t(5));

  QImage image(path);
  QVERIFY(!image.isNull());
  QCOMPARE(image.size(), w.size() * w.devicePixelRatio());
  std::set<QRgb> colours;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) colours.insert(image.pixel(x, y));
  QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
  const auto* stepLabel = w.findChild<QLabel*>(QStringLiteral("status.step"));
  QVERIFY(stepLabel && stepLabel->text().contains(QStringLiteral("5")));
}

void TestMainWindow::screenshotToMissingFolderFails() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  const QString error = saveWindowPicture(w, QStringLiteral("/nonexistent-folder-rnnscope/shot.png"));
  QVERIFY(!error.isEmpty());
  QVERIFY2(error.contains(QStringLiteral("nonexistent-folder-rnnscope")), qPrintable(error));
}


void TestMainWindow::vietnameseCoversTheInterface() {
  QTranslator vi;
  QVERIFY(vi.load(QStringLiteral(":/i18n/rnnscope_vi.qm")));
  QCoreApplication::installTranslator(&vi);
  // every lesson text, as the Lessons menu and the banner show it
  for (const Lesson& l : builtinLessons()) {
    QVERIFY2(l.displayTitle() != l.title, qPrintable(l.title));
    QVERIFY2(l.displayDescription() != l.description, qPrintable(l.id));
    QVERIFY2(l.lookAt.isEmpty() || l.displayLookAt() != l.lookAt, qPrintable(l.id));
  }
  {
    MainWindow w(tinyLesson(), testOptions());
    w.show();
    QStringList menus;
    for (QAction* a : w.menuBar()->actions()) menus << a->text();
    QVERIFY2(!menus.contains(QStringLiteral("&File")) && menus.contains(QStringLiteral("&Tệp")), qPrintable(menus.join(u' ')));
    // the shared widgets' strings (the note toggle of every panel) live in a context of their own
    int translatedToggles = 0;
    for (Panel* p : w.panels())
      for (QToolButton* b : p->findChildren<QToolButton*>()) {
        QVERIFY2(b->text() != QStringLiteral("What am I looking at?"), qPrintable(p->key()));
        translatedToggles += b->text() == QStringLiteral("Khung này cho thấy gì?") ? 1 : 0;
      }
    QCOMPARE(translatedToggles, 10);
    QCOMPARE(w.dockFor(QStringLiteral("loss"))->windowTitle(), QStringLiteral("Hàm mất mát"));
  }
  QCoreApplication::removeTranslator(&vi);
}

// A window that is destroyed without being closed stands for a crash: its marker stays behind,
// and the next window offers what it saved.
void TestMainWindow::autosaveOffersTheSessionAfterACrash() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  MainWindowOptions options = testOptions();
  options.autosaveDirectory = dir.path();
  options.autosaveIntervalMs = 3600 * 1000;  // the test saves by hand
  {
    MainWindow crashed(tinyLesson(), options);
    QVERIFY(crashed.autosave() && crashed.autosave()->active());
    QVERIFY(!crashed.autosave()->leftByCrash());
    Engine& engine = crashed.bridge().engine();
    engine.waitFor(engine.post(command::Step{4}));
    crashed.bridge().deliverNow();
    crashed.autosave()->saveIfChanged();
    engine.sync();
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("session.json"))));
    QCOMPARE(crashed.autosave()->saved()->step, std::int64_t(4));
    engine.waitFor(engine.post(command::Step{2}));  // trained on, not saved: lost in the crash
  }
  MainWindow next(tinyLesson(), options);
  QVERIFY(next.autosave()->leftByCrash());
  QString asked;
  next.setConfirmRestore([&](const QString& question) {
    asked = question;
    return true;
  });
  next.offerRestoreAfterCrash();
  QVERIFY(asked.contains(QStringLiteral("4")));
  Engine& engine = next.bridge().engine();
  engine.sync();
  const auto restored = engine.latest();
  QCOMPARE(restored->step, std::int64_t(4));
  QCOMPARE(restored->message.code, EngineMessage::Code::SessionRestored);
  QVERIFY(!next.autosave()->leftByCrash());  // offered once

  // quitting saves the session and leaves no marker: the next start offers nothing
  engine.waitFor(engine.post(command::Step{1}));
  next.close();
  QCOMPARE(next.autosave()->saved()->step, std::int64_t(5));
  MainWindow after(tinyLesson(), options);
  QVERIFY(!after.autosave()->leftByCrash());
}

// The default lesson ships its state at step 1000 (docs/lessons.md, "Shipped states"): it opens
// there with the curve that led there, its claim already on the screen; "From scratch" starts
// it again at step 0, and "From step 1000" brings the state back.
void TestMainWindow::aLessonOpensAtItsShippedStateOrFromScratch() {
  QVERIFY(hasShippedState(QStringLiteral("default")));
  QVERIFY(!hasShippedState(QStringLiteral("hello")));
  MainWindowOptions options = testOptions();
  options.lessonFromShippedState = true;
  const Lesson lesson = lessonById(QStringLiteral("default"));
  MainWindow w(lesson, options);
  int asked = 0;
  w.setConfirm([&](const QString&) { return ++asked, true; });
  w.show();
  Engine& engine = w.bridge().engine();
  const auto opened = [&](std::int64_t step) {
    engine.sync();
    w.bridge().deliverNow();
    const auto s = engine.latest();
    QCOMPARE(s->step, step);
    QCOMPARE(s->metrics.size(), static_cast<std::size_t>(step));
  };
  opened(lesson.steps);
  QCOMPARE(engine.latest()->message.code, EngineMessage::Code::StateOpened);
  double lastLoss = NAN;
  engine.latest()->metrics.forEach([&](const MetricsPoint& p) { lastLoss = p.loss; });
  QVERIFY2(lastLoss < 1.0, "the lesson's claim: the loss falls below 1 nat per character within 1000 steps");
  auto* start = w.findChild<QToolButton*>(QStringLiteral("lessonStart"));
  QVERIFY(start && start->isVisible());
  QVERIFY2(start->text().contains(QStringLiteral("1000")), qPrintable(start->text()));

  w.findChild<QAction*>(QStringLiteral("lessonFromScratch"))->trigger();
  opened(0);
  QCOMPARE(asked, 0);  // nothing was trained since the lesson opened: nothing to lose
  QVERIFY2(!start->text().contains(QStringLiteral("1000")), qPrintable(start->text()));
  w.findChild<QAction*>(QStringLiteral("lessonFromShippedState"))->trigger();
  opened(lesson.steps);
  QCOMPARE(asked, 0);

  engine.waitFor(engine.post(command::Step{2}));
  w.bridge().deliverNow();
  w.switchLesson(lessonById(QStringLiteral("hello")));
  opened(0);  // hello trains in a blink: it ships no state
  QVERIFY(!start->isVisible());
}

// Six pages or fewer, each framing a widget that is on the screen, the card beside it and
// inside the window; Next, Back and Skip; finished or skipped, it is not offered again.
void TestMainWindow::theTourPointsAtLiveWidgetsAndIsRemembered() {
  QStandardPaths::setTestModeEnabled(true);  // QSettings in a test location
  QSettings().remove(QStringLiteral("tour/seen"));
  MainWindowOptions options = testOptions();
  options.persistSettings = true;
  {
    MainWindow w(tinyLesson(), options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TourCard* tour = w.tourCard();
    QTRY_VERIFY(tour->isVisible());  // the first start opens it by itself
    QVERIFY(tour->pageCount() >= 4 && tour->pageCount() <= 6);
    auto* highlight = w.findChild<WidgetHighlight*>();
    QVERIFY(highlight);
    for (int page = 0; page < tour->pageCount(); ++page) {
      QCOMPARE(tour->page(), page);
      QWidget* target = highlight->target();
      QVERIFY2(target && target->isVisible(), qPrintable(QString::number(page)));
      QTRY_VERIFY(highlight->isVisible());
      const QRect frame = highlight->geometry();
      const QRect widget(target->mapTo(&w, QPoint(0, 0)), target->size());
      QVERIFY2(frame.contains(widget.intersected(w.rect())), qPrintable(QString::number(page)));
      QVERIFY2(w.rect().contains(tour->geometry()), qPrintable(QString::number(page)));
      QVERIFY2(!tour->geometry().intersects(widget) || widget.contains(tour->geometry()),
               "the card sits beside the frame, or inside a widget too large to sit beside");
      QVERIFY(tour->isVisible());
      if (page == 1) {
        tour->back();
        QCOMPARE(tour->page(), 0);
        tour->next();
      }
      tour->next();
    }
    QVERIFY(!tour->isVisible());
    QVERIFY(!highlight->isVisible());
    QVERIFY(QSettings().value(QStringLiteral("tour/seen")).toBool());
  }
  {
    MainWindow again(tinyLesson(), options);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::qWait(600);
    QVERIFY(!again.tourCard()->isVisible());  // remembered
    again.startTour();                        // Help → Tour of the window
    QVERIFY(again.tourCard()->isVisible());
    QTest::keyClick(again.tourCard(), Qt::Key_Escape);
    QVERIFY(!again.tourCard()->isVisible());
  }
  QSettings().remove(QStringLiteral("tour/seen"));
}

// A lesson's text as pages: the arrows page through it, and each page with a "highlight"
// frames that widget of the window, for every page of every built-in lesson.
void TestMainWindow::lessonPagesFrameWhatTheyTalkAbout() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  auto* highlight = w.findChild<WidgetHighlight*>();
  int framed = 0;
  for (const Lesson& lesson : builtinLessons()) {
    w.switchLesson(lesson, false);
    QCOMPARE(w.lessonPage(), 0);
    for (int page = 0; page < static_cast<int>(lesson.pages.size()); ++page) {
      w.showLessonPage(page);
      QCOMPARE(w.lessonPage(), page);
      const QString target = lesson.pages[static_cast<std::size_t>(page)].highlight;
      if (target.isEmpty()) continue;
      QWidget* widget = w.widgetFor(target);
      QVERIFY2(widget, qPrintable(lesson.id + QStringLiteral(": no widget ") + target));
      QCOMPARE(highlight->target(), widget);
      QTRY_VERIFY2(widget->isVisible() && highlight->isVisible(), qPrintable(lesson.id + QStringLiteral(": ") + target));
      ++framed;
    }
  }
  QVERIFY2(framed >= 6, "lessons frame what their pages talk about");
  // the arrows
  w.switchLesson(lessonById(QStringLiteral("default")), false);
  auto* next = w.findChild<QAction*>(QStringLiteral("lessonPageNext"));
  auto* back = w.findChild<QAction*>(QStringLiteral("lessonPageBack"));
  QVERIFY(next && back && next->isVisible());
  QVERIFY(!back->isEnabled());
  next->trigger();
  QCOMPARE(w.lessonPage(), 1);
  QVERIFY(back->isEnabled());
  back->trigger();
  QCOMPARE(w.lessonPage(), 0);
}


// Slow motion is the real loop: each update's pass is shown (forward, loss, backward,
// clipping) before it is applied, then applied (update), and the pass it applies is the one
// that was shown: the loss it records is, bit for bit, the loss the Loss phase showed.
void TestMainWindow::slowMotionRunsTheRealLoopPhaseByPhase() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  engine.sync();
  auto* action = w.findChild<QAction*>(QStringLiteral("action.slowMotion"));
  QVERIFY(action);
  QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_M));
  auto* panel = static_cast<SlowMotionPanel*>(w.panelFor(QStringLiteral("slow_motion")));
  SlowMotion* motion = w.slowMotion();
  motion->setPhaseMilliseconds(30);

  struct Seen {
    TrainingPhase phase;
    std::int64_t update, step, flowStep;
    double flowLoss, lastLoss, updateNorm;
    QString caption;
  };
  std::vector<Seen> seen;
  connect(motion, &SlowMotion::phaseChanged, this, [&](TrainingPhase phase, std::int64_t update) {
    const Snapshot& s = *w.bridge().current();
    seen.push_back({phase, update, s.step, s.flow ? s.flow->step : -1, s.flow ? s.flow->loss : NAN, s.lastLoss,
                    s.flow ? s.flow->updateNorm : NAN, panel->captionText()});
    if (seen.size() == 10) action->trigger();  // off, in the middle of update 2's Update phase
  });
  action->trigger();
  QVERIFY(motion->isOn());
  QTRY_VERIFY_WITH_TIMEOUT(!motion->isOn(), 30000);
  QCOMPARE(seen.size(), std::size_t(10));
  for (std::size_t i = 0; i < seen.size(); ++i) {
    const Seen& e = seen[i];
    const auto update = static_cast<std::int64_t>(i / 5 + 1);
    QCOMPARE(static_cast<int>(e.phase), static_cast<int>(i % 5));
    QCOMPARE(e.update, update);
    QCOMPARE(e.flowStep, update);  // the pass on screen is update N's
    const bool applied = e.phase == TrainingPhase::Update;
    QCOMPARE(e.step, applied ? update : update - 1);  // applied only in the last phase
    QCOMPARE(std::isfinite(e.updateNorm), applied);
    QVERIFY2(e.caption.contains(QStringLiteral("%1 · ").arg(static_cast<int>(e.phase) + 1)), qPrintable(e.caption));
  }
  for (int n = 0; n < 2; ++n) {
    const Seen& loss = seen[static_cast<std::size_t>(5 * n + 1)];
    const Seen& update = seen[static_cast<std::size_t>(5 * n + 4)];
    QVERIFY(loss.caption.contains(QString::number(loss.flowLoss, 'g', 3)));
    QCOMPARE(update.lastLoss, loss.flowLoss);  // the update applied the pass that was shown
    QVERIFY(update.updateNorm > 0);
    QVERIFY(update.caption.contains(QString::number(update.updateNorm, 'g', 3)));
  }
  engine.sync();
  QCOMPARE(engine.stepsDone(), std::int64_t(2));
  QVERIFY(!w.bridge().current()->running);

  // Play takes over from slow motion.
  action->trigger();
  QVERIFY(motion->isOn());
  w.playAction()->trigger();
  QVERIFY(!motion->isOn());
  QVERIFY(!action->isChecked());
  w.playAction()->trigger();
}

void TestMainWindow::slowMotionStepsIntoTheStepThrough() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  w.stepAction()->trigger();
  QTRY_COMPARE_WITH_TIMEOUT(w.bridge().current()->step, std::int64_t(1), 10000);
  engine.sync();
  w.bridge().deliverNow();
  w.raisePanel(QStringLiteral("slow_motion"));
  auto* panel = static_cast<SlowMotionPanel*>(w.panelFor(QStringLiteral("slow_motion")));
  QTRY_VERIFY(w.isShowing(panel));
  auto* bptt = static_cast<BpttPanel*>(w.panelFor(QStringLiteral("bptt")));
  const int T = w.bridge().current()->bptt->T;
  const std::pair<int, int> phaseStage[] = {{0, 0}, {1, T - 1}, {2, T}, {3, 2 * T}, {4, 2 * T}};
  for (const auto& [phase, stage] : phaseStage) {
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("phase%1").arg(phase));
    QVERIFY(button && button->isEnabled());
    button->click();
    QTRY_VERIFY(w.isShowing(bptt));
    QTRY_COMPARE(bptt->stageIndex(), stage);
  }
}

// Rewind from the window: Ctrl+Z goes to the newest point before the current step, and a click
// on a marker under the loss chart goes to that marker's step; the curve goes back with it.
void TestMainWindow::rewindGoesBackToAKeptPoint() {
  MainWindow w(tinyLesson(), testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  engine.post(command::SetRewind{5, 64});
  engine.post(command::Step{12});
  engine.sync();
  w.bridge().deliverNow();
  QCOMPARE(w.bridge().current()->rewind.steps, (std::vector<std::int64_t>{0, 5, 10}));
  QCOMPARE(w.rewindAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
  QVERIFY(w.rewindAction()->isEnabled());
  w.rewindAction()->trigger();
  engine.sync();
  QTRY_COMPARE(w.bridge().current()->step, std::int64_t(10));
  QCOMPARE(w.bridge().current()->metrics.size(), std::size_t(10));
  w.rewindAction()->trigger();  // at a point: the one before it
  engine.sync();
  QTRY_COMPARE(w.bridge().current()->step, std::int64_t(5));

  engine.post(command::Step{10});
  engine.sync();
  w.raisePanel(QStringLiteral("loss"));
  auto* timeline = w.panelFor(QStringLiteral("loss"))->findChild<RewindTimeline*>();
  QVERIFY(timeline);
  QTRY_COMPARE(timeline->points(), (std::vector<std::int64_t>{0, 5, 10, 15}));
  QVERIFY(timeline->summaryText().contains(QStringLiteral(": 4 ")));
  auto* strip = timeline->findChild<QWidget*>(QStringLiteral("rewindStrip"));
  QVERIFY(strip);
  int markerX = -1;  // where the marker of step 10 is drawn
  for (int x = 0; x < strip->width() && markerX < 0; ++x)
    if (timeline->pointAt(x + strip->x()) == 10) markerX = x;
  QVERIFY2(markerX >= 0, "no marker for step 10 on the strip");
  QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(markerX + 3, strip->height() / 2));
  engine.sync();
  QTRY_COMPARE(w.bridge().current()->step, std::int64_t(10));
  QTRY_COMPARE(timeline->points(), (std::vector<std::int64_t>{0, 5, 10}));
}

// A learning rate that makes the loss overflow: training stops, and the window offers to go back
// about 50 steps with the remedy for this run (clipping, which is off).
void TestMainWindow::aNonFiniteUpdateOffersARewindWithTheRemedy() {
  Lesson l = tinyLesson();
  l.config.model.cell = CellKind::Rnn;
  l.config.init.spectralRadius = 3;
  l.config.optimizer.kind = OptimizerKind::Sgd;
  l.config.optimizer.learningRate = 100;  // overflows within a few updates
  l.config.clip.mode = ClipMode::None;
  MainWindow w(l, testOptions());
  w.show();
  Engine& engine = w.bridge().engine();
  engine.post(command::SetRewind{1, 64});
  w.playAction()->trigger();
  QMessageBox* offer = nullptr;
  QTRY_VERIFY_WITH_TIMEOUT((offer = w.findChild<QMessageBox*>(QStringLiteral("rewindOffer"))) != nullptr, 20000);
  const Snapshot& stopped = *w.bridge().current();
  QCOMPARE(stopped.message.code, EngineMessage::Code::NonFinite);
  QVERIFY(!stopped.running);
  const std::int64_t target = stopped.rewind.steps.front();  // fewer than 50 steps trained: the oldest point
  QVERIFY(offer->informativeText().contains(QStringLiteral("clip")));
  auto* remedy = offer->findChild<QPushButton*>(QStringLiteral("rewindWithRemedy"));
  QVERIFY(remedy);
  QVERIFY(remedy->text().contains(QString::number(target)) || offer->findChild<QPushButton*>(QStringLiteral("rewindOnly"))->text().contains(QString::number(target)));
  remedy->click();
  engine.sync();
  QTRY_COMPARE(w.bridge().current()->step, target);
  QVERIFY(w.bridge().current()->config.clip.mode == ClipMode::Norm);
  QCOMPARE(w.bridge().current()->config.clip.threshold, 1.0);
  QCOMPARE(w.bridge().current()->message.code, EngineMessage::Code::Rewound);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
