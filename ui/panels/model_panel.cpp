#include "ui/panels/model_panel.h"

#include <climits>
#include <cmath>
#include <limits>

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/train/memory_estimate.h"
#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/text_colormap.h"
#include "ui/panels/task_chooser.h"
#include "ui/panels/text_log_spin_box.h"

namespace rnnscope::ui {

using text::uiFont;

namespace {

// The forget-bias spin box's minimum stands for "leave the scheme's bias" (NaN in the config).
constexpr double kForgetBiasUnset = -10.5;

bool nearlyEqual(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::abs(a - b) <= 1e-9 + 1e-6 * std::max(std::abs(a), std::abs(b));
}

void selectData(QComboBox* combo, const QString& data) {
  const int i = combo->findData(data);
  if (i >= 0) combo->setCurrentIndex(i);
}

QString dataOf(const QComboBox* combo) { return combo->currentData().toString(); }

template <class SpinBox>
void setupSpin(SpinBox* spin, const QString& objectName, const QString& toolTip) {
  spin->setObjectName(objectName);
  spin->setToolTip(toolTip);
  spin->setKeyboardTracking(false);  // one value when the user has finished typing, not per keystroke
  spin->setFont(uiFont());
  spin->setMinimumWidth(80);
}

QComboBox* makeCombo(const QString& objectName, const QString& toolTip, QWidget* parent) {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(objectName);
  combo->setToolTip(toolTip);
  combo->setFont(uiFont());
  return combo;
}

QFormLayout* makeForm(QGroupBox* box) {
  auto* form = new QFormLayout(box);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
  form->setHorizontalSpacing(10);
  form->setVerticalSpacing(6);
  return form;
}

QGroupBox* makeGroup(const QString& title, const QString& objectName, QWidget* parent) {
  auto* box = new QGroupBox(title, parent);
  box->setObjectName(objectName);
  box->setFont(uiFont(text::kTextPointSize, true));
  return box;
}

QLabel* formLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setFont(uiFont());
  return label;
}

QString corpusDisplayName(const std::string& name) {
  const QString n = QString::fromStdString(name);
  if (n.startsWith(QStringLiteral("builtin:dialogue"))) return ModelPanel::tr("built-in dialogue prose");
  if (n.startsWith(QStringLiteral("builtin:code"))) return ModelPanel::tr("built-in indented code");
  if (n.startsWith(QStringLiteral("builtin:"))) return ModelPanel::tr("built-in text (%1)").arg(n.mid(8));
  return QFileInfo(n).fileName();
}

// The steps of one stream over the whole training text: full BPTT's window.
std::uint64_t wholeStreamSteps(const TrainConfig& config, std::size_t corpusCharacters) {
  const double trainChars = static_cast<double>(corpusCharacters) * (1.0 - config.validationFraction);
  return std::uint64_t(std::max(1.0, trainChars / std::max(1, config.batch)));
}

// A small grey line under a setting: what the setting measures as now, not something to edit.
QLabel* makeMeasuredLabel(QWidget* parent, const QString& objectName) {
  auto* label = new QLabel(parent);
  label->setObjectName(objectName);
  label->setFont(uiFont(text::kSmallPointSize));
  label->setStyleSheet(QStringLiteral("QLabel { color: #505050; }"));
  label->setWordWrap(true);
  return label;
}

}  // namespace

QString ModelPanel::title() const { return tr("Model and training"); }

QString ModelPanel::formulaFor(CellKind cell, GruVariant variant, Nonlinearity act) {
  const QString sigma = QStringLiteral("&sigma;");
  switch (cell) {
    case CellKind::Rnn:
      return tr("<b>Vanilla RNN</b><br><i>h</i>&prime; = %1(<i>W</i><sub>ih</sub> <i>x</i> + <i>b</i><sub>ih</sub> + "
                "<i>W</i><sub>hh</sub> <i>h</i> + <i>b</i><sub>hh</sub>)")
          .arg(act == Nonlinearity::Relu ? QStringLiteral("relu") : QStringLiteral("tanh"));
    case CellKind::Lstm:
      return tr("<b>LSTM</b> (gates i, f, g, o)<br>"
                "<i>i</i>, <i>f</i>, <i>o</i> = %1(&hellip;), <i>g</i> = tanh(&hellip;) of "
                "<i>W</i><sub>ih</sub> <i>x</i> + <i>b</i><sub>ih</sub> + <i>W</i><sub>hh</sub> <i>h</i> + "
                "<i>b</i><sub>hh</sub><br>"
                "<i>c</i>&prime; = <i>f</i> &lowast; <i>c</i> + <i>i</i> &lowast; <i>g</i>, &nbsp; "
                "<i>h</i>&prime; = <i>o</i> &lowast; tanh(<i>c</i>&prime;)")
          .arg(sigma);
    case CellKind::Gru:
      if (variant == GruVariant::Classic)
        return tr("<b>GRU, classic</b> (the lecture notes' form)<br>"
                  "<i>r</i> = %1(<i>W</i><sub>r</sub> <i>x</i> + <i>U</i><sub>r</sub> <i>h</i> + <i>b</i><sub>r</sub>), "
                  "<i>z</i> = %1(<i>W</i><sub>z</sub> <i>x</i> + <i>U</i><sub>z</sub> <i>h</i> + <i>b</i><sub>z</sub>)<br>"
                  "<i>h&#771;</i> = tanh(<i>W x</i> + <i>U</i>(<i>r</i> &lowast; <i>h</i>) + <i>b</i>)<br>"
                  "<i>h</i>&prime; = (1 &minus; <i>z</i>) &lowast; <i>h</i> + <i>z</i> &lowast; <i>h&#771;</i>: "
                  "<i>z</i> &asymp; 1 takes the new candidate")
            .arg(sigma);
      return tr("<b>GRU, reset_after</b> (PyTorch, cuDNN, Keras)<br>"
                "<i>r</i>, <i>z</i> = %1(<i>W</i><sub>i</sub> <i>x</i> + <i>b</i><sub>i</sub> + "
                "<i>W</i><sub>h</sub> <i>h</i> + <i>b</i><sub>h</sub>)<br>"
                "<i>n</i> = tanh(<i>W</i><sub>in</sub> <i>x</i> + <i>b</i><sub>in</sub> + <i>r</i> &lowast; "
                "(<i>W</i><sub>hn</sub> <i>h</i> + <i>b</i><sub>hn</sub>))<br>"
                "<i>h</i>&prime; = (1 &minus; <i>z</i>) &lowast; <i>n</i> + <i>z</i> &lowast; <i>h</i>: "
                "<i>z</i> &asymp; 1 keeps the old state")
          .arg(sigma);
  }
  return {};
}

ModelPanel::ModelPanel(PostCommand poster, QWidget* parent) : Panel(std::move(poster), parent) {
  setObjectName(key());
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(6, 6, 6, 6);
  outer->setSpacing(4);

  note_ = new chart::NoteBox(noteText(false), this);
  outer->addWidget(note_);
  outer->addWidget(buildRunChooser());

  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("settingsScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* content = new QWidget(scroll);
  auto* column = new QVBoxLayout(content);
  column->setContentsMargins(0, 0, 4, 0);
  column->setSpacing(8);
  task_ = new TaskChooser(content);
  connect(task_, &TaskChooser::changed, this, [this] {
    if (task_->edited()) markDirty(task_->combo());
    else dirty_.remove(task_->combo());
    refreshDirtyMarks();
  });
  column->addWidget(task_);
  column->addWidget(buildModelGroup());
  column->addWidget(buildInitGroup());
  column->addWidget(buildOptimizerGroup());
  column->addWidget(buildDataGroup());
  column->addStretch(1);
  scroll->setWidget(content);
  outer->addWidget(scroll, 1);

  // The apply bar stays visible below the scrolling settings: the state of the edits on one
  // line across the panel, the buttons on the next, so neither is squeezed in a narrow dock.
  auto* bar = new QHBoxLayout();
  pendingLabel_ = new QLabel(this);
  pendingLabel_->setObjectName(QStringLiteral("pendingLabel"));
  pendingLabel_->setFont(uiFont(text::kSmallPointSize));
  pendingLabel_->setWordWrap(true);
  discard_ = new QPushButton(tr("Discard"), this);
  discard_->setObjectName(QStringLiteral("discardButton"));
  discard_->setFont(uiFont());
  discard_->setToolTip(tr("Forget the edits and show the settings of the model that is training."));
  apply_ = new QPushButton(tr("Apply (resets training)"), this);
  apply_->setObjectName(QStringLiteral("applyButton"));
  apply_->setFont(uiFont(text::kTextPointSize, true));
  apply_->setToolTip(tr("Build a new model with these settings. The weights start again from random values and the "
                        "curves start over."));
  bar->addStretch(1);
  bar->addWidget(discard_);
  bar->addWidget(apply_);
  outer->addWidget(pendingLabel_);
  outer->addLayout(bar);
  connect(apply_, &QPushButton::clicked, this, &ModelPanel::applyArchitecture);
  connect(discard_, &QPushButton::clicked, this, &ModelPanel::discardChanges);

  syncArchitecture(shown_);
  syncLive(shown_);
  updateVisibility();
  updatePendingUi();
}

void ModelPanel::addArchField(QFormLayout* form, QWidget* control,
                              std::function<bool(const TrainConfig&, const TrainConfig&)> same) {
  auto* label = qobject_cast<QLabel*>(form->labelForField(control));
  archFields_.push_back({control, label, std::move(same)});
}

QWidget* ModelPanel::buildModelGroup() {
  auto* box = makeGroup(tr("Model · press Apply"), QStringLiteral("modelGroup"), this);
  modelForm_ = makeForm(box);

  cell_ = makeCombo(QStringLiteral("cellCombo"),
                    tr("<b>RNN</b>: one tanh layer; the gradient through time is multiplied by W<sub>hh</sub> at "
                       "every step, so it fades or explodes.<br><b>LSTM</b>: a cell state updated by addition "
                       "(c&prime; = f&lowast;c + i&lowast;g) carries information and gradient over long distances."
                       "<br><b>GRU</b>: like the LSTM with two gates and no separate cell state."),
                    box);
  cell_->addItem(tr("RNN (vanilla)"), QStringLiteral("rnn"));
  cell_->addItem(tr("LSTM"), QStringLiteral("lstm"));
  cell_->addItem(tr("GRU"), QStringLiteral("gru"));
  modelForm_->addRow(formLabel(tr("Cell:"), box), cell_);

  nonlinearity_ = makeCombo(QStringLiteral("nonlinearityCombo"),
                            tr("The squashing function of the vanilla RNN. <b>tanh</b> keeps h in (&minus;1, 1); "
                               "<b>relu</b> is unbounded above, so the state and gradients can blow up without "
                               "clipping."),
                            box);
  nonlinearity_->addItem(QStringLiteral("tanh"), QStringLiteral("tanh"));
  nonlinearity_->addItem(QStringLiteral("relu"), QStringLiteral("relu"));
  modelForm_->addRow(formLabel(tr("Nonlinearity:"), box), nonlinearity_);

  gruVariant_ = makeCombo(QStringLiteral("gruVariantCombo"),
                          tr("Two ways to write the GRU. <b>reset_after</b> (PyTorch, cuDNN, Keras): r multiplies "
                             "W<sub>hn</sub>h + b<sub>hn</sub>, and h&prime; = (1 &minus; z) n + z h, so <b>z &asymp; 1 "
                             "keeps the old state</b>. <b>classic</b> (the lecture notes): r multiplies h before U, and "
                             "h&prime; = (1 &minus; z) h + z h&#771;, so <b>z &asymp; 1 takes the new candidate</b>: "
                             "the same letter, opposite meanings. Both learn alike; their weights are not "
                             "interchangeable."),
                          box);
  gruVariant_->addItem(tr("reset_after (PyTorch)"), QStringLiteral("reset_after"));
  gruVariant_->addItem(tr("classic (lecture notes)"), QStringLiteral("classic"));
  modelForm_->addRow(formLabel(tr("GRU variant:"), box), gruVariant_);

  layerNorm_ = new QCheckBox(tr("normalise each layer"), box);
  layerNorm_->setObjectName(QStringLiteral("layerNormCheck"));
  layerNorm_->setToolTip(tr("Layer normalisation (Ba et al. 2016): W<sub>hh</sub>h and W<sub>ih</sub>x are each "
                            "rescaled to mean 0 and variance 1 over the units (then a learned gain and bias) before "
                            "they are added, so however large W<sub>hh</sub> starts, the pre-activations stay in "
                            "the range where tanh still has a slope. For the vanilla RNN and the LSTM."));
  modelForm_->addRow(formLabel(tr("Layer norm:"), box), layerNorm_);

  formula_ = new QLabel(box);
  formula_->setObjectName(QStringLiteral("formulaLabel"));
  formula_->setTextFormat(Qt::RichText);
  formula_->setWordWrap(true);
  formula_->setFont(uiFont());
  formula_->setContentsMargins(8, 4, 8, 4);
  formula_->setStyleSheet(QStringLiteral("QLabel { background: #F4F7FB; border: 1px solid #D5DEE8; border-radius: 4px; }"));
  modelForm_->addRow(formula_);

  hidden_ = new QSpinBox(box);
  setupSpin(hidden_, QStringLiteral("hiddenSpin"),
            tr("Cells per layer, H: the size of the state h. More cells can remember more, but each step costs "
               "about H&sup2; multiplications."));
  hidden_->setRange(1, 4096);
  modelForm_->addRow(formLabel(tr("Hidden size H:"), box), hidden_);

  layers_ = new QSpinBox(box);
  setupSpin(layers_, QStringLiteral("layersSpin"),
            tr("Stacked recurrent layers (1&ndash;4). Layer 1 reads the characters; each layer above reads the "
               "hidden states of the one below."));
  layers_->setRange(1, 4);
  modelForm_->addRow(formLabel(tr("Layers:"), box), layers_);

  embed_ = new QSpinBox(box);
  setupSpin(embed_, QStringLiteral("embedSpin"),
            tr("Size E of the learned vector of each character. <b>0 = one-hot</b>: each character enters as a "
               "vector of V zeros with a single 1."));
  embed_->setRange(0, 4096);
  embed_->setSpecialValueText(tr("0 (one-hot)"));
  modelForm_->addRow(formLabel(tr("Embedding size E:"), box), embed_);

  addArchField(modelForm_, cell_, [](const TrainConfig& a, const TrainConfig& b) { return a.model.cell == b.model.cell; });
  addArchField(modelForm_, nonlinearity_,
               [](const TrainConfig& a, const TrainConfig& b) { return a.model.nonlinearity == b.model.nonlinearity; });
  addArchField(modelForm_, gruVariant_,
               [](const TrainConfig& a, const TrainConfig& b) { return a.model.gruVariant == b.model.gruVariant; });
  addArchField(modelForm_, layerNorm_,
               [](const TrainConfig& a, const TrainConfig& b) { return a.model.layerNorm == b.model.layerNorm; });
  connect(layerNorm_, &QCheckBox::toggled, this, [this] { markDirty(layerNorm_); });
  addArchField(modelForm_, hidden_, [](const TrainConfig& a, const TrainConfig& b) { return a.model.hidden == b.model.hidden; });
  addArchField(modelForm_, layers_, [](const TrainConfig& a, const TrainConfig& b) { return a.model.layers == b.model.layers; });
  addArchField(modelForm_, embed_, [](const TrainConfig& a, const TrainConfig& b) { return a.model.embed == b.model.embed; });

  for (QComboBox* combo : {cell_, nonlinearity_, gruVariant_})
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
      markDirty(combo);
      updateVisibility();
    });
  for (QSpinBox* spin : {hidden_, layers_, embed_})
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] { markDirty(spin); });
  return box;
}

QWidget* ModelPanel::buildInitGroup() {
  auto* box = makeGroup(tr("Initialisation · press Apply"), QStringLiteral("initGroup"), this);
  initForm_ = makeForm(box);

  initScheme_ = makeCombo(QStringLiteral("initSchemeCombo"),
                          tr("How the weights start.<br><b>pytorch</b>: U(&minus;1/&radic;H, 1/&radic;H), PyTorch's "
                             "default.<br><b>xavier</b>: variance 2/(fan_in + fan_out), keeps signals steady through "
                             "tanh.<br><b>he</b>: variance 2/fan_in, for relu.<br><b>orthogonal</b>: W<sub>hh</sub> "
                             "with every singular value 1, so at first the state neither shrinks nor grows."),
                          box);
  initScheme_->addItem(tr("pytorch (default)"), QStringLiteral("pytorch"));
  initScheme_->addItem(QStringLiteral("xavier"), QStringLiteral("xavier"));
  initScheme_->addItem(QStringLiteral("he"), QStringLiteral("he"));
  initScheme_->addItem(QStringLiteral("orthogonal"), QStringLiteral("orthogonal"));
  initForm_->addRow(formLabel(tr("Scheme:"), box), initScheme_);

  spectralRadius_ = new QDoubleSpinBox(box);
  setupSpin(spectralRadius_, QStringLiteral("spectralRadiusSpin"),
            tr("Rescale every W<sub>hh</sub> block to spectral radius &rho; (its largest |eigenvalue|). "
               "&rho; says what happens over many steps, but one step can stretch a state by up to "
               "&sigma;<sub>max</sub>, the largest singular value, and &rho; &le; &sigma;<sub>max</sub>: for a "
               "non-normal W<sub>hh</sub> &rho; &lt; 1 can go with &sigma;<sub>max</sub> &gt; 1. The vanilla RNN's "
               "bound on the gradient over d steps, (&gamma;&sigma;<sub>max</sub>)<sup>d</sup>, uses "
               "&sigma;<sub>max</sub>, not &rho;. With the <b>orthogonal</b> scheme every singular value of a block "
               "equals &rho; after rescaling, so there &rho; = &sigma;<sub>max</sub>. 0 = off (keep the scheme's "
               "weights)."));
  spectralRadius_->setRange(0.0, 100.0);
  spectralRadius_->setDecimals(2);
  spectralRadius_->setSingleStep(0.05);
  spectralRadius_->setSpecialValueText(tr("off"));
  initForm_->addRow(formLabel(tr("Spectral radius ρ:"), box), spectralRadius_);
  // What the setting became: the model's W_hh now, both numbers side by side.
  measuredSpectrum_ = makeMeasuredLabel(box, QStringLiteral("measuredSpectrumLabel"));
  measuredSpectrum_->setToolTip(tr("Measured on layer 1's W<sub>hh</sub> of the model being trained: &rho; = its largest "
                                   "|eigenvalue| (for LSTM and GRU, the largest over the gate blocks), "
                                   "&sigma;<sub>max</sub> = its largest singular value (of all gate blocks stacked). "
                                   "Always &rho; &le; &sigma;<sub>max</sub>."));
  initForm_->addRow(QString(), measuredSpectrum_);

  forgetBias_ = new QDoubleSpinBox(box);
  setupSpin(forgetBias_, QStringLiteral("forgetBiasSpin"),
            tr("Starting bias of the LSTM forget gate f. With b = 1, f = &sigma;(1) &asymp; 0.73: the gate starts "
               "mostly open, so the cell state and its gradient flow through time from the first step. "
               "The lowest setting leaves the scheme's bias."));
  forgetBias_->setRange(kForgetBiasUnset, 10.0);
  forgetBias_->setDecimals(2);
  forgetBias_->setSingleStep(0.5);
  forgetBias_->setSpecialValueText(tr("scheme's own"));
  initForm_->addRow(formLabel(tr("Forget-gate bias:"), box), forgetBias_);

  addArchField(initForm_, initScheme_, [](const TrainConfig& a, const TrainConfig& b) { return a.init.scheme == b.init.scheme; });
  addArchField(initForm_, spectralRadius_,
               [](const TrainConfig& a, const TrainConfig& b) { return nearlyEqual(a.init.spectralRadius, b.init.spectralRadius); });
  addArchField(initForm_, forgetBias_,
               [](const TrainConfig& a, const TrainConfig& b) { return nearlyEqual(a.init.forgetBias, b.init.forgetBias); });

  connect(initScheme_, &QComboBox::currentIndexChanged, this, [this] { markDirty(initScheme_); });
  for (QDoubleSpinBox* spin : {spectralRadius_, forgetBias_})
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin] { markDirty(spin); });
  return box;
}

QWidget* ModelPanel::buildOptimizerGroup() {
  auto* box = makeGroup(tr("Optimisation · live"), QStringLiteral("optimizerGroup"), this);
  optimizerForm_ = makeForm(box);

  optimizer_ = makeCombo(QStringLiteral("optimizerCombo"),
                         tr("The update rule. <b>sgd</b>: p &larr; p &minus; &eta;g. <b>momentum</b>, "
                            "<b>nesterov</b>: a velocity accumulates past gradients. <b>rmsprop</b>, "
                            "<b>adagrad</b>: each parameter's step is divided by the running size of its gradient. "
                            "<b>adam</b>: momentum and rmsprop together, with bias correction.<br>Switching restarts "
                            "the optimiser's memory."),
                         box);
  optimizer_->addItem(QStringLiteral("sgd"), QStringLiteral("sgd"));
  optimizer_->addItem(QStringLiteral("momentum"), QStringLiteral("momentum"));
  optimizer_->addItem(QStringLiteral("nesterov"), QStringLiteral("nesterov"));
  optimizer_->addItem(QStringLiteral("rmsprop"), QStringLiteral("rmsprop"));
  optimizer_->addItem(QStringLiteral("adagrad"), QStringLiteral("adagrad"));
  optimizer_->addItem(QStringLiteral("adam"), QStringLiteral("adam"));
  optimizerForm_->addRow(formLabel(tr("Optimiser:"), box), optimizer_);

  learningRate_ = new text::LogSpinBox(box);
  setupSpin(learningRate_, QStringLiteral("learningRateSpin"),
            tr("Step size &eta;. Too small: the loss crawls down. Too large: it jumps around or becomes NaN. "
               "The arrows step 1, 2, 3, 5, 7 per decade; you can type 3e-4."));
  learningRate_->setRange(1e-12, 100.0);  // what the engine accepts (OptimizerConfig::validate)
  optimizerForm_->addRow(formLabel(tr("Learning rate η:"), box), learningRate_);

  momentum_ = new QDoubleSpinBox(box);
  setupSpin(momentum_, QStringLiteral("momentumSpin"),
            tr("&mu; in v &larr; &mu;v + g, p &larr; p &minus; &eta;v. With 0.9 the velocity averages about the "
               "last ten gradients, smoothing out their zig-zag."));
  momentum_->setRange(0.0, 0.999);
  momentum_->setDecimals(3);
  momentum_->setSingleStep(0.05);
  optimizerForm_->addRow(formLabel(tr("Momentum μ:"), box), momentum_);

  beta1_ = new QDoubleSpinBox(box);
  setupSpin(beta1_, QStringLiteral("beta1Spin"), tr("Adam's momentum: m &larr; &beta;<sub>1</sub>m + (1 &minus; &beta;<sub>1</sub>)g."));
  beta1_->setRange(0.0, 0.999);
  beta1_->setDecimals(3);
  beta1_->setSingleStep(0.01);
  optimizerForm_->addRow(formLabel(tr("Adam β₁:"), box), beta1_);

  beta2_ = new QDoubleSpinBox(box);
  setupSpin(beta2_, QStringLiteral("beta2Spin"),
            tr("Adam's average of squared gradients: v &larr; &beta;<sub>2</sub>v + (1 &minus; &beta;<sub>2</sub>)g&sup2;."));
  beta2_->setRange(0.0, 0.99999);
  beta2_->setDecimals(5);
  beta2_->setSingleStep(0.001);
  optimizerForm_->addRow(formLabel(tr("Adam β₂:"), box), beta2_);

  alpha_ = new QDoubleSpinBox(box);
  setupSpin(alpha_, QStringLiteral("alphaSpin"),
            tr("RMSProp's smoothing: v &larr; &alpha;v + (1 &minus; &alpha;)g&sup2;, step = &eta;g / (&radic;v + &epsilon;)."));
  alpha_->setRange(0.0, 0.9999);
  alpha_->setDecimals(4);
  alpha_->setSingleStep(0.01);
  optimizerForm_->addRow(formLabel(tr("RMSProp α:"), box), alpha_);

  epsilon_ = new text::LogSpinBox(box);
  setupSpin(epsilon_, QStringLiteral("epsilonSpin"),
            tr("Added to &radic;v so the step stays finite where a gradient is nearly zero."));
  epsilon_->setRange(1e-12, 1.0);
  optimizerForm_->addRow(formLabel(tr("ε:"), box), epsilon_);

  weightDecay_ = new text::LogSpinBox(box);
  setupSpin(weightDecay_, QStringLiteral("weightDecaySpin"),
            tr("L2 penalty wd: g &larr; g + wd&middot;p pulls every weight towards 0, against memorising. "
               "0 = off. (Called wd here because &lambda; is &sigma;<sub>max</sub> in the charts.)"));
  weightDecay_->setRange(0.0, 1.0);
  weightDecay_->setSmallestPositive(1e-6);
  optimizerForm_->addRow(formLabel(tr("Weight decay wd:"), box), weightDecay_);

  addClippingRows(box);
  connectOptimizerSignals();
  return box;
}

// Gradient clipping: its mode and threshold, live like the optimiser above them.
void ModelPanel::addClippingRows(QGroupBox* box) {
  clipMode_ = makeCombo(QStringLiteral("clipModeCombo"),
                        tr("Gradient clipping, the first remedy for exploding gradients.<br><b>norm</b>: if "
                           "&Vert;g&Vert; &gt; c then g &larr; g&middot;c/&Vert;g&Vert; (the direction is kept). "
                           "&Vert;g&Vert; is the global norm of all gradients together, as in PyTorch's "
                           "clip_grad_norm_ and Keras's global_clipnorm; Keras's clipnorm instead clips each tensor "
                           "on its own.<br><b>value</b>: every component is clamped to [&minus;c, c].<br><b>none</b>: the raw "
                           "gradient."),
                        box);
  clipMode_->addItem(tr("none"), QStringLiteral("none"));
  clipMode_->addItem(tr("by norm"), QStringLiteral("norm"));
  clipMode_->addItem(tr("by value"), QStringLiteral("value"));
  optimizerForm_->addRow(formLabel(tr("Clipping:"), box), clipMode_);

  clipThreshold_ = new QDoubleSpinBox(box);
  setupSpin(clipThreshold_, QStringLiteral("clipThresholdSpin"),
            tr("Threshold c: the largest gradient norm (by norm) or component (by value) that passes unchanged."));
  clipThreshold_->setRange(0.01, 1e6);
  clipThreshold_->setDecimals(2);
  clipThreshold_->setSingleStep(0.5);
  optimizerForm_->addRow(formLabel(tr("Threshold c:"), box), clipThreshold_);
}

void ModelPanel::connectOptimizerSignals() {
  connect(optimizer_, &QComboBox::currentIndexChanged, this, [this] {
    updateVisibility();
    postOptimizer();
  });
  for (QDoubleSpinBox* spin : {static_cast<QDoubleSpinBox*>(learningRate_), momentum_, beta1_, beta2_, alpha_,
                               static_cast<QDoubleSpinBox*>(epsilon_), static_cast<QDoubleSpinBox*>(weightDecay_)})
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { postOptimizer(); });
  connect(clipMode_, &QComboBox::currentIndexChanged, this, [this] {
    updateVisibility();
    postClip();
  });
  connect(clipThreshold_, &QDoubleSpinBox::valueChanged, this, [this] { postClip(); });
}

QWidget* ModelPanel::buildDataGroup() {
  auto* box = makeGroup(tr("Data · press Apply"), QStringLiteral("dataGroup"), this);
  auto* form = makeForm(box);
  dataForm_ = form;

  batch_ = new QSpinBox(box);
  setupSpin(batch_, QStringLiteral("batchSpin"),
            tr("B streams read the text side by side, each from its own place; the loss is averaged over all of "
               "them. Larger B: smoother gradients, more work per step."));
  batch_->setRange(1, 4096);
  form->addRow(formLabel(tr("Batch B:"), box), batch_);

  seqLen_ = new QSpinBox(box);
  setupSpin(seqLen_, QStringLiteral("seqLenSpin"),
            tr("T: characters per training window. Truncated BPTT backpropagates only inside a window, so "
               "gradients can teach dependencies at most T characters long."));
  seqLen_->setRange(1, 100000);
  form->addRow(formLabel(tr("Window T (seq_len):"), box), seqLen_);

  bptt_ = makeCombo(QStringLiteral("bpttCombo"),
                    tr("<b>truncated</b>: the text is cut into windows of T; the last state of a window starts the "
                       "next, with no gradient across the cut.<br><b>full</b>: one window over each whole stream "
                       "(exact but slow; for short texts)."),
                    box);
  bptt_->addItem(tr("truncated"), QStringLiteral("truncated"));
  bptt_->addItem(tr("full"), QStringLiteral("full"));
  form->addRow(formLabel(tr("BPTT:"), box), bptt_);
  cacheMemory_ = makeMeasuredLabel(box, QStringLiteral("cacheMemoryLabel"));
  cacheMemory_->setToolTip(tr("What backpropagation through time keeps of the forward pass to go back through it: "
                              "every step's states and gates, for every stream of the batch. Truncated BPTT keeps "
                              "one window of T steps; full BPTT the whole text at once."));
  form->addRow(QString(), cacheMemory_);

  seed_ = new QSpinBox(box);
  setupSpin(seed_, QStringLiteral("seedSpin"),
            tr("Random seed for the starting weights and the data order: the same seed and settings give the same "
               "run, step for step."));
  seed_->setRange(0, INT_MAX);
  form->addRow(formLabel(tr("Seed:"), box), seed_);

  validation_ = new QDoubleSpinBox(box);
  setupSpin(validation_, QStringLiteral("validationSpin"),
            tr("Share of the text held out from training. The validation loss is measured on it: when it rises "
               "while the training loss falls, the model is memorising."));
  validation_->setRange(0.0, 0.5);
  validation_->setDecimals(2);
  validation_->setSingleStep(0.05);
  form->addRow(formLabel(tr("Validation fraction:"), box), validation_);

  addArchField(form, batch_, [](const TrainConfig& a, const TrainConfig& b) { return a.batch == b.batch; });
  addArchField(form, seqLen_, [](const TrainConfig& a, const TrainConfig& b) { return a.seqLen == b.seqLen; });
  addArchField(form, bptt_, [](const TrainConfig& a, const TrainConfig& b) { return a.fullBptt == b.fullBptt; });
  addArchField(form, seed_, [](const TrainConfig& a, const TrainConfig& b) { return a.seed == b.seed; });
  addArchField(form, validation_,
               [](const TrainConfig& a, const TrainConfig& b) { return nearlyEqual(a.validationFraction, b.validationFraction); });
  for (QSpinBox* spin : {batch_, seqLen_, seed_})
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] { markDirty(spin); });
  connect(validation_, &QDoubleSpinBox::valueChanged, this, [this] { markDirty(validation_); });
  connect(bptt_, &QComboBox::currentIndexChanged, this, [this] {
    markDirty(bptt_);
    updateVisibility();
  });

  // The text: loading one rebuilds the model at once, so these are buttons, not pending edits.
  corpusInfo_ = new QLabel(box);
  corpusInfo_->setObjectName(QStringLiteral("corpusInfo"));
  corpusInfo_->setFont(uiFont());
  corpusInfo_->setWordWrap(true);
  corpusInfo_->setTextFormat(Qt::RichText);
  corpusInfo_->setText(tr("<i>no text loaded</i>"));
  form->addRow(formLabel(tr("Text:"), box), corpusInfo_);

  auto* buttons = new QHBoxLayout();
  buttons->setSpacing(6);
  dialogueButton_ = new QPushButton(tr("Dialogue"), box);
  dialogueButton_->setObjectName(QStringLiteral("dialogueButton"));
  dialogueButton_->setToolTip(tr("Generated prose with quoted dialogue (builtin:dialogue): look for cells that know "
                                 "whether they are inside a quotation. Loading a text resets training."));
  codeButton_ = new QPushButton(tr("Code"), box);
  codeButton_->setObjectName(QStringLiteral("codeButton"));
  codeButton_->setToolTip(tr("Generated indented program text (builtin:code): look for cells that track "
                             "indentation, brackets and comments. Loading a text resets training."));
  openTextButton_ = new QPushButton(tr("Open text…"), box);
  openTextButton_->setObjectName(QStringLiteral("openTextButton"));
  openTextButton_->setToolTip(tr("Train on a UTF-8 text file of your own. Loading a text resets training."));
  for (QPushButton* b : {dialogueButton_, codeButton_, openTextButton_}) {
    b->setFont(uiFont());
    buttons->addWidget(b);
  }
  buttons->addStretch(1);
  form->addRow(buttons);  // spanning both columns, so a narrow dock still fits the three buttons

  connect(dialogueButton_, &QPushButton::clicked, this, [this] { post(command::LoadCorpus{"builtin:dialogue"}); });
  connect(codeButton_, &QPushButton::clicked, this, [this] { post(command::LoadCorpus{"builtin:code"}); });
  connect(openTextButton_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a text to train on"), QString(),
                                                      tr("Text files (*.txt *.md *.py *.c *.cpp *.h *.js);;All files (*)"));
    if (!path.isEmpty()) post(command::LoadCorpus{path.toStdString()});
  });
  return box;
}

void ModelPanel::updateVisibility() {
  const QString cell = dataOf(cell_);
  modelForm_->setRowVisible(nonlinearity_, cell == QStringLiteral("rnn"));
  modelForm_->setRowVisible(gruVariant_, cell == QStringLiteral("gru"));
  modelForm_->setRowVisible(layerNorm_, cell != QStringLiteral("gru"));
  initForm_->setRowVisible(forgetBias_, cell == QStringLiteral("lstm"));

  const TrainConfig edited = editedConfig();
  QString formula = formulaFor(edited.model.cell, edited.model.gruVariant, edited.model.nonlinearity);
  if (haveSnapshot_ && (edited.model.cell != shown_.model.cell || edited.model.gruVariant != shown_.model.gruVariant ||
                        edited.model.nonlinearity != shown_.model.nonlinearity))
    formula += tr("<br><i>(not applied yet)</i>");
  formula_->setText(formula);

  const QString kind = dataOf(optimizer_);
  optimizerForm_->setRowVisible(momentum_, kind == QStringLiteral("momentum") || kind == QStringLiteral("nesterov"));
  optimizerForm_->setRowVisible(beta1_, kind == QStringLiteral("adam"));
  optimizerForm_->setRowVisible(beta2_, kind == QStringLiteral("adam"));
  optimizerForm_->setRowVisible(alpha_, kind == QStringLiteral("rmsprop"));
  optimizerForm_->setRowVisible(epsilon_, kind == QStringLiteral("adam") || kind == QStringLiteral("rmsprop"));
  clipThreshold_->setEnabled(dataOf(clipMode_) != QStringLiteral("none"));
  seqLen_->setEnabled(dataOf(bptt_) != QStringLiteral("full"));
  // a task's examples are whole sequences, one per stream: no window, no carried state
  const bool task = !task_->languageModel();
  for (QWidget* row : {static_cast<QWidget*>(seqLen_), static_cast<QWidget*>(bptt_), static_cast<QWidget*>(cacheMemory_)})
    dataForm_->setRowVisible(row, !task);
}

QString ModelPanel::noteText(bool task) {
  const QString what =
      task ? tr("Every knob of the experiment. A sequence task trains: the network reads each example and is scored "
                "only where the task asks for an output (the last state for a label, every position for tags, the "
                "decoder's steps for an output sequence); training minimises the mean cross-entropy over those "
                "outputs.")
           : tr("Every knob of the experiment. The model reads the text one character at a time and learns to predict "
                "the next one; training minimises the mean cross-entropy <i>L</i> = &minus;(1/<i>N</i>) &Sigma; log "
                "<i>p</i>(<i>x</i><sub><i>t</i>+1</sub> | <i>x</i><sub>1</sub>&hellip;<i>x</i><sub><i>t</i></sub>).");
  return what + tr("<br><b>Optimisation</b> settings (learning rate, optimiser, clipping) change training at the next "
                   "step. <b>Model</b>, <b>initialisation</b> and <b>data</b> settings need a new model: edit them, "
                   "then press <b>Apply</b>; training restarts from fresh weights. Hover over any setting to learn "
                   "what it does.");
}

TrainConfig ModelPanel::editedConfig() const {
  TrainConfig c = shown_;
  c.model.cell = cellKindFromString(dataOf(cell_).toStdString());
  c.model.nonlinearity = nonlinearityFromString(dataOf(nonlinearity_).toStdString());
  c.model.gruVariant = gruVariantFromString(dataOf(gruVariant_).toStdString());
  c.model.layerNorm = layerNorm_->isChecked() && c.model.cell != CellKind::Gru;  // not defined for the GRU
  c.model.hidden = hidden_->value();
  c.model.layers = layers_->value();
  c.model.embed = embed_->value();
  c.init.scheme = initSchemeFromString(dataOf(initScheme_).toStdString());
  c.init.spectralRadius = spectralRadius_->value();
  c.init.forgetBias = forgetBias_->value() <= kForgetBiasUnset ? std::numeric_limits<double>::quiet_NaN()
                                                               : forgetBias_->value();
  c.optimizer = liveOptimizer();
  c.clip = liveClip();
  c.batch = batch_->value();
  c.seqLen = seqLen_->value();
  c.fullBptt = dataOf(bptt_) == QStringLiteral("full");
  c.seed = static_cast<std::uint64_t>(seed_->value());
  c.validationFraction = validation_->value();
  return c;
}

OptimizerConfig ModelPanel::liveOptimizer() const {
  OptimizerConfig o = shown_.optimizer;
  o.kind = optimizerKindFromString(dataOf(optimizer_).toStdString());
  o.learningRate = learningRate_->value();
  o.momentum = momentum_->value();
  o.beta1 = beta1_->value();
  o.beta2 = beta2_->value();
  o.alpha = alpha_->value();
  o.epsilon = epsilon_->value();
  o.weightDecay = weightDecay_->value();
  return o;
}

ClipConfig ModelPanel::liveClip() const {
  ClipConfig c = shown_.clip;
  c.mode = clipModeFromString(dataOf(clipMode_).toStdString());
  c.threshold = clipThreshold_->value();
  return c;
}

void ModelPanel::postOptimizer() {
  const OptimizerConfig o = liveOptimizer();
  try {
    o.validate();
  } catch (const std::exception& e) {
    applyError_ = QString::fromUtf8(e.what());
    updatePendingUi();
    return;
  }
  awaitOptimizer_ = postSetting(command::SetOptimizer{o});
}

void ModelPanel::postClip() {
  const ClipConfig c = liveClip();
  try {
    c.validate();
  } catch (const std::exception& e) {
    applyError_ = QString::fromUtf8(e.what());
    updatePendingUi();
    return;
  }
  awaitClip_ = postSetting(command::SetClip{c});
}

void ModelPanel::markDirty(QWidget* control) {
  applyError_.clear();
  dirty_.insert(control);
  refreshDirtyMarks();
}

void ModelPanel::refreshDirtyMarks() {
  // A control counts as changed only while it differs from the running model's settings.
  const TrainConfig edited = editedConfig();
  for (const ArchField& f : archFields_) {
    if (dirty_.contains(f.control) && f.same(edited, shown_)) dirty_.remove(f.control);
    if (f.label) {
      QFont font = f.label->font();
      font.setBold(dirty_.contains(f.control));
      f.label->setFont(font);
      f.label->setStyleSheet(dirty_.contains(f.control) ? QStringLiteral("QLabel { color: #B35900; }") : QString());
    }
  }
  updateVisibility();
  updatePendingUi();
}

// The engine's estimate of the buffers these settings allocate (core/train/memory_estimate.h),
// with the vocabulary and text of the running session; {0, 0} before the first snapshot.
std::pair<std::uint64_t, std::uint64_t> ModelPanel::memoryFor(TrainConfig config) const {
  if (!haveSnapshot_ || lastVocabulary_ == 0) return {0, 0};
  config.model.vocabSize = static_cast<int>(lastVocabulary_);
  config.model.dtype = DType::F32;
  const std::uint64_t window =
      config.fullBptt ? wholeStreamSteps(config, lastCorpusCharacters_) : std::uint64_t(config.seqLen);
  const auto e = estimateTrainingMemory(config, window);
  return {e.total() + e.parameters / 4, availableMemoryBytes()};
}

void ModelPanel::updatePendingUi() {
  const int n = static_cast<int>(dirty_.size());
  apply_->setEnabled(n > 0);
  discard_->setEnabled(n > 0);
  if (!applyError_.isEmpty()) {
    pendingLabel_->setStyleSheet(QStringLiteral("QLabel { color: #C62828; }"));
    pendingLabel_->setText(applyError_);
  } else if (n > 0) {
    pendingLabel_->setStyleSheet(QStringLiteral("QLabel { color: #B35900; }"));
    const auto [needed, available] = memoryFor(editedConfig());
    QString text = tr("%n changed setting(s) not applied yet (marked in orange).", nullptr, n);
    if (needed > 0)
      text += QLatin1Char(' ') + tr("Training them needs about %1 MB (%2 MB free).")
                                     .arg(QLocale().toString(qulonglong(needed >> 20)))
                                     .arg(QLocale().toString(qulonglong(available >> 20)));
    pendingLabel_->setText(text);
  } else {
    pendingLabel_->setStyleSheet(QString());
    pendingLabel_->setText(tr("Showing the settings of the model being trained."));
  }
}

void ModelPanel::applyArchitecture() {
  TrainConfig config = editedConfig();
  try {
    TrainConfig check = config;
    check.model.vocabSize = std::max(1, check.model.vocabSize);  // the engine sets it from the text
    check.validate();
  } catch (const std::exception& e) {
    applyError_ = QString::fromUtf8(e.what());
    updatePendingUi();
    return;
  }
  const auto [needed, available] = memoryFor(config);
  if (available > 0 && needed > available) {
    applyError_ = tr("These settings need about %1 MB to train, more than the %2 MB this machine has free. Choose a "
                     "smaller model, batch or window.")
                      .arg(QLocale().toString(qulonglong(needed >> 20)))
                      .arg(QLocale().toString(qulonglong(available >> 20)));
    updatePendingUi();
    return;
  }
  applyError_.clear();
  if (const auto open = task_->chosen(TaskConfig::sharedWith(config))) {
    awaitConfigure_ = postSetting(*open);
  } else {
    // back from a task to the language model: the built-in text, then these settings
    if (taskShown_) postSetting(command::LoadCorpus{"builtin:dialogue"});
    awaitConfigure_ = postSetting(command::Configure{config});
  }
  task_->clearEdited();
  dirty_.clear();
  refreshDirtyMarks();
}

void ModelPanel::discardChanges() {
  task_->clearEdited();
  dirty_.clear();
  applyError_.clear();
  resync_ = true;
  syncArchitecture(shown_);
  refreshDirtyMarks();
}

bool ModelPanel::maySync(QWidget* control) const {
  if (dirty_.contains(control)) return false;
  // a spin box with focus may hold half-typed text
  return !(qobject_cast<QAbstractSpinBox*>(control) && control->hasFocus());
}

void ModelPanel::syncArchitecture(const TrainConfig& c) {
  auto setCombo = [this](QComboBox* combo, const std::string& name) {
    if (!maySync(combo)) return;
    const QSignalBlocker block(combo);
    selectData(combo, QString::fromStdString(name));
  };
  auto setSpin = [this](auto* spin, auto value) {
    if (!maySync(spin)) return;
    const QSignalBlocker block(spin);
    spin->setValue(value);
  };
  setCombo(cell_, toString(c.model.cell));
  setCombo(nonlinearity_, toString(c.model.nonlinearity));
  setCombo(gruVariant_, toString(c.model.gruVariant));
  if (maySync(layerNorm_)) {
    const QSignalBlocker block(layerNorm_);
    layerNorm_->setChecked(c.model.layerNorm);
  }
  setSpin(hidden_, c.model.hidden);
  setSpin(layers_, c.model.layers);
  setSpin(embed_, c.model.embed);
  setCombo(initScheme_, toString(c.init.scheme));
  setSpin(spectralRadius_, c.init.spectralRadius);
  setSpin(forgetBias_, std::isnan(c.init.forgetBias) ? kForgetBiasUnset : c.init.forgetBias);
  setSpin(batch_, c.batch);
  setSpin(seqLen_, c.seqLen);
  setCombo(bptt_, c.fullBptt ? "full" : "truncated");
  setSpin(seed_, static_cast<int>(std::min<std::uint64_t>(c.seed, INT_MAX)));
  setSpin(validation_, c.validationFraction);
}

void ModelPanel::syncLive(const TrainConfig& c) {
  auto setSpin = [this](QDoubleSpinBox* spin, double value) {
    if (!maySync(spin)) return;
    const QSignalBlocker block(spin);
    spin->setValue(value);
  };
  if (!awaitOptimizer_) {
    {
      const QSignalBlocker block(optimizer_);
      selectData(optimizer_, QString::fromStdString(toString(c.optimizer.kind)));
    }
    setSpin(learningRate_, c.optimizer.learningRate);
    setSpin(momentum_, c.optimizer.momentum);
    setSpin(beta1_, c.optimizer.beta1);
    setSpin(beta2_, c.optimizer.beta2);
    setSpin(alpha_, c.optimizer.alpha);
    setSpin(epsilon_, c.optimizer.epsilon);
    setSpin(weightDecay_, c.optimizer.weightDecay);
  }
  if (!awaitClip_) {
    {
      const QSignalBlocker block(clipMode_);
      selectData(clipMode_, QString::fromStdString(toString(c.clip.mode)));
    }
    setSpin(clipThreshold_, c.clip.threshold);
  }
}

void ModelPanel::syncCorpus(const Snapshot& s) {
  if (s.corpusName == lastCorpus_ && s.corpusCharacters == lastCorpusCharacters_ &&
      s.vocabulary.size() == lastVocabulary_)
    return;
  lastCorpus_ = s.corpusName;
  lastCorpusCharacters_ = s.corpusCharacters;
  lastVocabulary_ = s.vocabulary.size();
  if (s.corpusName.empty()) {
    corpusInfo_->setText(tr("<i>no text loaded</i>"));
    corpusInfo_->setToolTip(QString());
    return;
  }
  const QLocale locale;
  corpusInfo_->setText(tr("<b>%1</b><br>%2 characters, %3 distinct")
                           .arg(corpusDisplayName(s.corpusName).toHtmlEscaped(),
                                locale.toString(static_cast<qulonglong>(s.corpusCharacters)),
                                locale.toString(static_cast<qulonglong>(s.vocabulary.size()))));
  corpusInfo_->setToolTip(QString::fromStdString(s.corpusName).toHtmlEscaped());
}

void ModelPanel::showMeasuredSpectrum(const Snapshot& s) {
  QString text;
  if (!s.spectra.empty()) {
    const WeightSpectrum& w = s.spectra.front().weights;
    const double rho = chart::spectralRadius(w);
    if (std::isfinite(rho) && std::isfinite(w.sigmaMax) && w.sigmaMax > 0)
      text = tr("now: ρ = %1, σ_max = %2").arg(QString::number(rho, 'f', 2), QString::number(w.sigmaMax, 'f', 2));
  }
  if (measuredSpectrum_->text() != text) measuredSpectrum_->setText(text);
  initForm_->setRowVisible(measuredSpectrum_, !text.isEmpty());
}

// The window caches of the model being trained, beside what full BPTT over the same text would
// keep (core/train/memory_estimate.h).
void ModelPanel::showCacheMemory(const Snapshot& s) {
  QString text;
  if (s.vocabulary.size() > 0 && s.corpusCharacters > 0) {
    TrainConfig c = s.config;
    c.model.vocabSize = static_cast<int>(s.vocabulary.size());
    const std::uint64_t whole = wholeStreamSteps(c, s.corpusCharacters);
    const auto megabytes = [](std::uint64_t bytes) {
      return QLocale().toString(static_cast<double>(bytes) / (1 << 20), 'f', bytes < (10u << 20) ? 1 : 0);
    };
    const std::uint64_t truncated = estimateTrainingMemory(c, std::uint64_t(c.seqLen)).activations;
    const std::uint64_t full = estimateTrainingMemory(c, whole).activations;
    text = c.fullBptt ? tr("caches: %1 MB for the whole text (%2 steps per stream)").arg(megabytes(full)).arg(whole)
                      : tr("caches: %1 MB for a window of T = %2; full BPTT over this text: %3 MB")
                            .arg(megabytes(truncated))
                            .arg(c.seqLen)
                            .arg(megabytes(full));
  }
  if (cacheMemory_->text() != text) cacheMemory_->setText(text);
}

// Compare mode: "Settings of run [A] [B]", B at first, since B is the run the user changes.
QWidget* ModelPanel::buildRunChooser() {
  runChooser_ = new QWidget(this);
  runChooser_->setObjectName(QStringLiteral("runChooser"));
  auto* row = new QHBoxLayout(runChooser_);
  row->setContentsMargins(0, 0, 0, 0);
  auto* label = new QLabel(tr("Settings of run:"), runChooser_);
  label->setFont(uiFont(text::kTextPointSize, true));
  row->addWidget(label);
  auto* group = new QButtonGroup(runChooser_);
  for (const bool b : {false, true}) {
    auto* button = new QPushButton(b ? tr("B (dashed)") : tr("A (solid)"), runChooser_);
    button->setObjectName(b ? QStringLiteral("editRunB") : QStringLiteral("editRunA"));
    button->setCheckable(true);
    button->setToolTip(b ? tr("Show and change run B's settings: what you change here, B alone trains with")
                         : tr("Show and change run A's settings"));
    group->addButton(button);
    row->addWidget(button);
    (b ? editB_ : editA_) = button;
  }
  row->addStretch(1);
  editA_->setChecked(true);
  connect(editB_, &QPushButton::toggled, this, [this](bool b) {
    if (b == editsB_) return;
    setEditsB(b);
    emit editedRunChanged();
  });
  runChooser_->hide();
  return runChooser_;
}

void ModelPanel::setEditsB(bool b) {
  editsB_ = b;
  {
    const QSignalBlocker quiet(editB_);
    (b ? editB_ : editA_)->setChecked(true);
  }
  // the other run's snapshots and command ids: start over with them
  awaitOptimizer_ = awaitClip_ = awaitConfigure_ = 0;
  dirty_.clear();
  applyError_.clear();
  resync_ = true;
}

CommandId ModelPanel::postSetting(Command c) { return editsB_ ? postToB(std::move(c)) : post(std::move(c)); }

void ModelPanel::render(const Snapshot& a) {
  if (runChooser_->isHidden() == (compared() != nullptr)) runChooser_->setVisible(compared() != nullptr);
  const Snapshot& s = editsB_ && compared() ? *compared() : a;
  const bool newSettings = s.configRevision != cacheMemoryRevision_ || s.corpusCharacters != lastCorpusCharacters_ ||
                           s.vocabulary.size() != lastVocabulary_;
  syncCorpus(s);
  if (newSettings) {
    cacheMemoryRevision_ = s.configRevision;
    showCacheMemory(s);
  }
  showMeasuredSpectrum(s);  // changes with training, not only with the settings
  for (CommandId* wait : {&awaitOptimizer_, &awaitClip_, &awaitConfigure_})
    if (*wait != 0 && s.lastCommandId >= *wait) *wait = 0;

  const bool focusInside = isAncestorOf(QApplication::focusWidget());
  const bool waiting = awaitOptimizer_ || awaitClip_ || awaitConfigure_;
  const bool sameRun = shownRunB_ == (&s != &a);
  if (haveSnapshot_ && sameRun && !resync_ && !waiting && !focusInside && s.configRevision == shownRevision_) return;
  shownRunB_ = &s != &a;
  shownRevision_ = s.configRevision;
  haveSnapshot_ = true;
  resync_ = waiting;  // once the wait ends, sync once more even if nothing changed

  shown_ = s.config;
  if (taskShown_ != (s.task != nullptr)) note_->setText(noteText(s.task != nullptr));
  taskShown_ = s.task != nullptr;
  task_->show(s.task.get());
  if (!awaitConfigure_) syncArchitecture(shown_);
  syncLive(shown_);
  refreshDirtyMarks();
}

}  // namespace rnnscope::ui
