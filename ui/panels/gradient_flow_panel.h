#pragma once
// How the gradient travels back through time: the gradient norm at each timestep of the last
// window; the last position's gradient against distance beside the vanilla RNN's (gamma*lambda)^d
// bound, or for a gated cell beside its own gated path (prod f_t, prod z_t or prod (1 - z_t));
// a training step x timestep heat map that shows vanishing appear or heal over training; and, in
// its place on request, the horizon of each loss of the last window (GradientHorizonView). A
// seq2seq task's window is its encoder's steps then its decoder's: a dashed line marks the hand-over.
#include <cmath>
#include <memory>
#include <vector>

#include "ui/panel.h"
#include "ui/panels/staged_redraw.h"

class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QSplitter;
class QStackedWidget;
class QValueAxis;

namespace rnnscope::ui {

class GradientHorizonView;

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
  bool hasPendingWork() const override { return staged_.pending(); }

  // The dashed bound of chart (b): value at d = 0, then valueAtZero * bound[d-1] for d = 1..n-1.
  // Also scales the gated path (a gain per distance d = 1..T) to the gradient it carries.
  static std::vector<double> scaledBound(double valueAtZero, const std::vector<double>& bound, std::size_t n);

  // What the heat map colours: the last position's loss alone relative to its value at the last
  // position (shows vanishing appear and heal), or the total loss's gradient (flat by design:
  // every position's own loss feeds its own timestep), over training; or, for the last window
  // only, every source loss's gradient at every earlier timestep (the horizon).
  enum class HeatView { RelativeLastLoss = 0, TotalLoss = 1, LossHorizon = 2 };
  void setHeatView(HeatView view);
  HeatView heatView() const;
  void showLastLossViews(bool shown);
  // One row of the heat map for a record, k = 0..T-1, before the log; empty when the record
  // lacks it.
  static std::vector<double> heatMapRow(const rnnscope::GradientFlowRecord& record, int layer, HeatView view);

private:
  struct LayerBound {
    std::vector<double> bound;  // (gamma*lambda)^d, d = 1..T
    double gamma = 0, lambda = 0;  // 0: unknown (no spectra yet)
    double rho = 0;                // spectral radius, shown beside lambda = sigma_max; 0: unknown
    bool operator==(const LayerBound&) const = default;
  };
  // The cell in use: a vanilla RNN is held to the bound; LSTM/GRU escape it along their gated
  // path, drawn instead, whose name depends on the gate and the GRU's written form.
  struct CellForm {
    rnnscope::CellKind cell = rnnscope::CellKind::Rnn;
    rnnscope::GruVariant variant = rnnscope::GruVariant::ResetAfter;
    bool operator==(const CellForm&) const = default;
  };
  // One run's curves of the distance chart, before the log.
  struct DistanceCurves {
    std::vector<double> ds, byDistance, cellByDistance, pathMax, pathMedian, bound;
  };
  static DistanceCurves distanceCurves(const rnnscope::GradientFlowRecord& flow, int layer, const LayerBound* bound,
                                       CellForm form);
  static void readBounds(const rnnscope::Snapshot& snapshot, std::vector<LayerBound>& bounds);
  // The three views, drawn one per render while training runs (StagedRedraw).
  enum Part { kTimePart = 1, kDistancePart = 2, kHistoryPart = 4, kHorizonPart = 8 };
  QWidget* viewWithWrappingLegend(QChart* chart, const QString& name);
  QString noteText(int handover) const;
  void describeHandover(int handover);
  void drawHandover(QChart* chart, QLineSeries* line, QGraphicsSimpleTextItem* label, double x, const QLogValueAxis* y);
  QWidget* buildTimeChart();
  QWidget* buildDistanceChart();
  QWidget* buildHeatMap();
  void connectSignals();
  void drawWindow(const rnnscope::GradientFlowRecord& flow, int layer, const LayerBound* bound, int parts);
  void drawTime(const rnnscope::GradientFlowRecord& flow, int layer);
  void drawDistance(const rnnscope::GradientFlowRecord& flow, int layer, const LayerBound* bound);
  void nameDistanceSeries(bool topLayer, bool topLayerB);
  QString summaryOf(const rnnscope::GradientFlowRecord& flow, int layer, const LayerBound* bound, const DistanceCurves& c) const;
  QString comparedSummary(const DistanceCurves& b, const LayerBound* boundB) const;
  bool takeCompared(int layer);
  int layerOfB(int layer) const;
  const LayerBound* boundOfB(int layer) const;
  void drawHistory(const std::vector<rnnscope::GradientFlowRecord>& history, int layer);
  void describeHeatView();
  void labelHeatView();
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
  // seq2seq: the decoder's first timestep (GradientFlowRecord::handover), a vertical dashed line
  // named in the legend and labelled on the chart; hidden for one stack.
  QLineSeries* handover_ = nullptr;
  QGraphicsSimpleTextItem* handoverLabel_ = nullptr;

  QChart* distanceChart_ = nullptr;
  QValueAxis* distanceX_ = nullptr;
  QLogValueAxis* distanceY_ = nullptr;
  QLineSeries* lastLoss_ = nullptr;
  QLineSeries* lastLossDc_ = nullptr;   // LSTM: the cell-state highway
  QLineSeries* gatedMax_ = nullptr;     // LSTM/GRU: the gated path, largest cell
  QLineSeries* gatedMedian_ = nullptr;  // ... and a typical cell
  QLineSeries* bound_ = nullptr;        // vanilla RNN: (gamma lambda)^d
  QLineSeries* handoverDistance_ = nullptr;  // the hand-over at d = T-1-handover
  QGraphicsSimpleTextItem* handoverDistanceLabel_ = nullptr;
  // Run B's twins (compare mode), dashed; the heat map and the horizon stay run A's.
  QLineSeries* dhB_ = nullptr;
  QLineSeries* dcB_ = nullptr;
  QLineSeries* lastLossB_ = nullptr;
  QLineSeries* lastLossDcB_ = nullptr;
  QLineSeries* gatedMaxB_ = nullptr;
  QLineSeries* gatedMedianB_ = nullptr;
  QLineSeries* boundB_ = nullptr;

  QWidget* distanceView_ = nullptr;  // the distance chart with its legend
  bool lastLossShown_ = true;
  QComboBox* heatView_ = nullptr;
  QLabel* heatCaption_ = nullptr;
  QSplitter* split_ = nullptr;  // the charts above, the heat map below
  QStackedWidget* heatStack_ = nullptr;  // the history's heat map, or the horizon
  chart::HeatMapWidget* heatMap_ = nullptr;
  std::vector<std::int64_t> heatMapSteps_;
  GradientHorizonView* horizonView_ = nullptr;

  // What is on screen, to skip redraws of an unchanged snapshot.
  std::shared_ptr<const rnnscope::GradientFlowRecord> drawnFlow_;
  std::shared_ptr<const std::vector<rnnscope::GradientFlowRecord>> drawnHistory_;
  std::shared_ptr<const rnnscope::HorizonView> drawnHorizon_;
  LayerBound drawnBound_;
  CellForm drawnForm_;
  int drawnLayer_ = -1;
  // The latest snapshot's parts, kept to redraw when the layer changes.
  std::shared_ptr<const rnnscope::GradientFlowRecord> flow_;
  std::shared_ptr<const std::vector<rnnscope::GradientFlowRecord>> history_;
  std::shared_ptr<const rnnscope::HorizonView> horizon_;
  std::vector<LayerBound> bounds_;
  CellForm form_;
  bool running_ = false;
  // Run B's latest window, bounds and cell while comparing (null flow: not comparing, or none yet),
  // and those on screen.
  bool comparing_ = false;
  std::shared_ptr<const rnnscope::GradientFlowRecord> flowB_, drawnFlowB_;
  std::vector<LayerBound> boundsB_;
  CellForm formB_, drawnFormB_;
  LayerBound drawnBoundB_;
  bool drawnComparing_ = false;
  int describedHandover_ = -1;  // the hand-over the note describes
  StagedRedraw staged_;
};

}  // namespace rnnscope::ui
