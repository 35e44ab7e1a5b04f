#include "ui/panels/gradient_horizon_view.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QVBoxLayout>

#include "ui/panels/bptt_equations.h"
#include "ui/panels/chart_colormap.h"
#include "ui/panels/chart_heatmap.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
// The row's reach in the caption: steps back before the gradient falls below 1% of its own step's.
constexpr double kReachShare = 0.01;
// The caption quotes at most this many characters read before the loss.
constexpr int kQuotedCharacters = 16;

QString charactersOf(const std::u32string& text, int first, int last) {
  QString out;
  for (int i = std::max(0, first); i <= last && i < static_cast<int>(text.size()); ++i)
    out += characterLabel(text[static_cast<std::size_t>(i)]);
  return out;
}
}  // namespace

GradientHorizonView::GradientHorizonView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);

  heatMap_ = new HeatMapWidget(this);
  heatMap_->setObjectName(QStringLiteral("horizonHeatMap"));
  heatMap_->setTitle(tr("How far back each loss's gradient reaches"));
  heatMap_->setAxisTitles(tr("timestep k"), tr("source loss L_t"), tr("‖∂L_t/∂h_k‖ (log scale)"));
  heatMap_->setColorBarLabeler(powerOfTenLabel);
  heatMap_->setToolTip(tr("Each row is one source loss L_t, the loss of guessing the character after step t; each "
                          "column is a timestep k. The colour is ‖∂L_t/∂h_k‖, how much of that one loss's gradient "
                          "reaches the state h_k. Grey right of the diagonal: a loss never reaches later steps. The "
                          "last row is the last-loss curve; the gradient of the stream's summed loss is the sum of the "
                          "rows' vectors. Hover a row to see its horizon on the text below."));
  heatMap_->setToolTipper([](int row, int col, double v) {
    if (row < col) return tr("L_%1 is scored at step %1: it reaches no later step (k = %2)").arg(row).arg(col);
    return tr("loss L_%1, timestep k = %2 (%3 steps back): ‖∂L_t/∂h_k‖ = %4")
        .arg(row)
        .arg(col)
        .arg(row - col)
        .arg(formatNumber(std::pow(10.0, v)));
  });
  connect(heatMap_, &HeatMapWidget::cellHovered, this, [this](int row, int) { showRow(row); });

  auto* top = new QHBoxLayout();
  top->setSpacing(4);
  top->addWidget(heatMap_, 3);
  top->addWidget(buildSumsChart(), 2);
  layout->addLayout(top, 1);

  rowCaption_ = new QLabel(this);
  rowCaption_->setObjectName(QStringLiteral("horizonRowCaption"));
  rowCaption_->setFont(chartFont(kLabelPointSize));
  rowCaption_->setWordWrap(true);
  rowCaption_->setTextFormat(Qt::RichText);
  layout->addWidget(rowCaption_);

  text_ = new text::CharGridView(this);
  text_->setObjectName(QStringLiteral("horizonText"));
  text_->setCellFont(text::monospaceFont(12));
  text_->setMaximumHeight(84);
  text_->setToolTipProvider([this](int k) {
    if (!horizon_ || row_ < 0) return QString();
    const auto& rows = horizon_->horizon.dhNorm[static_cast<std::size_t>(layer_)];
    const auto& row = rows[static_cast<std::size_t>(row_)];
    if (k > row_) return tr("x_%1, read after L_%2 was scored: its gradient never gets here").arg(k).arg(row_);
    return tr("x_%1, read at step k = %1: ‖∂L_%2/∂h_%1‖ = %3").arg(k).arg(row_).arg(formatNumber(row[static_cast<std::size_t>(k)]));
  });
  layout->addWidget(text_);
  setHorizon(nullptr, 0);
}

// What the rows add up to: the norms' sum, the norm of the vectors' sum (the total loss's
// gradient) and the last row (the last-loss curve).
QWidget* GradientHorizonView::buildSumsChart() {
  sumsChart_ = makeChart(tr("What the rows add up to"));
  sumsX_ = new QValueAxis();
  styleAxis(sumsX_, tr("timestep k"));
  sumsY_ = new QLogValueAxis();
  styleAxis(sumsY_, tr("gradient norm"));
  sumsChart_->addAxis(sumsX_, Qt::AlignBottom);
  sumsChart_->addAxis(sumsY_, Qt::AlignLeft);
  rowNormSum_ = makeLine(tr("Σ_t ‖∂L_t/∂h_k‖: norms added"), QStringLiteral("rowNormSum"), palette::kGrey, 2.0,
                         Qt::DashLine);
  rowVectorSum_ = makeLine(tr("‖Σ_t ∂L_t/∂h_k‖: vectors added (total loss)"), QStringLiteral("rowVectorSum"),
                           palette::kBlue, 2.5);
  lastRow_ = makeLine(tr("last row: the last-loss curve"), QStringLiteral("lastRow"), palette::kVermillion, 2.0);
  for (QLineSeries* s : {rowNormSum_, rowVectorSum_, lastRow_}) addSeries(sumsChart_, s, sumsX_, sumsY_);
  auto* view = makeChartView(sumsChart_, QStringLiteral("horizonSumsChart"), this);
  view->setToolTip(tr("The total loss of a stream is the sum of its losses, so its gradient is the sum of the rows' "
                      "<i>vectors</i> ∂L_t/∂h_k. Their norms do not add up: the norm of the sum (blue) is at most the "
                      "sum of the norms (grey), less where the rows point different ways. The last row is the "
                      "last loss's gradient of the chart above. All for stream 0, without the 1/(B·T) of the mean loss."));
  auto* box = new QWidget(this);
  auto* boxLayout = new QVBoxLayout(box);
  boxLayout->setContentsMargins(0, 0, 0, 0);
  boxLayout->setSpacing(0);
  boxLayout->addWidget(view, 1);
  boxLayout->addWidget(makeWrappingLegend(sumsChart_, box));
  return box;
}

int GradientHorizonView::reach(const std::vector<double>& row, double share) {
  if (row.empty() || !(row.back() > 0)) return 0;
  const double floor = share * row.back();
  int d = 0;
  while (d + 1 < static_cast<int>(row.size()) && row[row.size() - 2 - static_cast<std::size_t>(d)] >= floor) ++d;
  return d;
}

void GradientHorizonView::setHorizon(std::shared_ptr<const HorizonView> horizon, int layer) {
  horizon_ = std::move(horizon);
  layer_ = layer;
  const bool has = horizon_ && layer >= 0 && static_cast<std::size_t>(layer) < horizon_->horizon.dhNorm.size() &&
                   !horizon_->horizon.dhNorm[static_cast<std::size_t>(layer)].empty();
  if (!has) {
    horizon_.reset();
    row_ = -1;
    heatMap_->clear();
    for (QLineSeries* s : {rowNormSum_, rowVectorSum_, lastRow_}) s->clear();
    text_->setText({});
    rowCaption_->setText(tr("No horizon yet. It is worked out for windows of up to %1 steps, from the training pass "
                            "itself, a few times a second while training runs and at once when paused.")
                             .arg(kLossHorizonMaxSteps));
    return;
  }
  const auto& rows = horizon_->horizon.dhNorm[static_cast<std::size_t>(layer)];
  const std::size_t T = rows.size();
  std::vector<double> cells(T * T, NAN);  // [t x k], k > t: no data
  for (std::size_t t = 0; t < T; ++t) std::copy(rows[t].begin(), rows[t].end(), cells.begin() + static_cast<std::ptrdiff_t>(t * T));
  setLogData(*heatMap_, static_cast<int>(T), static_cast<int>(T), cells);
  drawSums();
  text_->setText(horizon_->inputs);
  showRow(row_ >= 0 && static_cast<std::size_t>(row_) < T ? row_ : static_cast<int>(T) - 1);
}

void GradientHorizonView::drawSums() {
  const std::size_t l = static_cast<std::size_t>(layer_);
  const auto& rows = horizon_->horizon.dhNorm[l];
  const std::size_t T = rows.size();
  std::vector<double> ks(T), normSum(T, 0.0);
  for (std::size_t k = 0; k < T; ++k) {
    ks[k] = static_cast<double>(k);
    for (std::size_t t = k; t < T; ++t) normSum[k] += rows[t][k];
  }
  const auto& vectorSum = l < horizon_->horizon.totalDhNorm.size() ? horizon_->horizon.totalDhNorm[l] : std::vector<double>();
  double lo = INFINITY, hi = -INFINITY;
  const auto draw = [&](QLineSeries* series, const std::vector<double>& ys) {
    const QList<QPointF> points = finitePoints(ks, ys, true);
    series->replace(points);
    for (const QPointF& p : points) {
      lo = std::min(lo, p.y());
      hi = std::max(hi, p.y());
    }
  };
  draw(rowNormSum_, normSum);
  draw(rowVectorSum_, vectorSum);
  draw(lastRow_, rows.back());
  setIndexRange(sumsX_, 0, std::max<double>(1, static_cast<double>(T) - 1), 9, 0.5);
  if (lo <= hi)
    setLogRange(sumsY_, lo, hi, 6);
  else
    setLogRange(sumsY_, 1e-3, 1, 6);
}

void GradientHorizonView::showRow(int t) {
  if (!horizon_) return;
  const auto& rows = horizon_->horizon.dhNorm[static_cast<std::size_t>(layer_)];
  if (t < 0 || static_cast<std::size_t>(t) >= rows.size()) return;
  row_ = t;
  const auto& row = rows[static_cast<std::size_t>(t)];
  // the heat map's colours, so its colour bar is this text's legend too
  const double lo = heatMap_->colorMin(), span = heatMap_->colorMax() - heatMap_->colorMin();
  std::vector<QRgb> colors(horizon_->inputs.size(), kNoDataColor);  // [T]: after t, not reached
  for (std::size_t k = 0; k < row.size() && k < colors.size(); ++k)
    colors[k] = colorMap((std::log10(clampForLog(row[k])) - lo) / span);
  text_->setColors(std::move(colors));
  std::vector<bool> marks(horizon_->inputs.size(), false);
  if (static_cast<std::size_t>(t) < marks.size()) marks[static_cast<std::size_t>(t)] = true;
  text_->setMarks(std::move(marks), palette::kVermillion);
  text_->ensureVisible(t);

  const QString target = static_cast<std::size_t>(t) < horizon_->targets.size()
                             ? characterLabel(horizon_->targets[static_cast<std::size_t>(t)])
                             : QString();
  rowCaption_->setText(
      tr("<b>Row t = %1</b>: L_%1, the loss of guessing ‘%2’ after reading …‘%3’ (underlined). Its gradient stays "
         "within 1% of its own step's for <b>%4</b> steps back. The text is coloured by ‖∂L_%1/∂h_k‖ with the heat "
         "map's colours; grey: read after the loss, never reached. Hover another row to compare.")
          .arg(t)
          .arg(target.toHtmlEscaped())
          .arg(charactersOf(horizon_->inputs, t + 1 - kQuotedCharacters, t).toHtmlEscaped())
          .arg(reach(row, kReachShare)));
}

}  // namespace rnnscope::ui
