#include "ui/tour.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/widget_highlight.h"

namespace rnnscope::ui {

namespace {
constexpr int kCardWidth = 380;
constexpr int kGap = 12;  // between the framed widget and the card

QString tourText(const char* text) { return QCoreApplication::translate("Tour", text); }
}  // namespace

std::vector<TourPage> windowTourPages() {
  return {
      {tourText(QT_TRANSLATE_NOOP("Tour", "Training controls")),
       tourText(QT_TRANSLATE_NOOP("Tour", "Play trains the network without stopping; Step does exactly one update (key N); Slow motion (key M) "
                "trains one update at a time and pauses at each of its phases; Reset starts again from new random "
                "weights (key R). Speed limits the updates per second, so that learning can be "
                "watched slowly.")),
       QStringLiteral("controls")},
      {tourText(QT_TRANSLATE_NOOP("Tour", "The lesson")),
       tourText(QT_TRANSLATE_NOOP("Tour", "The lesson bar says what to watch; More… has the whole lesson, and the arrows page through it, "
                "framing what each page talks about. A lesson that needs long training opens at a step trained ahead "
                "of time; the button at the end of the lesson bar starts it from scratch. The Lessons menu has the others.")),
       QStringLiteral("lesson")},
      {tourText(QT_TRANSLATE_NOOP("Tour", "Model and training")),
       tourText(QT_TRANSLATE_NOOP("Tour", "Choose the cell (RNN, LSTM or GRU), its size, the initialisation and the optimiser. Settings under "
                "a heading that says \"press Apply\" build a new model and restart training; the optimisation "
                "settings change while it trains.")),
       QStringLiteral("model")},
      {tourText(QT_TRANSLATE_NOOP("Tour", "The loss")),
       tourText(QT_TRANSLATE_NOOP("Tour", "The loss falls as the network learns to predict the next character, in nats per character; the "
                "dashed line is ln V, pure guessing among V characters. Below it: the gradient's norm before and "
                "after clipping, and the points training can rewind to (click one, or Ctrl+Z).")),
       QStringLiteral("loss")},
      {tourText(QT_TRANSLATE_NOOP("Tour", "Inside training")),
       tourText(QT_TRANSLATE_NOOP("Tour", "These tabs show what the course explains: how the gradient fades or grows on its way back through "
                "time, the Jacobian's singular values, the weights' spectra, BPTT one operation at a time, and the "
                "0.9 / 1.0 / 1.1 toy.")),
       QStringLiteral("gradient_flow")},
      {tourText(QT_TRANSLATE_NOOP("Tour", "Cells and samples")),
       tourText(QT_TRANSLATE_NOOP("Tour", "Cells colours the text by one hidden unit and ranks the units that follow a concept, such as being "
                "inside quotation marks; Samples shows what the network writes. Help → Tour of the window shows these "
                "pages again.")),
       QStringLiteral("cells")},
  };
}

TourCard::TourCard(QWidget* window, WidgetHighlight* highlight, Resolve resolve)
    : QFrame(window), highlight_(highlight), resolve_(std::move(resolve)) {
  setObjectName(QStringLiteral("tourCard"));
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  // the frame's colour (ui/widget_highlight.cpp) ties the card to what it points at
  setStyleSheet(QStringLiteral("QFrame#tourCard { border: 2px solid rgb(230, 120, 0); border-radius: 6px; "
                               "background: palette(base); }"));
  setFixedWidth(kCardWidth);
  setFocusPolicy(Qt::StrongFocus);
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("tourTitle"));
  QFont bold = title_->font();
  bold.setBold(true);
  bold.setPointSizeF(bold.pointSizeF() * 1.15);
  title_->setFont(bold);
  text_ = new QLabel(this);
  text_->setObjectName(QStringLiteral("tourText"));
  text_->setWordWrap(true);
  QFont body = text_->font();
  body.setPointSizeF(body.pointSizeF() * 1.1);
  text_->setFont(body);
  counter_ = new QLabel(this);
  counter_->setObjectName(QStringLiteral("tourCounter"));
  back_ = new QPushButton(tr("Back"), this);
  back_->setObjectName(QStringLiteral("tourBack"));
  next_ = new QPushButton(this);
  next_->setObjectName(QStringLiteral("tourNext"));
  next_->setDefault(true);
  skip_ = new QPushButton(tr("Skip"), this);
  skip_->setObjectName(QStringLiteral("tourSkip"));
  skip_->setToolTip(tr("Close the tour (Esc). Help → Tour of the window opens it again."));
  connect(back_, &QPushButton::clicked, this, &TourCard::back);
  connect(next_, &QPushButton::clicked, this, &TourCard::next);
  connect(skip_, &QPushButton::clicked, this, &TourCard::skip);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(counter_);
  buttons->addStretch();
  buttons->addWidget(skip_);
  buttons->addWidget(back_);
  buttons->addWidget(next_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(text_);
  layout->addLayout(buttons);
  // Docks raise themselves when the window lays out its tabs (and widgetFor raises them):
  // the card stays on top of them while it is shown.
  auto* stayOnTop = new QTimer(this);
  connect(stayOnTop, &QTimer::timeout, this, [this] {
    if (isVisible()) raise();
  });
  stayOnTop->start(250);
  hide();
}

void TourCard::start(std::vector<TourPage> pages) {
  pages_ = std::move(pages);
  if (pages_.empty()) return;
  show();
  raise();
  showPage(0);
  setFocus();
}

void TourCard::next() {
  if (page_ + 1 < pageCount()) {
    showPage(page_ + 1);
    return;
  }
  hide();
  highlight_->clear();
  emit finished(true);
}

void TourCard::back() {
  if (page_ > 0) showPage(page_ - 1);
}

void TourCard::skip() {
  hide();
  highlight_->clear();
  emit finished(false);
}

void TourCard::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Escape: skip(); break;
    case Qt::Key_Right:
    case Qt::Key_PageDown: next(); break;
    case Qt::Key_Left:
    case Qt::Key_PageUp: back(); break;
    default: QFrame::keyPressEvent(event);
  }
}

void TourCard::showPage(int index) {
  page_ = index;
  const TourPage& p = pages_[static_cast<std::size_t>(index)];
  title_->setText(p.title);
  text_->setText(p.text);
  counter_->setText(tr("%1 / %2").arg(index + 1).arg(pageCount()));
  back_->setEnabled(index > 0);
  next_->setText(index + 1 < pageCount() ? tr("Next") : tr("Done"));
  QWidget* target = p.target.isEmpty() ? nullptr : resolve_(p.target);
  highlight_->point(target);
  placeBeside(target);
  raise();
}

// Beside the framed widget where there is room (right, left, below, above), else in the
// window's centre; never over the frame when it can be helped, always inside the window.
void TourCard::placeBeside(QWidget* target) {
  const QRect window = parentWidget()->rect();
  // the wrapped text's height at the card's fixed width (sizeHint assumes another width)
  const QSize size(kCardWidth, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(kCardWidth)
                                                               : sizeHint().height());
  QPoint at = window.center() - QPoint(size.width() / 2, size.height() / 2);
  if (target && target->isVisible()) {
    const QRect t(target->mapTo(parentWidget(), QPoint(0, 0)), target->size());
    const QPoint candidates[] = {
        {t.right() + kGap, t.top()},
        {t.left() - kGap - size.width(), t.top()},
        {t.left(), t.bottom() + kGap},
        {t.left(), t.top() - kGap - size.height()},
    };
    for (const QPoint& c : candidates)
      if (window.contains(QRect(c, size))) {
        at = c;
        break;
      }
    if (at == window.center() - QPoint(size.width() / 2, size.height() / 2) && t.contains(window.center()))
      at = QPoint(t.right() - size.width() - kGap, t.bottom() - size.height() - kGap);  // inside, in a corner
  }
  at.setX(std::clamp(at.x(), 0, std::max(0, window.width() - size.width())));
  at.setY(std::clamp(at.y(), 0, std::max(0, window.height() - size.height())));
  setGeometry(QRect(at, size));
}

}  // namespace rnnscope::ui
