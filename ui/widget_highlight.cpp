#include "ui/widget_highlight.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace rnnscope::ui {

namespace {
constexpr int kMargin = 4;  // the frame is drawn just outside the widget, not over its content
const QColor kFrameColour(230, 120, 0);
}  // namespace

WidgetHighlight::WidgetHighlight(QWidget* window) : QWidget(window) {
  setObjectName(QStringLiteral("widgetHighlight"));
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setAttribute(Qt::WA_NoSystemBackground);
  timeout_ = new QTimer(this);
  timeout_->setSingleShot(true);
  connect(timeout_, &QTimer::timeout, this, &WidgetHighlight::clear);
  // A dock dragged elsewhere moves the target without telling it (its place in its own parent
  // stays the same), so the frame also looks again a few times a second.
  followTimer_ = new QTimer(this);
  followTimer_->setInterval(250);
  connect(followTimer_, &QTimer::timeout, this, &WidgetHighlight::follow);
  window->installEventFilter(this);
  hide();
}

void WidgetHighlight::point(QWidget* target, int timeoutMs) {
  if (target_) target_->removeEventFilter(this);
  target_ = target;
  timeout_->stop();
  if (!target_) {
    followTimer_->stop();
    hide();
    return;
  }
  target_->installEventFilter(this);
  followTimer_->start();
  if (timeoutMs > 0) timeout_->start(timeoutMs);
  follow();
}

void WidgetHighlight::clear() { point(nullptr); }

// The target may sit in a dock that is hidden behind another tab: then there is nothing to frame.
void WidgetHighlight::follow() {
  if (!target_ || !target_->isVisible()) {
    hide();
    return;
  }
  const QPoint topLeft = target_->mapTo(parentWidget(), QPoint(0, 0));
  const QRect frame = QRect(topLeft, target_->size()).adjusted(-kMargin, -kMargin, kMargin, kMargin) & parentWidget()->rect();
  if (frame != geometry()) setGeometry(frame);
  if (!isVisible()) show();
  raise();
}

bool WidgetHighlight::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
      if (target_) QTimer::singleShot(0, this, &WidgetHighlight::follow);  // after the layout settles
      break;
    default:
      break;
  }
  return QWidget::eventFilter(watched, event);
}

void WidgetHighlight::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  QPen pen(kFrameColour, 3);
  p.setPen(pen);
  p.setBrush(Qt::NoBrush);
  p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
}

}  // namespace rnnscope::ui
