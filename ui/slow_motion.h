#pragma once
// Slow motion of the live training step (GAN Lab's habit): the real training loop, one update
// at a time, with a pause at each of its phases so that a class can follow it.
//
// One cycle is one update N:
//   PreviewStep  the engine runs update N's pass (forward through the window, loss, backward
//                through time, clipping) with the current weights and publishes its views,
//                without applying it: the screen shows the pass the update is about to apply.
//   Forward, Loss, Backward, Clipping   shown one after another, a pause each.
//   Step{1}      the engine runs the same pass again (bit for bit: same weights, same window,
//                same carried state) and applies the optimiser.
//   Update       shown for a pause once the snapshot has update N; then the next cycle.
// Everything on screen is the engine's own numbers for update N; nothing is replayed.
#include <cstdint>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "ui/panel.h"

namespace rnnscope::ui {

enum class TrainingPhase { Forward, Loss, Backward, Clipping, Update };
inline constexpr int kTrainingPhaseCount = 5;

class SlowMotion : public QObject {
  Q_OBJECT
public:
  explicit SlowMotion(PostCommand post, QObject* parent = nullptr);

  bool isOn() const { return on_; }
  // The phase on show and the update it belongs to; -1: none yet (waiting for the engine).
  TrainingPhase phase() const { return phase_; }
  std::int64_t update() const { return update_; }
  bool showingPhase() const { return stage_ == Stage::Showing; }
  // How far through the current phase's pause, 0..1 (for drawing the forward sweep).
  double phaseProgress() const;

  int phaseMilliseconds() const { return phaseMs_; }
  void setPhaseMilliseconds(int ms);

  // Every snapshot the window receives, in order (the engine's answers to the cycle's commands).
  void onSnapshot(const std::shared_ptr<const rnnscope::Snapshot>& s);
  // The snapshot that began the phase on show (the pass, or the applied update): what the
  // slow-motion panel draws, whichever panels the window rendered since. Null when off.
  const std::shared_ptr<const rnnscope::Snapshot>& phaseSnapshot() const { return phaseSnapshot_; }

  // Keeps the phase on show, drawn complete, until setOn(false): a picture of one phase.
  void hold();
  bool held() const { return held_; }

public slots:
  void setOn(bool on);

signals:
  void switched(bool on);
  void phaseChanged(rnnscope::ui::TrainingPhase phase, std::int64_t update);

private:
  enum class Stage { Off, AwaitingPass, Showing, AwaitingUpdate };
  void askForPass();
  void showPhase(TrainingPhase phase);
  void phaseDone();

  PostCommand post_;
  bool on_ = false;
  bool held_ = false;
  Stage stage_ = Stage::Off;
  TrainingPhase phase_ = TrainingPhase::Forward;
  std::int64_t update_ = -1;
  rnnscope::CommandId awaited_ = 0;
  std::shared_ptr<const rnnscope::Snapshot> phaseSnapshot_;
  int phaseMs_ = 1500;
  QTimer timer_;
  QElapsedTimer sincePhase_;
};

}  // namespace rnnscope::ui
