#include "ui/lessons.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QStandardPaths>

#include "core/analysis/concepts.h"
#include "core/util/error.h"

namespace rnnscope::ui {

namespace {

std::string requiredText(const nlohmann::json& j, const char* key, const QString& origin) {
  if (!j.contains(key) || !j[key].is_string() || j[key].get<std::string>().empty())
    throw Error(origin.toStdString() + ": field '" + key + "' must be a non-empty string");
  return j[key].get<std::string>();
}

std::string optionalText(const nlohmann::json& j, const char* key, const QString& origin) {
  if (!j.contains(key)) return {};
  if (!j[key].is_string()) throw Error(origin.toStdString() + ": field '" + key + "' must be a string");
  return j[key].get<std::string>();
}

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

}  // namespace

Lesson parseLesson(const QByteArray& bytes, const QString& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(origin.toStdString() + ": not valid JSON (" + e.what() + ")");
  }
  if (!j.is_object()) throw Error(origin.toStdString() + ": a lesson must be a JSON object");

  Lesson lesson;
  lesson.id = QString::fromStdString(requiredText(j, "id", origin));
  lesson.title = QString::fromStdString(requiredText(j, "title", origin));
  lesson.description = QString::fromStdString(requiredText(j, "description", origin));
  lesson.lookAt = QString::fromStdString(optionalText(j, "look_at", origin));
  lesson.probeText = QString::fromStdString(optionalText(j, "probe", origin));
  if (j.contains("focus")) {
    if (!j["focus"].is_array()) throw Error(origin.toStdString() + ": field 'focus' must be a list of panel names");
    for (const auto& key : j["focus"]) {
      if (!key.is_string()) throw Error(origin.toStdString() + ": field 'focus' must be a list of panel names");
      lesson.focusPanels << QString::fromStdString(key.get<std::string>());
    }
  }
  if (j.contains("order")) {
    if (!j["order"].is_number_integer()) throw Error(origin.toStdString() + ": field 'order' must be a whole number");
    lesson.order = j["order"].get<int>();
  }
  const std::string corpusText = optionalText(j, "corpus_text", origin);
  if (!corpusText.empty()) {
    lesson.corpusSource.clear();  // filled in by toSetup()
  } else {
    lesson.corpusSource = requiredText(j, "corpus", origin);
  }
  lesson.conceptName = optionalText(j, "concept", origin);
  if (lesson.conceptName.empty()) lesson.conceptName = "quote";
  try {
    conceptSignal(lesson.conceptName, U"probe");  // refuses unknown names and bad patterns
  } catch (const std::exception& e) {
    throw Error(origin.toStdString() + ": concept: " + e.what());
  }

  if (!j.contains("config")) throw Error(origin.toStdString() + ": field 'config' (the training settings) is missing");
  nlohmann::json config = j["config"];
  // The vocabulary size comes from the corpus when the engine builds the model; a placeholder
  // lets the lesson file leave it out.
  if (config.is_object() && config.contains("model") && config["model"].is_object() &&
      !config["model"].contains("vocab_size"))
    config["model"]["vocab_size"] = 1;
  try {
    lesson.config = TrainConfig::fromJson(config);
  } catch (const std::exception& e) {
    throw Error(origin.toStdString() + ": config: " + e.what());
  }
  if (!corpusText.empty()) lesson.corpusSource = "text:" + corpusText;  // marker, resolved by toSetup()
  return lesson;
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
  return setup;
}

QString Lesson::displayTitle() const { return QCoreApplication::translate("Lesson", title.toUtf8().constData()); }
QString Lesson::displayDescription() const {
  return QCoreApplication::translate("Lesson", description.toUtf8().constData());
}
QString Lesson::displayLookAt() const { return QCoreApplication::translate("Lesson", lookAt.toUtf8().constData()); }

const std::vector<Lesson>& builtinLessons() {
  static const std::vector<Lesson> lessons = [] {
    std::vector<Lesson> all;
    QDirIterator it(QStringLiteral(":/lessons"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
      const QString path = it.next();
      QFile file(path);
      if (!file.open(QIODevice::ReadOnly)) throw Error("cannot read the built-in lesson " + path.toStdString());
      Lesson lesson = parseLesson(file.readAll(), path);
      if (lesson.id != QFileInfo(path).completeBaseName())
        throw Error(path.toStdString() + ": the id '" + lesson.id.toStdString() + "' must match the file name");
      all.push_back(std::move(lesson));
    }
    if (all.empty()) throw Error("no lessons were compiled into this program (resources/lessons is empty)");
    std::sort(all.begin(), all.end(), [](const Lesson& a, const Lesson& b) {
      return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
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
