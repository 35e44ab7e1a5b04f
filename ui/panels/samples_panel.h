#pragma once
// What the model writes: the latest sample (prime, then the continuation), the sampling
// settings, and an intervention that holds one cell at a fixed value while it writes.
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
  QTextEdit* sampleView() const { return view_; }

private:
  QWidget* buildSamplingSettings();
  QWidget* buildClampControls();
  void connectSignals();
  void postSettings();
  void updateLabels();
  void updateClampControls();

  chart::NoteBox* note_ = nullptr;
  QLabel* header_ = nullptr;
  QTextEdit* view_ = nullptr;
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

  // What the view shows, to redraw only when a new sample arrives.
  std::u32string shownPrime_, shownText_;
  std::int64_t shownStep_ = -1;
  double shownTemperature_ = -1;
  bool shownAny_ = false;
  // The model's shape, for the clamp choosers.
  int layers_ = 0, hidden_ = 0;
  rnnscope::CellKind cell_ = rnnscope::CellKind::Lstm;
  bool havePosted_ = false;
  rnnscope::command::SetSampling lastPosted_;
};

}  // namespace rnnscope::ui
