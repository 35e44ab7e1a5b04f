#include "core/data/procedural.h"
#include "ui/panels/loss_panel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/rewind_timeline.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
constexpr double kLn2 = 0.69314718055994530942;
constexpr double kDefaultSmoothing = 0.6;
constexpr std::size_t kRecentWindow = 100;

const MetricsPoint* pointAt(const MetricsLog::View& view, std::size_t index) {
  for (const auto& chunk : view.chunks) {
    if (index < chunk->size()) return &(*chunk)[index];
    index -= chunk->size();
  }
  return nullptr;
}

std::vector<double> scaledBy(const std::vector<double>& v, double u) {
  std::vector<double> out(v.size());
  std::transform(v.begin(), v.end(), out.begin(), [u](double x) { return x * u; });
  return out;
}

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

double normThreshold(const Snapshot& s) { return s.config.clip.mode == ClipMode::Norm ? s.config.clip.threshold : NAN; }

// The clipping threshold c across the chart; none without clipping by norm.
QList<QPointF> thresholdLine(double c, double xLo, double xHi) {
  if (!(std::isfinite(c) && c > 0)) return {};
  return {QPointF(xLo, c), QPointF(xHi, c)};
}

// While training runs on a long curve, redraw once a new point could move the decimated curve by
// a bucket (n/1000 points); every point is drawn as soon as training stops.
bool redrawDue(std::size_t n, std::size_t drawn, bool running) {
  return n != drawn && (!running || n - std::min(n, drawn) >= std::max<std::size_t>(1, n / 1000));
}

// The points of a curve (steps, values) with the measurements a panel saw in snapshots but the
// log lacks (the engine writes a measurement into the latest point, which the panel may have read
// before it did), sorted by step; the log wins where both have a step.
void mergeObserved(const std::vector<double>& logSteps, const std::vector<double>& logValues,
                   const std::map<std::int64_t, double>& observed, std::vector<double>& steps, std::vector<double>& values) {
  steps = logSteps;
  values = logValues;
  if (observed.empty()) return;
  std::vector<std::pair<double, double>> all;
  for (std::size_t i = 0; i < steps.size(); ++i) all.emplace_back(steps[i], values[i]);
  for (const auto& [step, value] : observed)
    if (!std::binary_search(logSteps.begin(), logSteps.end(), static_cast<double>(step)))
      all.emplace_back(static_cast<double>(step), value);
  std::sort(all.begin(), all.end());
  steps.clear();
  values.clear();
  for (const auto& [x, y] : all) {
    steps.push_back(x);
    values.push_back(y);
  }
}

// Accuracies in [0, 1] as points on the percent axis.
QList<QPointF> percentPoints(const std::vector<double>& steps, const std::vector<double>& accuracy) {
  return curvePoints(steps, accuracy, 100, false);
}

// The smallest of 1, 1.5, 2, 3, 5, 7.5 times a power of ten at or above x (x >= 1): the curve
// always fills more than half of the axis.
double roomToGrow(double x) {
  const double decade = std::pow(10.0, std::floor(std::log10(std::max(1.0, x))));
  for (double m : {1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0})
    if (m * decade >= x) return m * decade;
  return 10 * decade;
}
}  // namespace

LossPanel::LossPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(
      tr("<b>Training loss</b> is the mean cross-entropy of every character the model predicted in the last "
         "window: <i>L</i> = (1/<i>N</i>) &Sigma;<sub><i>t</i></sub> &minus;log <i>p</i>(<i>x</i><sub><i>t</i>+1</sub>), "
         "in nats per character; <b>bits per character</b> = nats / ln 2. Guessing uniformly among <i>V</i> "
         "characters scores ln <i>V</i> (dashed line). <b>Validation loss</b> is measured on text the model never "
         "trains on: when it rises while training loss keeps falling, the model memorises.<br>"
         "The <b>smoothed</b> curve is an exponential moving average, <i>s</i><sub><i>t</i></sub> = "
         "<i>w</i>&middot;<i>s</i><sub><i>t</i>&minus;1</sub> + (1&minus;<i>w</i>)&middot;<i>L</i><sub><i>t</i></sub> "
         "(as in TensorBoard). <b>Below:</b> the gradient norm ‖<i>g</i>‖ before and after clipping; "
         "clipping rescales <i>g</i> &larr; <i>g</i>&middot;<i>c</i>/‖<i>g</i>‖ when "
         "‖<i>g</i>‖ &gt; <i>c</i>. Triangles mark the steps where it fired.") +
          tr("<br>A <b>sequence task</b> (classify, tag, seq2seq, caption, vqa) also draws its <b>accuracy</b> on the "
             "right-hand axis, in percent: of each training batch, measured before the update it caused and smoothed "
             "like the loss, and of the <b>held-out</b> examples the model never trains on. Loss can keep falling while "
             "accuracy stands still: the model grows surer of answers it already gets right."),
      this);

  buildControls(layout);

  summary_ = makeSummaryLabel(this, kAxisTitlePointSize);
  layout->addWidget(summary_);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);

  buildLossChart();
  buildGradientChart();
  buildTwins();

  alignPlotAreasHorizontally(lossChart_, gradChart_);
  auto* splitter = new QSplitter(Qt::Vertical, stack_);
  // legends as wrapping text: with both runs' curves named "(A)" and "(B)", up to ten entries
  // share one chart, which Qt's one-row legend shows as a row of elided names
  splitter->addWidget(withWrappingLegend(lossView_, lossChart_, splitter));
  splitter->addWidget(withWrappingLegend(gradView_, gradChart_, splitter));
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({300, 200});
  splitter->setChildrenCollapsible(false);
  auto* page = new QWidget(stack_);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  pageLayout->setSpacing(2);
  pageLayout->addWidget(splitter, 1);
  rewind_ = new RewindTimeline([this](double step) { return timelineX(step); }, page);
  pageLayout->addWidget(rewind_);
  stack_->addWidget(page);

  connectSignals();
  smoothingValue_->setText(QString::number(smoothing_->value() / 100.0, 'f', 2));
  applyScale();
  updateSummary();
}

// [What am I looking at?] [Units], the note, then the smoothing and the scale of the curve.
void LossPanel::buildControls(QVBoxLayout* layout) {
  auto* controls = new QHBoxLayout();
  controls->setSpacing(6);
  auto* smoothingLabel = new QLabel(tr("Smoothing:"), this);
  smoothingLabel->setFont(chartFont(kLabelPointSize));
  smoothing_ = new QSlider(Qt::Horizontal, this);
  smoothing_->setObjectName(QStringLiteral("smoothingSlider"));
  smoothing_->setRange(0, 99);
  smoothing_->setValue(static_cast<int>(std::lround(kDefaultSmoothing * 100)));
  smoothing_->setMinimumWidth(80);
  smoothing_->setMaximumWidth(200);
  smoothing_->setToolTip(tr("Weight w of the moving average: 0 shows every step as it is, 0.99 averages over about "
                            "the last hundred steps. It changes only the drawn curve, not training."));
  smoothingLabel->setBuddy(smoothing_);
  smoothingValue_ = new QLabel(this);
  smoothingValue_->setFont(chartFont(kLabelPointSize));
  smoothingValue_->setMinimumWidth(QFontMetrics(smoothingValue_->font()).horizontalAdvance(QStringLiteral("0.00")) + 4);
  logScale_ = new QCheckBox(tr("Log scale"), this);
  logScale_->setObjectName(QStringLiteral("logScaleCheck"));
  logScale_->setFont(chartFont(kLabelPointSize));
  logScale_->setToolTip(tr("A logarithmic loss axis: equal ratios look equal, so late, slow progress stays visible."));
  auto* unitsLabel = new QLabel(tr("Units:"), this);
  unitsLabel->setFont(chartFont(kLabelPointSize));
  units_ = new QComboBox(this);
  units_->setObjectName(QStringLiteral("unitsCombo"));
  units_->setFont(chartFont(kLabelPointSize));
  units_->addItem(tr("nats / char"));
  units_->addItem(tr("bits / char"));
  units_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "nats / output" for a task
  units_->setToolTip(tr("Nats use the natural logarithm (what training minimises); bits use log base 2 "
                        "(bits = nats / ln 2), the usual unit for comparing text compressors."));
  unitsLabel->setBuddy(units_);
  // [What am I looking at?] ......... [Units: nats / char]
  // (the note, when open)
  // Smoothing: [----o----] 0.60   [ ] Log scale
  note_->moveToggleTo(controls);
  controls->addStretch(1);
  controls->addWidget(unitsLabel);
  controls->addWidget(units_);
  layout->addLayout(controls);
  layout->addWidget(note_);
  auto* view = new QHBoxLayout();
  view->setSpacing(6);
  view->addWidget(smoothingLabel);
  view->addWidget(smoothing_, 1);
  view->addWidget(smoothingValue_);
  view->addSpacing(12);
  view->addWidget(logScale_);
  view->addStretch(1);
  layout->addLayout(view);
}

// The loss per step, raw and smoothed, the validation loss, where clipping fired, and ln V.
void LossPanel::buildLossChart() {
  lossChart_ = makeChart();
  lossX_ = new QValueAxis();
  lossX_->setLabelFormat(QStringLiteral("%.0f"));
  styleAxis(lossX_, tr("training step"));
  lossYLinear_ = new QValueAxis();
  lossYLinear_->setLabelFormat(QStringLiteral("%.2f"));
  lossYLog_ = new QLogValueAxis();
  lossYLog_->setLabelFormat(QStringLiteral("%g"));
  styleAxis(lossYLinear_, tr("loss"));
  styleAxis(lossYLog_, tr("loss"));
  // Both y axes stay in the chart (removing an axis leaves its drawing behind in Qt 6.4); the
  // series are attached to the one in use and the other is hidden.
  lossChart_->addAxis(lossX_, Qt::AlignBottom);
  lossChart_->addAxis(lossYLinear_, Qt::AlignLeft);
  lossChart_->addAxis(lossYLog_, Qt::AlignLeft);
  lossYLog_->setVisible(false);
  lossYActive_ = lossYLinear_;

  QColor faint = palette::kSkyBlue;
  faint.setAlpha(150);
  trainRaw_ = makeLine(tr("training"), QStringLiteral("trainingLoss"), faint, 1.0);
  trainSmoothed_ = makeLine(tr("smoothed"), QStringLiteral("trainingLossSmoothed"), palette::kBlue, 2.5);
  validation_ = makeLine(tr("validation"), QStringLiteral("validationLoss"), palette::kVermillion, 2.0);
  validation_->setPointsVisible(true);
  validation_->setMarkerSize(7);
  // builtin:recall-D only: the answers' own validation loss, the figure the truncated-BPTT lesson
  // is about (hidden, with its legend entry, for every other text)
  answers_ = makeLine(tr("answers after ="), QStringLiteral("answerLoss"), palette::kGreen, 2.0);
  answers_->setPointsVisible(true);
  answers_->setMarkerSize(7);
  clipMarkers_ = makeDots(tr("clipped"), QStringLiteral("clippedSteps"), palette::kPurple, 8,
                          QScatterSeries::MarkerShapeTriangle);
  uniformGuess_ = makeLine(tr("guessing: ln V"), QStringLiteral("uniformGuess"), palette::kGrey, 1.5, Qt::DashLine);
  // a finished run pinned beside this one (File → Open run…), smoothed like the live curve
  // dotted: compare mode's run B is dashed
  pinnedLine_ = makeLine(tr("pinned run"), QStringLiteral("pinnedRunLoss"), palette::kPurple, 2.0, Qt::DotLine);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{uniformGuess_, pinnedLine_, trainRaw_, trainSmoothed_,
                                                                    validation_, answers_, clipMarkers_})
    addSeries(lossChart_, s, lossX_, lossYActive_);
  buildAccuracySeries();
  lossView_ = makeChartView(lossChart_, QStringLiteral("lossChart"), this);
}

// A task's accuracy on its own axis at the right, fixed to 0..100 %: a percentage means the same
// at every step, and a range that followed the curve would make 40 % look like 95 %.
void LossPanel::buildAccuracySeries() {
  accuracyY_ = new QValueAxis();
  accuracyY_->setLabelFormat(QStringLiteral("%.0f"));
  accuracyY_->setRange(0, 100);
  accuracyY_->setTickCount(6);
  styleAxis(accuracyY_, tr("accuracy (%)"));
  lossChart_->addAxis(accuracyY_, Qt::AlignRight);
  accuracyY_->setVisible(false);
  accuracy_ = makeLine(tr("batch accuracy"), QStringLiteral("batchAccuracy"), palette::kOrange, 1.5);
  validationAccuracy_ = makeLine(tr("held-out accuracy"), QStringLiteral("validationAccuracy"), palette::kGreen, 2.0);
  validationAccuracy_->setPointsVisible(true);
  validationAccuracy_->setMarkerSize(7);
  for (QLineSeries* s : {accuracy_, validationAccuracy_}) addSeries(lossChart_, s, lossX_, accuracyY_);
}

// The gradient norm before and after clipping, and the threshold.
void LossPanel::buildGradientChart() {
  gradChart_ = makeChart();
  // Legends under the charts: beside them they took a third of the width and cut the names short.
  gradX_ = new QValueAxis();
  gradX_->setLabelFormat(QStringLiteral("%.0f"));
  styleAxis(gradX_, tr("training step"));
  gradY_ = new QLogValueAxis();
  styleAxis(gradY_, tr("‖g‖ (log)"));
  gradChart_->addAxis(gradX_, Qt::AlignBottom);
  gradChart_->addAxis(gradY_, Qt::AlignLeft);
  // Before is drawn wide underneath after: where clipping did nothing the two coincide and both stay visible.
  gradBefore_ = makeLine(tr("‖g‖ before clipping"), QStringLiteral("gradNormBefore"), palette::kOrange, 4.0);
  gradAfter_ = makeLine(tr("after"), QStringLiteral("gradNormAfter"), palette::kGreen, 1.5);
  clipThreshold_ = makeLine(tr("threshold c"), QStringLiteral("clipThreshold"), palette::kGrey, 1.5, Qt::DashLine);
  // the pinned run's gradient after its clipping: what reached its optimiser
  pinnedGrad_ = makeLine(tr("pinned run, after"), QStringLiteral("pinnedRunGradNorm"), palette::kPurple, 1.5, Qt::DotLine);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{gradBefore_, gradAfter_, pinnedGrad_, clipThreshold_})
    addSeries(gradChart_, s, gradX_, gradY_);
  gradView_ = makeChartView(gradChart_, QStringLiteral("gradientNormChart"), this);
}

void LossPanel::connectSignals() {
  connect(rewind_, &RewindTimeline::rewindRequested, this, [this](std::int64_t step) { post(command::Rewind{step}); });
  connect(rewind_, &RewindTimeline::settingsChanged, this,
          [this](int every, int megabytes) { post(command::SetRewind{every, megabytes}); });
  connect(smoothing_, &QSlider::valueChanged, this, [this](int) {
    smoothingValue_->setText(QString::number(smoothing_->value() / 100.0, 'f', 2));
    recomputeSmoothing();
    seriesDirty_ = true;
    rebuildSeries();
  });
  connect(logScale_, &QCheckBox::toggled, this, [this](bool) {
    applyScale();
    seriesDirty_ = true;
    rebuildSeries();
  });
  connect(units_, &QComboBox::currentIndexChanged, this, [this](int) {
    seriesDirty_ = true;
    rebuildSeries();
    updateSummary();
  });
}

// Run B's twins, each after its A in the legend order of the chart.
void LossPanel::buildTwins() {
  trainRawB_ = addTwinLine(trainRaw_);
  trainSmoothedB_ = addTwinLine(trainSmoothed_);
  validationB_ = addTwinLine(validation_);
  answersB_ = addTwinLine(answers_);
  accuracyB_ = addTwinLine(accuracy_);
  validationAccuracyB_ = addTwinLine(validationAccuracy_);
  gradBeforeB_ = addTwinLine(gradBefore_);
  gradAfterB_ = addTwinLine(gradAfter_);
  clipThresholdB_ = addTwinLine(clipThreshold_);
  for (QLineSeries* s : {validationB_, answersB_, validationAccuracyB_}) s->setMarkerSize(7);
  nameSeries();
}

// The legend names of the curves that have a twin: "(A)" and "(B)" while comparing.
void LossPanel::nameSeries() {
  nameTwins(trainRaw_, trainRawB_, tr("training"), comparing_);
  nameTwins(trainSmoothed_, trainSmoothedB_, tr("smoothed"), comparing_);
  nameTwins(validation_, validationB_, tr("validation"), comparing_);
  nameTwins(answers_, answersB_, tr("answers after ="), comparing_);
  nameTwins(accuracy_, accuracyB_, tr("batch accuracy"), comparing_);
  nameTwins(validationAccuracy_, validationAccuracyB_, tr("held-out accuracy"), comparing_);
  nameTwins(gradBefore_, gradBeforeB_, tr("‖g‖ before clipping"), comparing_);
  nameTwins(gradAfter_, gradAfterB_, tr("after"), comparing_);
}

QString LossPanel::title() const { return tr("Loss"); }

std::vector<double> LossPanel::smooth(const std::vector<double>& values, double weight) {
  std::vector<double> out;
  out.reserve(values.size());
  double last = 0;
  std::int64_t count = 0;
  for (double v : values) {
    if (!std::isfinite(v)) {
      out.push_back(v);
      continue;
    }
    last = last * weight + (1 - weight) * v;
    ++count;
    const double debias = 1 - std::pow(weight, static_cast<double>(count));
    out.push_back(debias > 0 ? last / debias : v);
  }
  return out;
}

double LossPanel::unitFactor() const { return units_->currentIndex() == 1 ? 1.0 / kLn2 : 1.0; }

// A task's loss is per scored output (a label, a tag, an output token), not per character.
QString LossPanel::unitName() const {
  if (perOutput_) return units_->currentIndex() == 1 ? tr("bits/output") : tr("nats/output");
  return units_->currentIndex() == 1 ? tr("bits/char") : tr("nats/char");
}

void LossPanel::setPerOutput(bool perOutput) {
  if (perOutput == perOutput_) return;
  perOutput_ = perOutput;
  units_->setItemText(0, perOutput ? tr("nats / output") : tr("nats / char"));
  units_->setItemText(1, perOutput ? tr("bits / output") : tr("bits / char"));
  seriesDirty_ = true;
}

void LossPanel::RunCurve::clear() {
  // Fresh vectors, not cleared ones: clear() keeps the capacity, so a long run (the "hello"
  // lesson makes thousands of points a second) would hold its memory through every later run.
  *this = RunCurve{};
}

LossPanel::RunCurve::Read LossPanel::RunCurve::ingest(const MetricsLog::View& metrics, double w) {
  const std::size_t size = metrics.size();
  const std::size_t cached = steps.size();
  bool restarted = false;
  if (cached > 0) {
    // A reset log starts again at step 1: the same index then holds a different point.
    const MetricsPoint* first = pointAt(metrics, 0);
    const MetricsPoint* last = pointAt(metrics, cached - 1);
    const bool same = size >= cached && first && last && first->step == firstStep &&
                      static_cast<double>(last->step) == steps.back() &&
                      (last->loss == loss.back() || (std::isnan(last->loss) && std::isnan(loss.back())));
    if (!same) {
      clear();
      restarted = true;
    }
  }
  const std::size_t from = steps.size();
  if (size == from) return restarted ? Read::Restarted : Read::Same;

  std::size_t offset = 0;
  for (const auto& chunk : metrics.chunks) {
    const std::size_t n = chunk->size();
    if (offset + n <= from) {
      offset += n;
      continue;
    }
    for (std::size_t i = from > offset ? from - offset : 0; i < n; ++i) {
      const MetricsPoint& p = (*chunk)[i];
      if (steps.empty()) firstStep = p.step;
      const auto x = static_cast<double>(p.step);
      if (p.clipped) clippedIndex.push_back(steps.size());
      steps.push_back(x);
      loss.push_back(p.loss);
      gradNormBefore.push_back(p.gradNormBefore);
      gradNormAfter.push_back(p.gradNormAfter);
      if (!std::isnan(p.validationLoss)) {
        validationSteps.push_back(x);
        validationLoss.push_back(p.validationLoss);
      }
      if (!std::isnan(p.answerLoss)) {
        answerSteps.push_back(x);
        answerLoss.push_back(p.answerLoss);
      }
      if (!std::isnan(p.accuracy)) {
        accuracySteps.push_back(x);
        accuracy.push_back(p.accuracy);
      }
      if (!std::isnan(p.validationAccuracy)) {
        validationAccuracySteps.push_back(x);
        validationAccuracy.push_back(p.validationAccuracy);
      }
      if (std::isfinite(p.loss)) {
        emaLast = emaLast * w + (1 - w) * p.loss;
        ++emaCount;
        const double debias = 1 - std::pow(w, static_cast<double>(emaCount));
        smoothed.push_back(debias > 0 ? emaLast / debias : p.loss);
      } else {
        smoothed.push_back(p.loss);
      }
    }
    offset += n;
  }
  return restarted ? Read::Restarted : Read::Grew;
}

void LossPanel::RunCurve::resmooth(double w) {
  smoothed = smooth(loss, w);
  emaLast = 0;
  emaCount = 0;
  // Carry the running state so later points continue the same average.
  for (double v : loss) {
    if (!std::isfinite(v)) continue;
    emaLast = emaLast * w + (1 - w) * v;
    ++emaCount;
  }
}

void LossPanel::mergedValidation(std::vector<double>& steps, std::vector<double>& loss) const {
  mergeObserved(a_.validationSteps, a_.validationLoss, observedValidation_, steps, loss);
}

void LossPanel::recomputeSmoothing() {
  const double w = smoothing_->value() / 100.0;
  a_.resmooth(w);
  b_.resmooth(w);
}

void LossPanel::applyScale() {
  QAbstractAxis* wanted = logScale_->isChecked() ? static_cast<QAbstractAxis*>(lossYLog_) : lossYLinear_;
  if (wanted != lossYActive_) {
    // the loss curves only: the accuracy keeps its own axis
    QList<QAbstractSeries*> series;
    for (QAbstractSeries* s : lossChart_->series())
      if (s->attachedAxes().contains(lossYActive_)) series << s;
    for (QAbstractSeries* s : series) s->detachAxis(lossYActive_);
    lossYActive_->setVisible(false);
    wanted->setVisible(true);
    for (QAbstractSeries* s : series) s->attachAxis(wanted);
    lossYActive_ = wanted;
  }
}

void LossPanel::rebuildSeries() {
  if (!seriesDirty_) return;
  seriesDirty_ = false;
  a_.drawnCount = a_.steps.size();
  b_.drawnCount = b_.steps.size();
  double xLo = a_.steps.empty() ? 0 : a_.steps.front();
  double xHi = a_.steps.empty() ? 1 : a_.steps.back();
  if (!b_.steps.empty()) {
    xLo = std::min(xLo, b_.steps.front());
    xHi = std::max(xHi, b_.steps.back());
  }
  if (pinnedRun_ && !pinnedRun_->metrics.empty()) {
    xLo = std::min(xLo, static_cast<double>(pinnedRun_->metrics.front().step));
    xHi = std::max(xHi, static_cast<double>(pinnedRun_->metrics.back().step));
  }
  if (xHi <= xLo) xHi = xLo + 1;
  // The axis ends at the next round number past the last step, so its labels stay put for
  // many frames instead of being laid out again after every step.
  xHi = roomToGrow(xHi);
  const double xPad = 0.5 + (xHi - xLo) * 0.012;  // room for the end markers
  drawLossChart(xLo, xHi, xPad);
  drawGradientChart(xLo, xHi, xPad);
}

void LossPanel::drawLossChart(double xLo, double xHi, double xPad) {
  const bool logY = logScale_->isChecked();
  const double u = unitFactor();
  auto scaled = [u](const std::vector<double>& v) { return scaledBy(v, u); };

  std::vector<double> validationSteps, validationNats;
  mergedValidation(validationSteps, validationNats);
  const std::vector<double> validation = scaled(validationNats);
  trainRaw_->replace(curvePoints(a_.steps, a_.loss, u, logY));
  trainSmoothed_->replace(curvePoints(a_.steps, a_.smoothed, u, logY));
  validation_->replace(decimateMinMax(finitePoints(validationSteps, validation, logY)));
  // A few measurements are dots; many would hide the training curve under them: then a line.
  const bool dots = validation_->count() <= 12;
  if (validation_->pointsVisible() != dots) validation_->setPointsVisible(dots);

  std::vector<double> clipX, clipY;
  clipX.reserve(a_.clippedIndex.size());
  clipY.reserve(a_.clippedIndex.size());
  for (std::size_t i : a_.clippedIndex) {
    clipX.push_back(a_.steps[i]);
    clipY.push_back(a_.loss[i] * u);
  }
  clipMarkers_->replace(decimateMinMax(finitePoints(clipX, clipY, logY), 2000, 1000));
  // a legend entry for something that is not on the chart only puzzles
  for (QLegendMarker* m : lossChart_->legend()->markers(clipMarkers_)) m->setVisible(clipMarkers_->count() > 0);
  for (QLegendMarker* m : lossChart_->legend()->markers(validation_)) m->setVisible(validation_->count() > 0);
  answers_->replace(decimateMinMax(finitePoints(a_.answerSteps, scaled(a_.answerLoss), logY)));
  if (answers_->pointsVisible() != (answers_->count() <= 12)) answers_->setPointsVisible(answers_->count() <= 12);
  for (QLegendMarker* m : lossChart_->legend()->markers(answers_)) m->setVisible(answers_->count() > 0);

  std::vector<double> pinnedSteps, pinnedLoss;
  if (pinnedRun_) {
    for (const MetricsPoint& p : pinnedRun_->metrics) {
      pinnedSteps.push_back(static_cast<double>(p.step));
      pinnedLoss.push_back(p.loss);
    }
    pinnedLoss = smooth(pinnedLoss, smoothing_->value() / 100.0);
  }
  pinnedLine_->replace(curvePoints(pinnedSteps, pinnedLoss, u, logY));
  pinnedLine_->setName(pinnedRun_ ? tr("run %1 (pinned)").arg(QString::fromStdString(pinnedRun_->name)) : tr("pinned run"));
  for (QLegendMarker* m : lossChart_->legend()->markers(pinnedLine_)) m->setVisible(pinnedRun_ != nullptr);

  drawLossTwins(u, logY);
  drawAccuracy();

  const double uniform = vocabularySize_ > 1 ? std::log(static_cast<double>(vocabularySize_)) * u : NAN;
  if (std::isfinite(uniform))
    uniformGuess_->replace(QList<QPointF>{QPointF(xLo, uniform), QPointF(xHi, uniform)});
  else
    uniformGuess_->clear();

  double yLo = std::numeric_limits<double>::infinity(), yHi = -yLo;
  auto widen = [&](const std::vector<double>& v) {
    for (double y : v) {
      if (!std::isfinite(y) || (logY && y <= 0)) continue;
      yLo = std::min(yLo, y);
      yHi = std::max(yHi, y);
    }
  };
  for (double y : a_.loss) {
    y *= u;
    if (!std::isfinite(y) || (logY && y <= 0)) continue;
    yLo = std::min(yLo, y);
    yHi = std::max(yHi, y);
  }
  widen(validation);
  widen(scaled(a_.answerLoss));
  for (const auto* v : {&b_.loss, &b_.validationLoss, &b_.answerLoss}) widen(scaled(*v));
  widen(scaled(pinnedLoss));
  if (std::isfinite(uniform)) widen({uniform});
  if (!(yLo <= yHi)) {
    yLo = 1;
    yHi = 5;
  }
  // the unit alone: the chart is short, and its title already says it is the loss
  const QString yTitle = logY ? tr("%1, log").arg(unitName()) : unitName();
  setAxisTitle(lossYActive_, yTitle);
  if (logY) {
    setLogRange(lossYLog_, clampForLog(yLo), clampForLog(yHi), 7, true);
  } else {
    setLinearRange(lossYLinear_, std::max(0.0, yLo), yHi, false);
  }
  setIndexRange(lossX_, xLo, xHi, 8, xPad);
}

// Run B's curves, as A's are drawn (validation and answers: B's log alone).
void LossPanel::drawLossTwins(double u, bool logY) {
  setTwinPoints(trainRawB_, curvePoints(b_.steps, b_.loss, u, logY));
  setTwinPoints(trainSmoothedB_, curvePoints(b_.steps, b_.smoothed, u, logY));
  setTwinPoints(validationB_, decimateMinMax(finitePoints(b_.validationSteps, scaledBy(b_.validationLoss, u), logY)));
  setTwinPoints(answersB_, decimateMinMax(finitePoints(b_.answerSteps, scaledBy(b_.answerLoss, u), logY)));
  for (QLineSeries* s : {validationB_, answersB_})
    if (s->pointsVisible() != (s->count() <= 12)) s->setPointsVisible(s->count() <= 12);
}

// Both runs' accuracies; the axis and the legend entries only where there are some (a task).
void LossPanel::drawAccuracy() {
  const double w = smoothing_->value() / 100.0;
  std::vector<double> heldOutSteps, heldOut;
  mergeObserved(a_.validationAccuracySteps, a_.validationAccuracy, observedAccuracy_, heldOutSteps, heldOut);
  accuracy_->replace(percentPoints(a_.accuracySteps, smooth(a_.accuracy, w)));
  validationAccuracy_->replace(percentPoints(heldOutSteps, heldOut));
  setTwinPoints(accuracyB_, percentPoints(b_.accuracySteps, smooth(b_.accuracy, w)));
  setTwinPoints(validationAccuracyB_, percentPoints(b_.validationAccuracySteps, b_.validationAccuracy));
  for (QLineSeries* s : {validationAccuracy_, validationAccuracyB_})
    if (s->pointsVisible() != (s->count() <= 12)) s->setPointsVisible(s->count() <= 12);
  for (QLineSeries* s : {accuracy_, validationAccuracy_})
    for (QLegendMarker* m : lossChart_->legend()->markers(s)) m->setVisible(s->count() > 0);
  const bool any = accuracy_->count() > 0 || validationAccuracy_->count() > 0 || accuracyB_->count() > 0 ||
                   validationAccuracyB_->count() > 0;
  if (accuracyY_->isVisible() != any) accuracyY_->setVisible(any);
}

void LossPanel::drawGradientChart(double xLo, double xHi, double xPad) {
  gradBefore_->replace(curvePoints(a_.steps, a_.gradNormBefore, 1, true));
  gradAfter_->replace(curvePoints(a_.steps, a_.gradNormAfter, 1, true));
  std::vector<double> pinnedSteps, pinnedAfter;
  if (pinnedRun_)
    for (const MetricsPoint& p : pinnedRun_->metrics) {
      pinnedSteps.push_back(static_cast<double>(p.step));
      pinnedAfter.push_back(p.gradNormAfter);
    }
  pinnedGrad_->replace(curvePoints(pinnedSteps, pinnedAfter, 1, true));
  pinnedGrad_->setVisible(pinnedRun_ != nullptr);
  double gLo = std::numeric_limits<double>::infinity(), gHi = -gLo;
  setTwinPoints(gradBeforeB_, curvePoints(b_.steps, b_.gradNormBefore, 1, true));
  setTwinPoints(gradAfterB_, curvePoints(b_.steps, b_.gradNormAfter, 1, true));
  for (const auto* v : {&a_.gradNormBefore, &a_.gradNormAfter, &pinnedAfter, &b_.gradNormBefore, &b_.gradNormAfter})
    for (double g : *v) {
      if (!std::isfinite(g)) continue;
      gLo = std::min(gLo, clampForLog(g));
      gHi = std::max(gHi, clampForLog(g));
    }
  drawThresholds(xLo, xHi, gLo, gHi);
  if (!(gLo <= gHi)) {
    gLo = 0.1;
    gHi = 10;
  }
  setLogRange(gradY_, gLo, gHi, 6);
  setIndexRange(gradX_, xLo, xHi, 8, xPad);
}

// The clipping threshold of each run that clips by norm, widening the y range [gLo, gHi].
void LossPanel::drawThresholds(double xLo, double xHi, double& gLo, double& gHi) {
  const auto name = [](double c) { return tr("threshold c = %1").arg(formatNumber(c)); };
  const QList<QPointF> lineA = thresholdLine(clipThresholdValue_, xLo, xHi);
  // B's beside its curve only: before B's first step there is nothing for it to limit yet
  const QList<QPointF> lineB = thresholdLine(comparing_ && !b_.steps.empty() ? clipThresholdValueB_ : NAN, xLo, xHi);
  clipThreshold_->replace(lineA);
  clipThreshold_->setVisible(!lineA.isEmpty());
  setTwinPoints(clipThresholdB_, lineB);
  if (!lineA.isEmpty()) renameSeries(clipThreshold_, comparing_ ? nameOfRun(name(clipThresholdValue_), false) : name(clipThresholdValue_));
  if (!lineB.isEmpty()) renameSeries(clipThresholdB_, nameOfRun(name(clipThresholdValueB_), true));
  for (const QList<QPointF>* line : {&lineA, &lineB})
    if (!line->isEmpty()) {
      gLo = std::min(gLo, line->front().y());
      gHi = std::max(gHi, line->front().y());
    }
}

void LossPanel::updateSummary() {
  if (step_ < 0 || a_.steps.empty()) {
    summary_->clear();
    return;
  }
  const double u = unitFactor();
  auto loss = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); };
  QString text = tr("Step <b>%1</b> &nbsp;·&nbsp; loss <b>%2</b> %3")
                     .arg(step_)
                     .arg(loss(lastLoss_ * u))
                     .arg(unitName());
  if (!a_.smoothed.empty() && std::isfinite(a_.smoothed.back()))
    text += tr(" (smoothed %1)").arg(loss(a_.smoothed.back() * u));
  if (!std::isnan(lastValidation_))
    text += tr(" &nbsp;·&nbsp; validation <b>%1</b> %2").arg(loss(lastValidation_ * u)).arg(unitName());
  if (!a_.answerLoss.empty())
    text += tr(" &nbsp;·&nbsp; answers after '=' <b>%1</b> (guessing among %2 letters: %3)")
                .arg(loss(a_.answerLoss.back() * u))
                .arg(rnnscope::kRecallKeys)
                .arg(loss(std::log(static_cast<double>(rnnscope::kRecallKeys)) * u));
  if (!a_.accuracy.empty()) {
    const double w = smoothing_->value() / 100.0;
    // The moving average's last value from the recent points alone: at w <= 0.99 the older ones
    // weigh less than 0.99^2000 = 2e-9 in it, and the summary is written every frame.
    const std::size_t tail = std::min<std::size_t>(a_.accuracy.size(), 2000);
    const std::vector<double> recent(a_.accuracy.end() - static_cast<std::ptrdiff_t>(tail), a_.accuracy.end());
    text += tr(" &nbsp;·&nbsp; batch accuracy <b>%1 %</b>").arg(QString::number(smooth(recent, w).back() * 100, 'f', 1));
  }
  if (!observedAccuracy_.empty() || !a_.validationAccuracy.empty()) {
    std::vector<double> steps, heldOut;
    mergeObserved(a_.validationAccuracySteps, a_.validationAccuracy, observedAccuracy_, steps, heldOut);
    text += tr(" (held-out <b>%1 %</b>)").arg(QString::number(heldOut.back() * 100, 'f', 1));
  }
  if (std::isfinite(clipThresholdValue_)) {
    const std::size_t recent = std::min(kRecentWindow, a_.steps.size());
    const std::size_t since = a_.steps.size() - recent;
    const auto fired = std::count_if(a_.clippedIndex.begin(), a_.clippedIndex.end(), [since](std::size_t i) { return i >= since; });
    text += tr(" &nbsp;·&nbsp; clipped %1 of the last %2 steps").arg(fired).arg(recent);
  }
  if (comparing_) text = tr("<b>A</b>: %1 &nbsp;·&nbsp; <b>B</b>: %2").arg(text, comparedSummary());
  setSummaryText(summary_, text, running_);
}

// Run B's figures beside A's: its step and losses.
QString LossPanel::comparedSummary() const {
  if (b_.steps.empty()) return tr("no steps yet");
  const double u = unitFactor();
  auto loss = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); };
  QString text = tr("step <b>%1</b>, loss <b>%2</b>").arg(stepB_).arg(loss(lastLossB_ * u));
  if (!std::isnan(lastValidationB_)) text += tr(", validation <b>%1</b>").arg(loss(lastValidationB_ * u));
  if (!b_.answerLoss.empty()) text += tr(", answers <b>%1</b>").arg(loss(b_.answerLoss.back() * u));
  return text;
}

// The loss chart's x for a step, in the rewind timeline's coordinates: its markers sit under the
// curve's points of the same steps.
double LossPanel::timelineX(double step) const {
  const QList<QAbstractSeries*> series = lossChart_->series();
  if (series.isEmpty() || !lossView_->isVisible()) return NAN;
  const QPointF scene = lossChart_->mapToPosition(QPointF(step, 0), series.first());
  const QPoint global = lossView_->viewport()->mapToGlobal(lossView_->mapFromScene(scene));
  return rewind_->mapFromGlobal(global).x();
}

void LossPanel::render(const Snapshot& snapshot) {
  const bool empty = snapshot.metrics.size() == 0;
  stack_->setCurrentIndex(empty ? 0 : 1);
  rewind_->render(snapshot);

  setPerOutput(snapshot.task != nullptr);
  const double threshold = normThreshold(snapshot);
  const bool thresholdChanged = !sameNumber(threshold, clipThresholdValue_);
  const bool vocabularyChanged = snapshot.vocabulary.size() != vocabularySize_;
  clipThresholdValue_ = threshold;
  vocabularySize_ = snapshot.vocabulary.size();
  if (thresholdChanged || vocabularyChanged) seriesDirty_ = true;

  if (snapshot.pinned != pinnedRun_) {
    pinnedRun_ = snapshot.pinned;
    seriesDirty_ = true;
  }
  const RunCurve::Read read = a_.ingest(snapshot.metrics, smoothing_->value() / 100.0);
  if (read == RunCurve::Read::Restarted) {
    observedValidation_.clear();
    observedAccuracy_.clear();
    seriesDirty_ = true;
  }
  // The engine measures validation loss now and then (snapshot.lastValidationLoss at
  // activationsStep); remember each measurement so the curve has every point this panel saw.
  if (std::isfinite(snapshot.lastValidationLoss) && snapshot.activationsStep > 0 && !a_.steps.empty() &&
      snapshot.activationsStep <= static_cast<std::int64_t>(a_.steps.back())) {
    auto [it, inserted] = observedValidation_.try_emplace(snapshot.activationsStep, snapshot.lastValidationLoss);
    if (!inserted && it->second != snapshot.lastValidationLoss) {
      it->second = snapshot.lastValidationLoss;
      inserted = true;
    }
    if (inserted) seriesDirty_ = true;
  }
  const bool accuracyChanged = observeAccuracy(snapshot);
  const bool comparedChanged = readCompared();
  const bool summaryChanged = accuracyChanged || read != RunCurve::Read::Same || thresholdChanged || comparedChanged || snapshot.step != step_ ||
                              !sameNumber(snapshot.lastLoss, lastLoss_) || !sameNumber(snapshot.lastValidationLoss, lastValidation_);
  step_ = snapshot.step;
  running_ = snapshot.running;
  lastLoss_ = snapshot.lastLoss;
  lastValidation_ = snapshot.lastValidationLoss;
  if (empty) {
    summary_->clear();
    return;
  }
  if (redrawDue(a_.steps.size(), a_.drawnCount, snapshot.running) || redrawDue(b_.steps.size(), b_.drawnCount, snapshot.running))
    seriesDirty_ = true;
  rebuildSeries();
  if (summaryChanged) updateSummary();
}

// A task measures its held-out accuracy now and then and writes it into the log's latest point,
// which this panel may have read before: remember each measurement a snapshot showed (as for the
// validation loss). True when it is a new one.
bool LossPanel::observeAccuracy(const Snapshot& snapshot) {
  const TaskView* task = snapshot.task.get();
  if (!task || !std::isfinite(task->validationAccuracy) || task->accuracyStep <= 0 || a_.steps.empty() ||
      task->accuracyStep > static_cast<std::int64_t>(a_.steps.back()))
    return false;
  auto [it, inserted] = observedAccuracy_.try_emplace(task->accuracyStep, task->validationAccuracy);
  if (!inserted && it->second != task->validationAccuracy) {
    it->second = task->validationAccuracy;
    inserted = true;
  }
  if (inserted) seriesDirty_ = true;
  return inserted;
}

// Reads run B's log while comparing, forgets it when comparing ends; true when B's figures changed.
bool LossPanel::readCompared() {
  const Snapshot* b = compared();
  bool changed = (b != nullptr) != comparing_;
  if (changed) {
    comparing_ = b != nullptr;
    nameSeries();
    seriesDirty_ = true;
  }
  if (!b) {
    b_.clear();
    stepB_ = -1;
    return changed;
  }
  const double threshold = normThreshold(*b);
  if (!sameNumber(threshold, clipThresholdValueB_)) {
    clipThresholdValueB_ = threshold;
    seriesDirty_ = changed = true;
  }
  const RunCurve::Read read = b_.ingest(b->metrics, smoothing_->value() / 100.0);
  if (read == RunCurve::Read::Restarted) seriesDirty_ = true;
  changed = changed || read != RunCurve::Read::Same || b->step != stepB_ || !sameNumber(b->lastLoss, lastLossB_) ||
            !sameNumber(b->lastValidationLoss, lastValidationB_);
  stepB_ = b->step;
  lastLossB_ = b->lastLoss;
  lastValidationB_ = b->lastValidationLoss;
  return changed;
}

}  // namespace rnnscope::ui
