#pragma once
// The gradient horizon of the last window (issue 13, point 2; RNNbow): the triangle
// ||dL_t/dh_k|| for every source loss t (a row) and timestep k <= t (a column) as a log heat
// map; beside it what the rows add up to (the total loss's gradient is the sum of the rows'
// vectors, the last-loss curve is the last row); under it the window's text, coloured by the
// hovered row's horizon. Part of the gradient-flow panel, which chooses the layer.
#include <memory>
#include <vector>

#include <QWidget>

#include "core/engine/snapshot.h"

class QChart;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace rnnscope::ui {

namespace chart {
class HeatMapWidget;
}
namespace text {
class CharGridView;
}

class GradientHorizonView : public QWidget {
  Q_OBJECT
public:
  explicit GradientHorizonView(QWidget* parent = nullptr);

  // Draws `layer` of the horizon; null: none yet (or a window longer than kLossHorizonMaxSteps).
  // Keeps the row on show when it still exists, else shows the last row.
  void setHorizon(std::shared_ptr<const rnnscope::HorizonView> horizon, int layer);
  // Colours the text by the horizon of source loss t (what hovering row t does).
  void showRow(int t);
  int shownRow() const { return row_; }

  // How far back row t's gradient stays within a factor `share` of its own step's,
  // ||dL_t/dh_k|| >= share * ||dL_t/dh_t||: the number of steps d = t - k before it first falls
  // below. 0 for an empty or zero row.
  static int reach(const std::vector<double>& row, double share);

private:
  QWidget* buildSumsChart();
  void drawSums();

  std::shared_ptr<const rnnscope::HorizonView> horizon_;
  int layer_ = 0;
  int row_ = -1;

  chart::HeatMapWidget* heatMap_ = nullptr;
  QLabel* rowCaption_ = nullptr;
  text::CharGridView* text_ = nullptr;

  QChart* sumsChart_ = nullptr;
  QValueAxis* sumsX_ = nullptr;
  QLogValueAxis* sumsY_ = nullptr;
  QLineSeries* rowNormSum_ = nullptr;    // sum_t ||dL_t/dh_k||
  QLineSeries* rowVectorSum_ = nullptr;  // ||sum_t dL_t/dh_k||, the total loss's gradient
  QLineSeries* lastRow_ = nullptr;       // ||dL_{T-1}/dh_k||
};

}  // namespace rnnscope::ui
