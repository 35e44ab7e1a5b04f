#pragma once
// Step through backpropagation through time: one pass over a short window of the text, drawn
// unrolled (UnrolledNetworkView), walked one operation at a time — the forward pass step by
// step, then the backward pass step by step, then the cut where truncated BPTT stops — with
// the equations of the current step written out in this pass's numbers (BpttEquations).
#include <cstdint>
#include <memory>
#include <vector>

#include "ui/panel.h"
#include "ui/panels/bptt_stage.h"

class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace rnnscope::ui {

namespace chart {
class LayerChooser;
class NoteBox;
}  // namespace chart
class UnrolledNetworkView;

class BpttPanel : public Panel {
  Q_OBJECT
public:
  explicit BpttPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override {
    return s.bptt ? static_cast<std::uint64_t>(s.bpttStep) * 64 + static_cast<std::uint64_t>(s.bptt->T) : 0;
  }
  QString title() const override;
  QString key() const override { return QStringLiteral("bptt"); }

  int stageIndex() const { return stageIndex_; }
  // Clamped to the pass on screen; the index asked for is kept, so a stage chosen before the
  // pass arrives (or a longer window) is reached when it can be.
  void setStageIndex(int index);
  QString equationsText() const;  // what the equations pane shows (for tests)

private:
  QWidget* buildControls();
  QWidget* buildWindowChooser();
  void showStage();
  int stageCount() const;

  chart::NoteBox* note_ = nullptr;
  chart::LayerChooser* layers_ = nullptr;
  QPushButton* first_ = nullptr;
  QPushButton* back_ = nullptr;
  QPushButton* step_ = nullptr;
  QPushButton* last_ = nullptr;
  QSlider* stageSlider_ = nullptr;
  QLabel* stageLabel_ = nullptr;
  QSpinBox* windowSteps_ = nullptr;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  UnrolledNetworkView* view_ = nullptr;
  QTextBrowser* equations_ = nullptr;

  std::shared_ptr<const rnnscope::BpttTrace<double>> trace_;
  std::vector<char32_t> vocabulary_;
  std::int64_t traceStep_ = -1;
  int stageIndex_ = 0;   // on screen
  int wantedStage_ = 0;  // asked for
  rnnscope::CommandId windowRequest_ = 0;  // the spin box's SetTraceWindow, until a snapshot reflects it
};

}  // namespace rnnscope::ui
