#pragma once
// Slow motion: the live training loop, one update at a time, paused at each phase (forward
// through the window, loss, backward through time, clipping, update) on a small overview of
// the unrolled model (TrainingLoopView), each phase told in that update's own numbers. The
// loop itself is run by SlowMotion; this panel shows it. Clicking a phase opens the
// step-through of the same pass at that point.
#include <array>
#include <cstdint>
#include <memory>

#include "core/engine/snapshot.h"
#include "ui/panel.h"
#include "ui/slow_motion.h"

class QLabel;
class QPushButton;
class QDoubleSpinBox;
class QTimer;

namespace rnnscope::ui {

namespace chart {
class NoteBox;
}
class TrainingLoopView;

class SlowMotionPanel : public Panel {
  Q_OBJECT
public:
  SlowMotionPanel(PostCommand post, SlowMotion* motion, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  QString title() const override;
  QString key() const override { return QStringLiteral("slow_motion"); }

  QString captionText() const;  // what the caption says now (for tests)

signals:
  // The user asked to look inside a phase: the step-through of the pass on screen, there.
  void stepInto(rnnscope::ui::TrainingPhase phase);

private:
  void refresh();
  QString phaseCaption(TrainingPhase phase) const;

  SlowMotion* motion_;
  chart::NoteBox* note_ = nullptr;
  QPushButton* toggle_ = nullptr;
  QDoubleSpinBox* pause_ = nullptr;
  std::array<QPushButton*, kTrainingPhaseCount> phaseButtons_{};
  TrainingLoopView* view_ = nullptr;
  QLabel* caption_ = nullptr;
  QTimer* animation_ = nullptr;

  std::shared_ptr<const rnnscope::GradientFlowRecord> flow_;
  std::shared_ptr<const rnnscope::HorizonView> horizon_;
  rnnscope::TrainConfig config_;
  std::size_t vocabularySize_ = 0;
  std::int64_t step_ = 0;
};

}  // namespace rnnscope::ui
