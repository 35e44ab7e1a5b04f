#pragma once
// The live session: one thread owns the model and the trainer. Commands go in through post();
// the latest snapshot comes out of a one-slot mailbox that the UI reads when it wants to draw.
// Training never waits for drawing and drawing never waits for training.
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "core/data/corpus.h"
#include "core/engine/snapshot.h"

namespace rnnscope {

namespace command {
struct Play {};
struct Pause {};
struct Step { int updates = 1; };
struct Reset {};                                       // same settings, fresh weights
struct Configure { TrainConfig config; };              // new architecture or data settings: resets
struct SetOptimizer { OptimizerConfig optimizer; };     // live
struct SetClip { ClipConfig clip; };                    // live
struct SetSpeed { int stepsPerSecond = 0; };            // 0 = unlimited
struct LoadCorpus { std::string source; };              // a file or builtin:...; resets
struct SetProbeText { std::u32string text; };
struct SetConcept { std::string name; };                // built-in name or regex:PATTERN
struct SetAnalysisStep { int step = -1; };              // -1 = the last step of the window
struct SetSampling { std::u32string prime; int length = 300; double temperature = 0.8; std::vector<CellClamp> clamps; };
struct SampleNow {};
struct SaveCheckpoint { std::string path; };
struct LoadCheckpoint { std::string path; };
}  // namespace command

using Command = std::variant<command::Play, command::Pause, command::Step, command::Reset, command::Configure,
                             command::SetOptimizer, command::SetClip, command::SetSpeed, command::LoadCorpus,
                             command::SetProbeText, command::SetConcept, command::SetAnalysisStep,
                             command::SetSampling, command::SampleNow, command::SaveCheckpoint, command::LoadCheckpoint>;

struct EngineSetup {
  TrainConfig config;
  std::string corpusSource = "builtin:dialogue";
  std::u32string probeText;   // empty: a slice of the validation text
  std::string conceptName = "quote";
  bool start = false;         // begin training at once
  // How often the expensive views refresh while training runs (they always refresh on pause/step).
  int analysisIntervalMs = 250;
  int activationsIntervalMs = 1000;
  int sampleIntervalMs = 3000;
  int publishIntervalMs = 33;
  // Threads for the engine's matrix products (Eigen's setting is process-wide). The desktop
  // app trains on one core so that the other stays free for drawing; 0 leaves it as it is.
  int matrixThreads = 0;
};

class Engine {
public:
  explicit Engine(EngineSetup setup);  // loads the corpus on the engine thread; errors arrive as messages
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  void post(Command c);
  std::shared_ptr<const Snapshot> latest() const;  // never null
  std::uint64_t serial() const { return serial_.load(std::memory_order_acquire); }
  std::int64_t stepsDone() const { return steps_.load(std::memory_order_relaxed); }
  std::int64_t charactersDone() const { return characters_.load(std::memory_order_relaxed); }
  // Blocks until the engine has handled every command posted so far and published (tests, CLI).
  void sync();

private:
  struct State;
  void run();
  void publish(State& s);

  std::unique_ptr<State> state_;  // owned by the engine thread after construction

  mutable std::mutex mailboxMutex_;
  std::shared_ptr<const Snapshot> mailbox_;
  std::atomic<std::uint64_t> serial_{0};
  std::atomic<std::int64_t> steps_{0};
  std::atomic<std::int64_t> characters_{0};

  std::mutex queueMutex_;
  std::condition_variable queueChanged_;
  std::deque<Command> queue_;
  std::uint64_t posted_ = 0;     // guarded by queueMutex_
  std::uint64_t handled_ = 0;    // guarded by queueMutex_
  std::condition_variable handledChanged_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace rnnscope
