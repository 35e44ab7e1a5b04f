#pragma once
// How an engine starts: the first settings and text, the refresh intervals of its views, and
// for tests, the clock and who drives the loop.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/engine/commands.h"
#include "core/engine/engine_clock.h"
#include "core/engine/scheduler.h"
#include "core/train/trainer.h"

namespace rnnscope {

struct EngineSetup {
  TrainConfig config;
  std::string corpusSource = "builtin:dialogue";  // empty: none until LoadCorpus or RestoreSession
  // Set: the engine starts on this sequence task instead of a text (a task lesson).
  std::optional<command::OpenTask> task;
  std::u32string probeText;   // empty: a slice of the validation text
  std::string conceptName = "quote";
  bool start = false;         // begin training at once
  // How often the expensive views refresh while training runs (they always refresh on pause/step).
  int analysisIntervalMs = 250;
  int horizonIntervalMs = 250;
  int activationsIntervalMs = 1000;
  int sampleIntervalMs = 3000;
  int publishIntervalMs = 33;
  // Threads for the engine's matrix products (Eigen's setting is process-wide). The desktop
  // app trains on one core so that the other stays free for drawing; 0 leaves it as it is.
  int matrixThreads = 0;
  // Null: the steady clock. Tests pass a ManualEngineClock to drive pacing and refreshes.
  std::shared_ptr<const EngineClock> clock;
  // False: no engine thread; the caller runs the loop with Engine::turn() (tests).
  bool ownThread = true;
  // Tests: called as each job starts; it may throw to stand for a job that fails.
  std::function<void(Job)> beforeJob;
};

}  // namespace rnnscope
