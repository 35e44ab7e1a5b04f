#pragma once
// "Model & training": every setting of the core in four groups (model, initialisation,
// optimisation, data). Optimiser and clipping settings take effect at once; architecture and
// data settings are collected and applied together, since changing them rebuilds the model.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <QSet>

#include "ui/panel.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rnnscope::ui {

class TaskChooser;

namespace chart {
class NoteBox;
}
namespace text {
class LogSpinBox;
}

class ModelPanel : public Panel {
  Q_OBJECT
public:
  explicit ModelPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  QString title() const override;
  QString key() const override { return QStringLiteral("model"); }

  // The configuration the controls describe now (the snapshot's, with the user's edits).
  rnnscope::TrainConfig editedConfig() const;
  bool hasPendingChanges() const { return !dirty_.isEmpty(); }
  // While comparing (docs/compare.md): whether the panel shows and edits run B's settings
  // (optimiser, clipping and architecture go to B alone) rather than A's.
  void setEditsB(bool b);
  bool editsB() const { return editsB_; }

signals:
  // The user chose the other run: the panel needs that run's snapshot drawn again.
  void editedRunChanged();

public:
  // The rich-text formula of a cell kind (and GRU variant), as the panel shows it.
  static QString formulaFor(rnnscope::CellKind cell, rnnscope::GruVariant variant, rnnscope::Nonlinearity act);

private:
  QWidget* buildRunChooser();
  rnnscope::CommandId postSetting(rnnscope::Command c);  // to the run being edited
  QWidget* buildModelGroup();
  QWidget* buildInitGroup();
  QWidget* buildOptimizerGroup();
  void addClippingRows(QGroupBox* box);
  void connectOptimizerSignals();
  QWidget* buildDataGroup();

  // Architecture/data control edited by the user: remembered until Apply or Discard.
  void markDirty(QWidget* control);
  void applyArchitecture();
  static QString noteText(bool task);
  void discardChanges();
  void updatePendingUi();
  void updateVisibility();

  rnnscope::OptimizerConfig liveOptimizer() const;
  rnnscope::ClipConfig liveClip() const;
  void postOptimizer();
  void postClip();

  void syncArchitecture(const rnnscope::TrainConfig& c);
  void syncLive(const rnnscope::TrainConfig& c);
  void syncCorpus(const rnnscope::Snapshot& s);
  void showCacheMemory(const rnnscope::Snapshot& s);
  void showMeasuredSpectrum(const rnnscope::Snapshot& s);
  // Whether a control may be overwritten from a snapshot now.
  bool maySync(QWidget* control) const;

  chart::NoteBox* note_ = nullptr;
  QWidget* runChooser_ = nullptr;  // A | B, while comparing
  QPushButton* editA_ = nullptr;
  QPushButton* editB_ = nullptr;
  bool editsB_ = false;
  bool shownRunB_ = false;  // whose settings the controls show now

  // Model
  TaskChooser* task_ = nullptr;
  QFormLayout* dataForm_ = nullptr;
  bool taskShown_ = false;  // the snapshot shown is of a task (Snapshot::task)
  QComboBox* cell_ = nullptr;
  QComboBox* nonlinearity_ = nullptr;
  QComboBox* gruVariant_ = nullptr;
  QCheckBox* layerNorm_ = nullptr;
  QLabel* formula_ = nullptr;
  QSpinBox* hidden_ = nullptr;
  QSpinBox* layers_ = nullptr;
  QSpinBox* embed_ = nullptr;
  QFormLayout* modelForm_ = nullptr;
  // Initialisation
  QComboBox* initScheme_ = nullptr;
  QDoubleSpinBox* spectralRadius_ = nullptr;
  QLabel* measuredSpectrum_ = nullptr;  // rho and sigma_max of the model's W_hh now
  QLabel* cacheMemory_ = nullptr;       // the window caches, truncated against full BPTT
  std::uint64_t cacheMemoryRevision_ = ~std::uint64_t{0};
  QDoubleSpinBox* forgetBias_ = nullptr;
  QFormLayout* initForm_ = nullptr;
  // Optimisation (live)
  QComboBox* optimizer_ = nullptr;
  text::LogSpinBox* learningRate_ = nullptr;
  QDoubleSpinBox* momentum_ = nullptr;
  QDoubleSpinBox* beta1_ = nullptr;
  QDoubleSpinBox* beta2_ = nullptr;
  QDoubleSpinBox* alpha_ = nullptr;
  text::LogSpinBox* epsilon_ = nullptr;
  text::LogSpinBox* weightDecay_ = nullptr;
  QComboBox* clipMode_ = nullptr;
  QDoubleSpinBox* clipThreshold_ = nullptr;
  QFormLayout* optimizerForm_ = nullptr;
  // Data
  QSpinBox* batch_ = nullptr;
  QSpinBox* seqLen_ = nullptr;
  QComboBox* bptt_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QDoubleSpinBox* validation_ = nullptr;
  QLabel* corpusInfo_ = nullptr;
  QPushButton* dialogueButton_ = nullptr;
  QPushButton* codeButton_ = nullptr;
  QPushButton* openTextButton_ = nullptr;
  // Apply bar
  QLabel* pendingLabel_ = nullptr;
  QPushButton* discard_ = nullptr;
  QPushButton* apply_ = nullptr;

  // Each architecture/data control with a test of whether two configurations agree on it.
  struct ArchField {
    QWidget* control;
    QLabel* label;
    std::function<bool(const rnnscope::TrainConfig&, const rnnscope::TrainConfig&)> same;
  };
  std::vector<ArchField> archFields_;
  void addArchField(QFormLayout* form, QWidget* control,
                    std::function<bool(const rnnscope::TrainConfig&, const rnnscope::TrainConfig&)> same);
  void refreshDirtyMarks();
  std::pair<std::uint64_t, std::uint64_t> memoryFor(rnnscope::TrainConfig config) const;  // {needed, free} bytes

  rnnscope::TrainConfig shown_;  // the snapshot's configuration
  bool haveSnapshot_ = false;
  QSet<QWidget*> dirty_;
  QString applyError_;

  // After posting, older snapshots still carry the old value for a moment; until a snapshot
  // reflects the command (Snapshot::lastCommandId), the control keeps what the user chose.
  rnnscope::CommandId awaitOptimizer_ = 0, awaitClip_ = 0, awaitConfigure_ = 0;
  std::uint64_t shownRevision_ = 0;  // Snapshot::configRevision of shown_
  bool resync_ = true;
  std::string lastCorpus_;
  std::size_t lastCorpusCharacters_ = 0;
  std::size_t lastVocabulary_ = 0;
};

}  // namespace rnnscope::ui
