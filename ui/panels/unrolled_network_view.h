#pragma once
// The network unrolled over a short window, drawn as a graph: the input x_t at the bottom, the
// state of each layer above it, then the output scores y_t and the loss L_t, one column per
// timestep, with the carried-in state of truncated BPTT in a column of its own on the left.
// Arrows carry the shared matrices (W_xh, W_hh, W_hy). Forward, the columns fill in one step
// at a time; backward, the gradients appear beside the values, walking right to left, and the
// arrows the gradient takes at the current step are drawn in red.
#include <memory>
#include <vector>

#include <QWidget>

#include "core/analysis/bptt_trace.h"
#include "ui/panels/bptt_stage.h"

namespace rnnscope::ui {

class UnrolledNetworkView : public QWidget {
  Q_OBJECT
public:
  explicit UnrolledNetworkView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const rnnscope::BpttTrace<double>> trace, std::vector<char32_t> vocabulary);
  void setStage(BpttStage stage);
  void setLayer(int layer);  // the layer whose equations are shown: drawn with a stronger outline

  QSize sizeHint() const override { return {720, 420}; }
  QSize minimumSizeHint() const override { return {360, 300}; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  struct Geometry;
  struct Scales;
  void drawColumn(class QPainter& p, const Geometry& g, const Scales& s, int t) const;
  void drawBoundary(class QPainter& p, const Geometry& g, const Scales& s) const;
  void drawForwardArrows(class QPainter& p, const Geometry& g, int t) const;
  void drawGradientArrows(class QPainter& p, const Geometry& g) const;

  std::shared_ptr<const rnnscope::BpttTrace<double>> trace_;
  std::vector<char32_t> vocabulary_;
  BpttStage stage_;
  int layer_ = 0;
};

}  // namespace rnnscope::ui
