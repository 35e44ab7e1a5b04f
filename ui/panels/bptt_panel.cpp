#include "ui/panels/bptt_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/panels/bptt_equations.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/unrolled_network_view.h"

namespace rnnscope::ui {

using namespace chart;

BpttPanel::BpttPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new NoteBox(
      tr("<b>Backpropagation through time, one operation at a time.</b> The network is drawn unrolled over the "
         "first steps of the last training window (stream 0): one column per character, the same matrices "
         "W<sub>xh</sub>, W<sub>hh</sub>, W<sub>hy</sub> on every column. <b>Step</b> runs the forward pass one "
         "timestep at a time (input, pre-activation a<sub>t</sub>, state h<sub>t</sub>, scores y<sub>t</sub>, "
         "softmax, loss L<sub>t</sub>); then the backward pass walks from the last step to the first: "
         "∂L/∂h<sub>t</sub> is what comes down from the output plus what comes back from step t+1 through "
         "J<sub>t+1</sub><sup>T</sup>, and each step adds one term to ∂L/∂W<sub>hh</sub>. The last stage shows "
         "where truncated BPTT cuts: the state is carried into the next window, its gradient is not.<br>"
         "Colours: blue negative, red positive, each kind of vector scaled to its largest entry in this pass; "
         "the numbers below are exact. Pause training to walk one pass; while training runs, the numbers follow "
         "the newest pass."),
      this);
  auto* header = new QHBoxLayout();
  layers_ = new LayerChooser(this);
  note_->moveToggleTo(header);
  header->addWidget(layers_);
  header->addStretch(1);
  header->addWidget(buildWindowChooser());
  layout->addLayout(header);
  layout->addWidget(note_);
  layout->addWidget(buildControls());
  summary_ = makeSummaryLabel(this, kAxisTitlePointSize);
  layout->addWidget(summary_);

  stack_ = makeEmptyStack(this);
  layout->addWidget(stack_, 1);
  auto* splitter = new QSplitter(Qt::Vertical, stack_);
  view_ = new UnrolledNetworkView(splitter);
  // a text browser, not a label: it wraps long equations to the width and scrolls
  equations_ = new QTextBrowser(splitter);
  equations_->setObjectName(QStringLiteral("bpttEquations"));
  equations_->setFont(chartFont(kLabelPointSize + 1));
  equations_->setFrameShape(QFrame::NoFrame);
  equations_->setOpenLinks(false);
  splitter->addWidget(view_);
  splitter->addWidget(equations_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({550, 450});
  splitter->setChildrenCollapsible(false);
  stack_->addWidget(splitter);

  connect(layers_, &LayerChooser::layerChanged, this, [this](int) { showStage(); });
  showStage();
}

// [|<] [< Back] [Step >] [>|]  ----o---- stage label      Window: [8] steps
QWidget* BpttPanel::buildControls() {
  auto* row = new QWidget(this);
  auto* controls = new QHBoxLayout(row);
  controls->setContentsMargins(0, 0, 0, 0);
  controls->setSpacing(6);
  auto button = [&](const QString& text, const QString& name, const QString& tip, const QKeySequence& key) {
    auto* b = new QPushButton(text, row);
    if (text.isEmpty()) b->setIcon(style()->standardIcon(key == QKeySequence(Qt::Key_Home) ? QStyle::SP_MediaSkipBackward
                                                                                           : QStyle::SP_MediaSkipForward));
    b->setObjectName(name);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
    controls->addWidget(b);
    return b;
  };
  first_ = button(QString(), QStringLiteral("bpttFirst"), tr("Back to the start of the forward pass"),
                  QKeySequence(Qt::Key_Home));
  back_ = button(tr("◀ Back"), QStringLiteral("bpttBack"), tr("One operation back"), QKeySequence(Qt::Key_Left));
  step_ = button(tr("Step ▶"), QStringLiteral("bpttStep"),
                 tr("One operation on: the next timestep of the forward pass, then of the backward pass"),
                 QKeySequence(Qt::Key_Right));
  last_ = button(QString(), QStringLiteral("bpttLast"), tr("To the end: the cut of truncated BPTT"),
                 QKeySequence(Qt::Key_End));
  stageSlider_ = new QSlider(Qt::Horizontal, row);
  stageSlider_->setObjectName(QStringLiteral("bpttStageSlider"));
  stageSlider_->setMinimumWidth(100);
  stageSlider_->setToolTip(tr("Every stage of the pass: forward t = 0..T−1, backward t = T−1..0, then the cut"));
  controls->addWidget(stageSlider_, 1);
  stageLabel_ = new QLabel(row);
  stageLabel_->setFont(chartFont(kLabelPointSize, true));
  stageLabel_->setMinimumWidth(QFontMetrics(stageLabel_->font()).horizontalAdvance(tr("backward, t = 00")) + 8);
  controls->addWidget(stageLabel_);
  connect(first_, &QPushButton::clicked, this, [this] { setStageIndex(0); });
  connect(back_, &QPushButton::clicked, this, [this] { setStageIndex(stageIndex_ - 1); });
  connect(step_, &QPushButton::clicked, this, [this] { setStageIndex(stageIndex_ + 1); });
  connect(last_, &QPushButton::clicked, this, [this] { setStageIndex(stageCount() - 1); });
  connect(stageSlider_, &QSlider::valueChanged, this, [this](int v) {
    if (v != stageIndex_) setStageIndex(v);
  });
  return row;
}

// Steps shown: [8]
QWidget* BpttPanel::buildWindowChooser() {
  auto* box = new QWidget(this);
  auto* row = new QHBoxLayout(box);
  row->setContentsMargins(0, 0, 0, 0);
  auto* label = new QLabel(tr("Steps shown:"), box);
  label->setFont(chartFont(kLabelPointSize));
  windowSteps_ = new QSpinBox(box);
  windowSteps_->setObjectName(QStringLiteral("bpttWindowSteps"));
  windowSteps_->setRange(1, rnnscope::kBpttMaxSteps);
  windowSteps_->setValue(rnnscope::kBpttDefaultSteps);
  windowSteps_->setToolTip(tr("How many timesteps of the training window are unrolled here (at most the window "
                              "length). The pass shown is its own short window: its gradients are those of these "
                              "steps alone."));
  label->setBuddy(windowSteps_);
  row->addWidget(label);
  row->addWidget(windowSteps_);
  connect(windowSteps_, &QSpinBox::valueChanged, this,
          [this](int steps) { windowRequest_ = post(command::SetTraceWindow{steps}); });
  return box;
}

QString BpttPanel::title() const { return tr("Step through BPTT"); }

int BpttPanel::stageCount() const { return trace_ ? BpttStage::count(trace_->T) : 0; }

void BpttPanel::setStageIndex(int index) {
  wantedStage_ = std::max(0, index);
  stageIndex_ = std::clamp(wantedStage_, 0, std::max(0, stageCount() - 1));
  showStage();
}

QString BpttPanel::equationsText() const { return equations_->toPlainText(); }

void BpttPanel::showStage() {
  const int count = stageCount();
  stageSlider_->blockSignals(true);
  stageSlider_->setRange(0, std::max(0, count - 1));
  stageSlider_->setValue(stageIndex_);
  stageSlider_->blockSignals(false);
  first_->setEnabled(stageIndex_ > 0);
  back_->setEnabled(stageIndex_ > 0);
  step_->setEnabled(stageIndex_ + 1 < count);
  last_->setEnabled(stageIndex_ + 1 < count);
  if (!trace_) {
    stageLabel_->clear();
    equations_->clear();
    return;
  }
  const BpttStage stage = BpttStage::at(stageIndex_, trace_->T);
  switch (stage.phase) {
    case BpttStage::Phase::Forward: stageLabel_->setText(tr("forward, t = %1").arg(stage.t)); break;
    case BpttStage::Phase::Backward: stageLabel_->setText(tr("backward, t = %1").arg(stage.t)); break;
    case BpttStage::Phase::Cut: stageLabel_->setText(tr("the cut")); break;
  }
  view_->setLayer(layers_->layer());
  view_->setStage(stage);
  equations_->setHtml(BpttEquations(*trace_, vocabulary_, layers_->layer()).html(stage));
}

void BpttPanel::render(const Snapshot& snapshot) {
  if (windowRequest_ != 0 && snapshot.lastCommandId >= windowRequest_) windowRequest_ = 0;
  if (windowRequest_ == 0 && windowSteps_->value() != snapshot.bpttWindow) {
    windowSteps_->blockSignals(true);
    windowSteps_->setValue(snapshot.bpttWindow);
    windowSteps_->blockSignals(false);
  }
  stack_->setCurrentIndex(snapshot.bptt ? 1 : 0);
  if (snapshot.bptt == trace_) return;
  trace_ = snapshot.bptt;
  traceStep_ = snapshot.bpttStep;
  vocabulary_ = snapshot.vocabulary;
  if (!trace_) {
    summary_->clear();
    showStage();
    return;
  }
  layers_->setLayerCount(trace_->L);
  view_->setTrace(trace_, vocabulary_);
  stageIndex_ = std::clamp(wantedStage_, 0, stageCount() - 1);
  setSummaryText(summary_,
                 tr("The pass of update <b>%1</b>: %2 steps of stream 0, loss L = (1/%2) &Sigma; L<sub>t</sub> = <b>%3</b> nats")
                     .arg(traceStep_)
                     .arg(trace_->T)
                     .arg(QString::number(trace_->loss, 'f', 4)),
                 snapshot.running);
  showStage();
}

}  // namespace rnnscope::ui
