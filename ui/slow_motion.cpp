#include "ui/slow_motion.h"

#include <algorithm>

namespace rnnscope::ui {

SlowMotion::SlowMotion(PostCommand post, QObject* parent) : QObject(parent), post_(std::move(post)) {
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &SlowMotion::phaseDone);
}

double SlowMotion::phaseProgress() const {
  if (stage_ != Stage::Showing || !sincePhase_.isValid() || held_) return 1.0;
  return std::clamp(static_cast<double>(sincePhase_.elapsed()) / std::max(1, phaseMs_), 0.0, 1.0);
}

void SlowMotion::setPhaseMilliseconds(int ms) { phaseMs_ = std::max(1, ms); }

void SlowMotion::hold() {
  timer_.stop();
  held_ = true;
}

void SlowMotion::setOn(bool on) {
  if (on == on_) return;
  on_ = on;
  timer_.stop();
  held_ = false;
  stage_ = Stage::Off;
  update_ = -1;
  phaseSnapshot_.reset();
  emit switched(on);
  if (!on) return;
  post_(command::Pause{});
  askForPass();
}

void SlowMotion::askForPass() {
  awaited_ = post_(command::PreviewStep{});
  if (awaited_ == 0) {
    setOn(false);
    return;
  }
  stage_ = Stage::AwaitingPass;
}

void SlowMotion::showPhase(TrainingPhase phase) {
  phase_ = phase;
  stage_ = Stage::Showing;
  sincePhase_.restart();
  timer_.start(phaseMs_);
  emit phaseChanged(phase, update_);
}

void SlowMotion::phaseDone() {
  if (stage_ != Stage::Showing) return;
  switch (phase_) {
    case TrainingPhase::Forward: showPhase(TrainingPhase::Loss); break;
    case TrainingPhase::Loss: showPhase(TrainingPhase::Backward); break;
    case TrainingPhase::Backward: showPhase(TrainingPhase::Clipping); break;
    case TrainingPhase::Clipping:
      awaited_ = post_(command::Step{1});
      stage_ = awaited_ ? Stage::AwaitingUpdate : Stage::Off;
      if (!awaited_) setOn(false);
      break;
    case TrainingPhase::Update: askForPass(); break;
  }
}

// The engine answers in order: a snapshot that reflects the awaited command holds its result.
// Anything else that moved the model meanwhile (Play, a reset from another control) ends the
// slow motion rather than narrate numbers that are no longer the pass on screen.
void SlowMotion::onSnapshot(const std::shared_ptr<const rnnscope::Snapshot>& snapshot) {
  if (!on_ || !snapshot) return;
  const Snapshot& s = *snapshot;
  if (s.running) {
    setOn(false);
    return;
  }
  if (s.lastCommandId < awaited_) return;
  if (stage_ == Stage::AwaitingPass) {
    if (!s.flow || s.flow->step != s.step + 1) {  // the pass could not be computed (the engine says why)
      setOn(false);
      return;
    }
    update_ = s.flow->step;
    phaseSnapshot_ = snapshot;
    showPhase(TrainingPhase::Forward);
  } else if (stage_ == Stage::AwaitingUpdate) {
    if (s.step != update_ || !s.flow || s.flow->step != update_) {  // not applied (a non-finite loss)
      setOn(false);
      return;
    }
    phaseSnapshot_ = snapshot;
    showPhase(TrainingPhase::Update);
  }
}

}  // namespace rnnscope::ui
