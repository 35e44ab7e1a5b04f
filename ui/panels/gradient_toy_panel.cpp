#include "ui/panels/gradient_toy_panel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/analysis/eigenvalues.h"
#include "core/analysis/gradient_flow.h"
#include "core/analysis/gradient_toy.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"

namespace rnnscope::ui {

using namespace chart;

namespace {

// The slider works in hundredths of f.
constexpr int kSliderMin = 50, kSliderMax = 150, kSliderDefault = 90;
constexpr std::uint64_t kRotationSeed = 2024;  // any seed: every orthogonal Q draws the same line
constexpr double kPlaneRadius = 1.6;           // the eigenvalue plane shows |Re|, |Im| <= 1.6

std::vector<double> distances(std::size_t n) {
  std::vector<double> d(n);
  for (std::size_t i = 0; i < n; ++i) d[i] = static_cast<double>(i);
  return d;
}

// ||dL_T/dh_{T-1-d}|| / ||dL_T/dh_{T-1}|| of the top layer for d = 0..min(steps, T-1).
std::vector<double> networkLine(const rnnscope::GradientFlowRecord& flow, int steps) {
  if (flow.lastLossDhNorm.empty()) return {};
  auto line = relativeByDistance(flow.lastLossDhNorm.back());
  if (line.size() > static_cast<std::size_t>(steps) + 1) line.resize(static_cast<std::size_t>(steps) + 1);
  return line;
}

}  // namespace

GradientToyPanel::GradientToyPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);
  note_ = new NoteBox(
      tr("Backpropagation through time multiplies the gradient by one Jacobian per step back. The course's toy "
         "replaces that Jacobian by something simpler, to see what repeated multiplication does on its own.<br>"
         "<b>A number f:</b> after <i>d</i> steps the gradient is <i>f</i><sup><i>d</i></sup> of its size, a "
         "straight line on a log axis: 0.9<sup>50</sup> &asymp; 0.005, 1.0<sup>50</sup> = 1, 1.1<sup>50</sup> "
         "&asymp; 117.<br>"
         "<b>A matrix M = f Q</b>, Q orthogonal (8 &times; 8): Q turns a vector without changing its length, so "
         "‖M<sup><i>d</i></sup> g‖ = <i>f</i><sup><i>d</i></sup> ‖g‖, the same line. Every eigenvalue of M has "
         "modulus <i>f</i>: inside the unit circle when <i>f</i> &lt; 1, on it at 1, outside when <i>f</i> &gt; 1 "
         "(the plane below the chart).<br>"
         "<b>The RNN:</b> its Jacobian is diag(1 &minus; <i>h</i><sup>2</sup>) <i>W</i><sub>hh</sub>. Start it "
         "from <i>W</i><sub>hh</sub> = f Q and the only difference from the matrix is the tanh slopes "
         "1 &minus; <i>h</i><sup>2</sup> &le; 1, which can only take away: its line, the last position's loss "
         "gradient ‖&part;<i>L</i><sub><i>T</i></sub>/&part;<i>h</i><sub><i>T</i>&minus;1&minus;<i>d</i></sub>‖ "
         "relative to <i>d</i> = 0, lies at or below the other two, and training moves it."),
      this);
  layout->addWidget(note_);
  buildControls(layout);
  layout->addWidget(buildFlowChart(), 1);
  // Below the chart: the eigenvalue plane, square, with the figures in words beside it.
  auto* bottom = new QHBoxLayout();
  bottom->addWidget(buildEigenvaluePlane(), 0);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("toySummary"));
  summary_->setWordWrap(true);
  summary_->setTextFormat(Qt::RichText);
  summary_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  summary_->setFont(chartFont(kLabelPointSize));
  bottom->addWidget(summary_, 1);
  layout->addLayout(bottom);

  rotation_ = scaledOrthogonal(1.0, kMatrixSize, kRotationSeed);
  drawToy();
}

QString GradientToyPanel::title() const { return tr("Gradient flow toy"); }

void GradientToyPanel::buildControls(QBoxLayout* layout) {
  auto* row = new QWidget(this);
  auto* h = new QHBoxLayout(row);
  h->setContentsMargins(0, 0, 0, 0);
  note_->moveToggleTo(h);
  h->addWidget(new QLabel(tr("Factor f:"), row));
  slider_ = new QSlider(Qt::Horizontal, row);
  slider_->setObjectName(QStringLiteral("factorSlider"));
  slider_->setRange(kSliderMin, kSliderMax);
  slider_->setValue(kSliderDefault);
  slider_->setMinimumWidth(160);
  slider_->setToolTip(tr("The factor each step back multiplies the gradient by (the number, and the modulus of "
                         "every eigenvalue of the matrix)"));
  h->addWidget(slider_, 1);
  factorLabel_ = new QLabel(row);
  factorLabel_->setObjectName(QStringLiteral("factorValue"));
  factorLabel_->setMinimumWidth(factorLabel_->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
  h->addWidget(factorLabel_);
  layout->addWidget(row);
  auto* buttons = new QWidget(this);
  h = new QHBoxLayout(buttons);
  h->setContentsMargins(0, 0, 0, 0);
  for (const int preset : {90, 100, 110}) {
    auto* button = new QPushButton(QLocale().toString(preset / 100.0, 'f', 1), buttons);
    button->setObjectName(QStringLiteral("preset%1").arg(preset));
    button->setToolTip(tr("Set f to %1").arg(QLocale().toString(preset / 100.0, 'f', 1)));
    connect(button, &QPushButton::clicked, this, [this, preset] { slider_->setValue(preset); });
    h->addWidget(button);
  }
  restart_ = new QPushButton(tr("Start the RNN from W_hh = f Q"), buttons);
  restart_->setObjectName(QStringLiteral("restartFromFactor"));
  restart_->setToolTip(tr("New weights with every W_hh block orthogonal and scaled by f (initialiser "
                          "\"orthogonal\", spectral radius f); the same settings otherwise. Press Step once to "
                          "see the RNN's line."));
  connect(restart_, &QPushButton::clicked, this, &GradientToyPanel::restartNetwork);
  h->addWidget(restart_);
  h->addStretch(1);
  layout->addWidget(buttons);
  connect(slider_, &QSlider::valueChanged, this, [this](int) { drawToy(); });
}

QWidget* GradientToyPanel::buildFlowChart() {
  flowChart_ = makeChart(tr("The gradient, d steps back"));
  distance_ = new QValueAxis();
  styleAxis(distance_, tr("steps back d"));
  norm_ = new QLogValueAxis();
  styleAxis(norm_, tr("size relative to d = 0"));
  flowChart_->addAxis(distance_, Qt::AlignBottom);
  flowChart_->addAxis(norm_, Qt::AlignLeft);
  scalar_ = makeLine(tr("number f^d"), QStringLiteral("scalarLine"), palette::kGrey, 2.5);
  matrix_ = makeDots(tr("matrix (f Q)^d"), QStringLiteral("matrixLine"), palette::kOrange, 7);
  useLightMarkers(matrix_);
  network_ = makeLine(tr("this network"), QStringLiteral("networkLine"), palette::kBlue, 2.5);
  addSeries(flowChart_, scalar_, distance_, norm_);
  addSeries(flowChart_, matrix_, distance_, norm_);
  addSeries(flowChart_, network_, distance_, norm_);
  setIndexRange(distance_, 0, kSteps, 11, 0.5);
  return makeChartView(flowChart_, QStringLiteral("toyFlowChart"), this);
}

QWidget* GradientToyPanel::buildEigenvaluePlane() {
  planeChart_ = makeChart(tr("Eigenvalues of f Q"));
  planeChart_->legend()->hide();
  auto* re = new QValueAxis();
  auto* im = new QValueAxis();
  styleAxis(re, tr("Re"));
  styleAxis(im, tr("Im"));
  for (QValueAxis* axis : {re, im}) {
    axis->setRange(-kPlaneRadius, kPlaneRadius);
    axis->setTickCount(5);
    setLabelFormat(axis, QStringLiteral("%.1f"));
  }
  planeChart_->addAxis(re, Qt::AlignBottom);
  planeChart_->addAxis(im, Qt::AlignLeft);
  auto* circle = makeLine(tr("unit circle"), QStringLiteral("toyUnitCircle"), palette::kGrey, 1.5, Qt::DashLine);
  QList<QPointF> points;
  for (int i = 0; i <= 128; ++i) {
    const double a = 2 * std::numbers::pi * i / 128;
    points.append({std::cos(a), std::sin(a)});
  }
  circle->replace(points);
  eigenvalues_ = makeDots(tr("eigenvalues"), QStringLiteral("toyEigenvalues"), palette::kOrange, 10);
  useLightMarkers(eigenvalues_);
  addSeries(planeChart_, circle, re, im);
  addSeries(planeChart_, eigenvalues_, re, im);
  auto* view = makeChartView(planeChart_, QStringLiteral("toyEigenvaluePlane"), this);
  // square, so that the unit circle is a circle (the axes' labels take the same room on both sides)
  view->setFixedSize(260, 260);
  return view;
}

double GradientToyPanel::factor() const { return slider_->value() / 100.0; }

void GradientToyPanel::setFactor(double f) { slider_->setValue(static_cast<int>(std::lround(f * 100))); }

void GradientToyPanel::drawToy() {
  const double f = factor();
  factorLabel_->setText(QLocale().toString(f, 'f', 2));
  scalarLine_ = scalarGradientFlow(f, kSteps);
  Vec<double> g = Vec<double>::Ones(kMatrixSize);
  const Mat<double> m = f * rotation_;
  matrixLine_ = matrixGradientFlow(m, g, kSteps);
  const std::vector<double> d = distances(scalarLine_.size());
  scalar_->replace(finitePoints(d, scalarLine_, true));
  matrix_->replace(finitePoints(d, matrixLine_, true));
  QList<QPointF> plane;
  for (const auto& lambda : rnnscope::eigenvalues<double>(m)) plane.append({lambda.real(), lambda.imag()});
  eigenvalues_->replace(plane);
  restart_->setText(tr("Start the RNN from W_hh = %1 Q").arg(QLocale().toString(f, 'f', 2)));
  drawNetwork();
}

std::uint64_t GradientToyPanel::contentVersion(const rnnscope::Snapshot& s) const {
  // A new record, or new settings (the button's text and the summary name the starting W_hh).
  return (s.flow ? static_cast<std::uint64_t>(s.flow->step) : 0) * 1'000'003 + s.configRevision;
}

void GradientToyPanel::render(const rnnscope::Snapshot& snapshot) {
  config_ = snapshot.config;
  haveConfig_ = true;
  // New settings that start W_hh as a scaled orthogonal matrix set f to their scale, so that
  // the toy's lines and the network's describe the same f.
  if (snapshot.configRevision != configRevision_) {
    configRevision_ = snapshot.configRevision;
    const double start = config_.init.spectralRadius;
    if (config_.init.scheme == rnnscope::InitScheme::Orthogonal && start >= kSliderMin / 100.0 &&
        start <= kSliderMax / 100.0)
      setFactor(start);
  }
  restart_->setEnabled(snapshot.vocabulary.size() > 0);
  if (snapshot.flow != flow_) {
    flow_ = snapshot.flow;
    drawNetwork();
  } else {
    describe();
  }
}

void GradientToyPanel::drawNetwork() {
  networkLine_ = flow_ ? networkLine(*flow_, kSteps) : std::vector<double>{};
  network_->replace(finitePoints(distances(networkLine_.size()), networkLine_, true));
  double lo = 1, hi = 1;
  for (const auto* line : {&scalarLine_, &networkLine_})
    for (double v : *line)
      if (std::isfinite(v) && v > 0) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
  setLogRange(norm_, clampForLog(lo), hi * 2);  // headroom: the line of f = 1 is not drawn on the frame
  describe();
}

void GradientToyPanel::describe() {
  const double f = factor();
  const std::size_t last = scalarLine_.size() - 1;
  QString text = tr("f = <b>%1</b><br>The number, after %2 steps back: <b>%3</b><br>The matrix f Q: <b>%4</b>, "
                    "%5 per step")
                     .arg(QLocale().toString(f, 'f', 2))
                     .arg(last)
                     .arg(formatNumber(scalarLine_[last]))
                     .arg(formatNumber(matrixLine_[last]))
                     .arg(formatNumber(factorPerStep(matrixLine_, 0, last)));
  if (networkLine_.size() > 1) {
    const std::size_t reach = networkLine_.size() - 1;
    const double perStep = factorPerStep(networkLine_, 0, reach);
    text += tr("<br>This network, weights after %1 updates: <b>%2</b> after %3 steps back, on average <b>%4</b> "
               "per step")
                .arg(flow_->weightsStep)
                .arg(formatNumber(networkLine_[reach]))
                .arg(reach)
                .arg(formatNumber(perStep));
    const bool startedFromFactor = haveConfig_ && config_.model.cell == rnnscope::CellKind::Rnn &&
                                   config_.init.scheme == rnnscope::InitScheme::Orthogonal &&
                                   config_.init.spectralRadius > 0;
    if (startedFromFactor) {
      const double start = config_.init.spectralRadius;
      text += tr(" (started from W_hh = %1 Q)").arg(QLocale().toString(start, 'f', 2));
      // With the starting weights the Jacobian is diag(1 - h^2) f Q: dividing by f leaves what
      // the tanh slopes let through per step.
      if (flow_->weightsStep == 0 && std::isfinite(perStep))
        text += tr("<br>%1 ÷ %2 = <b>%3</b>: the share the tanh slopes let through per step")
                    .arg(formatNumber(perStep))
                    .arg(QLocale().toString(start, 'f', 2))
                    .arg(formatNumber(perStep / start));
    }
  } else if (haveConfig_) {
    text += tr("<br>This network: press Step (N) to see its gradient");
  }
  if (networkLine_.size() > 1 && networkLine_.size() <= static_cast<std::size_t>(kSteps))
    text += tr(" (its window has only %1 steps)").arg(networkLine_.size());
  if (summary_->text() != text) summary_->setText(text);
}

void GradientToyPanel::restartNetwork() {
  if (!haveConfig_) return;
  rnnscope::TrainConfig config = config_;
  config.init.scheme = rnnscope::InitScheme::Orthogonal;
  config.init.spectralRadius = factor();
  post(rnnscope::command::Configure{config});
}

}  // namespace rnnscope::ui
