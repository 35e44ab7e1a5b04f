#include "core/engine/scheduler.h"

#include <algorithm>

namespace rnnscope {

std::string_view jobName(Job job) {
  switch (job) {
    case Job::TrainStep: return "train step";
    case Job::GradientFlow: return "gradient flow";
    case Job::Analysis: return "analysis";
    case Job::Horizon: return "horizon";
    case Job::Activations: return "activations";
    case Job::Sample: return "sample";
    case Job::Publish: return "publish";
  }
  return "?";
}

int Scheduler::intervalMs(Job job) const {
  switch (job) {
    case Job::Analysis: return intervals_.analysisMs;
    case Job::Horizon: return intervals_.horizonMs;
    case Job::Activations: return intervals_.activationsMs;
    case Job::Sample: return intervals_.sampleMs;
    case Job::Publish: return intervals_.publishMs;
    case Job::TrainStep:
    case Job::GradientFlow: return 0;
  }
  return 0;
}

bool Scheduler::due(Job job, std::int64_t step, bool idle) const {
  if (job == Job::GradientFlow) return true;
  const JobStats& s = at(job);
  if (s.freshAt == step) return false;
  if (idle || s.runs == 0) return true;
  const double waited = clock_.millisecondsSince(lastRun_[static_cast<int>(job)]);
  return waited >= std::max<double>(intervalMs(job), kBudget * s.lastMilliseconds);
}

void Scheduler::ran(Job job, std::int64_t step, EngineClock::TimePoint started) {
  JobStats& s = at(job);
  ++s.runs;
  s.lastMilliseconds = clock_.millisecondsSince(started);
  s.freshAt = step;
  lastRun_[static_cast<int>(job)] = clock_.now();
}

void Scheduler::markAllStale() {
  for (JobStats& s : stats_) s.freshAt = -1;
}

void Scheduler::stepTaken(std::int64_t step, EngineClock::TimePoint started) {
  ran(Job::TrainStep, step, started);
  if (speed_ > 0) nextStepAt_ = clock_.now() + std::chrono::microseconds(1000000 / speed_);
}

std::optional<EngineClock::TimePoint> Scheduler::wakeAt(bool idle, bool playing) const {
  if (idle) return clock_.now() + std::chrono::milliseconds(250);
  if (playing && speed_ > 0 && !stepAllowed(true)) return nextStepAt_;
  return std::nullopt;
}

bool Scheduler::publishDue(bool changed, bool idle, bool commandsHandled) const {
  if (commandsHandled) return true;
  if (!changed) return false;
  const JobStats& s = at(Job::Publish);
  return idle || s.runs == 0 || clock_.millisecondsSince(lastRun_[static_cast<int>(Job::Publish)]) >= intervals_.publishMs;
}

}  // namespace rnnscope
