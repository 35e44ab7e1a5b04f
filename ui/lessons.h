#pragma once
// Lessons as the window uses them: core/lesson/lesson.h's lessons (compiled in from
// resources/lessons/*.json) with Qt strings and translated texts.
#include <optional>
#include <string>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/engine/engine.h"
#include "core/lesson/lesson_task.h"
#include "core/lesson/lesson_sampling.h"

namespace rnnscope::ui {

struct Lesson {
  QString id;           // stable name: --lesson NAME, file name without .json
  int order = 0;        // position in the Lessons menu
  QString title;        // English; shown through tr() of the "Lesson" context
  QString description;  // what the lesson sets up, in plain words
  QString lookAt;       // what to watch while it trains: its pages, one after another
  struct Page {
    QString text;       // English; displayPage() translates it
    QString highlight;  // the widget it talks about (MainWindow::widgetFor); empty: none
  };
  std::vector<Page> pages;
  std::string corpusSource = "builtin:dialogue";  // builtin:..., or a file written from corpus_text
  QString probeText;    // empty: the engine probes a slice of the validation text
  std::string conceptName = "quote";
  // Panels to bring to the front of their tabs when the lesson opens (keys, e.g. "cells").
  QStringList focusPanels;
  rnnscope::LessonSampling sampling;  // what the Samples view writes (given: set when it opens)
  TrainConfig config;
  std::optional<rnnscope::LessonTask> task;  // a task lesson: its data and settings instead of a text
  int steps = 0;        // the training steps its checks need
  QStringList claims;   // the sentences its checks test (English)
  // Compare mode from the start: run B's name and settings (the lesson's run of that name);
  // empty name: one run.
  QString compareRun;
  TrainConfig compareConfig;
  TaskConfig compareTaskConfig;  // a task lesson's run B

  // The engine session this lesson describes (not started: the user presses Play).
  EngineSetup toSetup() const;
  // Run B's session beside it (same text and seed, compareConfig); only when compareRun is set.
  EngineSetup compareSetup() const;
  // The command that opens a task lesson's task with these settings (its own, or run B's).
  rnnscope::command::OpenTask openTask(const TaskConfig& settings) const;
  QString displayTitle() const;
  QString displayDescription() const;
  QString displayLookAt() const;
  QString displayPage(int index) const;
};

// Every lesson compiled into the binary, in menu order. Throws rnnscope::Error naming the file
// and the field when a lesson file is malformed.
const std::vector<Lesson>& builtinLessons();
// Throws rnnscope::Error listing the known names when `id` is not one of them.
Lesson lessonById(const QString& id);
QStringList lessonIds();

// Parses one lesson file's text (exposed for tests and for lessons loaded from disk later).
Lesson parseLesson(const QByteArray& json, const QString& origin);

}  // namespace rnnscope::ui
