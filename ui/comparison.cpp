#include "ui/comparison.h"

#include <map>
#include <string>
#include <type_traits>

#include <nlohmann/json.hpp>

#include <QStringList>

#include "ui/engine_messages.h"

namespace rnnscope::ui {

Comparison::Comparison(EngineBridge& bridge, QObject* parent) : QObject(parent), bridge_(bridge) {}

QString Comparison::branchFromA() {
  auto dir = std::make_unique<QTemporaryDir>();
  if (!dir->isValid()) return tr("Could not create a temporary folder for run B: %1").arg(dir->errorString());
  Engine& a = bridge_.engine();
  a.post(command::Pause{});
  const CommandId saved = a.post(command::SaveSession{dir->path().toStdString()});
  a.waitFor(saved);
  const auto s = a.latest();
  if (s->message.commandId == saved && s->message.isError()) return engineMessageText(s->message);
  EngineSetup setup;
  setup.corpusSource.clear();  // the text, settings and state all come from A's saved session
  setup.matrixThreads = 1;
  bridge_.startCompared(std::move(setup));
  bridge_.comparedEngine()->post(command::RestoreSession{dir->path().toStdString()});
  branchDir_ = std::move(dir);
  branchStep_ = s->step;
  emit changed(true);
  return {};
}

void Comparison::startBeside(EngineSetup setupOfB) {
  setupOfB.start = false;
  bridge_.startCompared(std::move(setupOfB));
  branchDir_.reset();
  branchStep_ = -1;
  emit changed(true);
}

void Comparison::stop() {
  if (!active()) return;
  bridge_.stopCompared();
  branchDir_.reset();
  emit changed(false);
}

// Every command is named here, so that a new one cannot slip through without a decision.
Comparison::Route Comparison::routeOf(const Command& command) {
  return std::visit(
      [](const auto& c) {
        using C = std::decay_t<decltype(c)>;
        using namespace command;
        if constexpr (std::is_same_v<C, Play> || std::is_same_v<C, Pause> || std::is_same_v<C, Step> ||
                      std::is_same_v<C, Reset> || std::is_same_v<C, SetSpeed> || std::is_same_v<C, SetRewind> ||
                      std::is_same_v<C, LoadCorpus> || std::is_same_v<C, SetProbeText> ||
                      std::is_same_v<C, SetConcept> || std::is_same_v<C, SetAnalysisStep> ||
                      std::is_same_v<C, ShowConnectivity> || std::is_same_v<C, SetTraceWindow> ||
                      std::is_same_v<C, SetSampling> || std::is_same_v<C, SampleNow>)
          return Route::Both;
        else if constexpr (std::is_same_v<C, Configure> || std::is_same_v<C, SetOptimizer> ||
                           std::is_same_v<C, SetClip>)
          return Route::EditedRun;
        else if constexpr (std::is_same_v<C, LoadCheckpoint> || std::is_same_v<C, RestoreSession> ||
                           std::is_same_v<C, OpenTrainingState> || std::is_same_v<C, OpenRun> ||
                           std::is_same_v<C, OpenTask>)
          return Route::EndsComparison;
        else if constexpr (std::is_same_v<C, PreviewStep> || std::is_same_v<C, Rewind> ||
                           std::is_same_v<C, SaveCheckpoint> || std::is_same_v<C, SaveSession> ||
                           std::is_same_v<C, SaveRun> || std::is_same_v<C, PinRun>)
          return Route::A;
        else
          static_assert(!sizeof(C), "Comparison::routeOf: say where this command goes");
      },
      command);
}

CommandId Comparison::post(Command command) {
  const Route route = routeOf(command);
  if (route == Route::EndsComparison) stop();
  if (route == Route::Both && active()) bridge_.comparedEngine()->post(command);
  return bridge_.post(std::move(command));
}

CommandId Comparison::postToB(Command command) {
  if (!active()) return 0;
  return bridge_.comparedEngine()->post(std::move(command));
}

namespace {
// Every leaf of a JSON object as "path" -> value, paths joined with '.'.
void flatten(const nlohmann::json& j, const std::string& path, std::map<std::string, std::string>& out) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) flatten(value, path.empty() ? key : path + "." + key, out);
    return;
  }
  out[path] = j.is_string() ? j.get<std::string>() : j.dump();
}
}  // namespace

QString settingsDifference(const TrainConfig& a, const TrainConfig& b) {
  std::map<std::string, std::string> left, right;
  flatten(a.toJson(), "", left);
  flatten(b.toJson(), "", right);
  QStringList lines;
  for (const auto& [path, value] : right) {
    const auto it = left.find(path);
    const std::string before = it == left.end() ? "–" : it->second;
    if (before != value)
      lines << QStringLiteral("%1: %2 → %3")
                   .arg(QString::fromStdString(path), QString::fromStdString(before), QString::fromStdString(value));
  }
  for (const auto& [path, value] : left)
    if (!right.contains(path))
      lines << QStringLiteral("%1: %2 → –").arg(QString::fromStdString(path), QString::fromStdString(value));
  return lines.join(QLatin1Char('\n'));
}

}  // namespace rnnscope::ui
