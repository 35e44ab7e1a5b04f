#include "ui/panels/sample_run_view.h"

#include <QLabel>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

SampleRunView::SampleRunView(const QString& suffix, QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(5);

  header_ = new QLabel(this);
  header_->setObjectName(QStringLiteral("sampleHeader") + suffix);
  header_->setFont(text::uiFont());
  header_->setTextFormat(Qt::RichText);
  header_->setWordWrap(true);
  layout->addWidget(header_);

  view_ = new QTextEdit(this);
  view_->setObjectName(QStringLiteral("sampleText") + suffix);
  view_->setReadOnly(true);
  view_->setFont(text::monospaceFont(13));
  view_->setLineWrapMode(QTextEdit::WidgetWidth);
  view_->setMinimumHeight(120);
  layout->addWidget(view_, 1);
}

bool SampleRunView::showing(const SampleView& sample, const QString& heading) const {
  // the heading carries the step, the temperature and the clamps
  return shown_ && heading == shownHeading_ && sample.step == shownStep_ && sample.text == shownText_ &&
         sample.prime == shownPrime_;
}

void SampleRunView::showSample(const SampleView& sample, const QString& heading) {
  if (showing(sample, heading)) return;
  shown_ = true;
  shownHeading_ = heading;
  shownStep_ = sample.step;
  shownText_ = sample.text;
  shownPrime_ = sample.prime;
  header_->setText(heading);
  writeText(sample);
}

void SampleRunView::writeText(const SampleView& sample) {
  view_->clear();
  QTextCursor cursor(view_->document());
  QTextCharFormat primeFormat;
  primeFormat.setForeground(kPrimeInk);
  primeFormat.setBackground(kPrimeBackground);
  primeFormat.setFontWeight(QFont::Bold);
  QTextCharFormat textFormat;
  textFormat.setForeground(QColor(0x15, 0x15, 0x15));
  cursor.insertText(QString::fromStdU32String(sample.prime), primeFormat);
  cursor.insertText(QString::fromStdU32String(sample.text), textFormat);
  view_->moveCursor(QTextCursor::Start);
}

}  // namespace rnnscope::ui
