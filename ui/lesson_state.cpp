#include "ui/lesson_state.h"

#include <QFile>

namespace rnnscope::ui {

namespace {

QString statePath(const QString& lessonId, const char* file) {
  return QStringLiteral(":/lesson-states/%1/%2").arg(lessonId, QLatin1String(file));
}

std::optional<QByteArray> readResource(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
  return f.readAll();
}

}  // namespace

bool hasShippedState(const QString& lessonId) { return QFile::exists(statePath(lessonId, "checkpoint.safetensors")); }

std::optional<rnnscope::command::OpenTrainingState> shippedState(const QString& lessonId) {
  const auto checkpoint = readResource(statePath(lessonId, "checkpoint.safetensors"));
  const auto trainer = readResource(statePath(lessonId, "trainer.safetensors"));
  const auto metrics = readResource(statePath(lessonId, "metrics.csv"));
  if (!checkpoint || !trainer || !metrics) return std::nullopt;
  rnnscope::command::OpenTrainingState c;
  c.name = lessonId.toStdString();
  c.checkpoint.assign(checkpoint->begin(), checkpoint->end());
  c.trainer.assign(trainer->begin(), trainer->end());
  c.metricsCsv = metrics->toStdString();
  return c;
}

}  // namespace rnnscope::ui
