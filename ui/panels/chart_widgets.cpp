#include "ui/panels/chart_widgets.h"

#include <algorithm>
#include <memory>

#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QRegularExpression>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QFontMetrics>
#include <QScrollArea>
#include <QElapsedTimer>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXYSeries>

#include "ui/panels/chart_style.h"

namespace rnnscope::ui::chart {

namespace {
constexpr int kMaxNoteLines = 6;
}  // namespace

NoteBox::NoteBox(const QString& richText, QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("note"));
  auto* layout = new QVBoxLayout(this);
  layout_ = layout;
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);

  toggle_ = new QToolButton(this);
  toggle_->setObjectName(QStringLiteral("noteToggle"));
  toggle_->setText(QCoreApplication::translate("rnnscope::ui::chart", "What am I looking at?"));
  toggle_->setToolTip(QCoreApplication::translate("rnnscope::ui::chart", "Show or hide a short explanation of this view and the formula it draws."));
  toggle_->setCheckable(true);
  toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toggle_->setAutoRaise(true);
  toggle_->setFont(chartFont(kLabelPointSize, true));

  body_ = new QLabel(richText, this);
  body_->setObjectName(QStringLiteral("noteText"));
  body_->setTextFormat(Qt::RichText);
  body_->setWordWrap(true);
  body_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  body_->setFont(chartFont(kLabelPointSize));
  body_->setContentsMargins(8, 4, 8, 6);
  body_->setStyleSheet(QStringLiteral("QLabel { background: #F4F7FB; border: 1px solid #D5DEE8; border-radius: 4px; }"));

  layout->addWidget(toggle_, 0, Qt::AlignLeft);
  // A long note scrolls instead of pushing the charts below it off the panel.
  scroll_ = new QScrollArea(this);
  scroll_->setObjectName(QStringLiteral("noteScroll"));
  scroll_->setWidget(body_);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  layout->addWidget(scroll_);
  connect(toggle_, &QToolButton::toggled, this, [this](bool on) {
    scroll_->setVisible(on);
    fitHeight();
    toggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
  });
  setExpanded(false);
}

void NoteBox::setExpanded(bool expanded) {
  toggle_->setChecked(expanded);
  scroll_->setVisible(expanded);
  fitHeight();
  toggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
}

void NoteBox::moveToggleTo(QBoxLayout* layout) {
  layout_->removeWidget(toggle_);
  layout->addWidget(toggle_);
}

bool NoteBox::isExpanded() const { return toggle_->isChecked(); }
QString NoteBox::text() const { return body_->text(); }

void NoteBox::setText(const QString& richText) {
  if (body_->text() == richText) return;
  body_->setText(richText);
  fitHeight();
}

void NoteBox::fitHeight() {
  const int cap = QFontMetrics(body_->font()).lineSpacing() * kMaxNoteLines + 12;
  const int width = std::max(100, scroll_->viewport()->width());
  const int wanted = body_->heightForWidth(width);
  scroll_->setFixedHeight(std::min(cap, wanted > 0 ? wanted : cap));
}

void NoteBox::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitHeight();
}

LayerChooser::LayerChooser(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("layerChooser"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* label = new QLabel(QCoreApplication::translate("rnnscope::ui::chart", "Layer:"), this);
  label->setFont(chartFont(kLabelPointSize));
  combo_ = new QComboBox(this);
  combo_->setObjectName(QStringLiteral("layerCombo"));
  combo_->setFont(chartFont(kLabelPointSize));
  combo_->setToolTip(QCoreApplication::translate("rnnscope::ui::chart", "Which recurrent layer to show. Layer 1 reads the characters; each layer above reads the "
                             "hidden states of the one below."));
  label->setBuddy(combo_);
  layout->addWidget(label);
  layout->addWidget(combo_);
  connect(combo_, &QComboBox::currentIndexChanged, this, [this](int i) {
    if (i >= 0) emit layerChanged(i);
  });
  setVisible(false);
}

void LayerChooser::setLayerCount(int layers) {
  layers = std::max(0, layers);
  if (layers == count_) return;
  const int keep = combo_->currentIndex();
  {
    const QSignalBlocker block(combo_);
    combo_->clear();
    for (int l = 0; l < layers; ++l) combo_->addItem(QString::number(l + 1));
    combo_->setCurrentIndex(keep >= 0 && keep < layers ? keep : 0);
  }
  count_ = layers;
  setVisible(layers > 1);
  if (combo_->currentIndex() != keep) emit layerChanged(std::max(0, combo_->currentIndex()));
}

int LayerChooser::layer() const { return std::max(0, combo_->currentIndex()); }

QString emptyStateText() { return QCoreApplication::translate("rnnscope::ui::chart", "Press Play to train; this view fills after the first step."); }

namespace {
class SummaryLabel : public QLabel {
public:
  using QLabel::QLabel;
  QElapsedTimer lastSet;
  QString pending;
  QTimer* flush = nullptr;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override {
    // Tags out, the usual entities as one character; 8% narrower for bold runs.
    static const QRegularExpression tags(QStringLiteral("<[^>]*>")), entities(QStringLiteral("&[a-zA-Z#0-9]+;"));
    QString plain = text();
    plain.remove(tags).replace(entities, QStringLiteral("x"));
    const QMargins m = contentsMargins();
    const int inner = std::max(1, static_cast<int>((width - m.left() - m.right()) * 0.92));
    const QRect r = fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), Qt::TextWordWrap, plain);
    return r.height() + m.top() + m.bottom() + 2;
  }
  QSize sizeHint() const override { return {fontMetrics().averageCharWidth() * 40, heightForWidth(width())}; }
  QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 10, fontMetrics().lineSpacing()}; }
};
}  // namespace

QLabel* makeSummaryLabel(QWidget* parent, int pointSize) {
  auto* summary = new SummaryLabel(parent);
  summary->setObjectName(QStringLiteral("summary"));
  summary->setFont(chartFont(pointSize > 0 ? pointSize : kLabelPointSize));
  summary->setTextFormat(Qt::RichText);
  summary->setWordWrap(true);
  return summary;
}

void setSummaryText(QLabel* label, const QString& text, bool live) {
  auto* summary = dynamic_cast<SummaryLabel*>(label);
  if (!summary) {
    label->setText(text);
    return;
  }
  const bool due = !summary->lastSet.isValid() || summary->lastSet.elapsed() >= kLiveSummaryMs;
  if (!live || due) {
    if (summary->flush) summary->flush->stop();
    summary->pending.clear();
    summary->setText(text);
    summary->lastSet.start();
    return;
  }
  summary->pending = text;
  if (!summary->flush) {
    summary->flush = new QTimer(summary);
    summary->flush->setSingleShot(true);
    QObject::connect(summary->flush, &QTimer::timeout, summary, [summary] {
      summary->setText(summary->pending);
      summary->pending.clear();
      summary->lastSet.start();
    });
  }
  if (!summary->flush->isActive())
    summary->flush->start(static_cast<int>(std::max<qint64>(1, kLiveSummaryMs - summary->lastSet.elapsed())));
}

QLabel* addLayerHeader(QBoxLayout* layout, LayerChooser* layers, NoteBox* note, QWidget* parent) {
  // [What am I looking at?] ........ [Layer: 1]
  // (the note, when open)
  // the summary, across the whole panel
  auto* controls = new QHBoxLayout();
  note->moveToggleTo(controls);
  controls->addStretch(1);
  controls->addWidget(layers);
  layout->addLayout(controls);
  layout->addWidget(note);
  QLabel* summary = makeSummaryLabel(parent);
  layout->addWidget(summary);
  return summary;
}

namespace {
// One legend entry: the series' stroke, then its name, joined by non-breaking spaces.
QString legendEntry(const QXYSeries& series) {
  const QPen pen = series.pen();
  const QString stroke = pen.style() == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍");
  QString name = series.name().toHtmlEscaped();
  name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
  name.replace(QStringLiteral(":&nbsp;"), QStringLiteral(": "));  // a long entry may break after its colon
  // a word joiner after '/' as well: Qt would otherwise break a name there (as in ∂L/∂h)
  name.replace(QLatin1Char('/'), QStringLiteral("/&#8288;"));
  return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(pen.color().name(), stroke, name);
}
}  // namespace

QLabel* makeWrappingLegend(QChart* chart, QWidget* parent) {
  QLabel* legend = makeSummaryLabel(parent, kLegendPointSize);
  legend->setObjectName(QStringLiteral("wrappingLegend"));
  legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  chart->legend()->setVisible(false);
  chart->setProperty(kWrappingLegendProperty, true);
  const auto refresh = [chart, legend] {
    QStringList entries;
    // a series with nothing on the chart gets no entry: it would only puzzle
    for (QAbstractSeries* s : chart->series())
      if (const auto* xy = qobject_cast<const QXYSeries*>(s); xy && xy->isVisible() && !xy->name().isEmpty() && xy->count() > 0)
        entries << legendEntry(*xy);
    // a normal space between entries: the only places a line may break
    const QString text = entries.join(QStringLiteral("&nbsp;&nbsp; "));
    if (legend->text() != text) legend->setText(text);
  };
  for (QAbstractSeries* s : chart->series()) {
    QObject::connect(s, &QAbstractSeries::nameChanged, legend, refresh);
    QObject::connect(s, &QAbstractSeries::visibleChanged, legend, refresh);
    auto* xy = qobject_cast<QXYSeries*>(s);
    if (!xy) continue;
    // new points arrive every frame; the legend changes only when a series empties or fills
    const auto emptinessChanged = [xy, refresh, wasEmpty = std::make_shared<bool>(xy->count() == 0)] {
      if (*wasEmpty == (xy->count() == 0)) return;
      *wasEmpty = xy->count() == 0;
      refresh();
    };
    QObject::connect(xy, &QXYSeries::pointsReplaced, legend, emptinessChanged);
    QObject::connect(xy, &QXYSeries::pointsRemoved, legend, emptinessChanged);
    QObject::connect(xy, &QXYSeries::pointAdded, legend, emptinessChanged);
  }
  refresh();
  return legend;
}

QWidget* withWrappingLegend(QWidget* view, QChart* chart, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 4);
  layout->setSpacing(0);
  layout->addWidget(view, 1);
  layout->addWidget(makeWrappingLegend(chart, box));
  return box;
}

namespace {
// Pages added to an empty stack after its note would cover the note: raise it again.
class KeepNoteOnTop : public QObject {
public:
  KeepNoteOnTop(QStackedWidget* stack, QLabel* note) : QObject(stack), stack_(stack), note_(note) {}
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == stack_ && (event->type() == QEvent::ChildAdded || event->type() == QEvent::LayoutRequest) &&
        stack_->currentIndex() == 0)
      note_->raise();
    return false;
  }

private:
  QStackedWidget* stack_;
  QLabel* note_;
};
}  // namespace

QStackedWidget* makeEmptyStack(QWidget* parent, QLabel** emptyLabel) {
  auto* stack = new QStackedWidget(parent);
  auto* label = new QLabel(emptyStateText(), stack);
  label->setObjectName(QStringLiteral("emptyState"));
  label->setAlignment(Qt::AlignCenter);
  label->setWordWrap(true);
  label->setFont(chartFont(kTitlePointSize + 1));
  label->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));
  // Every page stays laid out and polished while the empty-state note covers it (StackAll),
  // so the first snapshot with data only hides the note instead of laying out and styling
  // whole charts for the first time in the middle of training (that frame took 25-55 ms).
  label->setAutoFillBackground(true);
  qobject_cast<QStackedLayout*>(stack->layout())->setStackingMode(QStackedLayout::StackAll);
  stack->addWidget(label);
  stack->installEventFilter(new KeepNoteOnTop(stack, label));
  QObject::connect(stack, &QStackedWidget::currentChanged, label, [label](int index) {
    label->setVisible(index == 0);
    if (index == 0) label->raise();
  });
  if (emptyLabel) *emptyLabel = label;
  return stack;
}

}  // namespace rnnscope::ui::chart
