#pragma once
// Compare mode (docs/compare.md): run B, a second engine beside the live run A, trained on the
// same text with the same seed and data order, differing only in the settings the user changes
// in B. B either branches from A at A's current step (a copy of everything A has: weights,
// optimiser state, data position, carried state, curve) or, in a lesson that opens comparing,
// starts beside A from step 0 with the lesson's second run's settings.
#include <memory>

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include "ui/engine_bridge.h"

namespace rnnscope::ui {

class Comparison : public QObject {
  Q_OBJECT
public:
  explicit Comparison(EngineBridge& bridge, QObject* parent = nullptr);

  bool active() const { return bridge_.comparedEngine() != nullptr; }
  // A's step when B branched from it; -1 when B started beside A from step 0 (a lesson).
  std::int64_t branchStep() const { return branchStep_; }
  // B as a copy of A at A's current step; A pauses there first. Waits until A has written its
  // state (milliseconds for the lessons' models). Returns what went wrong; empty on success.
  QString branchFromA();
  // B from its own setup (a lesson's second run: same text and seed, other settings).
  void startBeside(EngineSetup setupOfB);
  void stop();

  // Where a command goes while comparing. Both: what trains (play, pause, step, reset, speed)
  // and what the views look at (probe text, concept, sampling, analysed step), so A and B run
  // and are looked at alike. A: saving, and slow motion's preview. EndsComparison: commands
  // that replace A's run with another (a checkpoint, a run folder, a session): B no longer
  // shares A's past, so the comparison ends. EditedRun: settings (architecture, optimiser,
  // clipping), which go to the run the model panel edits.
  enum class Route { Both, A, EndsComparison, EditedRun };
  static Route routeOf(const rnnscope::Command& command);

  // Posts as routeOf says, the edited run being A; returns A's command id (0 if A got none).
  rnnscope::CommandId post(rnnscope::Command command);
  // Returns B's command id (compare it with B's Snapshot::lastCommandId); 0 when not comparing.
  rnnscope::CommandId postToB(rnnscope::Command command);

signals:
  void changed(bool active);

private:
  EngineBridge& bridge_;
  std::unique_ptr<QTemporaryDir> branchDir_;  // A's state, until B has read it
  std::int64_t branchStep_ = -1;
};

// What B's settings change against A's, one "name: A's value → B's value" per line, named by
// the settings' JSON paths (docs/cli.md); empty when they are the same.
QString settingsDifference(const TrainConfig& a, const TrainConfig& b);

}  // namespace rnnscope::ui
