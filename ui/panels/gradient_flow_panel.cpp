#include "ui/panels/gradient_flow_panel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QChartView>
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
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
// The heat map shows at most this many decades below its brightest cell; anything fainter is
// "vanished" for all practical purposes and would otherwise squash the interesting range.
constexpr double kHeatMapDecades = 10;

// Colour-bar ticks in log10 units over whole decades [lo, hi]: 1, 2, 5 per decade when the range is
// short, every decade (or every other) when it is long.
std::vector<double> logTicks(double lo, double hi) {
  std::vector<double> ticks;
  const int first = static_cast<int>(std::floor(lo)), last = static_cast<int>(std::ceil(hi));
  const int decades = last - first;
  if (decades <= 2) {
    for (int e = first; e <= last; ++e)
      for (double m : {1.0, 2.0, 5.0})
        if (e < last || m == 1.0) ticks.push_back(e + std::log10(m));
  } else {
    const int step = decades <= 6 ? 1 : 2;
    for (int e = last; e >= first; e -= step) ticks.insert(ticks.begin(), e);
  }
  return ticks;
}

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
}  // namespace

GradientFlowPanel::GradientFlowPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(
      tr("<b>Backpropagation through time</b> carries the gradient from each loss back to earlier states. One "
         "step back multiplies it by a Jacobian, for a tanh RNN &part;<i>h</i><sub><i>t</i></sub>/&part;<i>h</i>"
         "<sub><i>t</i>&minus;1</sub> = diag(1 &minus; <i>h</i><sub><i>t</i></sub><sup>2</sup>) <i>W</i><sub>hh</sub>. "
         "Over <i>t</i> &minus; <i>k</i> steps, ‖&prod; Jacobians‖ &le; (&gamma;&lambda;)<sup><i>t</i>&minus;"
         "<i>k</i></sup>, with &gamma; = max |act&prime;| = 1 (tanh) or 1/4 (sigmoid) and &lambda; = "
         "&sigma;<sub>max</sub>(<i>W</i><sub>hh</sub>): when &gamma;&lambda; &lt; 1 a distant signal must vanish.<br>"
         "<b>Left:</b> ‖&part;<i>L</i>/&part;<i>h</i><sub><i>k</i></sub>‖ at every timestep <i>k</i> of the "
         "last window (<i>L</i> = sum of the window's losses; LSTM also the cell state <i>c</i>). "
         "<b>Right:</b> the gradient of the last position's loss alone against the distance <i>d</i> = <i>T</i>&minus;1"
         "&minus;<i>k</i>; the dashed bound is (&gamma;&lambda;)<sup><i>d</i></sup> scaled to start at the measured "
         "value at <i>d</i> = 0 (value<sub>0</sub> &middot; (&gamma;&lambda;)<sup><i>d</i></sup>). For an LSTM "
         "or GRU it is a reference line, not a bound: the additive path &part;<i>c</i><sub><i>t</i></sub>/&part;"
         "<i>c</i><sub><i>t</i>&minus;1</sub> = diag(<i>f</i><sub><i>t</i></sub>) passes gradient on untouched by "
         "&gamma; = 1/4, which is the point of the gates. "
         "<b>Bottom:</b> one row per training step, colour = log<sub>10</sub> ‖&part;<i>L</i>/&part;<i>h</i>"
         "<sub><i>k</i></sub>‖: dark columns on the left mean the early timesteps get (almost) no gradient."),
      this);

  layers_ = new LayerChooser(this);
  summary_ = addLayerHeader(layout, layers_, note_, this);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);

  // (a) gradient norm per timestep.
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
  auto* timeView = makeChartView(timeChart_, QStringLiteral("timestepChart"), this);

  // (b) the last loss's gradient against distance, with the bound.
  distanceChart_ = makeChart(tr("Last loss vs distance"));
  distanceX_ = new QValueAxis();
  styleAxis(distanceX_, tr("d = T−1−k"));
  distanceY_ = new QLogValueAxis();
  styleAxis(distanceY_, tr("‖∂L_T/∂h_k‖"));
  distanceChart_->addAxis(distanceX_, Qt::AlignBottom);
  distanceChart_->addAxis(distanceY_, Qt::AlignLeft);
  lastLoss_ = makeLine(tr("‖∂L_T/∂h_k‖"), QStringLiteral("lastLossDhNorm"), palette::kBlue, 2.5);
  bound_ = makeLine(tr("(γλ)^d"), QStringLiteral("bound"), palette::kGrey, 2.0, Qt::DashLine);
  for (QLineSeries* s : {lastLoss_, bound_}) {
    distanceChart_->addSeries(s);
    s->attachAxis(distanceX_);
    s->attachAxis(distanceY_);
  }
  auto* distanceView = makeChartView(distanceChart_, QStringLiteral("distanceChart"), this);

  // (c) step x timestep heat map.
  heatMap_ = new HeatMapWidget(this);
  heatMap_->setObjectName(QStringLiteral("flowHeatMap"));
  heatMap_->setTitle(tr("‖∂L/∂h_k‖ over training"));
  heatMap_->setAxisTitles(tr("timestep k"), tr("training step"), tr("‖∂L/∂h_k‖ (log scale)"));
  heatMap_->setColorBarLabeler([](double v) {
    const double decade = std::floor(v + 1e-9);
    const double mantissa = std::pow(10.0, v - decade);
    const QString power = powerOfTen(static_cast<int>(decade));
    return std::abs(mantissa - 1) < 1e-6 ? power : QString::number(std::lround(mantissa)) + QStringLiteral("·") + power;
  });
  heatMap_->setRowLabeler([this](int row) {
    return row >= 0 && static_cast<std::size_t>(row) < heatMapSteps_.size() ? QString::number(heatMapSteps_[row]) : QString();
  });
  heatMap_->setToolTipper([this](int row, int col, double v) {
    const QString step = static_cast<std::size_t>(row) < heatMapSteps_.size() ? QString::number(heatMapSteps_[row]) : QString();
    return tr("training step %1, timestep k = %2: ‖∂L/∂h_k‖ = %3").arg(step).arg(col).arg(formatNumber(std::pow(10.0, v)));
  });
  heatMap_->setToolTip(tr("Each row is one training step (oldest at the top), each column a timestep of its "
                          "window. Dark = the gradient barely reaches that timestep."));

  auto* top = new QSplitter(Qt::Horizontal);
  top->addWidget(timeView);
  top->addWidget(distanceView);
  top->setChildrenCollapsible(false);
  auto* split = new QSplitter(Qt::Vertical, stack_);
  split->addWidget(top);
  split->addWidget(heatMap_);
  split->setStretchFactor(0, 4);
  split->setStretchFactor(1, 3);
  split->setSizes({400, 300});
  split->setChildrenCollapsible(false);
  stack_->addWidget(split);

  connect(layers_, &LayerChooser::layerChanged, this, [this](int) {
    redraw();
  });
}

QString GradientFlowPanel::title() const { return tr("Gradient flow"); }

std::vector<double> GradientFlowPanel::scaledBound(double valueAtZero, const std::vector<double>& bound, std::size_t n) {
  std::vector<double> out;
  if (n == 0) return out;
  out.reserve(n);
  out.push_back(valueAtZero);
  for (std::size_t d = 1; d < n && d - 1 < bound.size(); ++d) out.push_back(valueAtZero * bound[d - 1]);
  return out;
}

void GradientFlowPanel::render(const Snapshot& snapshot) {
  flow_ = snapshot.flow;
  history_ = snapshot.flowHistory;
  running_ = snapshot.running;
  bounds_.resize(snapshot.spectra.size());
  for (std::size_t l = 0; l < snapshot.spectra.size(); ++l) {
    const LayerSpectra& s = snapshot.spectra[l];
    LayerBound& b = bounds_[l];
    if (b.bound != s.bound) b.bound = s.bound;
    b.gamma = s.weights.gamma;
    b.lambda = s.weights.sigmaMax;
    b.gated = snapshot.config.model.cell != CellKind::Rnn;
  }
  redraw();
}

void GradientFlowPanel::redraw() {
  if (!flow_ || flow_->dhNorm.empty()) {
    stack_->setCurrentIndex(0);
    {
      const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
      layers_->setLayerCount(0);
    }
    summary_->clear();
    drawnFlow_.reset();
    drawnHistory_.reset();
    pendingParts_ = 0;
    return;
  }
  stack_->setCurrentIndex(1);
  {
    const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
    layers_->setLayerCount(static_cast<int>(flow_->dhNorm.size()));
  }
  const int layer = std::min(layers_->layer(), static_cast<int>(flow_->dhNorm.size()) - 1);
  const LayerBound* bound = static_cast<std::size_t>(layer) < bounds_.size() ? &bounds_[layer] : nullptr;

  const bool layerChanged = layer != drawnLayer_;
  if (layerChanged || flow_ != drawnFlow_ || (bound && !(*bound == drawnBound_)) || (!bound && !drawnBound_.bound.empty())) {
    drawnFlow_ = flow_;
    drawnBound_ = bound ? *bound : LayerBound{};
    pendingParts_ |= kTimePart | kDistancePart;
  }
  if (layerChanged || history_ != drawnHistory_) {
    drawnHistory_ = history_;
    pendingParts_ |= kHistoryPart;
  }
  drawnLayer_ = layer;
  if (pendingParts_ == 0) return;
  const int parts = running_ ? (pendingParts_ & -pendingParts_) : pendingParts_;  // the lowest pending part, or all
  pendingParts_ &= ~parts;
  if (parts & (kTimePart | kDistancePart)) drawWindow(*drawnFlow_, layer, bound, parts);
  if (parts & kHistoryPart) {
    if (drawnHistory_)
      drawHistory(*drawnHistory_, layer);
    else
      heatMap_->clear();
  }
}

void GradientFlowPanel::drawWindow(const GradientFlowRecord& flow, int layer, const LayerBound* bound, int parts) {
  const std::vector<double>& dh = flow.dhNorm[layer];
  const std::size_t T = dh.size();
  std::vector<double> ks(T);
  for (std::size_t k = 0; k < T; ++k) ks[k] = static_cast<double>(k);

  // (a)
  if (parts & kTimePart) {
    const QList<QPointF> dhPoints = finitePoints(ks, dh, true);
    dh_->replace(dhPoints);
    Range timeRange;
    timeRange.add(dhPoints);
    const bool hasCell = static_cast<std::size_t>(layer) < flow.dcNorm.size() && !flow.dcNorm[layer].empty();
    if (hasCell) {
      const QList<QPointF> dcPoints = finitePoints(ks, flow.dcNorm[layer], true);
      dc_->replace(dcPoints);
      timeRange.add(dcPoints);
    } else {
      dc_->clear();
    }
    dc_->setVisible(hasCell);
    setIndexRange(timeX_, 0, std::max<double>(1, static_cast<double>(T) - 1), 9, 0.5 + static_cast<double>(T) * 0.01);
    if (timeRange.valid())
      setLogRange(timeY_, timeRange.lo, timeRange.hi, 6);
    else
      setLogRange(timeY_, 1e-3, 1, 6);
  }
  if (!(parts & kDistancePart)) return;

  // (b) index d = T-1-k, and the summary.
  std::vector<double> ds, byDistance;
  double valueAtZero = NAN;
  if (static_cast<std::size_t>(layer) < flow.lastLossDhNorm.size()) {
    const std::vector<double>& last = flow.lastLossDhNorm[layer];
    const std::size_t n = last.size();
    ds.resize(n);
    byDistance.resize(n);
    for (std::size_t d = 0; d < n; ++d) {
      ds[d] = static_cast<double>(d);
      byDistance[d] = last[n - 1 - d];
    }
    if (n > 0) valueAtZero = byDistance[0];
  }
  const QList<QPointF> distancePoints = finitePoints(ds, byDistance, true);
  lastLoss_->replace(distancePoints);
  Range distanceRange;
  distanceRange.add(distancePoints);

  const bool hasBound = bound && !bound->bound.empty() && std::isfinite(valueAtZero) && valueAtZero > 0;
  if (hasBound) {
    QList<QPointF> boundPoints = finitePoints(ds, scaledBound(valueAtZero, bound->bound, ds.size()), true);
    bound_->replace(boundPoints);
    // The bound may run off by many decades; let it leave the plot rather than flatten the data.
    if (distanceRange.valid()) {
      for (QPointF& p : boundPoints) p.setY(std::clamp(p.y(), distanceRange.lo / 10, distanceRange.hi * 10));
    }
    distanceRange.add(boundPoints);
  } else {
    bound_->clear();
  }
  bound_->setVisible(hasBound);
  setIndexRange(distanceX_, 0, std::max<double>(1, static_cast<double>(ds.size()) - 1), 9, 0.5);
  if (distanceRange.valid())
    setLogRange(distanceY_, distanceRange.lo, distanceRange.hi, 6);
  else
    setLogRange(distanceY_, 1e-3, 1, 6);

  // Summary in words.
  QString text = tr("Step <b>%1</b> &nbsp;·&nbsp; T = %2").arg(flow.step).arg(T);
  if (bound && bound->lambda > 0) {
    const double gl = bound->gamma * bound->lambda;
    text += tr(" &nbsp;·&nbsp; γλ = %1 × %2 = <b>%3</b>")
                .arg(formatNumber(bound->gamma))
                .arg(formatNumber(bound->lambda))
                .arg(formatNumber(gl));
    // For gated cells the path through c (or z*h) is not bounded by gamma = 1/4.
    if (bound->gated)
      text += tr(" (a reference only: the gated path escapes it)");
    else
      text += gl < 1 ? tr(" (&lt; 1: must vanish)") : tr(" (≥ 1: bound allows growth)");
  }
  if (byDistance.size() > 1 && std::isfinite(valueAtZero) && valueAtZero > 0 && std::isfinite(byDistance.back())) {
    text += tr(" &nbsp;·&nbsp; last loss's gradient ×<b>%1</b> after %2 steps back")
                .arg(formatNumber(byDistance.back() / valueAtZero, 2))
                .arg(byDistance.size() - 1);
  }
  setSummaryText(summary_, text, running_);
}

void GradientFlowPanel::drawHistory(const std::vector<GradientFlowRecord>& history, int layer) {
  std::size_t cols = 0;
  for (const auto& r : history)
    if (static_cast<std::size_t>(layer) < r.dhNorm.size()) cols = std::max(cols, r.dhNorm[layer].size());
  const std::size_t rows = history.size();
  if (rows == 0 || cols == 0) {
    heatMapSteps_.clear();
    heatMap_->clear();
    return;
  }
  std::vector<double> values(rows * cols, NAN);
  heatMapSteps_.resize(rows);
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t r = 0; r < rows; ++r) {
    heatMapSteps_[r] = history[r].step;
    if (static_cast<std::size_t>(layer) >= history[r].dhNorm.size()) continue;
    const std::vector<double>& dh = history[r].dhNorm[layer];
    for (std::size_t k = 0; k < dh.size(); ++k) {
      const double v = clampForLog(dh[k]);
      if (!std::isfinite(v)) continue;
      const double l = std::log10(v);
      values[r * cols + k] = l;
      lo = std::min(lo, l);
      hi = std::max(hi, l);
    }
  }
  if (!(lo <= hi)) {
    lo = -3;
    hi = 0;
  }
  double vmin = std::floor(lo), vmax = std::ceil(hi);
  if (vmax - vmin > kHeatMapDecades) vmin = vmax - kHeatMapDecades;
  if (vmax <= vmin) vmax = vmin + 1;
  heatMap_->setColorBarTicks(logTicks(vmin, vmax));
  heatMap_->setRowTicks(stepTicks(heatMapSteps_, 5));
  heatMap_->setData(static_cast<int>(rows), static_cast<int>(cols), values, vmin, vmax);
}

}  // namespace rnnscope::ui
