#include "core/engine/engine.h"

#include <Eigen/Core>

#include "core/engine/session.h"

namespace rnnscope {

namespace {
// Id 1 is the engine's start (loading the first text and building the model); posted commands
// get 2, 3, ... so that sync() right after construction waits for the start.
constexpr CommandId kStartId = 1;
}  // namespace

Engine::Engine(EngineSetup setup)
    : clock_(setup.clock ? setup.clock : std::make_shared<const SteadyEngineClock>()),
      ownThread_(setup.ownThread) {
  if (setup.matrixThreads > 0) Eigen::setNbThreads(setup.matrixThreads);
  session_ = std::make_unique<Session>(std::move(setup), *clock_);
  mailbox_ = std::make_shared<const Snapshot>();
  posted_ = kStartId;
  if (ownThread_) thread_ = std::thread([this] { run(); });
}

Engine::~Engine() {
  stop_.store(true);
  {
    std::lock_guard lock(queueMutex_);
  }
  queueChanged_.notify_all();
  if (thread_.joinable()) thread_.join();
}

CommandId Engine::post(Command c) {
  CommandId id = 0;
  {
    std::lock_guard lock(queueMutex_);
    id = ++posted_;
    queue_.emplace_back(id, std::move(c));
  }
  queueChanged_.notify_all();
  return id;
}

std::shared_ptr<const Snapshot> Engine::latest() const {
  std::lock_guard lock(mailboxMutex_);
  return mailbox_;
}

void Engine::waitFor(CommandId id) {
  if (!ownThread_) {
    for (;;) {
      {
        std::lock_guard lock(queueMutex_);
        if (handled_ >= id) return;
      }
      turn();
    }
  }
  std::unique_lock lock(queueMutex_);
  handledChanged_.wait(lock, [&] { return handled_ >= id || stop_.load(); });
}

void Engine::sync() {
  CommandId last = 0;
  {
    std::lock_guard lock(queueMutex_);
    last = posted_;
  }
  waitFor(last);
}

// A command counts as handled once its effect is in a published snapshot; a Step{N} only when
// its N updates are done, so that waitFor() and the UI's buttons see the finished result.
std::optional<EngineClock::TimePoint> Engine::turn() {
  if (lastTaken_ < kStartId) {
    session_->start();
    lastTaken_ = kStartId;
  }
  std::deque<std::pair<CommandId, Command>> batch;
  {
    std::lock_guard lock(queueMutex_);
    batch.swap(queue_);
  }
  for (auto& [id, command] : batch) {
    session_->handle(command, id);
    lastTaken_ = id;
  }

  const Session::Work done = session_->work();
  if (done.positions > 0) {
    steps_.fetch_add(1, std::memory_order_relaxed);
    characters_.fetch_add(done.positions, std::memory_order_relaxed);
  }
  const CommandId reflected = session_->pendingSteps() == 0 ? lastTaken_ : acknowledged_;
  const bool advanced = reflected != acknowledged_;
  if (session_->publishDue(advanced || !batch.empty())) publish(reflected);
  if (advanced) {
    acknowledged_ = reflected;
    std::lock_guard lock(queueMutex_);
    handled_ = reflected;
    handledChanged_.notify_all();
  }
  return session_->wakeAt();
}

void Engine::run() {
  while (!stop_.load()) {
    const auto wake = turn();
    if (!wake) continue;
    std::unique_lock lock(queueMutex_);
    queueChanged_.wait_for(lock, *wake - clock_->now(), [&] { return !queue_.empty() || stop_.load(); });
  }
  std::lock_guard lock(queueMutex_);
  handled_ = posted_;
  handledChanged_.notify_all();
}

void Engine::publish(CommandId reflected) {
  auto snap = std::make_shared<Snapshot>();
  snap->serial = serial_.load() + 1;
  snap->lastCommandId = reflected;
  session_->fill(*snap);
  {
    std::lock_guard lock(mailboxMutex_);
    mailbox_ = std::move(snap);
  }
  serial_.fetch_add(1, std::memory_order_release);
}

}  // namespace rnnscope
