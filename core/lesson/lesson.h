#pragma once
// Lessons: ready-made sessions (a text, a model, what to look at) and the claims their text
// makes, written as checks that a program evaluates on the engine's own figures
// (docs/lessons.md). The built-in lessons are resources/lessons/*.json, compiled in.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/data/corpus.h"
#include "core/lesson/lesson_sampling.h"
#include "core/lesson/lesson_task.h"
#include "core/train/trainer.h"

namespace rnnscope {

// One measurable sentence of a lesson: metric(run) [/ metric(relativeTo.run)] op threshold.
struct LessonCheck {
  std::string name;       // stable id, e.g. "last_loss_fades"
  std::string claim;      // the sentence of the lesson it checks, in English
  std::string metric;     // see lesson_checks.h, e.g. "last_loss_dh_ratio@50"
  std::string run;        // "" = the lesson's own run, else one of Lesson::runs
  std::string op;         // "<", "<=", ">", ">="
  double threshold = 0;
  std::string relativeMetric;  // optional: divide by this metric ...
  std::string relativeRun;     // ... of this run
  int atStep = 0;              // > 0: the claim is about the figures of this step, not the latest
};

// A second training run that a check compares against: the lesson's settings with some
// changed (for example clipping switched on), on the same text and seed.
struct LessonRun {
  std::string name;
  nlohmann::json overrides;  // merged into the lesson's "config" (JSON merge patch), or its task's
  TrainConfig config;
  TaskConfig taskConfig;     // a task lesson's run
};


// One page of what to look at: a sentence or two, and the live widget it talks about, which
// the app frames ("PANEL" or "PANEL/OBJECT", e.g. "cells/rankingTable", or "controls" and
// "lesson" for the tool bars; empty: none).
struct LessonPage {
  std::string text;
  std::string highlight;
};

struct Lesson {
  std::string id;           // stable name: --lesson NAME, the file name without .json
  int order = 0;            // position in the Lessons menu
  std::string title, description, lookAt;  // English; the UI translates them
  std::vector<LessonPage> pages;           // lookAt page by page (one page when look_at is a string)
  std::string corpusSource = "builtin:dialogue";  // builtin:..., or empty when corpusText is set
  std::string corpusText;   // a lesson's own short text
  std::string probeText;    // empty: a slice of the validation text
  std::string conceptName = "quote";
  std::vector<std::string> focusPanels;  // panel keys brought to the front when it opens
  LessonSampling sampling;
  TrainConfig config;
  std::optional<LessonTask> task;  // set: a task lesson; corpus and config then do not apply
  int steps = 0;            // the training steps its checks need
  int checkEvery = 50;      // how often (in steps) the checks are evaluated while it trains
  std::vector<LessonRun> runs;
  // One of runs: the lesson opens in compare mode, its own settings as run A and this run's as
  // run B beside it (docs/compare.md); empty: one run.
  std::string compare;
  std::vector<LessonCheck> checks;

  const LessonRun* findRun(const std::string& name) const;  // nullptr for ""
};

// The lesson's text: its corpus source, or its own text.
Corpus loadLessonCorpus(const Lesson& lesson);

// Parses one lesson file; throws Error naming `origin` and the field at fault.
Lesson parseLesson(std::string_view json, const std::string& origin);

// The lessons compiled into the program, in menu order.
const std::vector<Lesson>& builtinLessons();
// Throws Error listing the known names when `id` is not one of them.
const Lesson& lessonById(const std::string& id);
std::vector<std::string> lessonIds();

}  // namespace rnnscope
