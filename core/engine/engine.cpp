#include "core/engine/engine.h"

#include <Eigen/Core>

#include "core/engine/session.h"
#include "core/engine/task_session.h"

namespace rnnscope {

namespace {
// Id 1 is the engine's start (loading the first text and building the model); posted commands
// get 2, 3, ... so that sync() right after construction waits for the start.
constexpr CommandId kStartId = 1;

bool isTaskSession(const EngineSession& s) { return dynamic_cast<const TaskSession*>(&s) != nullptr; }

// The commands that put a language model in place of a task (a text, a saved session, a run).
bool bringsAText(const Command& c) {
  return std::holds_alternative<command::LoadCorpus>(c) || std::holds_alternative<command::RestoreSession>(c) ||
         std::holds_alternative<command::OpenRun>(c);
}

}  // namespace

Engine::Engine(EngineSetup setup)
    : clock_(setup.clock ? setup.clock : std::make_shared<const SteadyEngineClock>()),
      ownThread_(setup.ownThread) {
  if (setup.matrixThreads > 0) Eigen::setNbThreads(setup.matrixThreads);
  setup_ = setup;
  setup_.corpusSource.clear();  // a session made later gets its text or task from a command
  setup_.start = false;
  setup_.task.reset();
  if (setup.task) setup.corpusSource.clear();  // the task comes first; no text behind it
  startTask_ = setup.task;
  startRunning_ = setup.start && setup.task.has_value();
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
    if (startTask_) {
      Command open = std::move(*startTask_);
      startTask_.reset();
      handle(open, kStartId);
      Command play = command::Play{};
      if (startRunning_) session_->handle(play, kStartId);
    } else {
      session_->start();
    }
    lastTaken_ = kStartId;
  }
  std::deque<std::pair<CommandId, Command>> batch;
  {
    std::lock_guard lock(queueMutex_);
    batch.swap(queue_);
  }
  for (auto& [id, command] : batch) {
    handle(command, id);
    lastTaken_ = id;
  }

  const EngineSession::Work done = session_->work();
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

// A task, or a text in place of a task, gets a session of its own, which replaces the current one
// only once it has opened; until then (and if it cannot) the current one stays, with the reason.
void Engine::handle(Command& command, CommandId id) {
  std::unique_ptr<EngineSession> next;
  if (const auto* open = std::get_if<command::OpenTask>(&command)) {
    try {
      next = std::make_unique<TaskSession>(setup_, *clock_, *open);
    } catch (...) {
      session_->refuse(failureMessage(std::current_exception(), id));
      return;
    }
  } else if (bringsAText(command) && isTaskSession(*session_)) {
    next = std::make_unique<Session>(setup_, *clock_);
  }
  if (!next) {
    session_->handle(command, id);
    return;
  }
  next->handle(command, id);
  if (next->ready()) {
    session_ = std::move(next);
    ++sessionsReplaced_;
  } else {
    session_->refuse(next->message());
  }
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
  // each session counts its own revisions; a new one must not repeat an old one's numbers
  snap->configRevision += sessionsReplaced_ << 32;
  {
    std::lock_guard lock(mailboxMutex_);
    mailbox_ = std::move(snap);
  }
  serial_.fetch_add(1, std::memory_order_release);
}

}  // namespace rnnscope
