#include "ui/panels/samples_panel.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/panels/chart_widgets.h"
#include "ui/panels/compare_row.h"
#include "ui/panels/sample_run_view.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

using text::uiFont;

namespace {
constexpr int kTemperatureTicks = 100;  // slider units per 1.0 of temperature
constexpr int kClampTicks = 100;        // slider units per 1.0 of clamp value
constexpr double kDefaultTemperature = 0.8;
constexpr int kDefaultLength = 300;
// Below this width two columns of sample text are too narrow to read: B goes under A.
constexpr int kSideBySideWidth = 700;

QString signedValue(double v) {
  QString s = QString::number(std::abs(v), 'f', 2);
  return (v < 0 ? QStringLiteral("−") : QStringLiteral("+")) + s;
}

bool sameClamps(const std::vector<CellClamp>& a, const std::vector<CellClamp>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CellClamp& x, const CellClamp& y) {
    return x.layer == y.layer && x.unit == y.unit && x.cellState == y.cellState && x.value == y.value;
  });
}
}  // namespace

QString SamplesPanel::title() const { return tr("Samples"); }

SamplesPanel::SamplesPanel(PostCommand poster, QWidget* parent) : Panel(std::move(poster), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(5);

  note_ = new chart::NoteBox(
      tr("Text written by the model. It first reads the <b>prime</b> (in blue), then draws each next character from "
         "its prediction, <i>p</i><sub><i>i</i></sub> &prop; exp(<i>logit</i><sub><i>i</i></sub> / <i>T</i>), and "
         "<b>feeds the character it drew back in as the next input</b> (one-to-many). The temperature <i>T</i> "
         "trades safety for variety: <i>T</i> &rarr; 0 always picks the likeliest character (safe, repetitive); "
         "<i>T</i> = 1 samples the model as it is; <i>T</i> &gt; 1 flattens the distribution (varied, wild).<br>"
         "<b>Intervention</b>: hold one cell at a fixed value at every step while the model writes. If a cell "
         "tracks quotations, clamping it can keep a quote open forever."),
      this);
  layout->addWidget(note_);

  // A keeps the unsuffixed names the lessons point at (samples/sampleText)
  runA_ = new SampleRunView(QString(), this);
  runB_ = new SampleRunView(QStringLiteral("B"), this);
  runB_->setObjectName(QStringLiteral("sampleRunB"));
  runs_ = new CompareRow(runA_, runB_, kSideBySideWidth, this);
  runs_->setObjectName(QStringLiteral("sampleRuns"));
  layout->addWidget(runs_, 1);

  layout->addWidget(buildSamplingSettings());
  layout->addWidget(buildClampControls());
  connectSignals();

  // the engine starts with the same defaults, so nothing needs posting until the user acts
  lastPosted_ = settings();
  havePosted_ = true;
  updateLabels();
  updateClampControls();
  runA_->showSample(SampleView{}, headingFor(SampleView{}, 0));
}

QTextEdit* SamplesPanel::sampleView() const { return runA_->textView(); }
QTextEdit* SamplesPanel::comparedSampleView() const { return runB_->textView(); }
QLabel* SamplesPanel::comparedSampleHeader() const { return runB_->header(); }

// Temperature, prime and length, and the button that writes a sample now.
QWidget* SamplesPanel::buildSamplingSettings() {
  auto* settingsBox = new QGroupBox(tr("Sampling"), this);
  settingsBox->setFont(uiFont(text::kTextPointSize, true));
  auto* grid = new QGridLayout(settingsBox);
  grid->setHorizontalSpacing(8);
  grid->setVerticalSpacing(6);

  auto* temperatureLabel = new QLabel(tr("Temperature T:"), settingsBox);
  temperatureLabel->setFont(uiFont());
  temperature_ = new QSlider(Qt::Horizontal, settingsBox);
  temperature_->setObjectName(QStringLiteral("temperatureSlider"));
  temperature_->setRange(0, 2 * kTemperatureTicks);
  temperature_->setSingleStep(5);
  temperature_->setPageStep(25);
  temperature_->setTickPosition(QSlider::TicksBelow);
  temperature_->setTickInterval(kTemperatureTicks / 2);
  temperature_->setValue(static_cast<int>(std::lround(kDefaultTemperature * kTemperatureTicks)));
  temperature_->setToolTip(tr("p<sub>i</sub> &prop; exp(logit<sub>i</sub> / T).<br><b>Low T</b>: safe and "
                              "repetitive (0 = always the likeliest character).<br><b>High T</b>: varied and wild, "
                              "with more spelling mistakes."));
  temperatureLabel->setBuddy(temperature_);
  temperatureValue_ = new QLabel(settingsBox);
  temperatureValue_->setObjectName(QStringLiteral("temperatureValue"));
  temperatureValue_->setFont(uiFont(text::kTextPointSize, true));
  temperatureValue_->setMinimumWidth(QFontMetrics(temperatureValue_->font()).horizontalAdvance(QStringLiteral("0.00")) + 6);
  grid->addWidget(temperatureLabel, 0, 0);
  grid->addWidget(temperature_, 0, 1, 1, 3);
  grid->addWidget(temperatureValue_, 0, 4);

  auto* primeLabel = new QLabel(tr("Prime:"), settingsBox);
  primeLabel->setFont(uiFont());
  prime_ = new QLineEdit(settingsBox);
  prime_->setObjectName(QStringLiteral("primeEdit"));
  prime_->setFont(text::monospaceFont(text::kTextPointSize));
  prime_->setPlaceholderText(tr("(empty: start from a newline)"));
  prime_->setToolTip(tr("Text the model reads before it starts writing: it sets the state the sample grows from. "
                        "Press Enter to use it."));
  primeLabel->setBuddy(prime_);
  auto* lengthLabel = new QLabel(tr("Length:"), settingsBox);
  lengthLabel->setFont(uiFont());
  length_ = new QSpinBox(settingsBox);
  length_->setObjectName(QStringLiteral("lengthSpin"));
  length_->setFont(uiFont());
  length_->setRange(1, 100000);
  length_->setValue(kDefaultLength);
  length_->setSingleStep(50);
  length_->setKeyboardTracking(false);
  length_->setSuffix(tr(" chars"));
  length_->setToolTip(tr("How many characters to generate after the prime."));
  lengthLabel->setBuddy(length_);
  sampleNow_ = new QPushButton(tr("Sample now"), settingsBox);
  sampleNow_->setObjectName(QStringLiteral("sampleNowButton"));
  sampleNow_->setFont(uiFont(text::kTextPointSize, true));
  sampleNow_->setToolTip(tr("Write a new sample with the current weights. While training runs, a new sample also "
                            "appears every few seconds."));
  // T: [------o----] 0.80
  // Prime: [........................]
  // Length: [300 chars]      [Sample now]
  grid->addWidget(primeLabel, 1, 0);
  grid->addWidget(prime_, 1, 1, 1, 4);
  grid->addWidget(lengthLabel, 2, 0);
  grid->addWidget(length_, 2, 1);
  grid->addWidget(sampleNow_, 2, 3, 1, 2, Qt::AlignRight);
  grid->setColumnStretch(2, 1);
  return settingsBox;
}

// The intervention: one cell (h or c, layer, unit) held at a value while the model writes.
QWidget* SamplesPanel::buildClampControls() {
  auto* clampBox = new QGroupBox(tr("Intervention: clamp a cell while sampling"), this);
  clampBox->setFont(uiFont(text::kTextPointSize, true));
  auto* clampRows = new QVBoxLayout(clampBox);
  clampRows->setSpacing(4);
  auto* row = new QHBoxLayout();
  row->setSpacing(6);
  clampOn_ = new QCheckBox(tr("Clamp cell"), clampBox);
  clampOn_->setObjectName(QStringLiteral("clampCheck"));
  clampOn_->setFont(uiFont());
  clampOn_->setToolTip(tr("While sampling, overwrite the chosen cell with a fixed value after every step, then "
                          "read what the model writes. A causal test: does this cell control a feature of the text?"));
  clampLayerLabel_ = new QLabel(tr("layer"), clampBox);
  clampLayerLabel_->setFont(uiFont());
  clampLayer_ = new QComboBox(clampBox);
  clampLayer_->setObjectName(QStringLiteral("clampLayerCombo"));
  clampLayer_->setFont(uiFont());
  clampLayer_->setToolTip(tr("The recurrent layer of the cell (1 reads the characters)."));
  auto* cellLabel = new QLabel(tr("cell"), clampBox);
  cellLabel->setFont(uiFont());
  clampUnit_ = new QSpinBox(clampBox);
  clampUnit_->setObjectName(QStringLiteral("clampUnitSpin"));
  clampUnit_->setFont(uiFont());
  clampUnit_->setKeyboardTracking(false);
  clampUnit_->setToolTip(tr("Index j of the cell. The Cells view's ranking shows which cells follow a concept."));
  clampState_ = new QComboBox(clampBox);
  clampState_->setObjectName(QStringLiteral("clampStateCombo"));
  clampState_->setFont(uiFont());
  clampState_->addItem(tr("h (hidden)"), false);
  clampState_->addItem(tr("c (cell state)"), true);
  clampState_->setToolTip(tr("Hold the hidden state h or the LSTM's cell state c."));
  auto* atLabel = new QLabel(tr("at"), clampBox);
  atLabel->setFont(uiFont());
  clampValue_ = new QSlider(Qt::Horizontal, clampBox);
  clampValue_->setObjectName(QStringLiteral("clampValueSlider"));
  clampValue_->setRange(-kClampTicks, kClampTicks);
  clampValue_->setSingleStep(5);
  clampValue_->setPageStep(25);
  clampValue_->setValue(kClampTicks);
  clampValue_->setMinimumWidth(100);
  clampValue_->setToolTip(tr("The value the cell is held at, from −1 to +1."));
  clampValueLabel_ = new QLabel(clampBox);
  clampValueLabel_->setObjectName(QStringLiteral("clampValueLabel"));
  clampValueLabel_->setFont(uiFont(text::kTextPointSize, true));
  clampValueLabel_->setMinimumWidth(QFontMetrics(clampValueLabel_->font()).horizontalAdvance(QStringLiteral("−0.00")) + 6);
  // [x] Clamp cell [j] [h (hidden)] layer [1]
  //     at [------------o] +1.00
  row->addWidget(clampOn_);
  row->addWidget(clampUnit_);
  row->addWidget(clampState_);
  row->addWidget(clampLayerLabel_);
  row->addWidget(clampLayer_);
  row->addStretch(1);
  auto* valueRow = new QHBoxLayout();
  valueRow->setSpacing(6);
  valueRow->addSpacing(24);
  valueRow->addWidget(atLabel);
  valueRow->addWidget(clampValue_, 1);
  valueRow->addWidget(clampValueLabel_);
  clampRows->addLayout(row);
  clampRows->addLayout(valueRow);
  cellLabel->hide();  // the check box says "Clamp cell"
  return clampBox;
}

void SamplesPanel::connectSignals() {
  connect(temperature_, &QSlider::valueChanged, this, [this] {
    updateLabels();
    if (!temperature_->isSliderDown()) postSettings();  // while dragging, post once on release
  });
  connect(temperature_, &QSlider::sliderReleased, this, &SamplesPanel::postSettings);
  connect(prime_, &QLineEdit::editingFinished, this, &SamplesPanel::postSettings);
  connect(length_, &QSpinBox::valueChanged, this, &SamplesPanel::postSettings);
  connect(sampleNow_, &QPushButton::clicked, this, [this] {
    postSettings();
    post(command::SampleNow{});
  });
  connect(clampOn_, &QCheckBox::toggled, this, [this] {
    updateClampControls();
    postSettings();
  });
  connect(clampLayer_, &QComboBox::currentIndexChanged, this, &SamplesPanel::postSettings);
  connect(clampUnit_, &QSpinBox::valueChanged, this, &SamplesPanel::postSettings);
  connect(clampState_, &QComboBox::currentIndexChanged, this, &SamplesPanel::postSettings);
  connect(clampValue_, &QSlider::valueChanged, this, [this] {
    updateLabels();
    if (!clampValue_->isSliderDown()) postSettings();
  });
  connect(clampValue_, &QSlider::sliderReleased, this, &SamplesPanel::postSettings);
}

command::SetSampling SamplesPanel::settings() const {
  command::SetSampling s;
  s.prime = prime_->text().toStdU32String();
  s.length = length_->value();
  s.temperature = temperature_->value() / double(kTemperatureTicks);
  if (clampOn_->isChecked() && hidden_ > 0) {
    CellClamp c;
    c.layer = std::max(0, clampLayer_->currentIndex());
    c.unit = clampUnit_->value();
    c.cellState = cell_ == CellKind::Lstm && clampState_->currentData().toBool();
    c.value = clampValue_->value() / double(kClampTicks);
    s.clamps.push_back(c);
  }
  return s;
}

void SamplesPanel::setSettings(const QString& prime, int length, double temperature) {
  const QSignalBlocker blockTemperature(temperature_), blockPrime(prime_), blockLength(length_), blockClamp(clampOn_);
  temperature_->setValue(static_cast<int>(std::lround(temperature * kTemperatureTicks)));
  prime_->setText(prime);
  length_->setValue(length);
  clampOn_->setChecked(false);
  updateLabels();
  updateClampControls();
  postSettings();
}

void SamplesPanel::postSettings() {
  command::SetSampling s = settings();
  if (havePosted_ && s.prime == lastPosted_.prime && s.length == lastPosted_.length &&
      s.temperature == lastPosted_.temperature && sameClamps(s.clamps, lastPosted_.clamps))
    return;
  lastPosted_ = s;
  havePosted_ = true;
  post(std::move(s));
}

void SamplesPanel::updateLabels() {
  temperatureValue_->setText(QString::number(temperature_->value() / double(kTemperatureTicks), 'f', 2));
  clampValueLabel_->setText(signedValue(clampValue_->value() / double(kClampTicks)));
}

void SamplesPanel::updateClampControls() {
  const bool on = clampOn_->isChecked() && hidden_ > 0;
  for (QWidget* w : std::initializer_list<QWidget*>{clampLayer_, clampUnit_, clampState_, clampValue_, clampValueLabel_})
    w->setEnabled(on);
  clampOn_->setEnabled(hidden_ > 0);
  clampLayer_->setVisible(layers_ > 1);
  clampLayerLabel_->setVisible(layers_ > 1);
  clampState_->setVisible(cell_ == CellKind::Lstm);
}

void SamplesPanel::updateModelShape(const ModelConfig& m) {
  if (m.layers == layers_ && m.hidden == hidden_ && m.cell == cell_) return;
  layers_ = m.layers;
  hidden_ = m.hidden;
  cell_ = m.cell;
  {
    const QSignalBlocker blockLayer(clampLayer_);
    const QSignalBlocker blockUnit(clampUnit_);
    const int keepLayer = clampLayer_->currentIndex();
    clampLayer_->clear();
    for (int l = 0; l < layers_; ++l) clampLayer_->addItem(QString::number(l + 1));
    clampLayer_->setCurrentIndex(std::clamp(keepLayer, 0, std::max(0, layers_ - 1)));
    clampUnit_->setRange(0, std::max(0, hidden_ - 1));
  }
  updateClampControls();
}

// run: 'A' or 'B' in compare mode (a badge first), 0 outside it.
QString SamplesPanel::headingFor(const SampleView& sample, char run) const {
  const QString badge = run ? runBadge(run) : QString();
  if (sample.text.empty() && sample.prime.empty())
    return badge + tr("No sample yet: press Play or Step, or <b>Sample now</b>.");
  QString header = badge + tr("Written by the weights of step <b>%1</b> at temperature <b>%2</b>:")
                               .arg(sample.step)
                               .arg(QString::number(sample.temperature, 'f', 2));
  for (const CellClamp& c : sample.clamps)
    header += tr(" with %1_l%2[%3] held at %4.")
                  .arg(QString::fromLatin1(letterOf(c.cellState ? TensorKind::CellState : TensorKind::Hidden).data(), 1))
                  .arg(c.layer)
                  .arg(c.unit)
                  .arg(signedValue(c.value));
  if (!sample.prime.empty())
    header += QStringLiteral(" <span style='color:%1; background:%2'>&nbsp;%3&nbsp;</span>")
                  .arg(kPrimeInk.name(), kPrimeBackground.name(), tr("prime"));
  return header;
}

// The sampling controls post to A only: the window sends view commands to both runs, so B
// writes with the same settings.
void SamplesPanel::render(const Snapshot& s) {
  updateModelShape(s.config.model);
  const Snapshot* b = compared();
  runs_->setComparing(b != nullptr);
  runA_->showSample(s.sample, headingFor(s.sample, b ? 'A' : 0));
  if (b) runB_->showSample(b->sample, headingFor(b->sample, 'B'));
}

}  // namespace rnnscope::ui
