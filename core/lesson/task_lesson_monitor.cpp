#include "core/lesson/task_lesson_monitor.h"

#include <algorithm>

#include "core/task/builtin_tasks.h"
#include "core/task/task_gradient_flow.h"
#include "core/util/error.h"

namespace rnnscope {

struct TaskLessonMonitor::Run {
  std::string name;
  std::unique_ptr<TaskTrainer<float>> trainer;
  LessonFigures figures;
};

namespace {

std::unique_ptr<TaskTrainer<float>> trainerFor(const LessonTask& task, const TaskConfig& config) {
  const BuiltinTaskShape shape = *builtinShapeOfSource(task.source);  // a lesson's data is built in (lesson.cpp)
  TaskConfig cfg = config;
  cfg.model.dtype = DType::F32;
  return std::make_unique<TaskTrainer<float>>(cfg, loadTaskSource(task.source, shape.kind, shape.tokens).data);
}

}  // namespace

TaskLessonMonitor::TaskLessonMonitor(const Lesson& lesson) : lesson_(lesson), start_(std::chrono::steady_clock::now()) {
  if (!lesson.task) throw Error("lesson '" + lesson.id + "' trains a language model, not a task");
  runs_.push_back(std::make_unique<Run>(Run{"", trainerFor(*lesson.task, lesson.task->config), {}}));
  for (const auto& c : lesson.checks)
    for (const std::string* name : {&c.run, &c.relativeRun}) {
      if (name->empty() || std::any_of(runs_.begin(), runs_.end(), [&](const auto& r) { return r->name == *name; })) continue;
      runs_.push_back(std::make_unique<Run>(Run{*name, trainerFor(*lesson.task, lesson.findRun(*name)->taskConfig), {}}));
    }
}

TaskLessonMonitor::~TaskLessonMonitor() = default;

TaskTrainer<float>& TaskLessonMonitor::mainRun() { return *runs_.front()->trainer; }

TaskLessonMonitor::Run& TaskLessonMonitor::runNamed(const std::string& name) {
  for (auto& r : runs_)
    if (r->name == name) return *r;
  throw Error("lesson '" + lesson_.id + "' has no run '" + name + "'");
}

void TaskLessonMonitor::step() {
  for (auto& run : runs_) {
    TaskTrainer<float>& t = *run->trainer;
    const TaskStepReport r = t.step([&](const TaskStepReport& pass) { run->figures.flow = taskGradientFlow(t, pass); });
    run->figures.loss.push_back(r.loss);
    run->figures.gradNorm.push_back(r.clip.normBefore);
  }
  const std::int64_t step = mainRun().stepCount();
  if (step % lesson_.checkEvery == 0 || step == lesson_.steps) evaluate(step);
}

void TaskLessonMonitor::evaluate(std::int64_t step) {
  for (auto& run : runs_) run->figures.accuracy = run->trainer->validationAccuracy(512);
  evaluatedAt_ = step;
  evaluateLessonChecks(lesson_, step, [this](const std::string& run) -> const LessonFigures& { return runNamed(run).figures; },
                       outcomes_);
  if (!secondsToClaim_ && allPassed()) {
    secondsToClaim_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    stepsToClaim_ = step;
  }
}

}  // namespace rnnscope
