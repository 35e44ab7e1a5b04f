#pragma once
// A task lesson's claims (docs/lessons.md, "Task lessons") evaluated on the figures its runs
// show while they train: the task counterpart of LessonMonitor. The lesson's own run and every
// run its checks name train in lockstep, one update each per step(); the gradient flow is the
// engine's (core/task/task_gradient_flow.h) and the accuracy the predictions panel's.
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "core/lesson/lesson_checks.h"
#include "core/task/task_trainer.h"

namespace rnnscope {

class TaskLessonMonitor {
public:
  // Builds every run from the lesson's task (Error for a lesson without one).
  explicit TaskLessonMonitor(const Lesson& lesson);
  ~TaskLessonMonitor();

  // One update of every run; the checks are evaluated every Lesson::checkEvery steps and at
  // Lesson::steps.
  void step();
  TaskTrainer<float>& mainRun();
  const std::vector<CheckOutcome>& outcomes() const { return outcomes_; }
  std::int64_t evaluatedAt() const { return evaluatedAt_; }
  bool allPassed() const { return allChecksPassed(outcomes_); }
  std::optional<double> secondsToClaim() const { return secondsToClaim_; }
  std::optional<std::int64_t> stepsToClaim() const { return stepsToClaim_; }

private:
  struct Run;
  Run& runNamed(const std::string& name);
  void evaluate(std::int64_t step);

  const Lesson& lesson_;
  std::vector<std::unique_ptr<Run>> runs_;  // [0] the lesson's own
  std::vector<CheckOutcome> outcomes_;
  std::int64_t evaluatedAt_ = 0;
  std::optional<double> secondsToClaim_;
  std::optional<std::int64_t> stepsToClaim_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace rnnscope
