#include "core/lesson/lesson.h"

#include <algorithm>

#include "core/analysis/concepts.h"
#include "core/data/corpus_source.h"
#include "core/lesson/builtin_lessons.h"
#include "core/lesson/lesson_checks.h"
#include "core/task/builtin_tasks.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

struct Reader {
  const nlohmann::json& j;
  const std::string& origin;

  [[noreturn]] void fail(const std::string& what) const { throw Error(origin + ": " + what); }
  std::string text(const char* key, bool required) const {
    if (!j.contains(key)) {
      if (required) fail(std::string("field '") + key + "' is missing");
      return {};
    }
    if (!j[key].is_string() || (required && j[key].get<std::string>().empty()))
      fail(std::string("field '") + key + "' must be a " + (required ? "non-empty " : "") + "string");
    return j[key].get<std::string>();
  }
  int integer(const char* key, int fallback, int lo, int hi) const {
    if (!j.contains(key)) return fallback;
    if (!j[key].is_number_integer()) fail(std::string("field '") + key + "' must be a whole number");
    // nlohmann keeps non-negative literals as unsigned; read as long long, one above 2^63 would
    // wrap to a negative number and pass the range check (18446744073709551615 as -1)
    const auto& n = j[key];
    const long long v = n.is_number_unsigned() && n.get<unsigned long long>() > static_cast<unsigned long long>(hi)
                            ? static_cast<long long>(hi) + 1
                            : n.get<long long>();
    if (v < lo || v > hi)
      fail(std::string("field '") + key + "' must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return static_cast<int>(v);
  }
};

// The vocabulary size comes from the corpus when the model is built; a placeholder lets a
// lesson leave it out.
TrainConfig trainConfigOf(nlohmann::json config, const std::string& origin) {
  if (config.is_object() && config.contains("model") && config["model"].is_object() &&
      !config["model"].contains("vocab_size"))
    config["model"]["vocab_size"] = 1;
  try {
    return TrainConfig::fromJson(config);
  } catch (const std::exception& e) {
    throw Error(origin + ": " + e.what());
  }
}

// A task's settings; the vocabulary and label counts come from its data.
TaskConfig taskConfigOf(nlohmann::json config, const std::string& origin) {
  if (config.is_object() && config.contains("model") && config["model"].is_object() &&
      !config["model"].contains("vocab_size"))
    config["model"]["vocab_size"] = 1;
  try {
    return TaskConfig::fromJson(config);
  } catch (const std::exception& e) {
    throw Error(origin + ": " + e.what());
  }
}

// "task": {"data": "builtin:...", "config": {...}}. Only built-in data: a lesson must run anywhere.
LessonTask parseTask(const nlohmann::json& j, const std::string& origin) {
  if (!j.is_object()) throw Error(origin + ": field 'task' must be an object {data, config}");
  const Reader r{j, origin + ": task"};
  LessonTask t;
  t.source = r.text("data", true);
  try {
    if (!builtinShapeOfSource(t.source)) r.fail("'data' must name built-in task data (builtin:NAME[:N[:SEED]])");
  } catch (const Error& e) {
    r.fail(e.what());
  }
  t.config = taskConfigOf(j.value("config", nlohmann::json::object()), origin + ": task config");
  return t;
}

LessonSampling parseSampling(const nlohmann::json& j, const std::string& origin) {
  if (!j.is_object()) throw Error(origin + ": field 'sampling' must be an object {prime, length, temperature}");
  const Reader r{j, origin + ": sampling"};
  LessonSampling s;
  s.given = true;
  s.prime = r.text("prime", false);
  s.length = r.integer("length", s.length, 1, 100000);
  if (j.contains("temperature")) {
    if (!j["temperature"].is_number() || !(j["temperature"].get<double>() >= 0 && j["temperature"].get<double>() <= 10))
      r.fail("field 'temperature' must be a number from 0 to 10");
    s.temperature = j["temperature"].get<double>();
  }
  return s;
}

LessonCheck parseCheck(const nlohmann::json& j, const Lesson& lesson, const std::string& origin) {
  if (!j.is_object()) throw Error(origin + ": each check must be a JSON object");
  const Reader r{j, origin};
  LessonCheck c;
  c.name = r.text("name", true);
  const std::string where = origin + ": check '" + c.name + "'";
  const Reader rc{j, where};
  c.claim = rc.text("claim", true);
  c.metric = rc.text("metric", true);
  c.run = rc.text("run", false);
  c.op = rc.text("op", true);
  if (c.op != "<" && c.op != "<=" && c.op != ">" && c.op != ">=") rc.fail("'op' must be one of <, <=, >, >=");
  if (!j.contains("threshold") || !j["threshold"].is_number()) rc.fail("'threshold' must be a number");
  c.threshold = j["threshold"].get<double>();
  if (j.contains("relative_to")) {
    const Reader rr{j["relative_to"], where};
    if (!j["relative_to"].is_object()) rc.fail("'relative_to' must be an object {metric, run}");
    c.relativeMetric = rr.text("metric", true);
    c.relativeRun = rr.text("run", false);
  }
  c.atStep = rc.integer("at_step", 0, 0, 10'000'000);
  for (const auto* run : {&c.run, &c.relativeRun})
    if (!run->empty() && !lesson.findRun(*run)) rc.fail("names the run '" + *run + "', which the lesson does not define");
  try {
    validateLessonMetric(c.metric);
    if (!c.relativeMetric.empty()) validateLessonMetric(c.relativeMetric);
  } catch (const std::exception& e) {
    rc.fail(e.what());
  }
  return c;
}

// "look_at": a string, or a list of pages {"text", "highlight"}.
std::vector<LessonPage> parsePages(const nlohmann::json& j, const Reader& r) {
  if (!j.contains("look_at") || j["look_at"].is_string()) {
    const std::string text = r.text("look_at", false);
    return text.empty() ? std::vector<LessonPage>{} : std::vector<LessonPage>{{text, ""}};
  }
  const auto& pages = j["look_at"];
  if (!pages.is_array() || pages.empty()) r.fail("field 'look_at' must be a string or a list of pages");
  std::vector<LessonPage> out;
  for (const auto& page : pages) {
    const std::string where = "look_at page " + std::to_string(out.size() + 1);
    if (!page.is_object() || !page.contains("text") || !page["text"].is_string() || page["text"].get<std::string>().empty())
      r.fail(where + " must be an object with a non-empty 'text'");
    if (page.contains("highlight") && !page["highlight"].is_string()) r.fail(where + ": 'highlight' must be a string");
    for (const auto& [key, value] : page.items())
      if (key != "text" && key != "highlight") r.fail(where + ": unknown field '" + key + "'");
    out.push_back({page["text"].get<std::string>(), page.value("highlight", "")});
  }
  return out;
}

}  // namespace


Corpus loadLessonCorpus(const Lesson& lesson) {
  return lesson.corpusText.empty() ? loadCorpusSource(lesson.corpusSource)
                                   : corpusFromUtf8(lesson.corpusText, "the text of lesson '" + lesson.id + "'");
}

const LessonRun* Lesson::findRun(const std::string& name) const {
  for (const auto& r : runs)
    if (r.name == name) return &r;
  return nullptr;
}

Lesson parseLesson(std::string_view json, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number beyond double
    throw Error(origin + ": not valid JSON (" + e.what() + ")");
  }
  if (!j.is_object()) throw Error(origin + ": a lesson must be a JSON object");
  const Reader r{j, origin};
  Lesson lesson;
  lesson.id = r.text("id", true);
  lesson.order = r.integer("order", 0, -1000, 1000);
  lesson.title = r.text("title", true);
  lesson.description = r.text("description", true);
  lesson.pages = parsePages(j, r);
  for (const auto& page : lesson.pages) lesson.lookAt += (lesson.lookAt.empty() ? "" : " ") + page.text;
  lesson.probeText = r.text("probe", false);
  if (j.contains("task")) lesson.task = parseTask(j["task"], origin);
  lesson.corpusText = r.text("corpus_text", false);
  lesson.corpusSource = lesson.corpusText.empty() && !lesson.task ? r.text("corpus", true) : std::string();
  lesson.conceptName = r.text("concept", false);
  if (lesson.conceptName.empty()) lesson.conceptName = "quote";
  try {
    conceptSignal(lesson.conceptName, U"probe");  // refuses unknown names and bad patterns
  } catch (const std::exception& e) {
    throw Error(origin + ": concept: " + e.what());
  }
  if (j.contains("focus")) {
    if (!j["focus"].is_array()) r.fail("field 'focus' must be a list of panel names");
    for (const auto& key : j["focus"]) {
      if (!key.is_string()) r.fail("field 'focus' must be a list of panel names");
      lesson.focusPanels.push_back(key.get<std::string>());
    }
  }
  if (j.contains("sampling")) lesson.sampling = parseSampling(j["sampling"], origin);
  if (!lesson.task && !j.contains("config")) r.fail("field 'config' (the training settings) is missing");
  if (lesson.task && (j.contains("config") || j.contains("corpus") || j.contains("corpus_text")))
    r.fail("a task lesson has its settings and data in 'task', not in 'config' or 'corpus'");
  if (!lesson.task) lesson.config = trainConfigOf(j["config"], origin + ": config");
  lesson.steps = r.integer("steps", 0, 0, 10'000'000);
  lesson.checkEvery = r.integer("check_every", 50, 1, 1'000'000);
  if (j.contains("runs")) {
    if (!j["runs"].is_object()) r.fail("field 'runs' must be an object {name: settings to change}");
    for (const auto& [name, overrides] : j["runs"].items()) {
      if (name.empty()) r.fail("a run needs a name");
      if (!overrides.is_object()) r.fail("run '" + name + "' must be an object of settings to change");
      nlohmann::json merged = lesson.task ? j["task"].value("config", nlohmann::json::object()) : j["config"];
      merged.merge_patch(overrides);
      const std::string where = origin + ": run '" + name + "'";
      if (lesson.task) lesson.runs.push_back({name, overrides, TrainConfig{}, taskConfigOf(merged, where)});
      else lesson.runs.push_back({name, overrides, trainConfigOf(merged, where), TaskConfig{}});
    }
  }
  lesson.compare = r.text("compare", false);
  if (!lesson.compare.empty() && !lesson.findRun(lesson.compare))
    r.fail("field 'compare' must name one of the lesson's 'runs', not '" + lesson.compare + "'");
  if (j.contains("checks")) {
    if (!j["checks"].is_array()) r.fail("field 'checks' must be a list");
    for (const auto& c : j["checks"]) lesson.checks.push_back(parseCheck(c, lesson, origin));
  }
  if (!lesson.checks.empty() && lesson.steps == 0) r.fail("a lesson with checks must say how many 'steps' they need");
  for (const auto& c : lesson.checks)
    for (const auto& metric : {c.metric, c.relativeMetric})
      if (metric == "sample_errors" && !lesson.sampling.given)
        r.fail("check '" + c.name + "': the metric 'sample_errors' needs the lesson's 'sampling'");
  for (const auto& c : lesson.checks)
    if (c.atStep > 0 && (c.atStep > lesson.steps || c.atStep % lesson.checkEvery != 0))
      r.fail("check '" + c.name + "': 'at_step' must be a multiple of 'check_every' and at most 'steps'");
  return lesson;
}

const std::vector<Lesson>& builtinLessons() {
  static const std::vector<Lesson> lessons = [] {
    std::vector<Lesson> all;
    for (const auto& [file, text] : builtinLessonFiles()) {
      const std::string origin = "resources/lessons/" + std::string(file);
      Lesson lesson = parseLesson(text, origin);
      if (lesson.id + ".json" != file) throw Error(origin + ": the id '" + lesson.id + "' must match the file name");
      all.push_back(std::move(lesson));
    }
    std::sort(all.begin(), all.end(),
              [](const Lesson& a, const Lesson& b) { return a.order != b.order ? a.order < b.order : a.id < b.id; });
    return all;
  }();
  return lessons;
}

std::vector<std::string> lessonIds() {
  std::vector<std::string> ids;
  for (const auto& l : builtinLessons()) ids.push_back(l.id);
  return ids;
}

const Lesson& lessonById(const std::string& id) {
  for (const auto& l : builtinLessons())
    if (l.id == id) return l;
  std::string known;
  for (const auto& name : lessonIds()) known += (known.empty() ? "" : ", ") + name;
  throw Error("unknown lesson '" + id + "'; known lessons: " + known);
}

}  // namespace rnnscope
