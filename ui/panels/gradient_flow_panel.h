#pragma once
// How the gradient travels back through time: the gradient norm at each timestep of the last
// window, the last position's gradient against distance beside the (gamma*lambda)^d bound, and a
// training step x timestep heat map that shows vanishing appear or heal over training.
#include <cmath>
#include <memory>
#include <vector>

#include "ui/panel.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QStackedWidget;
class QValueAxis;

namespace rnnscope::ui {

namespace chart {
class HeatMapWidget;
class LayerChooser;
class NoteBox;
}  // namespace chart

class GradientFlowPanel : public Panel {
  Q_OBJECT
public:
  explicit GradientFlowPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  QString title() const override;
  QString key() const override { return QStringLiteral("gradient_flow"); }
  bool hasPendingWork() const override { return pendingParts_ != 0; }

  // The dashed bound of chart (b): value at d = 0, then valueAtZero * bound[d-1] for d = 1..n-1.
  static std::vector<double> scaledBound(double valueAtZero, const std::vector<double>& bound, std::size_t n);

private:
  struct LayerBound {
    std::vector<double> bound;  // (gamma*lambda)^d, d = 1..T
    double gamma = 0, lambda = 0;  // 0: unknown (no spectra yet)
    bool gated = false;            // LSTM/GRU: a reference line, not a bound
    bool operator==(const LayerBound&) const = default;
  };
  // The three views, drawn one per render while training runs (Panel::hasPendingWork).
  enum Part { kTimePart = 1, kDistancePart = 2, kHistoryPart = 4, kAllParts = 7 };
  void drawWindow(const rnnscope::GradientFlowRecord& flow, int layer, const LayerBound* bound, int parts);
  void drawHistory(const std::vector<rnnscope::GradientFlowRecord>& history, int layer);
  void redraw();

  chart::NoteBox* note_ = nullptr;
  chart::LayerChooser* layers_ = nullptr;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;

  QChart* timeChart_ = nullptr;
  QValueAxis* timeX_ = nullptr;
  QLogValueAxis* timeY_ = nullptr;
  QLineSeries* dh_ = nullptr;
  QLineSeries* dc_ = nullptr;

  QChart* distanceChart_ = nullptr;
  QValueAxis* distanceX_ = nullptr;
  QLogValueAxis* distanceY_ = nullptr;
  QLineSeries* lastLoss_ = nullptr;
  QLineSeries* bound_ = nullptr;

  chart::HeatMapWidget* heatMap_ = nullptr;
  std::vector<std::int64_t> heatMapSteps_;

  // What is on screen, to skip redraws of an unchanged snapshot.
  std::shared_ptr<const rnnscope::GradientFlowRecord> drawnFlow_;
  std::shared_ptr<const std::vector<rnnscope::GradientFlowRecord>> drawnHistory_;
  LayerBound drawnBound_;
  int drawnLayer_ = -1;
  // The latest snapshot's parts, kept to redraw when the layer changes.
  std::shared_ptr<const rnnscope::GradientFlowRecord> flow_;
  std::shared_ptr<const std::vector<rnnscope::GradientFlowRecord>> history_;
  std::vector<LayerBound> bounds_;
  bool running_ = false;
  int pendingParts_ = 0;
};

}  // namespace rnnscope::ui
