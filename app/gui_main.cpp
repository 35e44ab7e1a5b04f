// rnnscope: the desktop app. Without flags it opens the window on a lesson, ready to Play.
// --steps/--screenshot and --ui-benchmark drive it without a user (docs/cli.md).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <thread>
#include <vector>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <nlohmann/json.hpp>

#include "ui/language.h"
#include "ui/lessons.h"
#include "ui/slow_motion.h"
#include "ui/tour.h"
#include "ui/main_window.h"
#include "ui/panels/bptt_panel.h"
#include "ui/panels/cells_panel.h"
#include "ui/panels/gradient_flow_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

// Gives lupdate a context ("rnnscope") for the strings of this file.
struct Cli {
  Q_DECLARE_TR_FUNCTIONS(rnnscope)
};

// The application object; during --ui-benchmark it times every event the UI thread dispatches
// (outermost dispatch only), so a frame's time is all the work it causes: rendering, layouts,
// the charts' deferred scene updates and painting.
class App : public QApplication {
public:
  using QApplication::QApplication;
  std::function<void(double ms)> onEventDone;

  bool notify(QObject* receiver, QEvent* event) override {
    if (!onEventDone || depth_ > 0 || QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
    ++depth_;
    QElapsedTimer clock;
    clock.start();
    const bool result = QApplication::notify(receiver, event);
    --depth_;
    onEventDone(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    return result;
  }

private:
  int depth_ = 0;
};

// An event posted to the UI thread from another thread, as the window system posts a click:
// how long it waits before the UI thread handles it is what a user would feel.
class StampedEvent : public QEvent {
public:
  static QEvent::Type kind() {
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
  }
  explicit StampedEvent(std::chrono::steady_clock::time_point posted) : QEvent(kind()), posted_(posted) {}
  std::chrono::steady_clock::time_point posted() const { return posted_; }

private:
  std::chrono::steady_clock::time_point posted_;
};

class LatencyProbe : public QObject {
public:
  double maxDelayMs = 0;
  std::int64_t received = 0;
  bool event(QEvent* e) override {
    if (e->type() != StampedEvent::kind()) return QObject::event(e);
    const auto waited = std::chrono::steady_clock::now() - static_cast<StampedEvent*>(e)->posted();
    maxDelayMs = std::max(maxDelayMs, std::chrono::duration<double, std::milli>(waited).count());
    ++received;
    return true;
  }
};

int fail(const QString& line, int code) {
  std::fprintf(stderr, "rnnscope: %s\n", qPrintable(line));
  return code;
}

// --language given on the command line (before the parser exists: its help is translated).
QString languageArgument(const QStringList& args) {
  for (qsizetype i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--language") && i + 1 < args.size()) return args[i + 1];
    if (args[i].startsWith(QLatin1String("--language="))) return args[i].mid(11);
  }
  return {};
}

void runEventLoopFor(double seconds) {
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), Qt::PreciseTimer, &loop, &QEventLoop::quit);
  loop.exec();
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

double rounded(double x, int decimals) {
  const double f = std::pow(10.0, decimals);
  return std::round(x * f) / f;
}

// --config-patch: the lesson's settings with a JSON merge patch (RFC 7396) applied, so that a
// benchmark or a screenshot can run a lesson at another size without a lesson file of its own.
// Returns one line saying what is wrong, or an empty string.
QString patchSettings(Lesson& lesson, const QString& patchText) {
  const auto patch = nlohmann::json::parse(patchText.toStdString(), nullptr, false);
  if (patch.is_discarded() || !patch.is_object())
    return Cli::tr("--config-patch must be a JSON object, got '%1'").arg(patchText);
  try {
    nlohmann::json settings = lesson.config.toJson();
    settings.merge_patch(patch);
    TrainConfig config = TrainConfig::fromJson(settings);
    config.validate();
    lesson.config = config;
  } catch (const std::exception& e) {
    return Cli::tr("--config-patch: %1").arg(QString::fromUtf8(e.what()));
  }
  return {};
}

// Trains with nothing drawn, then with every panel visible and redrawing; how much training
// speed the UI costs, and how responsive the UI stays while training runs.
// In compare mode both runs train in both halves, and each run's speed is reported.
int runUiBenchmark(MainWindow& window, double seconds) {
  EngineBridge& bridge = window.bridge();
  Comparison& both = *window.comparison();  // posts to A, and to B while comparing
  std::vector<Engine*> engines{&bridge.engine()};
  if (Engine* b = bridge.comparedEngine()) engines.push_back(b);
  const auto syncAll = [&] {
    for (Engine* e : engines) e->sync();
  };
  bridge.setRendering(false);
  both.post(command::SetSpeed{0});
  syncAll();

  // started/stopped bracket exactly the training period, so the benchmark's own waits for the
  // engine (sync after Play and Pause) are not charged to the UI. Returns chars/s per run.
  auto trainFor = [&](double s, const std::function<void()>& started, const std::function<void()>& stopped) {
    both.post(command::Play{});
    syncAll();
    started();
    std::vector<std::int64_t> chars0;
    for (Engine* e : engines) chars0.push_back(e->charactersDone());
    QElapsedTimer clock;
    clock.start();
    runEventLoopFor(s);
    const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::vector<double> rates;
    for (std::size_t i = 0; i < engines.size(); ++i)
      rates.push_back(static_cast<double>(engines[i]->charactersDone() - chars0[i]) / elapsed);
    stopped();
    both.post(command::Pause{});
    syncAll();
    return rates;
  };

  const std::vector<double> headless = trainFor(seconds, [] {}, [] {});

  both.post(command::Reset{});
  syncAll();
  window.showEveryPanel();
  bridge.setRendering(true);
  bridge.deliverNow();
  runEventLoopFor(0.2);
  std::int64_t frames0 = 0;  // set when training starts

  // Two measures of how long a click would wait, taken throughout the GUI half: events posted
  // from another thread every 5 ms (as input arrives), and a 10 ms timer's lateness.
  LatencyProbe probe;
  std::atomic<bool> probing{false};
  std::thread poster;
  auto startProbing = [&] {
    probing = true;
    poster = std::thread([&] {
      while (probing.load()) {
        QCoreApplication::postEvent(&probe, new StampedEvent(std::chrono::steady_clock::now()));
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    });
  };
  // Every event the UI thread handles counts towards the frame it belongs to.
  auto* app = static_cast<App*>(QCoreApplication::instance());
  bridge.setExternalBusyMeter(true);
  app->onEventDone = [&bridge](double ms) { bridge.addBusyTime(ms); };
  double maxDelayMs = 0;
  QElapsedTimer heartbeatClock;
  QTimer heartbeat;
  heartbeat.setTimerType(Qt::PreciseTimer);
  heartbeat.setInterval(10);
  QObject::connect(&heartbeat, &QTimer::timeout, [&] {
    const double sinceLast = static_cast<double>(heartbeatClock.nsecsElapsed()) / 1e6;
    heartbeatClock.restart();
    maxDelayMs = std::max(maxDelayMs, sinceLast - 10.0);
  });
  window.recordRenderTimes(true);
  std::vector<double> history;
  std::int64_t frames = 0;
  const std::vector<double> gui = trainFor(
      seconds,
      [&] {
        bridge.clearFrameHistory();
        frames0 = bridge.frameStats().frames;
        heartbeatClock.start();
        heartbeat.start();
        startProbing();
      },
      [&] {
        heartbeat.stop();
        probing = false;
        poster.join();
        QCoreApplication::sendPostedEvents(&probe);  // those posted before the end count too
        app->onEventDone = nullptr;
        history = bridge.frameHistory();
        frames = bridge.frameStats().frames - frames0;
      });
  // Per panel, on stderr (stdout stays one JSON line): which view costs the frame time.
  window.recordRenderTimes(false);
  for (std::size_t i = 0; i < window.panels().size(); ++i) {
    const auto& ms = window.renderTimes()[i];
    const auto& paint = window.paintTimes()[i];
    std::fprintf(stderr,
                 "rnnscope: %-16s %4zu renders ms median %.2f p99 %.2f max %.2f | %4zu paints ms median %.2f p99 "
                 "%.2f max %.2f\n",
                 qPrintable(window.panels()[i]->key()), ms.size(), percentile(ms, 0.5), percentile(ms, 0.99),
                 percentile(ms, 1.0), paint.size(), percentile(paint, 0.5), percentile(paint, 0.99),
                 percentile(paint, 1.0));
  }
  nlohmann::ordered_json out;
  out["headless_chars_per_sec"] = rounded(headless[0], 0);
  out["gui_chars_per_sec"] = rounded(gui[0], 0);
  out["gui_over_headless"] = rounded(gui[0] / headless[0], 3);
  if (engines.size() > 1) {
    out["b_headless_chars_per_sec"] = rounded(headless[1], 0);
    out["b_gui_chars_per_sec"] = rounded(gui[1], 0);
    out["b_gui_over_headless"] = rounded(gui[1] / headless[1], 3);
  }
  out["frames"] = frames;
  out["frame_ms_median"] = rounded(percentile(history, 0.5), 3);
  out["frame_ms_p99"] = rounded(percentile(history, 0.99), 3);
  out["frame_ms_max"] = rounded(percentile(history, 1.0), 3);
  out["max_event_delay_ms"] = rounded(std::max({0.0, maxDelayMs, probe.maxDelayMs}), 3);
  std::fprintf(stderr,
               "rnnscope: slowest frame %.2f ms; latest posted event %.2f ms (%lld posted), latest timer %.2f ms\n",
               percentile(history, 1.0), probe.maxDelayMs, static_cast<long long>(probe.received),
               std::max(0.0, maxDelayMs));
  std::printf("%s\n", out.dump().c_str());
  std::fflush(stdout);
  return 0;
}

// Trains `steps` updates, then runs slow motion until `phase` of the next update is on show and
// holds it there (for --screenshot --slow-motion). False when it is not reached within a minute.
bool holdSlowMotionAt(MainWindow& window, int steps, TrainingPhase phase) {
  Engine& engine = window.bridge().engine();
  engine.sync();
  if (steps > 0) {
    window.bridge().post(command::Step{steps});
    engine.sync();
  }
  SlowMotion* motion = window.slowMotion();
  QObject::connect(motion, &SlowMotion::phaseChanged, motion, [motion, phase](TrainingPhase shown) {
    if (shown == phase) motion->hold();
  });
  motion->setPhaseMilliseconds(200);
  window.raisePanel(QStringLiteral("slow_motion"));  // in front of the lesson's own panels
  window.findChild<QAction*>(QStringLiteral("action.slowMotion"))->setChecked(true);
  QElapsedTimer waited;
  waited.start();
  while (!motion->held() && motion->isOn() && waited.elapsed() < 60000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return motion->held();
}

}  // namespace

int main(int argc, char** argv) {
  // Eigen parallelises with OpenMP. The engine trains on one thread (lessons set
  // matrixThreads = 1), but should anything start an OpenMP team, its idle workers must sleep
  // instead of spinning on the core the UI draws with. Set before any OpenMP call.
  setenv("OMP_WAIT_POLICY", "passive", 0);
  App app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("rnnscope"));
  QCoreApplication::setApplicationName(QStringLiteral("rnnscope"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RNNSCOPE_VERSION));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("rnnscope"));
  QGuiApplication::setDesktopFileName(QStringLiteral("rnnscope"));
  QApplication::setWindowIcon(rnnscopeIcon());
  // The language: --language, else what the Language menu saved, else the system's.
  const QString languageArg = languageArgument(QCoreApplication::arguments());
  installTranslators(app, availableLanguages().contains(languageArg) ? languageArg : savedLanguage());

  QCommandLineParser parser;
  parser.setApplicationDescription(
      Cli::tr("rnnscope: watch a recurrent neural network learn, live, and step through it."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                        Cli::tr("Open lesson NAME (default: default). Lessons: %1.")
                                            .arg(lessonIds().join(QStringLiteral(", "))),
                                        Cli::tr("NAME"), QStringLiteral("default"));
  const QCommandLineOption stepsOption(QStringLiteral("steps"), Cli::tr("Train N updates at start, then wait (or take the screenshot)."),
                                       Cli::tr("N"));
  const QCommandLineOption fromScratchOption(
      QStringLiteral("from-scratch"),
      Cli::tr("Open the lesson at step 0, from new random weights, even when it ships a state trained ahead of time."));
  const QCommandLineOption tourOption(QStringLiteral("tour-page"),
                                      Cli::tr("Open the tour of the window at page N (for screenshots)."), Cli::tr("N"));
  const QCommandLineOption lessonPageOption(QStringLiteral("lesson-page"),
                                            Cli::tr("Show page N of the lesson's text (for screenshots)."), Cli::tr("N"));
  const QCommandLineOption connectivityOption(
      QStringLiteral("connectivity"),
      Cli::tr("In the Cells view, show the connectivity of the prediction after character N of the probe text."),
      Cli::tr("N"));
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"), Cli::tr("After the steps, save a picture of the window to FILE (PNG) and exit."),
      Cli::tr("FILE"));
  const QCommandLineOption benchmarkOption(
      QStringLiteral("ui-benchmark"),
      Cli::tr("Train for SECONDS without drawing, then SECONDS with every view drawing; print one JSON line and exit."),
      Cli::tr("SECONDS"));
  const QCommandLineOption sizeOption(QStringLiteral("size"),
                                      Cli::tr("With --screenshot: the window's size in pixels (default 1600x1000)."),
                                      Cli::tr("WIDTHxHEIGHT"));
  const QCommandLineOption panelOption(
      QStringLiteral("panel"),
      Cli::tr("With --screenshot: bring panel NAME to the front of its tabs first. Panels: %1.")
          .arg(QStringLiteral("model, loss, gradient_flow, jacobian, weight_spectrum, bptt, slow_motion, toy, cells, samples, predictions")),
      Cli::tr("NAME"));
  const QCommandLineOption panelOnlyOption(
      QStringLiteral("panel-only"), Cli::tr("With --screenshot and --panel: the picture shows that panel alone, floating at --size (default 900x1000)."));
  const QCommandLineOption bpttStageOption(
      QStringLiteral("bptt-stage"),
      Cli::tr("With --screenshot: the step-through of BPTT shows stage N of its pass (0 = forward step 0; "
              "T forward steps, then T backward steps, then the cut)."),
      Cli::tr("N"));
  const QCommandLineOption slowMotionOption(
      QStringLiteral("slow-motion"),
      Cli::tr("With --screenshot: after the steps, run slow motion and take the picture at PHASE of the next update "
              "(forward, loss, backward, clipping or update)."),
      Cli::tr("PHASE"));
  const QCommandLineOption pinRunOption(
      QStringLiteral("pin-run"),
      Cli::tr("Draw the curve of the run folder DIR (rnnscope-cli train's output) beside the live run."), Cli::tr("DIR"));
  const QCommandLineOption compareOption(
      QStringLiteral("compare"),
      Cli::tr("Compare mode: start run B as a copy of the lesson's run when it opens (as Training → Compare A | B; "
              "a lesson with its own run B opens comparing anyway)."));
  const QCommandLineOption heatViewOption(
      QStringLiteral("heat-view"),
      Cli::tr("With --screenshot: what the gradient-flow panel's heat map shows: relative (the last loss over "
              "training, the default), total (the total loss over training) or horizon (each loss of the last window)."),
      Cli::tr("VIEW"));
  const QCommandLineOption configOption(
      QStringLiteral("config-patch"),
      Cli::tr("Change the lesson's training settings with a JSON merge patch, e.g. {\"model\": {\"hidden\": 256}}."),
      Cli::tr("JSON"));
  const QCommandLineOption languageOption(QStringLiteral("language"),
                                          Cli::tr("Interface language: en or vi (default: as chosen in the "
                                                  "View menu, else the system's)."),
                                          Cli::tr("CODE"));
  parser.addOptions(
      {lessonOption, stepsOption, fromScratchOption, tourOption, lessonPageOption, connectivityOption, screenshotOption, benchmarkOption, sizeOption, panelOption, panelOnlyOption, bpttStageOption, slowMotionOption, pinRunOption, compareOption, heatViewOption, configOption,
       languageOption});

  if (!parser.parse(QCoreApplication::arguments())) return fail(parser.errorText(), 2);
  if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) parser.showHelp(0);
  if (parser.isSet(QStringLiteral("version"))) parser.showVersion();
  if (!parser.positionalArguments().isEmpty())
    return fail(Cli::tr("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()), 2);

  int steps = 0;
  if (parser.isSet(stepsOption)) {
    bool ok = false;
    steps = parser.value(stepsOption).toInt(&ok);
    if (!ok || steps < 0 || steps > 10'000'000)
      return fail(Cli::tr("--steps must be a whole number from 0 to 10000000, got '%1'").arg(parser.value(stepsOption)), 2);
  }
  double benchmarkSeconds = 0;
  if (parser.isSet(benchmarkOption)) {
    bool ok = false;
    benchmarkSeconds = parser.value(benchmarkOption).toDouble(&ok);
    if (!ok || !(benchmarkSeconds > 0 && benchmarkSeconds <= 3600))
      return fail(Cli::tr("--ui-benchmark must be a number of seconds above 0 and at most 3600, got '%1'")
                      .arg(parser.value(benchmarkOption)),
                  2);
  }
  if (parser.isSet(languageOption) && !availableLanguages().contains(parser.value(languageOption)))
    return fail(Cli::tr("--language must be one of %1, got '%2'")
                    .arg(availableLanguages().join(QStringLiteral(", ")), parser.value(languageOption)),
                2);
  QSize pictureSize(1600, 1000);
  if (parser.isSet(sizeOption)) {
    const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
    const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
    if (!okW || !okH || w < 640 || h < 480 || w > 7680 || h > 4320)
      return fail(Cli::tr("--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, got '%1'").arg(parser.value(sizeOption)),
                  2);
    pictureSize = QSize(w, h);
  }
  const QString screenshot = parser.value(screenshotOption);
  if (parser.isSet(screenshotOption) && screenshot.isEmpty()) return fail(Cli::tr("--screenshot needs a file name"), 2);
  if (parser.isSet(screenshotOption) && parser.isSet(benchmarkOption))
    return fail(Cli::tr("--screenshot and --ui-benchmark cannot be combined"), 2);

  if (parser.isSet(screenshotOption)) {
    // refuse an unwritable destination before spending time on training
    const QFileInfo target(screenshot);
    if (!target.absoluteDir().exists())
      return fail(Cli::tr("cannot write %1: the folder %2 does not exist").arg(screenshot, target.absolutePath()), 1);
    if (!QFileInfo(target.absolutePath()).isWritable() || (target.exists() && !target.isWritable()))
      return fail(Cli::tr("cannot write %1: permission denied").arg(screenshot), 1);
  }

  Lesson lesson;
  try {
    lesson = lessonById(parser.value(lessonOption));
  } catch (const std::exception& e) {
    return fail(QString::fromUtf8(e.what()), 2);
  }
  if (parser.isSet(configOption)) {
    const QString error = patchSettings(lesson, parser.value(configOption));
    if (!error.isEmpty()) return fail(error, 2);
  }

  const bool unattended = parser.isSet(screenshotOption) || parser.isSet(benchmarkOption);
  MainWindowOptions options;
  options.persistSettings = !unattended;
  options.lessonFromShippedState = !parser.isSet(fromScratchOption);
  if (!unattended) {
    const QByteArray dir = qgetenv("RNNSCOPE_AUTOSAVE_DIR");
    options.autosaveDirectory = !dir.isEmpty() ? QString::fromLocal8Bit(dir)
                                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                                     QStringLiteral("/autosave");
  }
  // Pictures at the default size. The benchmark shows all seven panels at once on a
  // projector-sized screen (1920 x 1080).
  if (unattended) options.initialSize = parser.isSet(benchmarkOption) ? QSize(1920, 1080) : pictureSize;
  MainWindow window(lesson, options);
  if (parser.isSet(panelOnlyOption) && !parser.isSet(panelOption))
    return fail(Cli::tr("--panel-only needs --panel NAME"), 2);
  if (parser.isSet(panelOption) && !window.dockFor(parser.value(panelOption)))
    return fail(Cli::tr("unknown panel '%1'").arg(parser.value(panelOption)), 2);
  window.show();
  if (parser.isSet(panelOption)) window.raisePanel(parser.value(panelOption));
  if (parser.isSet(panelOnlyOption)) {  // the panel alone, floating at the picture's size
    QDockWidget* dock = window.dockFor(parser.value(panelOption));
    dock->setFloating(true);
    dock->resize(parser.isSet(sizeOption) ? pictureSize : QSize(900, 1000));
  }
  if (parser.isSet(bpttStageOption)) {
    bool ok = false;
    const int stage = parser.value(bpttStageOption).toInt(&ok);
    if (!ok || stage < 0) return fail(Cli::tr("--bptt-stage needs a whole number from 0"), 2);
    static_cast<BpttPanel*>(window.panelFor(QStringLiteral("bptt")))->setStageIndex(stage);
  }
  if (parser.isSet(heatViewOption)) {
    using HeatView = GradientFlowPanel::HeatView;
    const QString name = parser.value(heatViewOption);
    const std::map<QString, HeatView> views{
        {QStringLiteral("relative"), HeatView::RelativeLastLoss}, {QStringLiteral("total"), HeatView::TotalLoss},
        {QStringLiteral("horizon"), HeatView::LossHorizon}};
    const auto view = views.find(name);
    if (view == views.end()) return fail(Cli::tr("--heat-view is relative, total or horizon, not '%1'").arg(name), 2);
    static_cast<GradientFlowPanel*>(window.panelFor(QStringLiteral("gradient_flow")))->setHeatView(view->second);
  }

  if (parser.isSet(pinRunOption)) window.bridge().post(command::PinRun{parser.value(pinRunOption).toStdString()});
  if (parser.isSet(lessonPageOption)) {
    bool ok = false;
    const int page = parser.value(lessonPageOption).toInt(&ok);
    if (!ok || page < 1 || page > static_cast<int>(lesson.pages.size()))
      return fail(Cli::tr("--lesson-page needs a page from 1 to %1").arg(lesson.pages.size()), 2);
    window.showLessonPage(page - 1);
  }
  if (parser.isSet(connectivityOption)) {
    bool ok = false;
    const int position = parser.value(connectivityOption).toInt(&ok);
    if (!ok || position < 0) return fail(Cli::tr("--connectivity needs a character position from 0"), 2);
    static_cast<CellsPanel*>(window.panelFor(QStringLiteral("cells")))->showConnectivityAt(position);
  }
  if (parser.isSet(tourOption)) {
    bool ok = false;
    const int page = parser.value(tourOption).toInt(&ok);
    const int pages = static_cast<int>(windowTourPages().size());
    if (!ok || page < 1 || page > pages) return fail(Cli::tr("--tour-page needs a page from 1 to %1").arg(pages), 2);
    window.startTour();
    for (int i = 1; i < page; ++i) window.tourCard()->next();
  }
  if (parser.isSet(compareOption) && !window.comparison()->active()) {
    window.bridge().engine().sync();  // A has its text and model
    const QString error = window.comparison()->branchFromA();
    if (!error.isEmpty()) return fail(Cli::tr("run B could not start: %1").arg(error), 1);
  }
  if (parser.isSet(benchmarkOption)) return runUiBenchmark(window, benchmarkSeconds);
  if (parser.isSet(screenshotOption) && parser.isSet(slowMotionOption)) {
    const QString name = parser.value(slowMotionOption);
    const std::map<QString, TrainingPhase> phases{
        {QStringLiteral("forward"), TrainingPhase::Forward}, {QStringLiteral("loss"), TrainingPhase::Loss},
        {QStringLiteral("backward"), TrainingPhase::Backward}, {QStringLiteral("clipping"), TrainingPhase::Clipping},
        {QStringLiteral("update"), TrainingPhase::Update}};
    const auto phase = phases.find(name);
    if (phase == phases.end())
      return fail(Cli::tr("--slow-motion is forward, loss, backward, clipping or update, not '%1'").arg(name), 2);
    if (!holdSlowMotionAt(window, steps, phase->second)) return fail(Cli::tr("slow motion did not reach that phase"), 1);
    steps = 0;
  }
  if (parser.isSet(screenshotOption)) {
    QWidget* subject = parser.isSet(panelOnlyOption) ? window.dockFor(parser.value(panelOption)) : nullptr;
    const QString error = captureAfterSteps(window, steps, screenshot, subject);
    if (!error.isEmpty()) return fail(error, 1);
    return 0;
  }
  if (steps > 0) window.bridge().post(command::Step{steps});
  QTimer::singleShot(0, &window, [&window] { window.offerRestoreAfterCrash(); });
  return QApplication::exec();
}
