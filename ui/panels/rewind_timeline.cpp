#include "ui/panels/rewind_timeline.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include "ui/panels/chart_style.h"

namespace rnnscope::ui {

using namespace chart;

namespace {
constexpr int kStripHeight = 22;
constexpr int kMarkerHalfWidth = 5;
constexpr int kPickDistance = 7;  // px: how near a click must be to a marker
}  // namespace

class RewindStrip : public QWidget {
public:
  explicit RewindStrip(RewindTimeline* timeline) : QWidget(timeline), timeline_(timeline) {
    setObjectName(QStringLiteral("rewindStrip"));
    setFixedHeight(kStripHeight);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
  }
  double xOf(double step) const { return timeline_->stepToX_ ? timeline_->stepToX_(step) - x() : NAN; }

protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double mid = height() / 2.0;
    p.setPen(QPen(palette::kGrey, 1));
    p.drawLine(QPointF(0, mid), QPointF(width(), mid));
    for (std::int64_t step : timeline_->points_) {
      const double x = xOf(static_cast<double>(step));
      if (!std::isfinite(x)) continue;
      QPainterPath diamond;
      diamond.moveTo(x, mid - kMarkerHalfWidth);
      diamond.lineTo(x + kMarkerHalfWidth, mid);
      diamond.lineTo(x, mid + kMarkerHalfWidth);
      diamond.lineTo(x - kMarkerHalfWidth, mid);
      diamond.closeSubpath();
      p.fillPath(diamond, step == hovered_ ? palette::kVermillion : palette::kBlue);
    }
    const double now = xOf(static_cast<double>(timeline_->step_));
    if (std::isfinite(now)) {
      p.setPen(QPen(palette::kBlack, 2));
      p.drawLine(QPointF(now, 2), QPointF(now, height() - 2));
    }
  }
  void mouseMoveEvent(QMouseEvent* e) override {
    const std::int64_t step = timeline_->pointAt(e->position().toPoint().x() + x());
    if (step != hovered_) {
      hovered_ = step;
      update();
    }
    if (step >= 0)
      QToolTip::showText(e->globalPosition().toPoint(),
                         RewindTimeline::tr("Rewind to step %1: weights, optimiser state, data position and carried "
                                            "state as they were (click)")
                             .arg(step),
                         this);
    else
      QToolTip::hideText();
  }
  void leaveEvent(QEvent*) override {
    hovered_ = -1;
    update();
  }
  void mousePressEvent(QMouseEvent* e) override {
    const std::int64_t step = timeline_->pointAt(e->position().toPoint().x() + x());
    if (e->button() == Qt::LeftButton && step >= 0) emit timeline_->rewindRequested(step);
  }

private:
  RewindTimeline* timeline_;
  std::int64_t hovered_ = -1;
};

RewindTimeline::RewindTimeline(std::function<double(double)> stepToX, QWidget* parent)
    : QWidget(parent), stepToX_(std::move(stepToX)) {
  setObjectName(QStringLiteral("rewindTimeline"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  strip_ = new RewindStrip(this);
  strip_->setToolTip(tr("Points training can rewind to: click one to go back there"));
  layout->addWidget(strip_);

  auto* row = new QHBoxLayout();
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("rewindSummary"));
  summary_->setFont(chartFont(kLabelPointSize));
  row->addWidget(summary_, 1);
  auto* everyLabel = new QLabel(tr("keep one every"), this);
  every_ = new QSpinBox(this);
  every_->setObjectName(QStringLiteral("rewindEvery"));
  every_->setRange(0, 100000);
  every_->setSpecialValueText(tr("never"));
  every_->setSuffix(tr(" steps"));
  every_->setToolTip(tr("How often training keeps a point to rewind to (0: never)"));
  everyLabel->setBuddy(every_);
  auto* budgetLabel = new QLabel(tr("in at most"), this);
  budget_ = new QSpinBox(this);
  budget_->setObjectName(QStringLiteral("rewindBudget"));
  budget_->setRange(1, 65536);
  budget_->setSuffix(tr(" MB"));
  budget_->setToolTip(tr("The memory the points may use; when it is full the oldest point goes"));
  budgetLabel->setBuddy(budget_);
  for (QWidget* w : {static_cast<QWidget*>(everyLabel), static_cast<QWidget*>(every_), static_cast<QWidget*>(budgetLabel),
                     static_cast<QWidget*>(budget_)})
    row->addWidget(w);
  layout->addLayout(row);

  const auto changed = [this] { emit settingsChanged(every_->value(), budget_->value()); };
  connect(every_, &QSpinBox::editingFinished, this, changed);
  connect(budget_, &QSpinBox::editingFinished, this, changed);
}

void RewindTimeline::render(const rnnscope::Snapshot& s) {
  points_ = s.rewind.steps;
  step_ = s.step;
  const double megabytes = static_cast<double>(s.rewind.bytes) / (1 << 20);
  summary_->setText(tr("Points to rewind to: %1 · %2 MB")
                        .arg(points_.size())
                        .arg(QLocale().toString(megabytes, 'f', megabytes < 10 ? 1 : 0)));
  // the engine's settings, unless the user is typing in them
  const int every = s.rewind.every, budget = static_cast<int>(s.rewind.budgetBytes >> 20);
  if (!every_->hasFocus() && every_->value() != every) {
    const QSignalBlocker quiet(every_);
    every_->setValue(every);
  }
  if (!budget_->hasFocus() && budget_->value() != budget) {
    const QSignalBlocker quiet(budget_);
    budget_->setValue(budget);
  }
  strip_->update();
}

QString RewindTimeline::summaryText() const { return summary_->text(); }

std::int64_t RewindTimeline::pointAt(int x) const {
  std::int64_t best = -1;
  double nearest = kPickDistance + 1;
  for (std::int64_t step : points_) {
    const double d = std::abs(strip_->xOf(static_cast<double>(step)) + strip_->x() - x);
    if (d < nearest) {
      nearest = d;
      best = step;
    }
  }
  return nearest <= kPickDistance ? best : -1;
}

}  // namespace rnnscope::ui
