#include "ui/lessons.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include "core/lesson/lesson.h"
#include "core/util/error.h"

namespace rnnscope::ui {

namespace {

// A lesson may carry its own short text instead of naming a corpus; the engine reads corpora
// from files, so the text is written once to the cache directory.
std::string materializeCorpusText(const QString& lessonId, const QString& text) {
  QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
  if (dir.isEmpty() || !QDir().mkpath(dir)) dir = QDir::tempPath();
  const QString path = QDir(dir).filePath(QStringLiteral("lesson-%1.txt").arg(lessonId));
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
    throw Error("could not write the text of lesson '" + lessonId.toStdString() + "' to " + path.toStdString());
  return path.toStdString();
}

Lesson fromCore(const rnnscope::Lesson& core) {
  Lesson lesson;
  lesson.id = QString::fromStdString(core.id);
  lesson.order = core.order;
  lesson.title = QString::fromStdString(core.title);
  lesson.description = QString::fromStdString(core.description);
  lesson.lookAt = QString::fromStdString(core.lookAt);
  for (const auto& page : core.pages)
    lesson.pages.push_back({QString::fromStdString(page.text), QString::fromStdString(page.highlight)});
  lesson.probeText = QString::fromStdString(core.probeText);
  lesson.conceptName = core.conceptName;
  for (const auto& key : core.focusPanels) lesson.focusPanels << QString::fromStdString(key);
  lesson.config = core.config;
  lesson.task = core.task;
  lesson.sampling = core.sampling;
  // a lesson's own text is a marker here, written to a file by toSetup()
  lesson.corpusSource = core.corpusText.empty() ? core.corpusSource : "text:" + core.corpusText;
  lesson.steps = core.steps;
  for (const auto& c : core.checks) lesson.claims << QString::fromStdString(c.claim);
  if (const rnnscope::LessonRun* b = core.findRun(core.compare)) {
    lesson.compareRun = QString::fromStdString(b->name);
    lesson.compareConfig = b->config;
    lesson.compareTaskConfig = b->taskConfig;
  }
  return lesson;
}

}  // namespace

Lesson parseLesson(const QByteArray& bytes, const QString& origin) {
  return fromCore(rnnscope::parseLesson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                        origin.toStdString()));
}

EngineSetup Lesson::toSetup() const {
  EngineSetup setup;
  setup.config = config;
  setup.corpusSource = corpusSource;
  if (corpusSource.rfind("text:", 0) == 0)
    setup.corpusSource = materializeCorpusText(id, QString::fromStdString(corpusSource.substr(5)));
  setup.probeText = probeText.toStdU32String();
  setup.conceptName = conceptName;
  setup.start = false;
  setup.matrixThreads = 1;  // one core trains, the other draws: neither waits for the other
  if (task) setup.task = openTask(task->config);
  return setup;
}

EngineSetup Lesson::compareSetup() const {
  EngineSetup setup = toSetup();
  setup.config = compareConfig;
  if (task) setup.task = openTask(compareTaskConfig);
  return setup;
}

command::OpenTask Lesson::openTask(const TaskConfig& settings) const {
  command::OpenTask open;
  open.source = task ? task->source : std::string();
  open.config = settings;
  return open;
}

QString Lesson::displayTitle() const { return QCoreApplication::translate("Lesson", title.toUtf8().constData()); }
QString Lesson::displayDescription() const {
  return QCoreApplication::translate("Lesson", description.toUtf8().constData());
}
QString Lesson::displayPage(int index) const {
  return QCoreApplication::translate("Lesson", pages[static_cast<std::size_t>(index)].text.toUtf8().constData());
}
QString Lesson::displayLookAt() const {
  QStringList texts;
  for (int i = 0; i < static_cast<int>(pages.size()); ++i) texts << displayPage(i);
  return texts.join(QLatin1Char(' '));
}

const std::vector<Lesson>& builtinLessons() {
  static const std::vector<Lesson> lessons = [] {
    std::vector<Lesson> all;
    for (const auto& core : rnnscope::builtinLessons()) all.push_back(fromCore(core));
    return all;
  }();
  return lessons;
}

QStringList lessonIds() {
  QStringList ids;
  for (const auto& l : builtinLessons()) ids << l.id;
  return ids;
}

Lesson lessonById(const QString& id) {
  for (const auto& l : builtinLessons())
    if (l.id == id) return l;
  throw Error("unknown lesson '" + id.toStdString() + "'; known lessons: " +
              lessonIds().join(QStringLiteral(", ")).toStdString());
}

}  // namespace rnnscope::ui
