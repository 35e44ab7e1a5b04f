#include "ui/panels/slow_motion_panel.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/panels/bptt_equations.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/training_loop_view.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
// The caption quotes at most this many characters of stream 0.
constexpr std::size_t kQuotedCharacters = 40;
constexpr int kAnimationMs = 33;

QString number(double v) { return QString::number(v, 'g', 3); }
}  // namespace

SlowMotionPanel::SlowMotionPanel(PostCommand post, SlowMotion* motion, QWidget* parent)
    : Panel(std::move(post), parent), motion_(motion) {
  auto* layout = new QVBoxLayout(this);
  note_ = new NoteBox(
      tr("One training update has five phases. <b>Forward</b>: the network reads the next window of the text, "
         "<i>T</i> characters in each of <i>B</i> streams, from the state the last window left. <b>Loss</b>: at "
         "each position it scores the character that comes next, <i>L</i> = mean of &minus;ln <i>p</i>. "
         "<b>Backward through time</b>: the gradient of <i>L</i> flows back from every loss, right to left, and "
         "stops at the window's start (truncated BPTT). <b>Clipping</b>: a gradient that is too large is cut down "
         "to the threshold. <b>Update</b>: the optimiser moves every weight. Slow motion runs the real loop and "
         "pauses at each phase; what it shows is the engine's pass for that update, computed before the update "
         "is applied, and then applied."),
      this);
  layout->addWidget(note_);

  auto* controls = new QHBoxLayout();
  toggle_ = new QPushButton(tr("Slow motion"), this);
  toggle_->setObjectName(QStringLiteral("slowMotionToggle"));
  toggle_->setCheckable(true);
  toggle_->setToolTip(tr("Slow motion (M): train one update at a time, pausing at each of its phases"));
  controls->addWidget(toggle_);
  auto* pauseLabel = new QLabel(tr("Pause per phase:"), this);
  pause_ = new QDoubleSpinBox(this);
  pause_->setObjectName(QStringLiteral("slowMotionPause"));
  pause_->setRange(0.2, 10.0);
  pause_->setSingleStep(0.5);
  pause_->setDecimals(1);
  pause_->setSuffix(tr(" s"));
  pause_->setValue(motion_->phaseMilliseconds() / 1000.0);
  pause_->setToolTip(tr("How long each phase stays on screen"));
  pauseLabel->setBuddy(pause_);
  controls->addWidget(pauseLabel);
  controls->addWidget(pause_);
  controls->addStretch(1);
  note_->moveToggleTo(controls);
  layout->addLayout(controls);

  auto* phases = new QHBoxLayout();
  phases->setSpacing(2);
  const std::array<QString, kTrainingPhaseCount> names{tr("1 Forward"), tr("2 Loss"), tr("3 Backward through time"),
                                                       tr("4 Clipping"), tr("5 Update")};
  for (int i = 0; i < kTrainingPhaseCount; ++i) {
    auto* button = new QPushButton(names[static_cast<std::size_t>(i)], this);
    button->setObjectName(QStringLiteral("phase%1").arg(i));
    button->setToolTip(tr("Open the step-through of this update's pass at this phase"));
    button->setStyleSheet(QStringLiteral("QPushButton[current=\"true\"] { background: #F0B400; font-weight: bold; }"));
    connect(button, &QPushButton::clicked, this, [this, i] { emit stepInto(static_cast<TrainingPhase>(i)); });
    phases->addWidget(button, 1);
    phaseButtons_[static_cast<std::size_t>(i)] = button;
  }
  layout->addLayout(phases);

  view_ = new TrainingLoopView(this);
  view_->setMaximumHeight(320);
  layout->addWidget(view_, 1);
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("slowMotionCaption"));
  caption_->setWordWrap(true);
  caption_->setTextFormat(Qt::RichText);
  caption_->setFont(chartFont(kLabelPointSize + 1));
  caption_->setMinimumHeight(90);
  caption_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  layout->addWidget(caption_);
  layout->addStretch(0);

  animation_ = new QTimer(this);
  animation_->setInterval(kAnimationMs);
  connect(animation_, &QTimer::timeout, this, [this] {
    view_->setPhase(motion_->phase(), motion_->phaseProgress(), true);
    if (motion_->phaseProgress() >= 1.0) animation_->stop();
  });
  connect(toggle_, &QPushButton::toggled, motion_, &SlowMotion::setOn);
  connect(pause_, &QDoubleSpinBox::valueChanged, this,
          [this](double seconds) { motion_->setPhaseMilliseconds(static_cast<int>(std::lround(seconds * 1000))); });
  connect(motion_, &SlowMotion::switched, this, [this](bool on) {
    const QSignalBlocker quiet(toggle_);
    toggle_->setChecked(on);
    refresh();
  });
  connect(motion_, &SlowMotion::phaseChanged, this, [this] {
    if (motion_->phaseSnapshot()) render(*motion_->phaseSnapshot());  // the phase's own numbers
  });
  refresh();
}

QString SlowMotionPanel::title() const { return tr("Slow motion"); }

void SlowMotionPanel::render(const rnnscope::Snapshot& s) {
  flow_ = s.flow;
  horizon_ = s.horizon;
  config_ = s.config;
  vocabularySize_ = s.vocabulary.size();
  step_ = s.step;
  refresh();
}

QString SlowMotionPanel::captionText() const { return caption_->text(); }

void SlowMotionPanel::refresh() {
  // the phase on show belongs to the pass on screen only when both are update N's
  const bool active = motion_->isOn() && motion_->showingPhase() && flow_ && motion_->update() == flow_->step;
  for (int i = 0; i < kTrainingPhaseCount; ++i) {
    QPushButton* button = phaseButtons_[static_cast<std::size_t>(i)];
    const bool current = active && static_cast<int>(motion_->phase()) == i;
    if (button->property("current").toBool() != current) {
      button->setProperty("current", current);
      button->style()->unpolish(button);
      button->style()->polish(button);
    }
    button->setEnabled(flow_ != nullptr);
  }
  if (!flow_ || flow_->dhNorm.empty()) {
    view_->setPicture({}, 1);
    caption_->setText(tr("Press <b>Slow motion</b> (M) to train one update at a time: each phase of it is shown "
                         "here, in that update's numbers, with a pause."));
    return;
  }
  TrainingLoopPicture picture;
  picture.dhNorm = flow_->dhNorm.back();
  if (horizon_ && horizon_->step == flow_->step) picture.inputs = horizon_->inputs;
  picture.gradientNorm = flow_->clip.normBefore;
  picture.clippedNorm = flow_->clip.normAfter;
  picture.clipped = flow_->clip.clipped;
  picture.clipThreshold = config_.clip.mode == ClipMode::None ? 0.0 : config_.clip.threshold;
  picture.updateNorm = std::isfinite(flow_->updateNorm) ? flow_->updateNorm : -1.0;
  view_->setPicture(std::move(picture), config_.batch);
  view_->setPhase(motion_->phase(), active ? motion_->phaseProgress() : 1.0, active);
  if (active && motion_->phaseProgress() < 1.0) animation_->start();

  if (active) {
    caption_->setText(phaseCaption(motion_->phase()));
  } else if (motion_->isOn()) {
    // between phases the engine is computing: the caption of the phase before stays
  } else {
    caption_->setText(tr("Showing the pass of update %1. Press <b>Slow motion</b> (M) to go on training one update "
                         "at a time, pausing at each phase; click a phase to open the step-through of this pass there.")
                          .arg(flow_->step));
  }
}

QString SlowMotionPanel::phaseCaption(TrainingPhase phase) const {
  const GradientFlowRecord& f = *flow_;
  const int T = static_cast<int>(f.dhNorm.back().size());
  const int B = config_.batch;
  switch (phase) {
    case TrainingPhase::Forward: {
      QString text = tr("<b>1 · Forward through the window.</b> Update %1 reads the next %2 characters of each of the "
                        "%3 streams, %4 characters in all, starting from the state carried in, h₀: what the window "
                        "before left behind (truncated BPTT carries it over), or zeros where a pass over the text "
                        "begins. At every step the same weights make h_t from h_(t−1) and x_t.")
                         .arg(f.step)
                         .arg(T)
                         .arg(B)
                         .arg(T * B);
      if (horizon_ && horizon_->step == f.step && !horizon_->inputs.empty()) {
        QString quoted;
        for (std::size_t i = 0; i < horizon_->inputs.size() && i < kQuotedCharacters; ++i) quoted += characterLabel(horizon_->inputs[i]);
        if (horizon_->inputs.size() > kQuotedCharacters) quoted += QStringLiteral("…");
        text += QLatin1Char(' ') + tr("Stream 0 reads “%1”.").arg(quoted.toHtmlEscaped());
      }
      return text;
    }
    case TrainingPhase::Loss: {
      const double V = static_cast<double>(vocabularySize_);
      return tr("<b>2 · Loss.</b> At each of the %1 positions the model gives the character that comes next a "
                "probability p; the loss is L = mean of −ln p = <b>%2</b> nats per character (guessing evenly among "
                "the %3 characters of the alphabet would give ln %3 = %4).")
          .arg(T * B)
          .arg(number(f.loss))
          .arg(vocabularySize_)
          .arg(number(std::log(V)));
    }
    case TrainingPhase::Backward:
      return tr("<b>3 · Backward through time.</b> The gradient of L flows from every loss back through the window, "
                "right to left, through the same weights: ‖∂L/∂h_k‖ (all streams, top layer; colour: log scale over "
                "4 decades) "
                "is %1 at the last step and %2 at the first. At h₀ it stops: truncated BPTT carries the state across "
                "windows but not the gradient. The gradient of all the weights together has norm ‖g‖ = <b>%3</b>.")
          .arg(number(f.dhNorm.back().back()))
          .arg(number(f.dhNorm.back().front()))
          .arg(number(f.clip.normBefore));
    case TrainingPhase::Clipping: {
      const QString c = number(config_.clip.threshold), before = number(f.clip.normBefore), after = number(f.clip.normAfter);
      switch (config_.clip.mode) {
        case ClipMode::None:
          return tr("<b>4 · Clipping</b> is off: the gradient goes to the optimiser as it is, ‖g‖ = %1.").arg(before);
        case ClipMode::Norm:
          return f.clip.clipped
                     ? tr("<b>4 · Clipping</b> by norm at c = %1: ‖g‖ = %2 is above c, so g is scaled by c/‖g‖ = %3 "
                          "and goes to the optimiser with norm %4 (hatched: what was cut).")
                           .arg(c, before, number(config_.clip.threshold / f.clip.normBefore), after)
                     : tr("<b>4 · Clipping</b> by norm at c = %1: ‖g‖ = %2 is not above c, so g is left as it is.")
                           .arg(c, before);
        case ClipMode::Value:
          return f.clip.clipped
                     ? tr("<b>4 · Clipping</b> by value at c = %1: every entry of g is clamped to [−c, c]; ‖g‖ goes "
                          "from %2 to %3.")
                           .arg(c, before, after)
                     : tr("<b>4 · Clipping</b> by value at c = %1: no entry of g is beyond ±c, so g is left as it is "
                          "(‖g‖ = %2).")
                           .arg(c, before);
      }
      return {};
    }
    case TrainingPhase::Update:
      return tr("<b>5 · Update.</b> The optimiser, %1, with learning rate η = %2, moved the weights by ‖Δθ‖ = <b>%3</b>. Update %4 is "
                "done: the loss chart has its point, and the next window starts where this one ended.")
          .arg(QString::fromStdString(toString(config_.optimizer.kind)))
          .arg(number(config_.optimizer.learningRate))
          .arg(number(f.updateNorm))
          .arg(f.step);
  }
  return {};
}

}  // namespace rnnscope::ui
