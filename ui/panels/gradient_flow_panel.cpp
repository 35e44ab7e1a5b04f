#include "ui/panels/gradient_flow_panel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QStandardItemModel>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/gradient_horizon_view.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
// Rows to tick on the heat map's step axis: the first row at or after each round step number
// (multiples of 1, 2, 5, 10, ...), at most maxTicks of them.
std::vector<int> stepTicks(const std::vector<std::int64_t>& steps, int maxTicks) {
  std::vector<int> rows;
  if (steps.empty()) return rows;
  const std::int64_t first = steps.front(), last = steps.back();
  std::int64_t spacing = 1;
  for (std::int64_t mag = 1;; mag *= 10) {
    bool found = false;
    for (std::int64_t m : {1, 2, 5}) {
      spacing = m * mag;
      if ((last - first) / spacing + 1 <= maxTicks) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  for (std::int64_t s = (first + spacing - 1) / spacing * spacing; s <= last; s += spacing) {
    const auto it = std::lower_bound(steps.begin(), steps.end(), s);
    if (it == steps.end()) break;
    const int row = static_cast<int>(it - steps.begin());
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }
  return rows;
}

struct Range {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void add(const QList<QPointF>& points) {
    for (const QPointF& p : points) {
      lo = std::min(lo, p.y());
      hi = std::max(hi, p.y());
    }
  }
  bool valid() const { return lo <= hi; }
};

// Row `layer` of a per-layer table, or an empty row when the table has none (e.g. dcNorm of a GRU).
const std::vector<double>& rowOf(const std::vector<std::vector<double>>& table, int layer) {
  static const std::vector<double> none;
  return layer >= 0 && static_cast<std::size_t>(layer) < table.size() ? table[static_cast<std::size_t>(layer)] : none;
}

std::vector<double> reversed(const std::vector<double>& v) { return {v.rbegin(), v.rend()}; }

std::vector<double> indices(std::size_t n) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<double>(i);
  return v;
}

// A vertical line's label beside its top point, inside the plot; hidden with the line.
void placeLineLabel(QChart* chart, QLineSeries* line, QGraphicsSimpleTextItem* label) {
  if (!line->isVisible() || line->count() < 2) {
    label->setVisible(false);
    return;
  }
  const QPointF top = chart->mapToPosition(line->at(1), line);
  label->setPos(top.x() + 4, top.y() + 2);
  label->setVisible(true);
}

// The dashed vertical line of a seq2seq window's hand-over and its label on the chart, both hidden
// until drawn; the label follows the line when the plot area moves.
QLineSeries* addHandoverLine(QChart* chart, QValueAxis* x, QLogValueAxis* y, const QString& objectName,
                             QGraphicsSimpleTextItem*& label) {
  const QString name = QCoreApplication::translate("rnnscope::ui::GradientFlowPanel", "encoder → decoder");
  QLineSeries* line = makeLine(name, objectName, palette::kBlack, 1.5, Qt::DashLine);
  addSeries(chart, line, x, y);
  line->setVisible(false);
  label = new QGraphicsSimpleTextItem(name, chart);
  label->setFont(chartFont(kLabelPointSize, true));
  label->setBrush(palette::kBlack);
  label->setZValue(20);
  label->setVisible(false);
  QGraphicsSimpleTextItem* placed = label;
  QObject::connect(chart, &QChart::plotAreaChanged, line, [chart, line, placed] { placeLineLabel(chart, line, placed); });
  return line;
}

// A measured curve: drawn whole on the log axis, hidden when there is nothing to draw; its
// points widen the y range.
void setCurve(QLineSeries* series, const std::vector<double>& xs, const std::vector<double>& ys, Range& range) {
  const QList<QPointF> points = finitePoints(xs, ys, true);
  series->replace(points);
  series->setVisible(!points.isEmpty());
  range.add(points);
}

// A line to compare the data with (a bound, the gated path): it widens the y range at most a
// decade beyond the data's, so a line that falls by dozens of decades leaves the plot instead of
// flattening the data.
void setReference(QLineSeries* series, const std::vector<double>& xs, const std::vector<double>& ys, const Range& data,
                  Range& range) {
  QList<QPointF> points = finitePoints(xs, ys, true);
  series->replace(points);
  series->setVisible(!points.isEmpty());
  if (data.valid())
    for (QPointF& p : points) p.setY(std::clamp(p.y(), data.lo / 10, data.hi * 10));
  range.add(points);
}
}  // namespace

GradientFlowPanel::GradientFlowPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(noteText(-1), this);

  layers_ = new LayerChooser(this);
  summary_ = addLayerHeader(layout, layers_, note_, this);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);

  auto* top = new QSplitter(Qt::Horizontal);
  top->addWidget(buildTimeChart());
  distanceView_ = buildDistanceChart();
  top->addWidget(distanceView_);
  top->setChildrenCollapsible(false);
  // half and half, whatever the distance chart's legend text would like
  top->setStretchFactor(0, 1);
  top->setStretchFactor(1, 1);
  top->setSizes({1, 1});
  split_ = new QSplitter(Qt::Vertical, stack_);
  split_->addWidget(top);
  split_->addWidget(buildHeatMap());
  split_->setStretchFactor(0, 4);
  split_->setStretchFactor(1, 3);
  split_->setSizes({400, 300});
  split_->setChildrenCollapsible(false);
  stack_->addWidget(split_);

  connectSignals();
}

// (a) The gradient norm at each timestep of the window.
QWidget* GradientFlowPanel::buildTimeChart() {
  timeChart_ = makeChart(tr("Gradient at each timestep"));
  timeX_ = new QValueAxis();
  styleAxis(timeX_, tr("timestep k"));
  timeY_ = new QLogValueAxis();
  styleAxis(timeY_, tr("‖∂L/∂h_k‖"));
  timeChart_->addAxis(timeX_, Qt::AlignBottom);
  timeChart_->addAxis(timeY_, Qt::AlignLeft);
  dh_ = makeLine(tr("‖∂L/∂h_k‖"), QStringLiteral("dhNorm"), palette::kBlue, 2.5);
  dc_ = makeLine(tr("‖∂L/∂c_k‖"), QStringLiteral("dcNorm"), palette::kVermillion, 2.0, Qt::DashLine);
  for (QLineSeries* s : {dh_, dc_}) {
    timeChart_->addSeries(s);
    s->attachAxis(timeX_);
    s->attachAxis(timeY_);
  }
  dhB_ = addTwinLine(dh_);
  dcB_ = addTwinLine(dc_);
  handover_ = addHandoverLine(timeChart_, timeX_, timeY_, QStringLiteral("handover"), handoverLabel_);
  return viewWithWrappingLegend(timeChart_, QStringLiteral("timestepChart"));
}

// (b) The last loss's gradient against distance, beside the bound or the gated path.
QWidget* GradientFlowPanel::buildDistanceChart() {
  distanceChart_ = makeChart(tr("Last loss vs distance"));
  distanceX_ = new QValueAxis();
  styleAxis(distanceX_, tr("d = T−1−k"));
  distanceY_ = new QLogValueAxis();
  styleAxis(distanceY_, tr("‖∂L_T/∂h_k‖"));
  distanceChart_->addAxis(distanceX_, Qt::AlignBottom);
  distanceChart_->addAxis(distanceY_, Qt::AlignLeft);
  lastLoss_ = makeLine(tr("‖∂L_T/∂h_k‖"), QStringLiteral("lastLossDhNorm"), palette::kBlue, 2.5);
  lastLossDc_ = makeLine(tr("‖∂L_T/∂c_k‖"), QStringLiteral("lastLossDcNorm"), palette::kVermillion, 2.0, Qt::DashLine);
  // named when drawn: the gate and its form depend on the cell
  gatedMax_ = makeLine(QString(), QStringLiteral("gatedPathMax"), palette::kGreen, 2.0);
  gatedMedian_ = makeLine(QString(), QStringLiteral("gatedPathMedian"), palette::kGreen.lighter(140), 1.5, Qt::DashLine);
  bound_ = makeLine(tr("(γλ)^d bound (vanilla RNN)"), QStringLiteral("bound"), palette::kGrey, 2.0, Qt::DashLine);
  for (QLineSeries* s : {lastLoss_, lastLossDc_, gatedMax_, gatedMedian_, bound_}) {
    distanceChart_->addSeries(s);
    s->attachAxis(distanceX_);
    s->attachAxis(distanceY_);
  }
  // before the wrapping legend, which follows the series the chart has when it is made
  lastLossB_ = addTwinLine(lastLoss_);
  lastLossDcB_ = addTwinLine(lastLossDc_);
  gatedMaxB_ = addTwinLine(gatedMax_);
  gatedMedianB_ = addTwinLine(gatedMedian_);
  boundB_ = addTwinLine(bound_);
  handoverDistance_ = addHandoverLine(distanceChart_, distanceX_, distanceY_, QStringLiteral("handoverDistance"),
                                      handoverDistanceLabel_);
  // Up to four long names (the gated path's) in a chart half the panel wide: a legend that wraps.
  return viewWithWrappingLegend(distanceChart_, QStringLiteral("distanceChart"));
}

// A chart half the panel wide over its legend as wrapping text: while comparing, even short
// names come in pairs ("(A)", "(B)") that Qt's one-row legend would elide.
QWidget* GradientFlowPanel::viewWithWrappingLegend(QChart* chart, const QString& name) {
  return withWrappingLegend(makeChartView(chart, name, this), chart, this);
}

// (c) The training step x timestep heat map, with the choice of what it colours above it.
QWidget* GradientFlowPanel::buildHeatMap() {
  auto* heatBox = new QWidget(this);
  auto* heatLayout = new QVBoxLayout(heatBox);
  heatLayout->setContentsMargins(0, 0, 0, 0);
  heatLayout->setSpacing(2);
  auto* heatRow = new QHBoxLayout();
  auto* heatLabel = new QLabel(tr("Heat map:"), heatBox);
  heatLabel->setFont(chartFont(kLabelPointSize));
  heatView_ = new QComboBox(heatBox);
  heatView_->setObjectName(QStringLiteral("heatMapViewCombo"));
  heatView_->setFont(chartFont(kLabelPointSize));
  heatView_->addItem(tr("last loss, relative to the last position"), static_cast<int>(HeatView::RelativeLastLoss));
  heatView_->addItem(tr("total loss"), static_cast<int>(HeatView::TotalLoss));
  heatView_->addItem(tr("horizon of each loss (last window)"), static_cast<int>(HeatView::LossHorizon));
  heatView_->setToolTip(tr("<b>last loss, relative</b>: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖, how much of the last "
                           "position's gradient reaches timestep k; vanishing shows as a dark left side.<br>"
                           "<b>total loss</b>: ‖∂L/∂h_k‖ of the window's loss (all its losses); every timestep gets its "
                           "own nearby losses' gradient, so this stays flat even while distant signals vanish.<br>"
                           "<b>horizon of each loss</b>: the last window only, one row per source loss L_t and one "
                           "column per timestep k ≤ t: how far back each loss's own gradient reaches."));
  heatLabel->setBuddy(heatView_);
  heatCaption_ = new QLabel(heatBox);
  heatCaption_->setObjectName(QStringLiteral("heatMapCaption"));
  heatCaption_->setFont(chartFont(kLabelPointSize));
  heatCaption_->setWordWrap(true);
  heatCaption_->setStyleSheet(QStringLiteral("QLabel { color: #505050; }"));
  heatRow->addWidget(heatLabel);
  heatRow->addWidget(heatView_);
  heatRow->addWidget(heatCaption_, 1);
  heatLayout->addLayout(heatRow);

  heatMap_ = new HeatMapWidget(heatBox);
  heatMap_->setObjectName(QStringLiteral("flowHeatMap"));
  heatMap_->setColorBarLabeler(powerOfTenLabel);
  heatMap_->setRowLabeler([this](int row) {
    return row >= 0 && static_cast<std::size_t>(row) < heatMapSteps_.size() ? QString::number(heatMapSteps_[row]) : QString();
  });
  heatMap_->setToolTipper([this](int row, int col, double v) {
    const QString step = static_cast<std::size_t>(row) < heatMapSteps_.size() ? QString::number(heatMapSteps_[row]) : QString();
    const QString value = formatNumber(std::pow(10.0, v));
    return heatView() == HeatView::TotalLoss
               ? tr("training step %1, timestep k = %2: ‖∂L/∂h_k‖ = %3").arg(step).arg(col).arg(value)
               : tr("training step %1, timestep k = %2: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖ = %3").arg(step).arg(col).arg(value);
  });
  heatMap_->setToolTip(tr("Each row is one training step (oldest at the top), each column a timestep of its "
                          "window. Dark = the gradient barely reaches that timestep."));
  horizonView_ = new GradientHorizonView(heatBox);
  heatStack_ = new QStackedWidget(heatBox);
  heatStack_->addWidget(heatMap_);
  heatStack_->addWidget(horizonView_);
  heatLayout->addWidget(heatStack_, 1);
  describeHeatView();
  return heatBox;
}

void GradientFlowPanel::connectSignals() {
  connect(layers_, &LayerChooser::layerChanged, this, [this](int) {
    redraw();
  });
  connect(heatView_, &QComboBox::currentIndexChanged, this, [this] {
    describeHeatView();
    drawnHistory_.reset();  // the same records, coloured by another quantity
    drawnHorizon_.reset();
    redraw();
  });
}

// A task whose last step is padding for most of a batch (tag, seq2seq, caption, vqa) has no
// last-loss rows (docs/tasks.md, "In the app"): its distance chart would stay empty, and the
// heat map shows the whole loss instead.
void GradientFlowPanel::showLastLossViews(bool shown) {
  if (lastLossShown_ == shown) return;
  lastLossShown_ = shown;
  distanceView_->setVisible(shown);
  auto* model = qobject_cast<QStandardItemModel*>(heatView_->model());
  if (QStandardItem* item = model ? model->item(heatView_->findData(static_cast<int>(HeatView::RelativeLastLoss))) : nullptr)
    item->setEnabled(shown);
  if (!shown && heatView() != HeatView::TotalLoss) setHeatView(HeatView::TotalLoss);
  else labelHeatView();
}

GradientFlowPanel::HeatView GradientFlowPanel::heatView() const { return static_cast<HeatView>(heatView_->currentData().toInt()); }

void GradientFlowPanel::setHeatView(HeatView view) { heatView_->setCurrentIndex(heatView_->findData(static_cast<int>(view))); }

void GradientFlowPanel::describeHeatView() {
  heatStack_->setCurrentWidget(heatView() == HeatView::LossHorizon ? static_cast<QWidget*>(horizonView_) : heatMap_);
  // the horizon's triangle, its sums and its text need more room than one heat map
  const int height = std::max(700, split_->height());
  split_->setSizes(heatView() == HeatView::LossHorizon ? QList<int>{height * 2 / 5, height * 3 / 5}
                                                       : QList<int>{height * 4 / 7, height * 3 / 7});
  labelHeatView();
}

// The heat map's title and caption. Two runs' histories do not overlay in one heat map: while
// comparing it stays run A's, and says so.
void GradientFlowPanel::labelHeatView() {
  const auto ofA = [this](const QString& text) { return comparing_ ? tr("%1 — run A").arg(text) : text; };
  if (heatView() == HeatView::LossHorizon) {
    heatCaption_->setText(ofA(tr("rows: each loss of the last window; columns: the timesteps its gradient reaches")));
  } else if (heatView() == HeatView::TotalLoss) {
    heatMap_->setTitle(ofA(tr("‖∂L/∂h_k‖ over training (total loss)")));
    heatMap_->setAxisTitles(tr("timestep k"), tr("training step"), tr("‖∂L/∂h_k‖ (log scale)"));
    // a language model scores every position, so the sum stays level; a task scores only some
    heatCaption_->setText(ofA(lastLossShown_ || !flow_ ? tr("sum of all the window's losses: flat by design")
                                                       : tr("the whole loss of the batch's scored outputs")));
  } else {
    heatMap_->setTitle(ofA(tr("Last loss's gradient relative to the last position, over training")));
    heatMap_->setAxisTitles(tr("timestep k"), tr("training step"), tr("relative to k = T−1 (log scale)"));
    heatCaption_->setText(ofA(tr("share of the last loss's gradient that reaches k: dark = vanished")));
  }
}

QString GradientFlowPanel::title() const { return tr("Gradient flow"); }

// The explanation, and for a seq2seq window where its encoder ends and its decoder begins.
QString GradientFlowPanel::noteText(int handover) const {
  QString text = tr("<b>Backpropagation through time</b> carries the gradient from each loss back to earlier states. One "
                    "step back multiplies it by a Jacobian, for a tanh RNN &part;<i>h</i><sub><i>t</i></sub>/&part;<i>h</i>"
                    "<sub><i>t</i>&minus;1</sub> = diag(1 &minus; <i>h</i><sub><i>t</i></sub><sup>2</sup>) <i>W</i><sub>hh</sub>. "
                    "For a <b>vanilla RNN</b>, over <i>t</i> &minus; <i>k</i> steps ‖&prod; Jacobians‖ &le; (&gamma;&lambda;)"
                    "<sup><i>t</i>&minus;<i>k</i></sup>, with &gamma; = max |act&prime;| = 1 (tanh) and &lambda; = "
                    "&sigma;<sub>max</sub>(<i>W</i><sub>hh</sub>): when &gamma;&lambda; &lt; 1 a distant signal must vanish. "
                    "In a stack this bounds the top layer's gradient only: a lower layer's gradient also comes back through "
                    "the layers above.<br>"
                    "<b>Left:</b> ‖&part;<i>L</i>/&part;<i>h</i><sub><i>k</i></sub>‖ at every timestep <i>k</i> of the "
                    "last window (<i>L</i> = the window's loss, the mean over its <i>B</i> streams and <i>T</i> steps; LSTM also the cell state <i>c</i>). "
                    "<b>Right:</b> the gradient of the last position's loss alone against the distance <i>d</i> = <i>T</i>&minus;1"
                    "&minus;<i>k</i> (LSTM also ‖&part;<i>L</i><sub><i>T</i></sub>/&part;<i>c</i><sub><i>k</i></sub>‖, the "
                    "cell-state highway). For a vanilla RNN the dashed line is the bound (&gamma;&lambda;)<sup><i>d</i></sup> "
                    "scaled to start at the measured value at <i>d</i> = 0. An LSTM or GRU is not held to it: its state also "
                    "travels along a gated path, &part;<i>c</i><sub><i>t</i></sub>/&part;<i>c</i><sub><i>t</i>&minus;1</sub> = "
                    "diag(<i>f</i><sub><i>t</i></sub>) (GRU: diag(<i>z</i><sub><i>t</i></sub>) in PyTorch's form, "
                    "diag(1 &minus; <i>z</i><sub><i>t</i></sub>) in the course notes'), untouched by &gamma; = 1/4. That path's "
                    "own gain over <i>d</i> steps is drawn instead, ‖&prod; <i>f</i><sub><i>t</i></sub>‖ for the largest cell "
                    "and, dashed, the median cell, scaled to start at the gradient of the state it carries.<br>"
                    "<b>Bottom:</b> one row per training step. By default the colour is log<sub>10</sub> of ‖&part;<i>L</i>"
                    "<sub><i>T</i></sub>/&part;<i>h</i><sub><i>k</i></sub>‖ &divide; ‖&part;<i>L</i><sub><i>T</i></sub>/&part;"
                    "<i>h</i><sub><i>T</i>&minus;1</sub>‖, the share of the last loss's gradient that reaches timestep <i>k</i>: "
                    "vanishing shows as a dark left side that appears, or heals, over training. The other view, the total "
                    "loss's ‖&part;<i>L</i>/&part;<i>h</i><sub><i>k</i></sub>‖, stays flat whatever happens, because every "
                    "timestep gets the gradient of its own nearby losses. The third view, the <b>horizon of each loss</b>, takes "
                    "the last window apart: one row per source loss <i>L</i><sub><i>t</i></sub> (the loss at step <i>t</i> "
                    "alone), one column per timestep <i>k</i> &le; <i>t</i>, coloured by ‖&part;<i>L</i><sub><i>t</i></sub>/"
                    "&part;<i>h</i><sub><i>k</i></sub>‖, for stream 0 of the batch. Its last row is the right chart's curve. The "
                    "gradient of the stream's total loss is the sum of the rows' <i>vectors</i>, not of their norms; the left "
                    "chart shows the same for the mean loss over all streams and steps (1/(B&middot;T) of the sum).");
  if (handover >= 0)
    text += tr("<br><b>Sequence to sequence:</b> one window holds two networks on one time axis. Timesteps 0&ndash;%1 "
               "are the <b>encoder</b> reading the source; from timestep %2 on (the dashed line, "
               "<i>encoder &rarr; decoder</i>) the <b>decoder</b> writes the output, started from the encoder's last "
               "state. Every loss is the decoder's, so the encoder's gradient arrives only through that one hand-over "
               "state: a long source must be squeezed into it, and its first words are the farthest from every loss.")
                .arg(handover - 1)
                .arg(handover);
  return text;
}

// The note follows the window on show: the hand-over paragraph only for a seq2seq task's.
void GradientFlowPanel::describeHandover(int handover) {
  if (handover == describedHandover_) return;
  describedHandover_ = handover;
  note_->setText(noteText(handover));
}

// The hand-over at x (NaN: none) as a vertical line over the whole of the log axis y, with its
// label at the top; the line leaves the y range alone.
void GradientFlowPanel::drawHandover(QChart* chart, QLineSeries* line, QGraphicsSimpleTextItem* label, double x,
                                     const QLogValueAxis* y) {
  if (std::isfinite(x))
    line->replace(QList<QPointF>{QPointF(x, y->min()), QPointF(x, y->max())});
  else
    line->clear();
  line->setVisible(line->count() > 0);
  placeLineLabel(chart, line, label);
}

std::vector<double> GradientFlowPanel::scaledBound(double valueAtZero, const std::vector<double>& bound, std::size_t n) {
  std::vector<double> out;
  if (n == 0) return out;
  out.reserve(n);
  out.push_back(valueAtZero);
  for (std::size_t d = 1; d < n && d - 1 < bound.size(); ++d) out.push_back(valueAtZero * bound[d - 1]);
  return out;
}

void GradientFlowPanel::readBounds(const Snapshot& snapshot, std::vector<LayerBound>& bounds) {
  bounds.resize(snapshot.spectra.size());
  for (std::size_t l = 0; l < snapshot.spectra.size(); ++l) {
    const LayerSpectra& s = snapshot.spectra[l];
    LayerBound& b = bounds[l];
    if (b.bound != s.bound) b.bound = s.bound;
    b.gamma = s.weights.gamma;
    b.lambda = s.weights.sigmaMax;
    const double rho = spectralRadius(s.weights);
    b.rho = std::isfinite(rho) ? rho : 0;
  }
}

void GradientFlowPanel::render(const Snapshot& snapshot) {
  flow_ = snapshot.flow;
  history_ = snapshot.flowHistory;
  horizon_ = snapshot.horizon;
  running_ = snapshot.running;
  readBounds(snapshot, bounds_);
  form_ = {snapshot.config.model.cell, snapshot.config.model.gruVariant};
  const Snapshot* b = compared();
  flowB_ = b ? b->flow : nullptr;
  if (b) {
    readBounds(*b, boundsB_);
    formB_ = {b->config.model.cell, b->config.model.gruVariant};
  } else {
    boundsB_.clear();
  }
  if (comparing_ != (b != nullptr)) {
    comparing_ = b != nullptr;
    labelHeatView();
  }
  redraw();
}

// B's layer shown beside A's layer: the same one, or B's top when B has fewer; -1: B has none.
int GradientFlowPanel::layerOfB(int layer) const {
  if (!flowB_ || flowB_->dhNorm.empty()) return -1;
  return std::min(layer, static_cast<int>(flowB_->dhNorm.size()) - 1);
}

const GradientFlowPanel::LayerBound* GradientFlowPanel::boundOfB(int layer) const {
  const int l = layerOfB(layer);
  return l >= 0 && static_cast<std::size_t>(l) < boundsB_.size() ? &boundsB_[static_cast<std::size_t>(l)] : nullptr;
}

// Takes run B's window as the one to draw; true when it differs from the one on screen.
bool GradientFlowPanel::takeCompared(int layer) {
  const LayerBound* bound = boundOfB(layer);
  const bool changed = comparing_ != drawnComparing_ || flowB_ != drawnFlowB_ || !(formB_ == drawnFormB_) ||
                       (bound && !(*bound == drawnBoundB_)) || (!bound && !drawnBoundB_.bound.empty());
  drawnComparing_ = comparing_;
  drawnFlowB_ = flowB_;
  drawnFormB_ = formB_;
  drawnBoundB_ = bound ? *bound : LayerBound{};
  return changed;
}

void GradientFlowPanel::redraw() {
  if (!flow_ || flow_->dhNorm.empty()) {
    stack_->setCurrentIndex(0);
    {
      const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
      layers_->setLayerCount(0);
    }
    summary_->clear();
    describeHandover(-1);
    drawnFlow_.reset();
    drawnHistory_.reset();
    drawnHorizon_.reset();
    staged_.clear();
    return;
  }
  stack_->setCurrentIndex(1);
  {
    const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
    layers_->setLayerCount(static_cast<int>(flow_->dhNorm.size()));
  }
  showLastLossViews(!flow_->lastLossDhNorm.empty());
  const int layer = std::min(layers_->layer(), static_cast<int>(flow_->dhNorm.size()) - 1);
  const LayerBound* bound = static_cast<std::size_t>(layer) < bounds_.size() ? &bounds_[layer] : nullptr;

  const bool layerChanged = layer != drawnLayer_;
  const bool comparedChanged = takeCompared(layer);
  if (layerChanged || comparedChanged || flow_ != drawnFlow_ || (bound && !(*bound == drawnBound_)) || (!bound && !drawnBound_.bound.empty()) ||
      !(form_ == drawnForm_)) {
    drawnFlow_ = flow_;
    drawnBound_ = bound ? *bound : LayerBound{};
    drawnForm_ = form_;
    staged_.invalidate(kTimePart | kDistancePart);
  }
  // Only the view on show is drawn; the other is redrawn when chosen (its drawn data reset).
  const bool horizonShown = heatView() == HeatView::LossHorizon;
  if (!horizonShown && (layerChanged || history_ != drawnHistory_)) {
    drawnHistory_ = history_;
    staged_.invalidate(kHistoryPart);
  }
  if (horizonShown && (layerChanged || horizon_ != drawnHorizon_)) {
    drawnHorizon_ = horizon_;
    staged_.invalidate(kHorizonPart);
  }
  drawnLayer_ = layer;
  const int parts = staged_.take(running_);
  if (parts & (kTimePart | kDistancePart)) drawWindow(*drawnFlow_, layer, bound, parts);
  if (parts & kHistoryPart) {
    if (drawnHistory_)
      drawHistory(*drawnHistory_, layer);
    else
      heatMap_->clear();
  }
  if (parts & kHorizonPart) horizonView_->setHorizon(drawnHorizon_, layer);
}

void GradientFlowPanel::drawWindow(const GradientFlowRecord& flow, int layer, const LayerBound* bound, int parts) {
  if (parts & kTimePart) drawTime(flow, layer);
  if (parts & kDistancePart) drawDistance(flow, layer, bound);
}

// (a), with run B's window beside it while comparing.
void GradientFlowPanel::drawTime(const GradientFlowRecord& flow, int layer) {
  static const GradientFlowRecord kNone;
  const GradientFlowRecord& flowB = drawnFlowB_ ? *drawnFlowB_ : kNone;
  const int layerB = std::max(0, layerOfB(layer));
  const std::vector<double>& dh = flow.dhNorm[layer];
  const std::vector<double>& dhB = rowOf(flowB.dhNorm, layerB);
  const std::size_t T = std::max(dh.size(), dhB.size());
  Range timeRange;
  setCurve(dh_, indices(dh.size()), dh, timeRange);
  setCurve(dc_, indices(dh.size()), rowOf(flow.dcNorm, layer), timeRange);
  setCurve(dhB_, indices(dhB.size()), dhB, timeRange);
  setCurve(dcB_, indices(dhB.size()), rowOf(flowB.dcNorm, layerB), timeRange);
  nameTwins(dh_, dhB_, tr("‖∂L/∂h_k‖"), comparing_);
  nameTwins(dc_, dcB_, tr("‖∂L/∂c_k‖"), comparing_);
  setIndexRange(timeX_, 0, std::max<double>(1, static_cast<double>(T) - 1), 9, 0.5 + static_cast<double>(T) * 0.01);
  if (timeRange.valid())
    setLogRange(timeY_, timeRange.lo, timeRange.hi, 6);
  else
    setLogRange(timeY_, 1e-3, 1, 6);
  // the decoder's first step, where the encoder's last state is handed over
  const bool handover = flow.handover >= 0 && static_cast<std::size_t>(flow.handover) < dh.size();
  drawHandover(timeChart_, handover_, handoverLabel_, handover ? flow.handover : NAN, timeY_);
  describeHandover(handover ? flow.handover : -1);
}

// (b)'s curves of one run: index d = T-1-k; the gated path scaled to the gradient of the state
// it carries at d = 0 (c for the LSTM, h for the GRU); (gamma lambda)^d for a vanilla RNN only,
// whose gated cells' path replaces it.
GradientFlowPanel::DistanceCurves GradientFlowPanel::distanceCurves(const GradientFlowRecord& flow, int layer,
                                                                    const LayerBound* bound, CellForm form) {
  DistanceCurves c;
  c.byDistance = reversed(rowOf(flow.lastLossDhNorm, layer));
  c.cellByDistance = reversed(rowOf(flow.lastLossDcNorm, layer));
  c.ds = indices(c.byDistance.size());
  const double valueAtZero = c.byDistance.empty() ? NAN : c.byDistance[0];
  const double pathStart = c.cellByDistance.empty() ? valueAtZero : c.cellByDistance[0];
  if (std::isfinite(pathStart) && pathStart > 0 && !rowOf(flow.gatedPathMax, layer).empty()) {
    c.pathMax = scaledBound(pathStart, rowOf(flow.gatedPathMax, layer), c.ds.size());
    c.pathMedian = scaledBound(pathStart, rowOf(flow.gatedPathMedian, layer), c.ds.size());
  }
  if (bound && form.cell == CellKind::Rnn && !bound->bound.empty() && std::isfinite(valueAtZero) && valueAtZero > 0)
    c.bound = scaledBound(valueAtZero, bound->bound, c.ds.size());
  return c;
}

void GradientFlowPanel::drawDistance(const GradientFlowRecord& flow, int layer, const LayerBound* bound) {
  // The data first, then the lines that bound or carry it, which may run off by many decades
  // and are let leave the plot rather than flatten the data (of either run).
  const int layerB = layerOfB(layer);
  const LayerBound* boundB = boundOfB(layer);
  const DistanceCurves a = distanceCurves(flow, layer, bound, drawnForm_);
  const DistanceCurves b = layerB >= 0 ? distanceCurves(*drawnFlowB_, layerB, boundB, drawnFormB_) : DistanceCurves{};
  Range range;
  setCurve(lastLoss_, a.ds, a.byDistance, range);
  setCurve(lastLossDc_, a.ds, a.cellByDistance, range);
  setCurve(lastLossB_, b.ds, b.byDistance, range);
  setCurve(lastLossDcB_, b.ds, b.cellByDistance, range);
  const Range data = range;
  setReference(gatedMax_, a.ds, a.pathMax, data, range);
  setReference(gatedMedian_, a.ds, a.pathMedian, data, range);
  setReference(bound_, a.ds, a.bound, data, range);
  setReference(gatedMaxB_, b.ds, b.pathMax, data, range);
  setReference(gatedMedianB_, b.ds, b.pathMedian, data, range);
  setReference(boundB_, b.ds, b.bound, data, range);
  nameDistanceSeries(layer + 1 >= static_cast<int>(flow.dhNorm.size()),
                     layerB >= 0 && layerB + 1 >= static_cast<int>(drawnFlowB_->dhNorm.size()));
  setIndexRange(distanceX_, 0, std::max<double>(1, static_cast<double>(std::max(a.ds.size(), b.ds.size())) - 1), 9, 0.5);
  if (range.valid())
    setLogRange(distanceY_, range.lo, range.hi, 6);
  else
    setLogRange(distanceY_, 1e-3, 1, 6);
  // the hand-over at distance d = T-1-handover from the last loss
  const auto n = static_cast<int>(a.ds.size());
  const bool handover = flow.handover >= 0 && flow.handover < n;
  drawHandover(distanceChart_, handoverDistance_, handoverDistanceLabel_, handover ? n - 1 - flow.handover : NAN,
               distanceY_);
  QString text = summaryOf(flow, layer, bound, a);
  if (comparing_) text = tr("<b>A</b>: %1 &nbsp;·&nbsp; <b>B</b>: %2").arg(text, comparedSummary(b, boundB));
  setSummaryText(summary_, text, running_);
}

// The names of (b)'s series, each run's after its own cell (the runs may differ).
void GradientFlowPanel::nameDistanceSeries(bool topLayer, bool topLayerB) {
  const auto boundName = [](bool top) {
    return top ? tr("(γλ)^d bound (vanilla RNN)") : tr("(γλ)^d, not a bound below the top layer");
  };
  nameTwins(lastLoss_, lastLossB_, tr("‖∂L_T/∂h_k‖"), comparing_);
  nameTwins(lastLossDc_, lastLossDcB_, tr("‖∂L_T/∂c_k‖"), comparing_);
  nameTwins(gatedMax_, gatedMaxB_, gatedPathName(drawnForm_.cell, drawnForm_.variant),
            gatedPathName(drawnFormB_.cell, drawnFormB_.variant), comparing_);
  nameTwins(gatedMedian_, gatedMedianB_, gatedPathMedianName(drawnForm_.cell, drawnForm_.variant),
            gatedPathMedianName(drawnFormB_.cell, drawnFormB_.variant), comparing_);
  nameTwins(bound_, boundB_, boundName(topLayer), boundName(topLayerB), comparing_);
}

// The summary in words.
QString GradientFlowPanel::summaryOf(const GradientFlowRecord& flow, int layer, const LayerBound* bound,
                                     const DistanceCurves& c) const {
  const auto [cell, variant] = drawnForm_;
  const bool topLayer = layer + 1 >= static_cast<int>(flow.dhNorm.size());
  const std::vector<double>& byDistance = c.byDistance;
  const double valueAtZero = byDistance.empty() ? NAN : byDistance[0];
  QString text = tr("%1 &nbsp;·&nbsp; T = %2").arg(weightsStamp(flow.step, flow.weightsStep)).arg(flow.dhNorm[layer].size());
  if (flow.handover >= 0)
    text += tr(" (encoder: timesteps 0–%1, decoder: from %2)").arg(flow.handover - 1).arg(flow.handover);
  if (bound && cell == CellKind::Rnn && bound->lambda > 0) {
    const double gl = bound->gamma * bound->lambda;
    text += tr(" &nbsp;·&nbsp; γλ = %1 × %2 = <b>%3</b>")
                .arg(formatNumber(bound->gamma))
                .arg(formatNumber(bound->lambda))
                .arg(formatNumber(gl));
    if (!topLayer)
      text += tr(" (not a bound below the top layer: the gradient also comes back through the layers above)");
    else
      text += gl < 1 ? tr(" (&lt; 1: must vanish)") : tr(" (≥ 1: bound allows growth)");
    // rho beside lambda: rho < 1 does not make the bound shrink, sigma_max does
    if (bound->rho > 0) text += tr(" &nbsp;·&nbsp; ρ = %1 ≤ λ = σ_max").arg(formatNumber(bound->rho));
  }
  if (byDistance.size() > 1 && std::isfinite(valueAtZero) && valueAtZero > 0 && std::isfinite(byDistance.back())) {
    text += tr(" &nbsp;·&nbsp; last loss's gradient ×<b>%1</b> after %2 steps back")
                .arg(formatNumber(byDistance.back() / valueAtZero, 2))
                .arg(byDistance.size() - 1);
  }
  const std::vector<double>& pathMax = rowOf(flow.gatedPathMax, layer);
  const std::vector<double>& pathMedian = rowOf(flow.gatedPathMedian, layer);
  if (const std::size_t d = byDistance.size() - 1; byDistance.size() > 1 && d <= pathMax.size() && d <= pathMedian.size()) {
    text += tr(" &nbsp;·&nbsp; %1 over %2 steps: <b>%3</b> (median cell %4)")
                .arg(gatedPathName(cell, variant))
                .arg(d)
                .arg(formatNumber(pathMax[d - 1], 2))
                .arg(formatNumber(pathMedian[d - 1], 2));
  }
  return text;
}

// Run B's key figures: how much of its last loss's gradient is left, and its gamma lambda.
QString GradientFlowPanel::comparedSummary(const DistanceCurves& b, const LayerBound* boundB) const {
  const std::vector<double>& d = b.byDistance;
  if (d.size() < 2 || !(std::isfinite(d[0]) && d[0] > 0) || !std::isfinite(d.back())) return tr("no window yet");
  QString text = tr("last loss's gradient ×<b>%1</b> after %2 steps back").arg(formatNumber(d.back() / d[0], 2)).arg(d.size() - 1);
  if (boundB && drawnFormB_.cell == CellKind::Rnn && boundB->lambda > 0)
    text += tr(", γλ = <b>%1</b>").arg(formatNumber(boundB->gamma * boundB->lambda));
  return text;
}

std::vector<double> GradientFlowPanel::heatMapRow(const GradientFlowRecord& record, int layer, HeatView view) {
  if (view == HeatView::TotalLoss) return rowOf(record.dhNorm, layer);
  std::vector<double> row = rowOf(record.lastLossDhNorm, layer);
  const double last = row.empty() ? NAN : row.back();
  if (!(std::isfinite(last) && last > 0)) return {};  // nothing to compare with: no data
  for (double& v : row) v /= last;
  return row;
}

void GradientFlowPanel::drawHistory(const std::vector<GradientFlowRecord>& history, int layer) {
  const HeatView view = heatView();
  const std::size_t rows = history.size();
  std::vector<std::vector<double>> table(rows);
  std::size_t cols = 0;
  heatMapSteps_.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    heatMapSteps_[r] = history[r].step;
    table[r] = heatMapRow(history[r], layer, view);
    cols = std::max(cols, table[r].size());
  }
  if (rows == 0 || cols == 0) {
    heatMapSteps_.clear();
    heatMap_->clear();
    return;
  }
  std::vector<double> values(rows * cols, NAN);  // [rows x cols], linear
  for (std::size_t r = 0; r < rows; ++r) std::copy(table[r].begin(), table[r].end(), values.begin() + static_cast<std::ptrdiff_t>(r * cols));
  heatMap_->setRowTicks(stepTicks(heatMapSteps_, 5));
  setLogData(*heatMap_, static_cast<int>(rows), static_cast<int>(cols), values);
}

}  // namespace rnnscope::ui
