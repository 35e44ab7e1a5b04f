#include "ui/panels/weight_spectrum_panel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/tensor_kind_style.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
bool sameSpectrum(const WeightSpectrum& a, const WeightSpectrum& b) {
  return a.singularValues == b.singularValues && a.gateEigenvalues == b.gateEigenvalues && a.sigmaMax == b.sigmaMax &&
         a.gamma == b.gamma && a.gateSpectralRadius == b.gateSpectralRadius;
}

// Names and colours the series of W_hh's block `block` as its gate looks in the cells view; the
// vanilla RNN's one block is W_hh itself. A block the cell does not have keeps its number. Run B's
// dots (compare mode) are rings of the same colour; while comparing, names say which run.
enum class Ring { Filled, Hollow };
void styleBlockSeries(QScatterSeries* series, CellKind cell, GruVariant variant, int block, Ring ring = Ring::Filled,
                      bool comparing = false) {
  const auto blocks = recurrentBlocks(cell);
  const auto b = static_cast<std::size_t>(block);
  const bool known = block >= 0 && b < blocks.size();
  const QString letter = known ? QString::fromLatin1(letterOf(blocks[b]).data(), 1) : QString::number(block);
  QString name = letter;
  if (known)
    name = cell == CellKind::Rnn
               ? QCoreApplication::translate("rnnscope::ui::WeightSpectrumPanel", "h: eigenvalues of W_hh")
               : kindLegendName(blocks[b], variant);
  const bool hollow = ring == Ring::Hollow;
  series->setObjectName(QStringLiteral("eigenvalues_") + letter + (hollow ? QStringLiteral("B") : QString()));
  renameSeries(series, comparing ? nameOfRun(name, hollow) : name);
  const QColor color = known ? kindColor(blocks[b]) : palette::kGrey;
  QColor fill = color;
  fill.setAlpha(170);
  if (hollow) fill = QColor(Qt::transparent);
  const QColor border = hollow ? color : color.darker(130);
  if (series->color() != fill || series->borderColor() != border) {
    series->setColor(fill);
    series->setBorderColor(border);
    useLightMarkers(series);
  }
}

// A round number just above x, so the plane's ticks land on 0.5 steps.
double niceRadius(double x) { return std::max(1.2, std::ceil(x * 1.1 * 2) / 2); }
}  // namespace

QStringList WeightSpectrumPanel::gateLetters(CellKind cell) {
  QStringList letters;
  for (TensorKind kind : recurrentBlocks(cell)) letters << QString::fromLatin1(letterOf(kind).data(), 1);
  return letters;
}

WeightSpectrumPanel::WeightSpectrumPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(
      tr("<b>Left:</b> the eigenvalues &mu; of each gate's <i>H</i>&times;<i>H</i> block of the recurrent weights "
         "<i>W</i><sub>hh</sub> (LSTM blocks i, f, g, o; GRU r, z, n), on the complex plane. Without the "
         "nonlinearity, <i>h</i><sub><i>t</i></sub> = <i>W</i> <i>h</i><sub><i>t</i>&minus;1</sub> multiplies each "
         "eigen-direction by &mu; at every step: <b>eigenvalues outside the unit circle</b> (|&mu;| &gt; 1) are "
         "directions that grow step after step, those inside fade away. The spectral radius &rho; = max |&mu;| "
         "says what happens over many steps.<br>"
         "<b>Right:</b> the singular values of the whole <i>W</i><sub>hh</sub>, largest first. &lambda; = "
         "&sigma;<sub>max</sub>(<i>W</i><sub>hh</sub>) is the most one step can stretch any state change. Always "
         "&rho; &le; &sigma;<sub>max</sub>, and for a non-normal <i>W</i><sub>hh</sub> &sigma;<sub>max</sub> can be "
         "far larger: &rho; &lt; 1 does not stop one step from stretching the state. For a <b>vanilla RNN</b>, with "
         "&gamma; = max |act&prime;|, &lambda; gives the bound (&gamma;&lambda;)<sup><i>d</i></sup> on the gradient "
         "over <i>d</i> steps (of the top layer of a stack: a lower layer's gradient also comes back through the "
         "layers above). LSTM and GRU escape it along their gated path."),
      this);

  layers_ = new LayerChooser(this);
  summary_ = addLayerHeader(layout, layers_, note_, this);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);

  split_ = new QSplitter(Qt::Horizontal, stack_);
  split_->addWidget(buildEigenvaluePlane());
  split_->addWidget(buildSingularValueChart());
  split_->setStretchFactor(0, 3);
  split_->setStretchFactor(1, 2);
  split_->setChildrenCollapsible(false);
  stack_->addWidget(split_);

  connect(layers_, &LayerChooser::layerChanged, this, [this](int) { redraw(); });
}

// The eigenvalues of each gate block on the complex plane, beside the unit circle.
QWidget* WeightSpectrumPanel::buildEigenvaluePlane() {
  planeChart_ = makeChart(tr("Eigenvalues of each gate block of W_hh"));
  re_ = new QValueAxis();
  styleAxis(re_, tr("Re μ"));
  im_ = new QValueAxis();
  styleAxis(im_, tr("Im μ"));
  for (QValueAxis* a : {re_, im_}) {
    a->setLabelFormat(QStringLiteral("%.1f"));
    a->setTickType(QValueAxis::TicksDynamic);
    a->setTickAnchor(0);
    a->setTickInterval(0.5);
  }
  planeChart_->addAxis(re_, Qt::AlignBottom);
  planeChart_->addAxis(im_, Qt::AlignLeft);
  unitCircle_ = new QLineSeries();
  unitCircle_->setName(tr("|μ| = 1"));
  unitCircle_->setObjectName(QStringLiteral("unitCircle"));
  QPen circlePen(palette::kBlack);
  circlePen.setWidthF(1.5);
  circlePen.setStyle(Qt::DashLine);
  unitCircle_->setPen(circlePen);
  QList<QPointF> circle;
  constexpr int kCirclePoints = 180;
  for (int i = 0; i <= kCirclePoints; ++i) {
    const double a = 2 * std::numbers::pi * i / kCirclePoints;
    circle.append(QPointF(std::cos(a), std::sin(a)));
  }
  unitCircle_->replace(circle);
  planeChart_->addSeries(unitCircle_);
  unitCircle_->attachAxis(re_);
  unitCircle_->attachAxis(im_);
  for (int g = 0; g < kMaxGates; ++g) {
    auto* s = new QScatterSeries();
    s->setMarkerSize(8);
    styleBlockSeries(s, CellKind::Lstm, GruVariant::ResetAfter, g);  // until the cell is known
    s->setVisible(false);
    planeChart_->addSeries(s);
    s->attachAxis(re_);
    s->attachAxis(im_);
    gates_.push_back(s);
  }
  for (int g = 0; g < kMaxGates; ++g) {
    auto* s = new QScatterSeries();
    s->setMarkerSize(9);
    styleBlockSeries(s, CellKind::Lstm, GruVariant::ResetAfter, g, Ring::Hollow);
    s->setVisible(false);
    planeChart_->addSeries(s);
    s->attachAxis(re_);
    s->attachAxis(im_);
    gatesB_.push_back(s);
  }
  // The plane is as tall as it is wide: the legend fits beside it, where its names are not cut.
  planeChart_->legend()->setAlignment(Qt::AlignRight);
  auto* planeView = makeChartView(planeChart_, QStringLiteral("eigenvalueChart"), this);
  connect(planeChart_, &QChart::plotAreaChanged, this, [this](const QRectF&) { keepAspectEqual(); });
  return planeView;
}

// The singular values of the whole W_hh, sigma_max labelled beside its point.
QWidget* WeightSpectrumPanel::buildSingularValueChart() {
  svChart_ = makeChart(tr("Singular values of W_hh"));
  svX_ = new QValueAxis();
  styleAxis(svX_, tr("index i (largest first)"));
  svY_ = new QValueAxis();
  styleAxis(svY_, tr("σ_i(W_hh)"));
  svY_->setLabelFormat(QStringLiteral("%.2g"));
  svChart_->addAxis(svX_, Qt::AlignBottom);
  svChart_->addAxis(svY_, Qt::AlignLeft);
  svOne_ = new QLineSeries();
  svOne_->setName(tr("σ = 1"));
  svOne_->setObjectName(QStringLiteral("svOne"));
  QPen onePen(palette::kGrey);
  onePen.setWidthF(1.5);
  onePen.setStyle(Qt::DashLine);
  svOne_->setPen(onePen);
  singularValues_ = new QLineSeries();
  singularValues_->setName(tr("σ_i"));
  singularValues_->setObjectName(QStringLiteral("whhSingularValues"));
  QPen svPen(palette::kBlue);
  svPen.setWidthF(2.5);
  singularValues_->setPen(svPen);
  sigmaMax_ = makeDots(tr("λ = σ_max"), QStringLiteral("sigmaMax"), palette::kVermillion, 12);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{svOne_, singularValues_, sigmaMax_}) {
    svChart_->addSeries(s);
    s->attachAxis(svX_);
    s->attachAxis(svY_);
  }
  singularValuesB_ = addTwinLine(singularValues_);
  auto* svView = makeChartView(svChart_, QStringLiteral("whhSingularValueChart"), this);
  // σ_max has its own label beside the point; no legend entry needed
  for (QLegendMarker* m : svChart_->legend()->markers(sigmaMax_)) m->setVisible(false);
  // Qt Charts centres point labels on the point, which at i = 1 would hang off the axis; a text item
  // placed to the right of the point instead.
  sigmaMaxLabel_ = new QGraphicsSimpleTextItem(svChart_);
  sigmaMaxLabel_->setFont(chartFont(kLabelPointSize, true));
  sigmaMaxLabel_->setBrush(palette::kVermillion.darker(140));
  sigmaMaxLabel_->setZValue(20);
  connect(svChart_, &QChart::plotAreaChanged, this, [this](const QRectF&) { placeSigmaMaxLabel(); });
  return svView;
}

void WeightSpectrumPanel::resizeEvent(QResizeEvent* event) {
  Panel::resizeEvent(event);
  // The plane wants to be square: side by side in a wide panel, one above the other in a tall one.
  const Qt::Orientation want = width() > height() * 6 / 5 ? Qt::Horizontal : Qt::Vertical;
  if (split_->orientation() != want) {
    split_->setOrientation(want);
    split_->setSizes({3, 2});
  }
}

QString WeightSpectrumPanel::title() const { return tr("Weight spectrum"); }

void WeightSpectrumPanel::render(const Snapshot& snapshot) {
  cell_ = snapshot.config.model.cell;
  variant_ = snapshot.config.model.gruVariant;
  hidden_ = snapshot.config.model.hidden;
  live_ = snapshot.running;
  latest_.resize(snapshot.spectra.size());
  for (std::size_t l = 0; l < snapshot.spectra.size(); ++l)
    if (!sameSpectrum(latest_[l], snapshot.spectra[l].weights)) latest_[l] = snapshot.spectra[l].weights;
  const Snapshot* b = compared();
  comparing_ = b != nullptr;
  latestB_.resize(b ? b->spectra.size() : 0);
  if (b) {
    cellB_ = b->config.model.cell;
    variantB_ = b->config.model.gruVariant;
    for (std::size_t l = 0; l < b->spectra.size(); ++l)
      if (!sameSpectrum(latestB_[l], b->spectra[l].weights)) latestB_[l] = b->spectra[l].weights;
  }
  redraw();
}

void WeightSpectrumPanel::redraw() {
  if (latest_.empty()) {
    stack_->setCurrentIndex(0);
    {
      const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
      layers_->setLayerCount(0);
    }
    summary_->clear();
    drawn_ = Drawn{};
    drawnB_ = Drawn{};
    staged_.clear();
    prepareMarkers(cell_, variant_, hidden_);
    return;
  }
  stack_->setCurrentIndex(1);
  {
    const QSignalBlocker quiet(layers_);  // not the user's choice: no second redraw
    layers_->setLayerCount(static_cast<int>(latest_.size()));
  }
  const int layer = std::min(layers_->layer(), static_cast<int>(latest_.size()) - 1);
  if (!(drawn_.layer == layer && drawn_.cell == cell_ && drawn_.variant == variant_ &&
        sameSpectrum(drawn_.weights, latest_[layer]))) {
    drawn_.layer = layer;
    drawn_.cell = cell_;
    drawn_.variant = variant_;
    drawn_.weights = latest_[layer];
    staged_.invalidate(kAllParts);
  }
  // B's layer beside A's: the same, or B's top when B has fewer; none before B's first analysis
  const int layerB = latestB_.empty() ? -1 : std::min(layer, static_cast<int>(latestB_.size()) - 1);
  const bool sameB = drawnB_.layer == layerB && (layerB < 0 || (drawnB_.cell == cellB_ && drawnB_.variant == variantB_ &&
                                                                sameSpectrum(drawnB_.weights, latestB_[layerB])));
  if (!sameB || comparing_ != drawnComparing_) {
    drawnB_ = layerB < 0 ? Drawn{} : Drawn{layerB, cellB_, variantB_, latestB_[layerB]};
    drawnComparing_ = comparing_;
    staged_.invalidate(kAllParts);
  }
  if (const int parts = staged_.take(live_)) draw(drawn_, parts);
}

void WeightSpectrumPanel::prepareMarkers(CellKind cell, GruVariant variant, int hidden) {
  if (hidden <= 0 || preparedFor_ == std::make_tuple(cell, variant, hidden)) return;
  preparedFor_ = {cell, variant, hidden};
  const int gates = static_cast<int>(gateLetters(cell).size());
  // far outside the plane: the markers exist but none is drawn
  const QList<QPointF> away(hidden, QPointF(1e6, 1e6));
  for (int g = 0; g < kMaxGates; ++g) {
    if (g >= gates) continue;
    gates_[g]->setVisible(true);
    gates_[g]->replace(away);
    styleBlockSeries(gates_[g], cell, variant, g);
  }
  setChartTitle(planeChart_, cell == CellKind::Rnn ? tr("Eigenvalues of W_hh") : tr("Eigenvalues of each gate block of W_hh"));
}

void WeightSpectrumPanel::draw(const Drawn& d, int parts) {
  const Drawn* b = comparedDrawn();
  const WeightSpectrum& w = d.weights;
  const QStringList letters = gateLetters(d.cell);
  double farthest = 1;
  int outside = 0, total = 0;
  QStringList radii;
  // the counts for the summary come with the plane, whichever part is drawn
  for (int g = 0; g < kMaxGates && static_cast<std::size_t>(g) < w.gateEigenvalues.size(); ++g) {
    double radius = 0;
    for (const auto& mu : w.gateEigenvalues[g]) {
      if (!std::isfinite(mu.real()) || !std::isfinite(mu.imag())) continue;
      const double r = std::abs(mu);
      radius = std::max(radius, r);
      if (r > 1) ++outside;
      ++total;
    }
    farthest = std::max(farthest, radius);
    // rho as the core measured it when it did (the same number, from the full eigen-solve)
    const double rho = static_cast<std::size_t>(g) < w.gateSpectralRadius.size() ? w.gateSpectralRadius[g] : radius;
    radii << tr("%1 %2").arg(g < letters.size() ? letters[g] : QString::number(g), formatNumber(rho, 2));
  }
  if (parts & kPlanePart) {
    drawGates(gates_, &d, comparing_ ? Run::A : Run::Alone);
    drawGates(gatesB_, b, Run::B);
    if (b)
      for (const auto& block : b->weights.gateEigenvalues)
        for (const auto& mu : block)
          if (std::isfinite(std::abs(mu))) farthest = std::max(farthest, std::abs(mu));
    radius_ = niceRadius(farthest);
    setChartTitle(planeChart_, d.cell == CellKind::Rnn ? tr("Eigenvalues of W_hh") : tr("Eigenvalues of each gate block of W_hh"));
    keepAspectEqual();
  }
  if (!(parts & kSingularValuePart)) return;
  drawSingularValues(d, b);
  QString text = summaryOf(d, radii, outside, total);
  if (comparing_) text = tr("<b>A</b>: %1 &nbsp;·&nbsp; <b>B</b>: %2").arg(text, comparedSummary(b));
  summary_->setText(text);
}

// One run's eigenvalues, a series per gate block of its cell; the rest hidden (all, without d).
void WeightSpectrumPanel::drawGates(const std::vector<QScatterSeries*>& series, const Drawn* d, Run run) {
  for (int g = 0; g < kMaxGates; ++g) {
    QScatterSeries* s = series[g];
    const bool used = d && static_cast<std::size_t>(g) < d->weights.gateEigenvalues.size();
    if (!used) {
      s->clear();
      s->setVisible(false);
      continue;
    }
    const auto& eig = d->weights.gateEigenvalues[g];
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(eig.size()));
    for (const auto& mu : eig)
      if (std::isfinite(mu.real()) && std::isfinite(mu.imag())) points.append(QPointF(mu.real(), mu.imag()));
    s->replace(points);
    styleBlockSeries(s, d->cell, d->variant, g, run == Run::B ? Ring::Hollow : Ring::Filled, run != Run::Alone);
    s->setVisible(true);
  }
}

// The singular values of W_hh, run B's beside A's; sigma_max marked for A.
void WeightSpectrumPanel::drawSingularValues(const Drawn& d, const Drawn* b) {
  const WeightSpectrum& w = d.weights;
  const auto points = [](const std::vector<double>& values) {
    QList<QPointF> sv;
    sv.reserve(static_cast<qsizetype>(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i)
      if (std::isfinite(values[i])) sv.append(QPointF(static_cast<double>(i + 1), values[i]));
    return sv;
  };
  const std::size_t n = w.singularValues.size();
  const std::size_t nB = b ? b->weights.singularValues.size() : 0;
  singularValues_->replace(points(w.singularValues));
  singularValues_->setPointsVisible(n <= 32);
  setTwinPoints(singularValuesB_, b ? points(b->weights.singularValues) : QList<QPointF>());
  singularValuesB_->setPointsVisible(nB <= 32);
  nameTwins(singularValues_, singularValuesB_, tr("σ_i"), comparing_);
  const double nMax = std::max<double>(2, static_cast<double>(std::max(n, nB)));
  svOne_->replace(QList<QPointF>{QPointF(1, 1), QPointF(nMax, 1)});
  const double top = n > 0 && std::isfinite(w.singularValues.front()) ? w.singularValues.front() : w.sigmaMax;
  const double topB = nB > 0 && std::isfinite(b->weights.singularValues.front()) ? b->weights.singularValues.front() : 0;
  const double rho = spectralRadius(w);
  if (std::isfinite(top) && n > 0) {
    sigmaMax_->replace(QList<QPointF>{QPointF(1, top)});
    // rho beside sigma_max, so nobody reads one for the other
    QString label = tr("σ_max = %1").arg(formatNumber(top));
    if (std::isfinite(rho))
      label += (d.cell == CellKind::Rnn ? tr(" ≥ ρ = %1") : tr(" ≥ max ρ = %1")).arg(formatNumber(rho));
    sigmaMaxLabel_->setText(label);
  } else {
    sigmaMax_->clear();
    sigmaMaxLabel_->setText(QString());
  }
  setIndexRange(svX_, 1, nMax, 8);
  // Headroom above sigma_max so its label stays inside the chart.
  setLinearRange(svY_, 0, std::max({1.0, std::isfinite(top) ? top * 1.15 : 1.0, topB * 1.05}), true);
  placeSigmaMaxLabel();
}

// Run B's key figures: lambda, rho and how many eigenvalues lie outside the unit circle.
QString WeightSpectrumPanel::comparedSummary(const Drawn* b) const {
  if (!b) return tr("no spectrum yet");
  const WeightSpectrum& w = b->weights;
  int outside = 0, total = 0;
  for (const auto& block : w.gateEigenvalues)
    for (const auto& mu : block)
      if (std::isfinite(mu.real()) && std::isfinite(mu.imag())) {
        ++total;
        outside += std::abs(mu) > 1 ? 1 : 0;
      }
  QString text = tr("λ = <b>%1</b>").arg(formatNumber(w.sigmaMax));
  if (const double rho = spectralRadius(w); std::isfinite(rho)) text += tr(", ρ = <b>%1</b>").arg(formatNumber(rho));
  return text + tr(", <b>%1</b> of %2 eigenvalues outside the unit circle").arg(outside).arg(total);
}

QString WeightSpectrumPanel::summaryOf(const Drawn& d, const QStringList& radii, int outside, int total) const {
  const WeightSpectrum& w = d.weights;
  QString text = tr("λ = σ_max(W_hh) = <b>%1</b>").arg(formatNumber(w.sigmaMax));
  if (const double rho = spectralRadius(w); std::isfinite(rho)) {
    text += tr(" &nbsp;·&nbsp; ρ = max&nbsp;|μ| = <b>%1</b>").arg(formatNumber(rho));
    if (radii.size() > 1) text += tr(" (per block: %1)").arg(radii.join(QStringLiteral(", ")));
  }
  text += tr(" &nbsp;·&nbsp; γ = %1 &nbsp;·&nbsp; γλ = <b>%2</b>").arg(formatNumber(w.gamma)).arg(formatNumber(w.gamma * w.sigmaMax));
  text += tr(" &nbsp;·&nbsp; <b>%1</b> of %2 eigenvalues outside the unit circle").arg(outside).arg(total);
  return text;
}

void WeightSpectrumPanel::placeSigmaMaxLabel() {
  if (sigmaMax_->count() == 0 || sigmaMaxLabel_->text().isEmpty()) {
    sigmaMaxLabel_->setVisible(false);
    return;
  }
  const QPointF at = svChart_->mapToPosition(sigmaMax_->at(0), sigmaMax_);
  const QRectF box = sigmaMaxLabel_->boundingRect();
  // Right of the point and a little above it, clear of the curve that falls away to the right.
  sigmaMaxLabel_->setPos(at.x() + 10, at.y() - box.height() - 2);
  sigmaMaxLabel_->setVisible(true);
}

void WeightSpectrumPanel::keepAspectEqual() {
  // Equal units per pixel on both axes, so the unit circle is round whatever the view's shape.
  // A new range can change the width of the axis labels and so the plot area, which calls
  // this again: the guard stops that recursion, and the tick interval follows the radius only,
  // so the labels (and with them the plot area) settle after one pass.
  if (adjustingAspect_) return;
  adjustingAspect_ = true;
  const QRectF area = planeChart_->plotArea();
  double xHalf = radius_, yHalf = radius_;
  if (area.width() > 1 && area.height() > 1) {
    if (area.width() >= area.height())
      xHalf = radius_ * area.width() / area.height();
    else
      yHalf = radius_ * area.height() / area.width();
  }
  const double interval = radius_ > 3 ? 2.0 : radius_ > 1 ? 1.0 : 0.5;
  re_->setTickInterval(interval);
  im_->setTickInterval(interval);
  constexpr double kTolerance = 1e-6;
  if (std::abs(re_->max() - xHalf) > kTolerance || std::abs(re_->min() + xHalf) > kTolerance) re_->setRange(-xHalf, xHalf);
  if (std::abs(im_->max() - yHalf) > kTolerance || std::abs(im_->min() + yHalf) > kTolerance) im_->setRange(-yHalf, yHalf);
  adjustingAspect_ = false;
}

}  // namespace rnnscope::ui
