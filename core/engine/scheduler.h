#pragma once
// The engine's jobs and the one policy that says when each runs (docs/architecture.md,
// "Freshness"). Every view the UI draws is the output of a job stamped with the training step
// whose weights it describes; the scheduler decides when a stale view is recomputed:
//   - paused or stepped (idle), every stale view is brought up to date at once;
//   - while training runs, a stale view waits at least its interval and at least kBudget times
//     what it cost last time, so each takes at most about 1/kBudget of the engine's time,
//     whatever the model size;
//   - the gradient flow is part of every training pass (one history row per update);
//   - training steps are paced by the speed limit while playing (Step is never paced);
//   - a snapshot is published at once when idle or when commands were handled, otherwise at
//     most every publish interval.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/engine/engine_clock.h"

namespace rnnscope {

enum class Job { TrainStep, GradientFlow, Analysis, Horizon, Activations, Sample, Publish };
inline constexpr int kJobCount = 7;
std::string_view jobName(Job job);

struct JobStats {
  std::int64_t runs = 0;
  double lastMilliseconds = 0;
  std::int64_t freshAt = -1;  // the step the output describes; -1: none, or made stale
};

struct SchedulerIntervals {
  int analysisMs = 250;
  int horizonMs = 250;
  int activationsMs = 1000;
  int sampleMs = 3000;
  int publishMs = 33;
};

class Scheduler {
public:
  static constexpr double kBudget = 60;

  Scheduler(const EngineClock& clock, SchedulerIntervals intervals) : clock_(clock), intervals_(intervals) {}

  // Is the view `job` stale for `step`, and may it run now?
  bool due(Job job, std::int64_t step, bool idle) const;
  // A run that began at `started` left the view describing `step`.
  void ran(Job job, std::int64_t step, EngineClock::TimePoint started);
  void markStale(Job job) { at(job).freshAt = -1; }
  void markAllStale();
  std::int64_t freshAt(Job job) const { return at(job).freshAt; }

  void setSpeed(int stepsPerSecond) { speed_ = stepsPerSecond; }
  int speed() const { return speed_; }
  bool stepAllowed(bool playing) const { return !(speed_ > 0 && playing && clock_.now() < nextStepAt_); }
  void stepTaken(std::int64_t step, EngineClock::TimePoint started);
  EngineClock::TimePoint nextStepAt() const { return nextStepAt_; }

  // `changed`: something worth showing; `commandsHandled`: a command's effect must be seen now.
  bool publishDue(bool changed, bool idle, bool commandsHandled) const;
  // When a session's loop has work again: idle, a look every 250 ms (commands wake it sooner);
  // playing at a speed limit, the next step's time; otherwise (nullopt) at once.
  std::optional<EngineClock::TimePoint> wakeAt(bool idle, bool playing) const;

  const std::array<JobStats, kJobCount>& stats() const { return stats_; }
  const EngineClock& clock() const { return clock_; }

private:
  JobStats& at(Job job) { return stats_[static_cast<int>(job)]; }
  const JobStats& at(Job job) const { return stats_[static_cast<int>(job)]; }
  int intervalMs(Job job) const;

  const EngineClock& clock_;
  SchedulerIntervals intervals_;
  std::array<JobStats, kJobCount> stats_{};
  std::array<EngineClock::TimePoint, kJobCount> lastRun_{};
  int speed_ = 0;
  EngineClock::TimePoint nextStepAt_{};
};

}  // namespace rnnscope
