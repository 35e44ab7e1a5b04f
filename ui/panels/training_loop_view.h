#pragma once
// A small overview of one training update, unrolled over its window: the characters x_k the
// stream reads (bottom), the states h_k (middle), the losses L_k (top), the carried-in state
// at the left where truncated BPTT cuts the gradient, and at the right the gradient's norm
// against the clipping threshold and the optimiser's step. The phase on show is framed; the
// forward pass fills the states left to right and the backward pass colours them right to left
// by ||dL/dh_k|| (log scale), as far as the phase's pause has got.
#include <cstdint>
#include <string>
#include <vector>

#include <QWidget>

#include "ui/slow_motion.h"

namespace rnnscope::ui {

struct TrainingLoopPicture {
  std::u32string inputs;        // [T] stream 0's characters (may be empty: boxes without letters)
  std::vector<double> dhNorm;   // [T] ||dL/dh_k|| of the top layer
  double gradientNorm = 0;      // ||g|| before clipping
  double clippedNorm = 0;       // after
  double clipThreshold = 0;     // 0: clipping off
  bool clipped = false;
  double updateNorm = -1;       // ||Δθ||; < 0: not applied yet
};

class TrainingLoopView : public QWidget {
  Q_OBJECT
public:
  explicit TrainingLoopView(QWidget* parent = nullptr);

  void setPicture(TrainingLoopPicture picture, int batch);
  // `phase` framed and drawn `progress` (0..1) of the way; with `active` false every phase is
  // drawn complete and none framed (slow motion off: the last pass at rest).
  void setPhase(TrainingPhase phase, double progress, bool active);

  QSize sizeHint() const override { return {620, 230}; }
  QSize minimumSizeHint() const override { return {420, 200}; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  // The steps drawn, in order; -1 stands for the ellipsis of a window too long to draw whole.
  static std::vector<int> shownSteps(int T, int maxColumns);
  static constexpr int kMaxColumns = 16;
  static constexpr int kMinColumnWidth = 30;  // px: room for a character's box
  bool reached(TrainingPhase p) const;
  int forwardColumns() const;   // states computed so far
  int backwardColumns() const;  // gradients arrived so far, counted from the right

  TrainingLoopPicture picture_;
  int batch_ = 1;
  TrainingPhase phase_ = TrainingPhase::Update;
  double progress_ = 1.0;
  bool active_ = false;
};

}  // namespace rnnscope::ui
