#pragma once
// The course's simulate_gradient_flow toy beside the real thing: a gradient multiplied by a
// factor f at each of 50 steps back, then by a matrix f Q whose eigenvalues all have modulus f
// (drawn on the complex plane against the unit circle), then the RNN's own last-loss gradient
// ||dL_T/dh_{T-1-d}|| / ||dL_T/dh_{T-1}||. A slider sets f; a button starts the RNN over from
// W_hh = f Q so that the three lines describe the same f.
#include <memory>
#include <vector>

#include "core/nn/tensor.h"
#include "ui/panel.h"

class QBoxLayout;
class QChart;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QPushButton;
class QScatterSeries;
class QSlider;
class QValueAxis;

namespace rnnscope {
struct GradientFlowRecord;
}

namespace rnnscope::ui {

namespace chart {
class NoteBox;
}

class GradientToyPanel : public Panel {
  Q_OBJECT
public:
  static constexpr int kSteps = 50;      // the course's 50 steps back
  static constexpr int kMatrixSize = 8;  // the toy matrix is 8 x 8: eight eigenvalues to see

  explicit GradientToyPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override;
  QString title() const override;
  QString key() const override { return QStringLiteral("toy"); }

  double factor() const;
  void setFactor(double f);

private:
  void buildControls(QBoxLayout* layout);
  QWidget* buildFlowChart();
  QWidget* buildEigenvaluePlane();
  void drawToy();
  void drawNetwork();
  void describe();
  void restartNetwork();

  chart::NoteBox* note_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* factorLabel_ = nullptr;
  QPushButton* restart_ = nullptr;
  QLabel* summary_ = nullptr;

  QChart* flowChart_ = nullptr;
  QValueAxis* distance_ = nullptr;
  QLogValueAxis* norm_ = nullptr;
  QLineSeries* scalar_ = nullptr;
  QScatterSeries* matrix_ = nullptr;
  QLineSeries* network_ = nullptr;

  QChart* planeChart_ = nullptr;
  QScatterSeries* eigenvalues_ = nullptr;

  rnnscope::Mat<double> rotation_;  // Q, drawn once: the slider only rescales it
  std::vector<double> scalarLine_, matrixLine_, networkLine_;
  std::shared_ptr<const rnnscope::GradientFlowRecord> flow_;
  rnnscope::TrainConfig config_;
  bool haveConfig_ = false;
  std::uint64_t configRevision_ = ~std::uint64_t{0};  // none seen yet
};

}  // namespace rnnscope::ui
