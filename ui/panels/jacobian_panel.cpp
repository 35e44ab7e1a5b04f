#include "ui/panels/jacobian_panel.h"

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
#include <QScatterSeries>
#include <QSlider>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
// y range of points, always including 1 (the line between growing and shrinking).
void setLogRangeWithOne(QLogValueAxis* axis, const QList<QPointF>& points, int maxLabels = 6) {
  double lo = 1, hi = 1;
  for (const QPointF& p : points) {
    lo = std::min(lo, p.y());
    hi = std::max(hi, p.y());
  }
  setLogRange(axis, lo, hi, maxLabels, true);
}

std::vector<double> iota(std::size_t n, double first) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = first + static_cast<double>(i);
  return v;
}

// The gradient-flow record of the pass the spectra come from (the latest, or one in the
// history), never another pass's: a view shows one set of weights. Null when it is gone.
const GradientFlowRecord* recordOfAnalysisPass(const Snapshot& s) {
  if (s.analysisStep < 0) return nullptr;
  if (s.flow && s.flow->step == s.analysisStep) return s.flow.get();
  if (s.flowHistory)
    for (auto it = s.flowHistory->rbegin(); it != s.flowHistory->rend(); ++it)
      if (it->step == s.analysisStep) return &*it;
  return nullptr;
}

const std::vector<double>& rowOf(const std::vector<std::vector<double>>& table, std::size_t layer) {
  static const std::vector<double> none;
  return layer < table.size() ? table[layer] : none;
}

// Both runs' points, for an axis range that fits both.
QList<QPointF> joined(QList<QPointF> a, const QList<QPointF>& b) {
  a.append(b);
  return a;
}
}  // namespace

JacobianPanel::JacobianPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(
      tr("<i>J</i><sub><i>t</i></sub> = &part;<i>s</i><sub><i>t</i></sub>/&part;<i>s</i><sub><i>t</i>&minus;1</sub> "
         "is the Jacobian of one step: how a small change of the state before step <i>t</i> changes the state after "
         "it. Its <b>singular values</b> &sigma;<sub><i>i</i></sub> are the stretch factors along its principal "
         "directions: &sigma; &gt; 1 grows a change (and the gradient flowing back through "
         "<i>J</i><sub><i>t</i></sub><sup>T</sup>), &sigma; &lt; 1 shrinks it. Over <i>d</i> steps the gradient is "
         "multiplied by the product <i>J</i><sub><i>T</i></sub>&middot;&middot;&middot;<i>J</i><sub><i>T</i>&minus;"
         "<i>d</i>+1</sub>. For a <b>vanilla RNN</b> its &sigma;<sub>max</sub> &le; &prod; &sigma;<sub>max</sub>"
         "(<i>J</i><sub><i>t</i></sub>) &le; (&gamma;&lambda;)<sup><i>d</i></sup> (&gamma; = max |act&prime;|, "
         "&lambda; = &sigma;<sub>max</sub>(<i>W</i><sub>hh</sub>)). In a stack, a layer below the top also gets "
         "gradient back through the layers above, so there this product does not bound the gradient.<br>"
         "For an <b>LSTM</b> the state is <i>s</i> = [<i>h</i>; <i>c</i>], so <i>J</i> is 2<i>H</i> &times; "
         "2<i>H</i>; its <i>c</i>&rarr;<i>c</i> block is diag(<i>f</i>), the forget gate: with <i>f</i> &asymp; 1 "
         "the cell state is a &ldquo;gradient highway&rdquo; along which the gradient neither vanishes nor "
         "explodes. For gated cells (&gamma;&lambda;)<sup><i>d</i></sup> is no bound; the bottom chart shows the "
         "gated path's own gain instead: ‖&prod; <i>f</i><sub><i>t</i></sub>‖ (LSTM), ‖&prod; <i>z</i><sub><i>t</i>"
         "</sub>‖ (GRU in PyTorch's form, <i>h</i>&prime; = (1 &minus; <i>z</i>) <i>n</i> + <i>z</i> <i>h</i>) or "
         "‖&prod; (1 &minus; <i>z</i><sub><i>t</i></sub>)‖ (the course notes' form, <i>h</i>&prime; = (1 &minus; "
         "<i>z</i>) <i>h</i> + <i>z</i> <i>h&#771;</i>), for the largest cell and, dashed, the median cell.<br>"
         "The app writes states as column vectors, as CS231n does: <i>J</i> = diag(1 &minus; <i>h</i><sup>2</sup>) "
         "<i>W</i><sub>hh</sub> for a tanh RNN. The UIT slides use row vectors and write diag(1 &minus; "
         "<i>h</i><sup>2</sup>) <i>W</i><sup>T</sup>: the same matrix, transposed."),
      this);

  auto* controls = new QHBoxLayout();
  controls->setSpacing(10);
  layers_ = new LayerChooser(this);
  // [What am I looking at?] ......... [Layer: 1]
  // (the note, when open)
  // Timestep t: [------o---] t = 12
  note_->moveToggleTo(controls);
  controls->addStretch(1);
  controls->addWidget(layers_);
  layout->addLayout(controls);
  layout->addWidget(note_);
  layout->addLayout(buildStepRow());

  summary_ = makeSummaryLabel(this);
  layout->addWidget(summary_);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);

  auto* top = new QSplitter(Qt::Horizontal);
  top->addWidget(buildSpectrumChart());
  top->addWidget(buildOverTimeChart());
  top->setChildrenCollapsible(false);
  auto* split = new QSplitter(Qt::Vertical, stack_);
  split->addWidget(top);
  split->addWidget(buildProductChart());
  split->setChildrenCollapsible(false);
  split->setSizes({1, 1});
  stack_->addWidget(split);
  buildTwins();

  connect(layers_, &LayerChooser::layerChanged, this, [this](int) {
    redraw();
  });
  connect(stepSlider_, &QSlider::valueChanged, this, [this](int value) {
    stepLabel_->setText(tr("t = %1").arg(value));
    stepRequest_ = this->post(command::SetAnalysisStep{value});
  });
}

// The timestep whose Jacobian the left chart analyses.
QLayout* JacobianPanel::buildStepRow() {
  auto* stepTitle = new QLabel(tr("Timestep t:"), this);
  stepTitle->setFont(chartFont(kLabelPointSize));
  stepSlider_ = new QSlider(Qt::Horizontal, this);
  stepSlider_->setObjectName(QStringLiteral("stepSlider"));
  stepSlider_->setRange(0, 0);
  stepSlider_->setMinimumWidth(100);
  stepSlider_->setToolTip(tr("The timestep of the last training window whose Jacobian J_t is analysed in the left "
                             "chart (also marked in the middle chart)."));
  stepTitle->setBuddy(stepSlider_);
  stepLabel_ = new QLabel(this);
  stepLabel_->setObjectName(QStringLiteral("stepLabel"));
  stepLabel_->setFont(chartFont(kLabelPointSize, true));
  stepLabel_->setMinimumWidth(QFontMetrics(stepLabel_->font()).horizontalAdvance(QStringLiteral("t = 0000")) + 6);
  auto* stepRow = new QHBoxLayout();
  stepRow->setSpacing(8);
  stepRow->addWidget(stepTitle);
  stepRow->addWidget(stepSlider_, 1);
  stepRow->addWidget(stepLabel_);
  return stepRow;
}

// The singular values of J_t at the chosen timestep.
QWidget* JacobianPanel::buildSpectrumChart() {
  spectrumChart_ = makeChart(tr("Singular values of J_t"));
  spectrumX_ = new QValueAxis();
  styleAxis(spectrumX_, tr("index i (largest first)"));
  spectrumY_ = new QLogValueAxis();
  styleAxis(spectrumY_, tr("σ_i (log)"));
  spectrumChart_->addAxis(spectrumX_, Qt::AlignBottom);
  spectrumChart_->addAxis(spectrumY_, Qt::AlignLeft);
  singularValues_ = makeLine(tr("σ_i(J_t)"), QStringLiteral("singularValues"), palette::kBlue, 2.0);
  singularValues_->setPointsVisible(true);
  singularValues_->setMarkerSize(5);
  spectrumOne_ = makeLine(tr("σ = 1"), QStringLiteral("spectrumOne"), palette::kGrey, 1.5, Qt::DashLine);
  addSeries(spectrumChart_, spectrumOne_, spectrumX_, spectrumY_);
  addSeries(spectrumChart_, singularValues_, spectrumX_, spectrumY_);
  return makeChartView(spectrumChart_, QStringLiteral("spectrumChart"), this);
}

// sigma_max(J_t) at every timestep of the window, the chosen one marked.
QWidget* JacobianPanel::buildOverTimeChart() {
  timeChart_ = makeChart(tr("σ_max(J_t) across the window"));
  timeX_ = new QValueAxis();
  styleAxis(timeX_, tr("timestep t"));
  timeY_ = new QLogValueAxis();
  styleAxis(timeY_, tr("σ_max (log)"));
  timeChart_->addAxis(timeX_, Qt::AlignBottom);
  timeChart_->addAxis(timeY_, Qt::AlignLeft);
  sigmaMaxOverTime_ = makeLine(tr("σ_max(J_t)"), QStringLiteral("sigmaMaxOverTime"), palette::kGreen, 2.0);
  selectedMarker_ = makeDots(tr("chosen t"), QStringLiteral("selectedStep"), palette::kVermillion, 12);
  timeOne_ = makeLine(tr("σ = 1"), QStringLiteral("timeOne"), palette::kGrey, 1.5, Qt::DashLine);
  addSeries(timeChart_, timeOne_, timeX_, timeY_);
  addSeries(timeChart_, sigmaMaxOverTime_, timeX_, timeY_);
  addSeries(timeChart_, selectedMarker_, timeX_, timeY_);
  return makeChartView(timeChart_, QStringLiteral("sigmaMaxChart"), this);
}

// sigma_max of the product of the last d Jacobians, beside the bound or the gated path.
QWidget* JacobianPanel::buildProductChart() {
  productChart_ = makeChart(tr("σ_max of the product of the last d Jacobians"));
  productX_ = new QValueAxis();
  styleAxis(productX_, tr("distance d = number of steps multiplied"));
  productY_ = new QLogValueAxis();
  styleAxis(productY_, tr("σ_max (log)"));
  productChart_->addAxis(productX_, Qt::AlignBottom);
  productChart_->addAxis(productY_, Qt::AlignLeft);
  product_ = makeLine(tr("σ_max of the product"), QStringLiteral("productSigmaMax"), palette::kBlue, 2.5);
  bound_ = makeLine(tr("bound (γλ)^d"), QStringLiteral("bound"), palette::kGrey, 2.0, Qt::DashLine);
  // named when drawn: the gate and its form depend on the cell
  gatedMax_ = makeLine(QString(), QStringLiteral("gatedPathMax"), palette::kGreen, 2.0);
  gatedMedian_ = makeLine(QString(), QStringLiteral("gatedPathMedian"), palette::kGreen.lighter(140), 1.5, Qt::DashLine);
  for (QLineSeries* series : {bound_, gatedMax_, gatedMedian_}) addSeries(productChart_, series, productX_, productY_);
  addSeries(productChart_, product_, productX_, productY_);
  return makeChartView(productChart_, QStringLiteral("productChart"), this);
}

void JacobianPanel::buildTwins() {
  singularValuesB_ = addTwinLine(singularValues_);
  singularValuesB_->setMarkerSize(5);
  sigmaMaxOverTimeB_ = addTwinLine(sigmaMaxOverTime_);
  productB_ = addTwinLine(product_);
  boundB_ = addTwinLine(bound_);
  gatedMaxB_ = addTwinLine(gatedMax_);
  gatedMedianB_ = addTwinLine(gatedMedian_);
}

QString JacobianPanel::title() const { return tr("Jacobian"); }

void JacobianPanel::readDrawn(const Snapshot& snapshot, std::vector<Drawn>& latest) {
  latest.resize(snapshot.spectra.size());
  const GradientFlowRecord* pass = recordOfAnalysisPass(snapshot);
  const GradientFlowRecord none;
  const GradientFlowRecord& gated = pass ? *pass : none;
  for (std::size_t l = 0; l < snapshot.spectra.size(); ++l) {
    const LayerSpectra& s = snapshot.spectra[l];
    Drawn& d = latest[l];
    d.layer = static_cast<int>(l);
    d.layers = static_cast<int>(snapshot.spectra.size());
    d.step = snapshot.analysisStep;
    d.weightsStep = snapshot.analysisWeightsStep;
    d.cell = snapshot.config.model.cell;
    d.variant = snapshot.config.model.gruVariant;
    const std::vector<double>& gatedMax = rowOf(gated.gatedPathMax, l);
    const std::vector<double>& gatedMedian = rowOf(gated.gatedPathMedian, l);
    if (d.gatedMax != gatedMax) d.gatedMax = gatedMax;
    if (d.gatedMedian != gatedMedian) d.gatedMedian = gatedMedian;
    d.selectedStep = s.selectedStep;
    if (d.singularValues != s.singularValuesAtSelected) d.singularValues = s.singularValuesAtSelected;
    if (d.sigmaMaxOverTime != s.sigmaMaxOverTime) d.sigmaMaxOverTime = s.sigmaMaxOverTime;
    if (d.productSigmaMax != s.productSigmaMax) d.productSigmaMax = s.productSigmaMax;
    if (d.bound != s.bound) d.bound = s.bound;
    d.gamma = s.weights.gamma;
    d.lambda = s.weights.sigmaMax;
    const double rho = spectralRadius(s.weights);
    d.rho = std::isfinite(rho) ? rho : 0;
  }
}

void JacobianPanel::render(const Snapshot& snapshot) {
  configuredWindow_ = snapshot.config.seqLen;
  if (stepRequest_ != 0 && snapshot.lastCommandId >= stepRequest_) stepRequest_ = 0;
  engineRequestedStep_ = snapshot.analysisRequestedStep;
  live_ = snapshot.running;
  readDrawn(snapshot, latest_);
  comparing_ = compared() != nullptr;
  if (comparing_)
    readDrawn(*compared(), latestB_);
  else
    latestB_.clear();
  redraw();
}

void JacobianPanel::updateSlider(int windowSteps, int selectedStep) {
  const int maximum = std::max(0, windowSteps - 1);
  // Until a snapshot reflects the slider's last request, the slider keeps the user's choice.
  const int engineStep = engineRequestedStep_ >= 0 ? engineRequestedStep_ : selectedStep;
  const int shown = stepRequest_ != 0 ? stepSlider_->value() : std::clamp(engineStep, 0, maximum);
  const QSignalBlocker block(stepSlider_);
  if (stepSlider_->maximum() != maximum) stepSlider_->setRange(0, maximum);
  if (!stepSlider_->isSliderDown() && stepSlider_->value() != shown) stepSlider_->setValue(shown);
  stepLabel_->setText(tr("t = %1").arg(stepSlider_->value()));
}

void JacobianPanel::redraw() {
  if (latest_.empty()) {
    stack_->setCurrentIndex(0);
    {
      const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
      layers_->setLayerCount(0);
    }
    summary_->clear();
    stepSlider_->setEnabled(false);
    drawn_ = Drawn{};
    target_ = Drawn{};
    targetB_ = Drawn{};
    staged_.clear();
    return;
  }
  stack_->setCurrentIndex(1);
  stepSlider_->setEnabled(true);
  {
    const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
    layers_->setLayerCount(static_cast<int>(latest_.size()));
  }
  const int layer = std::min(layers_->layer(), static_cast<int>(latest_.size()) - 1);
  const Drawn& d = latest_[layer];
  const int windowSteps = d.sigmaMaxOverTime.empty() ? configuredWindow_ : static_cast<int>(d.sigmaMaxOverTime.size());
  updateSlider(windowSteps, d.selectedStep);
  // B's layer beside A's: the same, or B's top when B has fewer; none before B's first analysis
  const Drawn none;
  const Drawn& b = latestB_.empty() ? none : latestB_[std::min<std::size_t>(static_cast<std::size_t>(layer), latestB_.size() - 1)];
  if (!(d == target_) || !(b == targetB_) || comparing_ != targetComparing_) {
    target_ = d;
    targetB_ = b;
    targetComparing_ = comparing_;
    staged_.invalidate(kAllParts);
  }
  const int parts = staged_.take(live_);
  if (parts == 0) return;
  draw(target_, parts);
  if (!staged_.pending()) drawn_ = target_;
}

void JacobianPanel::draw(const Drawn& d, int parts) {
  const Drawn* b = comparedTarget();
  nameSeries(d, b);
  if (parts & kSpectrumPart) drawSpectrum(d, b);
  if (parts & kOverTimePart) drawOverTime(d, b);
  if (parts & kProductPart) drawProduct(d);
}

// The legend names; with run B beside A, "(A)" and "(B)", each run's after its own cell.
void JacobianPanel::nameSeries(const Drawn& d, const Drawn* b) {
  const Drawn& o = b ? *b : d;
  const auto boundName = [](const Drawn& x) {
    return tr("bound (γλ)^d, γλ = %1 (vanilla RNN)").arg(formatNumber(x.gamma * x.lambda));
  };
  nameTwins(singularValues_, singularValuesB_, tr("σ_i(J_t)"), comparing_);
  nameTwins(sigmaMaxOverTime_, sigmaMaxOverTimeB_, tr("σ_max(J_t)"), comparing_);
  nameTwins(product_, productB_, tr("σ_max of the product"), comparing_);
  nameTwins(bound_, boundB_, boundName(d), boundName(o), comparing_);
  nameTwins(gatedMax_, gatedMaxB_, gatedPathName(d.cell, d.variant), gatedPathName(o.cell, o.variant), comparing_);
  nameTwins(gatedMedian_, gatedMedianB_, gatedPathMedianName(d.cell, d.variant), gatedPathMedianName(o.cell, o.variant),
            comparing_);
}

void JacobianPanel::drawSpectrum(const Drawn& d, const Drawn* b) {
  const std::size_t n = d.singularValues.size();
  const std::size_t nB = b ? b->singularValues.size() : 0;
  const QList<QPointF> sv = finitePoints(iota(n, 1), d.singularValues, true);
  const QList<QPointF> svB = b ? finitePoints(iota(nB, 1), b->singularValues, true) : QList<QPointF>();
  singularValues_->replace(sv);
  singularValues_->setPointsVisible(n <= 24);
  setTwinPoints(singularValuesB_, svB);
  singularValuesB_->setPointsVisible(nB <= 24);
  const double nMax = std::max<double>(2, static_cast<double>(std::max(n, nB)));
  spectrumOne_->replace(QList<QPointF>{QPointF(1, 1), QPointF(nMax, 1)});
  setIndexRange(spectrumX_, 1, nMax, 8, 0.5);
  setLogRangeWithOne(spectrumY_, joined(sv, svB));
  setChartTitle(spectrumChart_, b && b->selectedStep != d.selectedStep
                                    ? tr("Singular values of J_t at t = %1 (A), %2 (B)").arg(d.selectedStep).arg(b->selectedStep)
                                    : tr("Singular values of J_t at t = %1").arg(d.selectedStep));
}

void JacobianPanel::drawOverTime(const Drawn& d, const Drawn* b) {
  const std::size_t T = d.sigmaMaxOverTime.size();
  const std::size_t TB = b ? b->sigmaMaxOverTime.size() : 0;
  const QList<QPointF> overTime = finitePoints(iota(T, 0), d.sigmaMaxOverTime, true);
  const QList<QPointF> overTimeB = b ? finitePoints(iota(TB, 0), b->sigmaMaxOverTime, true) : QList<QPointF>();
  sigmaMaxOverTime_->replace(overTime);
  setTwinPoints(sigmaMaxOverTimeB_, overTimeB);
  const double tMax = std::max<double>(1, static_cast<double>(std::max(T, TB)) - 1);
  timeOne_->replace(QList<QPointF>{QPointF(0, 1), QPointF(tMax, 1)});
  if (d.selectedStep >= 0 && static_cast<std::size_t>(d.selectedStep) < T && std::isfinite(d.sigmaMaxOverTime[d.selectedStep]))
    selectedMarker_->replace(QList<QPointF>{QPointF(d.selectedStep, clampForLog(d.sigmaMaxOverTime[d.selectedStep]))});
  else
    selectedMarker_->clear();
  setIndexRange(timeX_, 0, tMax, 8, 0.5 + tMax * 0.02);
  setLogRangeWithOne(timeY_, joined(overTime, overTimeB));
}

void JacobianPanel::drawProduct(const Drawn& d) {
  const Drawn* b = comparedTarget();
  const auto line = [](QLineSeries* series, const std::vector<double>& ys, bool shown) {
    const QList<QPointF> points = shown ? finitePoints(iota(ys.size(), 1), ys, true) : QList<QPointF>();
    series->replace(points);
    series->setVisible(!points.isEmpty());
    return points;
  };
  // (gamma lambda)^d bounds a vanilla RNN; a gated cell's path replaces it (each run its own cell)
  const bool gated = d.cell != CellKind::Rnn;
  const bool gatedB = b && b->cell != CellKind::Rnn;
  const std::vector<double> none;
  const QList<QPointF> product = finitePoints(iota(d.productSigmaMax.size(), 1), d.productSigmaMax, true);
  product_->replace(product);
  const QList<QPointF> productB = line(productB_, b ? b->productSigmaMax : none, b != nullptr);
  const QList<QPointF> lines[] = {line(bound_, d.bound, !gated), line(gatedMax_, d.gatedMax, gated),
                                  line(gatedMedian_, d.gatedMedian, gated), line(boundB_, b ? b->bound : none, b && !gatedB),
                                  line(gatedMaxB_, b ? b->gatedMax : none, gatedB),
                                  line(gatedMedianB_, b ? b->gatedMedian : none, gatedB)};
  double lo = 1, hi = 1;
  for (const QList<QPointF>* data : {&product, &productB})
    for (const QPointF& p : *data) {
      lo = std::min(lo, p.y());
      hi = std::max(hi, p.y());
    }
  const double loData = lo, hiData = hi;
  for (const QList<QPointF>& points : lines)
    for (const QPointF& p : points) {
      lo = std::min(lo, std::max(p.y(), loData / 10));
      hi = std::max(hi, std::min(p.y(), hiData * 10));
    }
  std::size_t n = std::max({d.productSigmaMax.size(), d.bound.size(), d.gatedMax.size()});
  if (b) n = std::max({n, b->productSigmaMax.size(), b->bound.size(), b->gatedMax.size()});
  setIndexRange(productX_, 1, std::max<double>(2, static_cast<double>(n)), 9, 0.5);
  setLogRange(productY_, lo, hi, 5);
  QString text = summaryOf(d);
  if (comparing_) text = tr("<b>A</b>: %1 &nbsp;·&nbsp; <b>B</b>: %2").arg(text, comparedSummary(b));
  summary_->setText(text);
}

// Run B's key figures: sigma_max at its chosen t and of the product over the window.
QString JacobianPanel::comparedSummary(const Drawn* b) const {
  if (!b || (b->singularValues.empty() && b->productSigmaMax.empty())) return tr("no analysis yet");
  QStringList parts;
  if (!b->singularValues.empty())
    parts << tr("at t = %1 σ_max = <b>%2</b>").arg(b->selectedStep).arg(formatNumber(b->singularValues.front()));
  if (!b->productSigmaMax.empty() && std::isfinite(b->productSigmaMax.back()))
    parts << tr("over d = %1 steps the product's σ_max is <b>%2</b>")
                 .arg(b->productSigmaMax.size())
                 .arg(formatNumber(b->productSigmaMax.back(), 2));
  return parts.join(QStringLiteral(", "));
}

QString JacobianPanel::summaryOf(const Drawn& d) const {
  QStringList parts;
  if (d.step >= 0) parts << weightsStamp(d.step, d.weightsStep);
  if (!d.singularValues.empty()) {
    const auto above = std::count_if(d.singularValues.begin(), d.singularValues.end(), [](double s) { return s > 1; });
    parts << tr("At t = %1: σ_max = <b>%2</b>, %3 of %4 directions grow (σ &gt; 1)")
                 .arg(d.selectedStep)
                 .arg(formatNumber(d.singularValues.front()))
                 .arg(above)
                 .arg(d.singularValues.size());
  }
  if (!d.productSigmaMax.empty() && std::isfinite(d.productSigmaMax.back())) {
    const std::size_t n = d.productSigmaMax.size();
    QString text = tr("over d = %1 steps the product's σ_max is <b>%2</b>").arg(n).arg(formatNumber(d.productSigmaMax.back(), 2));
    if (d.cell != CellKind::Rnn && n <= d.gatedMax.size() && n <= d.gatedMedian.size())
      text += tr(" (%1: %2, median cell %3)")
                  .arg(gatedPathName(d.cell, d.variant))
                  .arg(formatNumber(d.gatedMax[n - 1], 2))
                  .arg(formatNumber(d.gatedMedian[n - 1], 2));
    else if (d.cell == CellKind::Rnn && !d.bound.empty())
      text += tr(" (vanilla RNN bound %1)").arg(formatNumber(d.bound.back(), 2));
    parts << text;
  }
  if (d.cell == CellKind::Rnn && d.lambda > 0) {
    // the bound uses sigma_max; rho, never larger, would understate it
    QString text = tr("λ = σ_max(W_hh) = %1").arg(formatNumber(d.lambda));
    if (d.rho > 0) text += tr(" ≥ ρ = %1").arg(formatNumber(d.rho));
    parts << text;
  }
  // The product is this layer's own; a lower layer's gradient also arrives through the layers above.
  if (d.layer + 1 < d.layers)
    parts << tr("layer %1 of %2: the product does not bound this layer's gradient, which also comes back through "
                "the layers above")
                 .arg(d.layer + 1)
                 .arg(d.layers);
  return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

}  // namespace rnnscope::ui
