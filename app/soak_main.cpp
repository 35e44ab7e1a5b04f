// rnnscope-soak: the desktop app's window, left to train for a long time while a script does
// what a class would do to it — switch lessons, change settings live and by rebuilding, save
// and load checkpoints, autosave, pick other timesteps, resize the window — with every panel
// visible. It samples the process's resident memory every minute, for the record, and once per
// round of the script at the same point of it (one action after the round's first lesson
// opened, when the previous lesson's training curve is gone), and fails when a round sample
// after the warm-up is more than the allowed share above the first round sample taken after
// the warm-up began. Memory in a round depends on the lesson on screen (each keeps a point per
// update, and "hello" makes thousands a second), so only samples at the same point compare.
// Before each sample the C library hands its free pages back to the system (malloc_trim), so
// the figure is the memory in use (bench/README.md). Run it with
// scripts/soak.sh; the figures go to stdout as one JSON object.
//   rnnscope-soak [--minutes M] [--warmup-minutes W] [--growth-limit F] [--action-seconds S]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ui/lessons.h"
#include "ui/main_window.h"
#include "ui/session_autosave.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

double residentMegabytes() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      double kb = 0;
      status >> kb;
      return kb / 1024;
    }
    status.ignore(1 << 16, '\n');
  }
  return 0;
}

// The script: one action every few seconds, in a fixed order, so that every lesson has been
// visited within the warm-up (a lesson switch every eighth action: at the default 6 s, six
// lessons take 4.8 minutes).
class Script {
public:
  Script(MainWindow& window, const QString& folder) : window_(window), folder_(folder) {}

  // One round: every lesson once, eight actions each.
  int roundLength() const { return 8 * static_cast<int>(builtinLessons().size()); }
  // True once per round, on the action after the round's first lesson opened.
  bool atRoundMark() const { return turn_ % roundLength() == 2; }

  void next() {
    Engine& engine = window_.bridge().engine();
    const auto s = engine.latest();
    switch (turn_++ % 8) {
      case 0: {
        const auto& lessons = builtinLessons();
        window_.switchLesson(lessons[static_cast<std::size_t>(lesson_++) % lessons.size()]);
        play();
        break;
      }
      case 1: {
        OptimizerConfig o = s->config.optimizer;
        o.learningRate = (turn_ / 8) % 2 == 0 ? o.learningRate * 0.5 : o.learningRate * 2;
        window_.bridge().post(command::SetOptimizer{o});
        break;
      }
      case 2: {
        TrainConfig c = s->config;
        c.model.hidden = std::max(8, c.model.hidden + ((turn_ / 8) % 2 == 0 ? 16 : -16));
        window_.bridge().post(command::Configure{c});
        play();
        break;
      }
      case 3:
        window_.bridge().post(command::SaveCheckpoint{checkpoint()});
        break;
      case 4:
        window_.bridge().post(command::LoadCheckpoint{checkpoint()});
        play();
        break;
      case 5:
        window_.bridge().post(command::SetAnalysisStep{(turn_ * 7) % std::max(1, s->config.seqLen)});
        window_.bridge().post(command::SampleNow{});
        break;
      case 6:
        if (window_.autosave()) window_.autosave()->saveIfChanged();
        window_.resize(turn_ % 2 == 0 ? QSize(1600, 1000) : QSize(1920, 1080));
        break;
      case 7:
        window_.bridge().post(command::Step{3});
        play();
        break;
    }
  }

private:
  void play() { window_.bridge().post(command::Play{}); }
  std::string checkpoint() const { return (folder_ + QStringLiteral("/soak.safetensors")).toStdString(); }

  MainWindow& window_;
  QString folder_;
  int turn_ = 0;
  int lesson_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Long-running check of the rnnscope window's memory."));
  parser.addHelpOption();
  const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("How long (default 30)."),
                                         QStringLiteral("M"), QStringLiteral("30"));
  const QCommandLineOption warmupOption(QStringLiteral("warmup-minutes"),
                                        QStringLiteral("Round samples before this minute are not compared (default 5)."),
                                        QStringLiteral("W"), QStringLiteral("5"));
  const QCommandLineOption limitOption(QStringLiteral("growth-limit"),
                                       QStringLiteral("Allowed growth over the first compared round (default 0.10)."),
                                       QStringLiteral("F"), QStringLiteral("0.10"));
  const QCommandLineOption actionOption(QStringLiteral("action-seconds"),
                                        QStringLiteral("Seconds between scripted actions (default 6)."),
                                        QStringLiteral("S"), QStringLiteral("6"));
  parser.addOptions({minutesOption, warmupOption, limitOption, actionOption});
  parser.process(app);
  const double minutes = parser.value(minutesOption).toDouble();
  const double warmup = parser.value(warmupOption).toDouble();
  const double limit = parser.value(limitOption).toDouble();
  const double actionSeconds = parser.value(actionOption).toDouble();
  if (!(minutes > 0 && warmup >= 0 && warmup < minutes && limit > 0 && actionSeconds > 0)) {
    std::fprintf(stderr, "rnnscope-soak: need minutes > warmup-minutes >= 0, growth-limit > 0, action-seconds > 0\n");
    return 2;
  }

  QTemporaryDir folder;
  MainWindowOptions options;
  options.persistSettings = false;
  options.initialSize = QSize(1920, 1080);
  options.autosaveDirectory = folder.path() + QStringLiteral("/autosave");
  options.autosaveIntervalMs = 60 * 1000;
  MainWindow window(builtinLessons().front(), options);
  window.setConfirm([](const QString&) { return true; });
  window.show();
  window.showEveryPanel();
  window.bridge().post(command::Play{});

  struct Sample {
    double minute, megabytes;
    std::int64_t steps, frames;
  };
  std::vector<Sample> samples;
  QElapsedTimer clock;
  clock.start();
  auto sample = [&] {
    const double minute = static_cast<double>(clock.elapsed()) / 60000.0;
    samples.push_back({minute, residentMegabytes(), window.bridge().engine().stepsDone(),
                       window.bridge().frameStats().frames});
    std::fprintf(stderr, "rnnscope-soak: minute %5.1f  %7.1f MB  %lld steps  %lld frames\n", minute,
                 samples.back().megabytes, static_cast<long long>(samples.back().steps),
                 static_cast<long long>(samples.back().frames));
  };
  std::vector<Sample> rounds;  // one per round of the script, at the same point of it
  Script script(window, folder.path());
  QTimer actions;
  QObject::connect(&actions, &QTimer::timeout, [&] {
    script.next();
    if (script.atRoundMark()) {
      sample();
      rounds.push_back(samples.back());
    }
  });
  actions.start(static_cast<int>(actionSeconds * 1000));

  sample();
  QTimer sampler;
  QObject::connect(&sampler, &QTimer::timeout, sample);
  sampler.start(60 * 1000);
  QTimer::singleShot(static_cast<int>(minutes * 60000), &app, &QApplication::quit);
  QApplication::exec();
  sample();
  window.close();

  nlohmann::json rows = nlohmann::json::array(), roundRows = nlohmann::json::array();
  for (const Sample& s : samples)
    rows.push_back({{"minute", s.minute}, {"rss_mb", s.megabytes}, {"steps", s.steps}, {"frames", s.frames}});
  double baseline = 0, peak = 0;
  for (const Sample& s : rounds) {
    roundRows.push_back({{"minute", s.minute}, {"rss_mb", s.megabytes}});
    if (s.minute < warmup) continue;
    if (baseline == 0) baseline = s.megabytes;  // the first round sample after the warm-up began
    else peak = std::max(peak, s.megabytes);
  }
  const double growth = baseline > 0 && peak > 0 ? peak / baseline - 1 : 0;
  const bool passed = baseline > 0 && peak > 0 && growth <= limit;  // at least two rounds to compare
  const nlohmann::json report = {{"minutes", minutes},           {"warmup_minutes", warmup},
                                 {"baseline_round_mb", baseline}, {"peak_later_round_mb", peak},
                                 {"growth", growth},             {"growth_limit", limit},
                                 {"passed", passed},             {"rounds", roundRows},
                                 {"samples", rows}};
  std::printf("%s\n", report.dump().c_str());
  return passed ? 0 : 1;
}
