#include "ui/panels/compare_row.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include "ui/panels/chart_style.h"

namespace rnnscope::ui {

CompareRow::CompareRow(QWidget* a, QWidget* b, int sideBySideWidth, QWidget* parent)
    : QWidget(parent), b_(b), sideBySideWidth_(sideBySideWidth) {
  layout_ = new QBoxLayout(QBoxLayout::LeftToRight, this);
  layout_->setContentsMargins(0, 0, 0, 0);
  layout_->setSpacing(8);
  a->setParent(this);
  b->setParent(this);
  layout_->addWidget(a, 1);
  layout_->addWidget(b, 1);
  b->hide();
}

void CompareRow::setComparing(bool on) {
  if (on == comparing_) return;
  comparing_ = on;
  b_->setVisible(on);
}

bool CompareRow::sideBySide() const { return layout_->direction() == QBoxLayout::LeftToRight; }

void CompareRow::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateDirection(event->size().width());
}

// The threshold sits well above the two views' minimum widths side by side, so turning the
// row does not change the width it is given and cannot flip back and forth.
void CompareRow::updateDirection(int width) {
  const auto direction = width >= sideBySideWidth_ ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
  if (layout_->direction() != direction) layout_->setDirection(direction);
}

QString runBadge(char run) {
  const QColor& color = run == 'A' ? chart::palette::kBlue : chart::palette::kVermillion;
  return QStringLiteral("<span style='background:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;</span>&nbsp;")
      .arg(color.name(), QString(QLatin1Char(run)));
}

}  // namespace rnnscope::ui
