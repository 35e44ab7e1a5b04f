#pragma once
// The training curve: loss per step (raw and smoothed), validation loss, where clipping fired,
// and below it the gradient norm before and after clipping.
#include <cmath>
#include <cstdint>
#include <memory>
#include <map>
#include <vector>

#include "ui/panel.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QSlider;
class QStackedWidget;
class QValueAxis;
class QVBoxLayout;
class QAbstractAxis;

namespace rnnscope::ui {

class RewindTimeline;

namespace chart {
class NoteBox;
}

class LossPanel : public Panel {
  Q_OBJECT
public:
  explicit LossPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  QString title() const override;
  QString key() const override { return QStringLiteral("loss"); }

  // TensorBoard's debiased exponential moving average with weight w in [0, 1).
  static std::vector<double> smooth(const std::vector<double>& values, double weight);

private:
  void buildControls(QVBoxLayout* layout);
  void buildLossChart();
  void buildGradientChart();
  void connectSignals();
  void clearCache();
  // Appends the points the cache has not seen; starts over when the log was reset.
  bool ingest(const rnnscope::MetricsLog::View& metrics);
  void recomputeSmoothing();
  // Validation points of the log plus those seen in snapshots, sorted by step (nats).
  void mergedValidation(std::vector<double>& steps, std::vector<double>& loss) const;
  void rebuildSeries();
  void drawLossChart(double xLo, double xHi, double xPad);
  void drawGradientChart(double xLo, double xHi, double xPad);
  void applyScale();
  void updateSummary();
  double unitFactor() const;
  QString unitName() const;

  double timelineX(double step) const;

  chart::NoteBox* note_ = nullptr;
  RewindTimeline* rewind_ = nullptr;
  QLineSeries* pinnedLine_ = nullptr;
  QLineSeries* pinnedGrad_ = nullptr;
  std::shared_ptr<const rnnscope::Snapshot::PinnedRun> pinnedRun_;
  QSlider* smoothing_ = nullptr;
  QLabel* smoothingValue_ = nullptr;
  QCheckBox* logScale_ = nullptr;
  QComboBox* units_ = nullptr;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;

  QChart* lossChart_ = nullptr;
  QChartView* lossView_ = nullptr;
  QLineSeries* trainRaw_ = nullptr;
  QLineSeries* trainSmoothed_ = nullptr;
  QLineSeries* validation_ = nullptr;
  QLineSeries* answers_ = nullptr;
  QScatterSeries* clipMarkers_ = nullptr;
  QLineSeries* uniformGuess_ = nullptr;
  QValueAxis* lossX_ = nullptr;
  QValueAxis* lossYLinear_ = nullptr;
  QLogValueAxis* lossYLog_ = nullptr;
  QAbstractAxis* lossYActive_ = nullptr;

  QChart* gradChart_ = nullptr;
  QChartView* gradView_ = nullptr;
  QLineSeries* gradBefore_ = nullptr;
  QLineSeries* gradAfter_ = nullptr;
  QLineSeries* clipThreshold_ = nullptr;
  QValueAxis* gradX_ = nullptr;
  QLogValueAxis* gradY_ = nullptr;

  // Everything the log has shown so far, in nats; steps as doubles for the charts.
  std::vector<double> steps_, loss_, gradNormBefore_, gradNormAfter_;
  std::vector<double> validationSteps_, validationLoss_;
  std::vector<double> answerSteps_, answerLoss_;  // builtin:recall-D's answers (MetricsPoint::answerLoss)
  std::vector<std::size_t> clippedIndex_;
  std::map<std::int64_t, double> observedValidation_;  // step -> snapshot.lastValidationLoss  // indices into steps_ where clipping fired
  std::vector<double> smoothed_;
  double emaLast_ = 0;
  std::int64_t emaCount_ = 0;
  std::int64_t firstStep_ = 0;

  double lastValidation_ = NAN;
  double lastLoss_ = NAN;
  std::int64_t step_ = -1;
  bool running_ = false;
  double clipThresholdValue_ = NAN;
  std::size_t vocabularySize_ = 0;
  std::size_t drawnCount_ = 0;  // points of the log the series were built from
  bool seriesDirty_ = true;
};

}  // namespace rnnscope::ui
