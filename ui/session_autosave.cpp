#include "ui/session_autosave.h"

#include <csignal>
#include <cerrno>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rnnscope::ui {

namespace {
bool processAlive(qint64 pid) {
  if (pid <= 0) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}
}  // namespace

SessionAutosave::SessionAutosave(EngineBridge& bridge, QString directory, int intervalMs, QObject* parent)
    : QObject(parent), bridge_(bridge), directory_(std::move(directory)) {
  QDir().mkpath(directory_);
  QFile marker(markerPath());
  if (marker.open(QIODevice::ReadOnly)) {
    const qint64 owner = marker.readAll().trimmed().toLongLong();
    marker.close();
    if (processAlive(owner) && owner != QCoreApplication::applicationPid()) return;  // another app's: stay passive
    leftByCrash_ = saved();
  }
  active_ = claimMarker();
  if (!active_) return;
  timer_.setInterval(intervalMs);
  connect(&timer_, &QTimer::timeout, this, &SessionAutosave::saveIfChanged);
  timer_.start();
}

SessionAutosave::~SessionAutosave() = default;

QString SessionAutosave::markerPath() const { return QDir(directory_).filePath(QStringLiteral("running.pid")); }

bool SessionAutosave::claimMarker() {
  QFile marker(markerPath());
  if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
  return marker.write(QByteArray::number(QCoreApplication::applicationPid())) > 0;
}

std::optional<SavedSession> SessionAutosave::saved() const {
  const QString manifest = QDir(directory_).filePath(QStringLiteral("session.json"));
  QFile file(manifest);
  if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
  const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
  if (o.value(QStringLiteral("format")).toString() != QLatin1String("rnnscope-session/1")) return std::nullopt;
  return SavedSession{static_cast<std::int64_t>(o.value(QStringLiteral("step")).toDouble()),
                      QFileInfo(manifest).lastModified()};
}

void SessionAutosave::saveIfChanged() {
  if (!active_) return;
  emit saving();
  const auto& s = bridge_.current();
  // Nothing trained yet, or nothing new since the last save: the saved session stands. A task's
  // session cannot be saved (docs/tasks.md, "In the app"): the last text's save stands.
  if (!s || s->step == 0 || s->corpusName.empty() || s->task) return;
  if (s->step == savedStep_ && s->configRevision == savedRevision_) return;
  bridge_.post(command::SaveSession{directory_.toStdString()});
  savedStep_ = s->step;
  savedRevision_ = s->configRevision;
}

void SessionAutosave::finish() {
  if (!active_) return;
  timer_.stop();
  emit saving();
  bridge_.post(command::Pause{});
  bridge_.engine().sync();
  const auto s = bridge_.engine().latest();
  if (s->step > 0 && !s->corpusName.empty() && !s->task && (s->step != savedStep_ || s->configRevision != savedRevision_))
    bridge_.engine().waitFor(bridge_.post(command::SaveSession{directory_.toStdString()}));
  QFile::remove(markerPath());
  active_ = false;
}

rnnscope::CommandId SessionAutosave::restore() {
  const auto id = bridge_.post(command::RestoreSession{directory_.toStdString()});
  leftByCrash_.reset();
  return id;
}

}  // namespace rnnscope::ui
