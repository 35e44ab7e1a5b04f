#pragma once
// The recurrent weights themselves: eigenvalues of each gate's H x H block of W_hh on the complex
// plane beside the unit circle, and the singular values of the whole W_hh with sigma_max marked
// beside rho, the spectral radius, which never exceeds it.
#include <complex>
#include <tuple>
#include <utility>
#include <vector>

#include <QStringList>

#include "ui/panel.h"
#include "ui/panels/staged_redraw.h"

class QChart;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSplitter;
class QStackedWidget;
class QValueAxis;

namespace rnnscope::ui {

namespace chart {
class LayerChooser;
class NoteBox;
}  // namespace chart

class WeightSpectrumPanel : public Panel {
  Q_OBJECT
public:
  static constexpr int kMaxGates = 4;

  explicit WeightSpectrumPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override {
    return static_cast<std::uint64_t>(s.analysisStep + 1);
  }
  QString title() const override;
  QString key() const override { return QStringLiteral("weight_spectrum"); }
  bool hasPendingWork() const override { return staged_.pending(); }

  // The gate letters of a cell, in W_hh's row-block order: i f g o / r z n / h.
  static QStringList gateLetters(rnnscope::CellKind cell);

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  struct Drawn {
    int layer = -1;
    rnnscope::CellKind cell = rnnscope::CellKind::Rnn;
    rnnscope::GruVariant variant = rnnscope::GruVariant::ResetAfter;
    rnnscope::WeightSpectrum weights;
  };
  // The two charts, drawn one per render while training runs (StagedRedraw).
  enum Part { kPlanePart = 1, kSingularValuePart = 2, kAllParts = 3 };
  // Whose series: the only run, or run A or B while comparing (names, hollow markers for B).
  enum class Run { Alone, A, B };
  void drawGates(const std::vector<QScatterSeries*>& series, const Drawn* d, Run run);
  void drawSingularValues(const Drawn& d, const Drawn* b);
  QString comparedSummary(const Drawn* b) const;
  const Drawn* comparedDrawn() const { return drawnB_.layer >= 0 ? &drawnB_ : nullptr; }
  QWidget* buildEigenvaluePlane();
  QWidget* buildSingularValueChart();
  void redraw();
  void draw(const Drawn& d, int parts);
  // Before the first spectrum: one (hidden) marker per eigenvalue to come, so that the frame
  // that shows the first spectrum only moves markers instead of creating hundreds of them.
  void prepareMarkers(rnnscope::CellKind cell, rnnscope::GruVariant variant, int hidden);
  QString summaryOf(const Drawn& d, const QStringList& radii, int outside, int total) const;
  void keepAspectEqual();
  bool adjustingAspect_ = false;  // keepAspectEqual() is running
  void placeSigmaMaxLabel();

  chart::NoteBox* note_ = nullptr;
  QSplitter* split_ = nullptr;
  chart::LayerChooser* layers_ = nullptr;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;

  QChart* planeChart_ = nullptr;
  QValueAxis* re_ = nullptr;
  QValueAxis* im_ = nullptr;
  QLineSeries* unitCircle_ = nullptr;
  std::vector<QScatterSeries*> gates_;
  std::vector<QScatterSeries*> gatesB_;  // run B's eigenvalues (compare mode), hollow
  double radius_ = 1.2;  // half the shorter side of the plane, in eigenvalue units

  QChart* svChart_ = nullptr;
  QValueAxis* svX_ = nullptr;
  QValueAxis* svY_ = nullptr;
  QLineSeries* singularValues_ = nullptr;
  QLineSeries* singularValuesB_ = nullptr;  // run B's (compare mode), dashed
  QScatterSeries* sigmaMax_ = nullptr;
  QLineSeries* svOne_ = nullptr;
  QGraphicsSimpleTextItem* sigmaMaxLabel_ = nullptr;

  rnnscope::CellKind cell_ = rnnscope::CellKind::Rnn;
  rnnscope::GruVariant variant_ = rnnscope::GruVariant::ResetAfter;
  std::vector<rnnscope::WeightSpectrum> latest_;
  Drawn drawn_;
  // Run B's latest spectra and cell while comparing, and what is drawn of them (layer -1: none).
  bool comparing_ = false;
  bool drawnComparing_ = false;
  rnnscope::CellKind cellB_ = rnnscope::CellKind::Rnn;
  rnnscope::GruVariant variantB_ = rnnscope::GruVariant::ResetAfter;
  std::vector<rnnscope::WeightSpectrum> latestB_;
  Drawn drawnB_;
  StagedRedraw staged_;
  bool live_ = false;
  int hidden_ = 0;
  std::tuple<rnnscope::CellKind, rnnscope::GruVariant, int> preparedFor_{rnnscope::CellKind::Rnn,
                                                                         rnnscope::GruVariant::ResetAfter, -1};
};

}  // namespace rnnscope::ui
