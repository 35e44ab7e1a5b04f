#pragma once
// A lesson about a sequence task (docs/tasks.md) instead of a language model: its data
// (builtin:NAME[:N[:SEED]]) and the task's settings.
#include <string>

#include "core/task/task_trainer.h"

namespace rnnscope {

struct LessonTask {
  std::string source;
  TaskConfig config;
};

}  // namespace rnnscope
