#pragma once
// The training curve: loss per step (raw and smoothed), validation loss, where clipping fired,
// and below it the gradient norm before and after clipping. A sequence task's run also draws its
// accuracy (of each batch, and of the held-out examples) on a second axis at the right.
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
  void recomputeSmoothing();
  bool readCompared();
  void buildTwins();
  void nameSeries();
  // Validation points of the log plus those seen in snapshots, sorted by step (nats).
  void mergedValidation(std::vector<double>& steps, std::vector<double>& loss) const;
  void rebuildSeries();
  void drawLossChart(double xLo, double xHi, double xPad);
  void drawLossTwins(double u, bool logY);
  void buildAccuracySeries();
  void drawAccuracy();
  bool observeAccuracy(const rnnscope::Snapshot& snapshot);
  void drawGradientChart(double xLo, double xHi, double xPad);
  void drawThresholds(double xLo, double xHi, double& gLo, double& gHi);
  QString comparedSummary() const;
  void applyScale();
  void updateSummary();
  double unitFactor() const;
  QString unitName() const;
  void setPerOutput(bool perOutput);

  double timelineX(double step) const;

  chart::NoteBox* note_ = nullptr;
  RewindTimeline* rewind_ = nullptr;
  QLineSeries* pinnedLine_ = nullptr;
  QLineSeries* pinnedGrad_ = nullptr;
  std::shared_ptr<const rnnscope::Snapshot::PinnedRun> pinnedRun_;
  QSlider* smoothing_ = nullptr;
  QLabel* smoothingValue_ = nullptr;
  QCheckBox* logScale_ = nullptr;
  bool perOutput_ = false;  // a task trains: its loss is per scored output
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
  // A sequence task's accuracy, in percent on its own right-hand axis (hidden, with the series'
  // legend entries, while a language model trains: its points carry no accuracy).
  QLineSeries* accuracy_ = nullptr;            // the batch's, before its update, smoothed like the loss
  QLineSeries* validationAccuracy_ = nullptr;  // the held-out examples'
  QValueAxis* accuracyY_ = nullptr;

  QChart* gradChart_ = nullptr;
  QChartView* gradView_ = nullptr;
  QLineSeries* gradBefore_ = nullptr;
  QLineSeries* gradAfter_ = nullptr;
  QLineSeries* clipThreshold_ = nullptr;
  // Run B's twins (compare mode), dashed.
  QLineSeries* trainRawB_ = nullptr;
  QLineSeries* trainSmoothedB_ = nullptr;
  QLineSeries* validationB_ = nullptr;
  QLineSeries* answersB_ = nullptr;
  QLineSeries* accuracyB_ = nullptr;
  QLineSeries* validationAccuracyB_ = nullptr;
  QLineSeries* gradBeforeB_ = nullptr;
  QLineSeries* gradAfterB_ = nullptr;
  QLineSeries* clipThresholdB_ = nullptr;
  QValueAxis* gradX_ = nullptr;
  QLogValueAxis* gradY_ = nullptr;

  // Everything one run's log has shown so far, in nats; steps as doubles for the charts. Run A's
  // and, while comparing, run B's, each read incrementally.
  struct RunCurve {
    std::vector<double> steps, loss, gradNormBefore, gradNormAfter;
    std::vector<double> validationSteps, validationLoss;
    std::vector<double> answerSteps, answerLoss;  // builtin:recall-D's answers (MetricsPoint::answerLoss)
    // A task's accuracies in [0, 1] (MetricsPoint::accuracy, validationAccuracy): none for a language model.
    std::vector<double> accuracySteps, accuracy;
    std::vector<double> validationAccuracySteps, validationAccuracy;
    std::vector<std::size_t> clippedIndex;        // indices into steps where clipping fired
    std::vector<double> smoothed;
    double emaLast = 0;
    std::int64_t emaCount = 0;
    std::int64_t firstStep = 0;
    std::size_t drawnCount = 0;  // points the series were built from
    void clear();
    enum class Read { Same, Grew, Restarted };
    // Appends the points not seen yet; starts over when the log was reset or rewound.
    Read ingest(const rnnscope::MetricsLog::View& metrics, double weight);
    void resmooth(double weight);
  };
  RunCurve a_, b_;
  std::map<std::int64_t, double> observedValidation_;  // run A: step -> snapshot.lastValidationLoss
  std::map<std::int64_t, double> observedAccuracy_;    // run A: step -> snapshot.task->validationAccuracy

  double lastValidation_ = NAN;
  double lastLoss_ = NAN;
  std::int64_t step_ = -1;
  bool running_ = false;
  double clipThresholdValue_ = NAN;
  bool comparing_ = false;
  double clipThresholdValueB_ = NAN;
  std::int64_t stepB_ = -1;
  double lastLossB_ = NAN;
  double lastValidationB_ = NAN;
  std::size_t vocabularySize_ = 0;
  bool seriesDirty_ = true;
};

}  // namespace rnnscope::ui
