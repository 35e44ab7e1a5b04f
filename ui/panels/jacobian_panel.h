#pragma once
// Why the gradient fades or explodes, step by step: the singular values of the state Jacobian
// J_t = ds_t/ds_{t-1} at a chosen timestep, sigma_max(J_t) across the window, and sigma_max of the
// product of Jacobians over a distance d beside the vanilla RNN's (gamma*lambda)^d bound, or for a
// gated cell beside its gated path (prod f_t, prod z_t or prod (1 - z_t)).
#include <cstdint>
#include <vector>

#include "ui/panel.h"
#include "ui/panels/staged_redraw.h"

class QChart;
class QLabel;
class QLayout;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QSlider;
class QStackedWidget;
class QValueAxis;

namespace rnnscope::ui {

namespace chart {
class LayerChooser;
class NoteBox;
}  // namespace chart

class JacobianPanel : public Panel {
  Q_OBJECT
public:
  explicit JacobianPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override {
    return static_cast<std::uint64_t>(s.analysisStep + 1);
  }
  QString title() const override;
  QString key() const override { return QStringLiteral("jacobian"); }
  bool hasPendingWork() const override { return staged_.pending(); }

private:
  struct Drawn {
    int layer = -1;
    int layers = 1;
    int selectedStep = -1;
    std::int64_t step = -1, weightsStep = -1;  // the pass the figures come from, the weights they describe
    std::vector<double> singularValues, sigmaMaxOverTime, productSigmaMax, bound;
    double gamma = 0, lambda = 0;
    double rho = 0;  // spectral radius of W_hh, shown beside lambda = sigma_max; 0: unknown
    // LSTM/GRU: the additive path through c (or z*h) escapes gamma = 1/4, so (gamma lambda)^d
    // is no bound there; their gated path of the same pass is drawn instead (empty if unknown).
    rnnscope::CellKind cell = rnnscope::CellKind::Rnn;
    rnnscope::GruVariant variant = rnnscope::GruVariant::ResetAfter;
    std::vector<double> gatedMax, gatedMedian;
    bool operator==(const Drawn&) const = default;
  };
  // The three charts, drawn one per render while training runs (StagedRedraw).
  enum Part { kSpectrumPart = 1, kOverTimePart = 2, kProductPart = 4, kAllParts = 7 };
  static void readDrawn(const rnnscope::Snapshot& snapshot, std::vector<Drawn>& latest);
  void buildTwins();
  void nameSeries(const Drawn& d, const Drawn* b);
  QString comparedSummary(const Drawn* b) const;
  const Drawn* comparedTarget() const { return targetB_.layer >= 0 ? &targetB_ : nullptr; }
  QLayout* buildStepRow();
  QWidget* buildSpectrumChart();
  QWidget* buildOverTimeChart();
  QWidget* buildProductChart();
  void redraw();
  void draw(const Drawn& d, int parts);
  void drawSpectrum(const Drawn& d, const Drawn* b);
  void drawOverTime(const Drawn& d, const Drawn* b);
  void drawProduct(const Drawn& d);
  QString summaryOf(const Drawn& d) const;
  void updateSlider(int windowSteps, int selectedStep);

  Drawn target_;          // what the charts are being brought to
  Drawn targetB_;         // run B's beside it while comparing (layer -1: none)
  bool comparing_ = false;
  bool targetComparing_ = false;
  StagedRedraw staged_;   // charts not yet showing target_
  bool live_ = false;     // training runs: one chart per render

  chart::NoteBox* note_ = nullptr;
  chart::LayerChooser* layers_ = nullptr;
  QSlider* stepSlider_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;

  QChart* spectrumChart_ = nullptr;
  QValueAxis* spectrumX_ = nullptr;
  QLogValueAxis* spectrumY_ = nullptr;
  QLineSeries* singularValues_ = nullptr;
  QLineSeries* spectrumOne_ = nullptr;

  QChart* timeChart_ = nullptr;
  QValueAxis* timeX_ = nullptr;
  QLogValueAxis* timeY_ = nullptr;
  QLineSeries* sigmaMaxOverTime_ = nullptr;
  QScatterSeries* selectedMarker_ = nullptr;
  QLineSeries* timeOne_ = nullptr;

  QChart* productChart_ = nullptr;
  QValueAxis* productX_ = nullptr;
  QLogValueAxis* productY_ = nullptr;
  QLineSeries* product_ = nullptr;
  QLineSeries* bound_ = nullptr;
  QLineSeries* gatedMax_ = nullptr;
  QLineSeries* gatedMedian_ = nullptr;
  // Run B's twins (compare mode), dashed.
  QLineSeries* singularValuesB_ = nullptr;
  QLineSeries* sigmaMaxOverTimeB_ = nullptr;
  QLineSeries* productB_ = nullptr;
  QLineSeries* boundB_ = nullptr;
  QLineSeries* gatedMaxB_ = nullptr;
  QLineSeries* gatedMedianB_ = nullptr;

  std::vector<Drawn> latest_;  // per layer, from the latest snapshot
  std::vector<Drawn> latestB_;  // run B's, while comparing
  int configuredWindow_ = 0;
  rnnscope::CommandId stepRequest_ = 0;  // the slider's last SetAnalysisStep, until a snapshot reflects it
  int engineRequestedStep_ = -1;         // Snapshot::analysisRequestedStep
  Drawn drawn_;
};

}  // namespace rnnscope::ui
