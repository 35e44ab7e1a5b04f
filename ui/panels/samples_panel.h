#pragma once
// What the model writes: the latest sample (prime, then the continuation), the sampling
// settings, and an intervention that holds one cell at a fixed value while it writes. In compare
// mode run B's latest sample stands beside (or under) the live run's.
#include <cstdint>
#include <string>

#include "ui/panel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTextEdit;
class QWidget;

namespace rnnscope::ui {

namespace chart {
class NoteBox;
}
class CompareRow;
class SampleRunView;

class SamplesPanel : public Panel {
  Q_OBJECT
public:
  explicit SamplesPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override {
    return static_cast<std::uint64_t>(s.sample.step) * 1000003u + s.sample.text.size();
  }
  QString title() const override;
  QString key() const override { return QStringLiteral("samples"); }

  // The settings the controls describe.
  rnnscope::command::SetSampling settings() const;
  // Sets the controls (a lesson's sampling) and posts them; the clamp is switched off.
  void setSettings(const QString& prime, int length, double temperature);
  QTextEdit* sampleView() const;
  // Run B's sample (compare mode; hidden otherwise).
  QTextEdit* comparedSampleView() const;
  QLabel* comparedSampleHeader() const;

private:
  QWidget* buildSamplingSettings();
  QWidget* buildClampControls();
  void connectSignals();
  void postSettings();
  void updateLabels();
  void updateClampControls();
  void updateModelShape(const rnnscope::ModelConfig& model);
  QString headingFor(const rnnscope::SampleView& sample, char run) const;

  chart::NoteBox* note_ = nullptr;
  CompareRow* runs_ = nullptr;
  SampleRunView* runA_ = nullptr;
  SampleRunView* runB_ = nullptr;
  QSlider* temperature_ = nullptr;
  QLabel* temperatureValue_ = nullptr;
  QLineEdit* prime_ = nullptr;
  QSpinBox* length_ = nullptr;
  QPushButton* sampleNow_ = nullptr;

  QCheckBox* clampOn_ = nullptr;
  QLabel* clampLayerLabel_ = nullptr;
  QComboBox* clampLayer_ = nullptr;
  QSpinBox* clampUnit_ = nullptr;
  QComboBox* clampState_ = nullptr;
  QSlider* clampValue_ = nullptr;
  QLabel* clampValueLabel_ = nullptr;

  // The model's shape, for the clamp choosers.
  int layers_ = 0, hidden_ = 0;
  rnnscope::CellKind cell_ = rnnscope::CellKind::Lstm;
  bool havePosted_ = false;
  rnnscope::command::SetSampling lastPosted_;
};

}  // namespace rnnscope::ui
