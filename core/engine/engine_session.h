#pragma once
// What an Engine runs on its loop: the language-model Session (session.h) or a sequence task's
// TaskSession (task_session.h). Engine swaps one for the other on command::OpenTask and on the
// commands that bring a text back (docs/architecture.md, "Tasks in the engine"); neither knows
// of threads or mailboxes.
#include <optional>

#include "core/engine/commands.h"
#include "core/engine/engine_clock.h"
#include "core/engine/snapshot.h"

namespace rnnscope {

class EngineSession {
public:
  virtual ~EngineSession() = default;

  virtual void start() = 0;                                 // the first data, if the setup names any
  virtual void handle(Command& command, CommandId id) = 0;  // one command, in posting order

  struct Work {
    bool stepped = false;
    std::int64_t positions = 0;  // tokens (characters) the step trained on
  };
  virtual Work work() = 0;  // a training step if one is due, then the views that are due

  // Nothing to train: paused, or no model. Views are then brought up to date at once.
  virtual bool idle() const = 0;
  // Steps asked for by Step{N} and not done yet; the Step command is handled when this is 0.
  virtual int pendingSteps() const = 0;
  virtual bool publishDue(bool commandsHandled) const = 0;
  // When work() has something to do again; nullopt: at once (training runs unpaced).
  virtual std::optional<EngineClock::TimePoint> wakeAt() const = 0;
  // Copies the state into a snapshot and records the publish.
  virtual void fill(Snapshot& snapshot) = 0;
  // A model is in place to train (a text was loaded, a task opened).
  virtual bool ready() const = 0;
  virtual const EngineMessage& message() const = 0;  // the last one said
  // A failure of a command that happened outside the session (a task or a text that could not
  // be opened in its place) becomes its message, and training pauses; nothing else changes.
  virtual void refuse(const EngineMessage& failure) = 0;
};

}  // namespace rnnscope
