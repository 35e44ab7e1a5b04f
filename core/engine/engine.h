#pragma once
// The live session on its own thread. Commands go in through post(), which returns the
// command's id; the latest snapshot comes out of a one-slot mailbox that the UI reads when it
// wants to draw, and says which command ids it reflects (docs/architecture.md, "Protocol").
// Training never waits for drawing and drawing never waits for training.
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "core/engine/commands.h"
#include "core/engine/engine_setup.h"
#include "core/engine/snapshot.h"

namespace rnnscope {

class EngineSession;

class Engine {
public:
  explicit Engine(EngineSetup setup);  // loads the corpus on the engine thread; errors arrive as messages
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  CommandId post(Command c);
  std::shared_ptr<const Snapshot> latest() const;  // never null
  std::uint64_t serial() const { return serial_.load(std::memory_order_acquire); }
  std::int64_t stepsDone() const { return steps_.load(std::memory_order_relaxed); }
  std::int64_t charactersDone() const { return characters_.load(std::memory_order_relaxed); }
  // Blocks until command `id` is handled and a snapshot reflecting it is published.
  void waitFor(CommandId id);
  // waitFor() the last command posted so far (tests, CLI).
  void sync();

  // Without an own thread (EngineSetup::ownThread = false) the caller runs the loop: one turn
  // handles the queued commands, does the due work and publishes if due. Returns when the next
  // turn has work; nullopt: at once.
  std::optional<EngineClock::TimePoint> turn();

private:
  void run();
  void publish(CommandId reflected);
  void handle(Command& command, CommandId id);

  EngineSetup setup_;  // loop only: what a new session starts from
  std::optional<command::OpenTask> startTask_;  // loop only: EngineSetup::task, until the start
  bool startRunning_ = false;
  std::uint64_t sessionsReplaced_ = 0;  // loop only
  std::shared_ptr<const EngineClock> clock_;
  std::unique_ptr<EngineSession> session_;  // loop only: the language model's Session or a TaskSession
  CommandId lastTaken_ = 0;           // loop only: the last id handed to the session
  CommandId acknowledged_ = 0;        // loop only: the last id reflected in a published snapshot

  mutable std::mutex mailboxMutex_;
  std::shared_ptr<const Snapshot> mailbox_;
  std::atomic<std::uint64_t> serial_{0};
  std::atomic<std::int64_t> steps_{0};
  std::atomic<std::int64_t> characters_{0};

  std::mutex queueMutex_;
  std::condition_variable queueChanged_;
  std::deque<std::pair<CommandId, Command>> queue_;  // guarded by queueMutex_
  CommandId posted_ = 0;                              // guarded by queueMutex_
  CommandId handled_ = 0;                             // guarded by queueMutex_
  std::condition_variable handledChanged_;
  std::atomic<bool> stop_{false};
  bool ownThread_ = true;
  std::thread thread_;
};

}  // namespace rnnscope
