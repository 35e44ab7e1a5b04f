#include "ui/panels/predictions_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

#include "core/task/shapes.h"
#include "ui/panels/chart_style.h"

namespace rnnscope::ui {

using namespace chart;

namespace {

// Right and wrong in the colour-blind-safe palette of the charts; the marks ✓ and ✗ say it too.
QString colourName(bool correct) { return (correct ? palette::kGreen : palette::kVermillion).name(); }

QString coloured(const QString& html, bool correct) {
  return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colourName(correct), html);
}

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// The columns of a tagged text: its code points, or its words.
QStringList columnsOf(const std::string& text, Tokens tokens) {
  const QString s = QString::fromStdString(text);
  if (tokens == Tokens::Words) return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  QStringList out;
  for (char32_t c : s.toUcs4()) out << QString::fromUcs4(&c, 1);
  return out;
}

// Width in code points: what a monospace font gives one cell each.
qsizetype widthOf(const QString& s) { return s.toUcs4().size(); }

QString padded(const QString& s, qsizetype width) { return s + QString(std::max<qsizetype>(0, width - widthOf(s)), QLatin1Char(' ')); }

// How a prediction's row is built for a kind of task.
bool hasPicture(TaskKind kind) { return kind == TaskKind::Caption || kind == TaskKind::Vqa; }

std::uint64_t mix(std::uint64_t seed, std::uint64_t value) {
  return seed ^ (value + 0x9E3779B97F4A7C15ull + (seed << 6) + (seed >> 2));
}

}  // namespace

PredictionsPanel::PredictionsPanel(PostCommand post, QWidget* parent) : Panel(std::move(post), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  stack_ = new QStackedWidget(this);
  layout->addWidget(stack_);

  auto* none = new QLabel(tr("Predictions appear when a sequence task trains: open one from the model panel's Task "
                             "chooser or a task lesson."),
                          stack_);
  none->setObjectName(QStringLiteral("predictionsEmpty"));
  none->setWordWrap(true);
  none->setAlignment(Qt::AlignCenter);
  none->setFont(chartFont(kTitlePointSize));
  none->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));
  stack_->addWidget(none);

  auto* page = new QWidget(stack_);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  header_ = new QLabel(page);
  header_->setObjectName(QStringLiteral("predictionsHeader"));
  header_->setTextFormat(Qt::RichText);
  header_->setWordWrap(true);
  header_->setFont(chartFont(kLabelPointSize));
  pageLayout->addWidget(header_);

  auto* scroll = new QScrollArea(page);
  scroll->setObjectName(QStringLiteral("predictionsScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* rows = new QWidget(scroll);
  rowsLayout_ = new QVBoxLayout(rows);
  rowsLayout_->setContentsMargins(0, 0, 0, 0);
  rowsLayout_->setSpacing(4);
  waiting_ = new QLabel(tr("No predictions yet: they come a moment after training starts."), rows);
  waiting_->setObjectName(QStringLiteral("predictionsWaiting"));
  waiting_->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));
  rowsLayout_->addWidget(waiting_);
  rowsLayout_->addStretch(1);  // the rows at the top however tall the panel
  scroll->setWidget(rows);
  pageLayout->addWidget(scroll, 1);
  stack_->addWidget(page);
}

QString PredictionsPanel::title() const { return tr("Predictions"); }

std::uint64_t PredictionsPanel::contentVersion(const Snapshot& snapshot) const {
  const TaskView* task = snapshot.task.get();
  if (!task) return 0;
  std::uint64_t v = mix(1, static_cast<std::uint64_t>(task->predictionsStep + 1));
  v = mix(v, static_cast<std::uint64_t>(task->accuracyStep + 1));
  return mix(v, reinterpret_cast<std::uintptr_t>(task));
}

void PredictionsPanel::render(const Snapshot& snapshot) {
  if (!snapshot.task) {
    shown_.reset();
    if (!shownNone_) stack_->setCurrentIndex(0);
    shownNone_ = true;
    return;
  }
  shownNone_ = false;
  stack_->setCurrentIndex(1);
  if (snapshot.task == shown_) return;
  shown_ = snapshot.task;
  showTask(*shown_);
}

void PredictionsPanel::showTask(const TaskView& task) {
  const QString header = headerText(task);
  if (header_->text() != header) header_->setText(header);
  header_->setToolTip(accuracyToolTip(task.kind));
  waiting_->setVisible(task.predictions.empty());
  for (std::size_t i = 0; i < task.predictions.size(); ++i) fillRow(rowAt(i), task.predictions[i], task);
  for (std::size_t i = task.predictions.size(); i < rows_.size(); ++i) rows_[i].frame->setVisible(false);
}

// "Classification · held-out accuracy 87.5 % after 1200 updates · predictions of the weights after 1200 updates"
QString PredictionsPanel::headerText(const TaskView& task) const {
  QString kind;
  switch (task.kind) {
    case TaskKind::Classify: kind = tr("Classification"); break;
    case TaskKind::Tag: kind = tr("Tagging"); break;
    case TaskKind::Seq2Seq: kind = tr("Sequence to sequence"); break;
    case TaskKind::Caption: kind = tr("Captioning"); break;
    case TaskKind::Vqa: kind = tr("Visual question answering"); break;
  }
  QString text = QStringLiteral("<b>%1</b>").arg(kind);
  if (!task.source.empty()) text += QStringLiteral(" (%1)").arg(escaped(task.source));
  if (std::isfinite(task.validationAccuracy))
    text += tr(" &nbsp;·&nbsp; held-out accuracy <b>%1 %</b> after %2 updates")
                .arg(QString::number(task.validationAccuracy * 100, 'f', 1))
                .arg(task.accuracyStep);
  else
    text += tr(" &nbsp;·&nbsp; held-out accuracy not measured yet");
  if (task.predictionsStep >= 0)
    text += tr(" &nbsp;·&nbsp; predictions of the weights after %1 updates, for %2 of the %3 held-out examples")
                .arg(task.predictionsStep)
                .arg(task.predictions.size())
                .arg(task.validationExamples);
  return text;
}

// What the accuracy counts differs by task; what "held-out" means does not.
QString PredictionsPanel::accuracyToolTip(TaskKind kind) const {
  QString counts;
  switch (kind) {
    case TaskKind::Classify:
    case TaskKind::Vqa: counts = tr("the share of examples whose label the model got right"); break;
    case TaskKind::Tag: counts = tr("the share of tags the model got right, position by position"); break;
    case TaskKind::Seq2Seq:
    case TaskKind::Caption: counts = tr("the share of outputs, written greedily word by word, that are exactly right"); break;
  }
  return tr("<b>Held-out</b> examples are set aside before training starts: the model never learns from them, so "
            "how well it does on them says how well it generalises, not how well it memorised.<br>"
            "<b>Accuracy</b> here is %1.<br>A row is marked right (✓) only when the whole prediction equals the truth.")
      .arg(counts);
}

// The row for example `index`, made the first time it is needed and shown.
PredictionsPanel::Row& PredictionsPanel::rowAt(std::size_t index) {
  while (rows_.size() <= index) {
    QWidget* parent = waiting_->parentWidget();
    Row row;
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("predictionRow"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    row.mark = new QLabel(frame);
    row.mark->setObjectName(QStringLiteral("predictionMark"));
    row.mark->setFont(chartFont(kTitlePointSize + 2, true));
    row.mark->setFixedWidth(QFontMetrics(row.mark->font()).horizontalAdvance(QStringLiteral("✓✗")));
    row.mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    row.picture = new QLabel(frame);
    row.picture->setObjectName(QStringLiteral("predictionImage"));
    row.picture->setToolTip(tr("The picture the model saw: 16 × 16 pixels, drawn %1 times larger").arg(kPictureScale));
    row.text = new QLabel(frame);
    row.text->setObjectName(QStringLiteral("predictionText"));
    row.text->setTextFormat(Qt::RichText);
    row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.text->setFont(chartFont(kLabelPointSize));
    row.text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(row.mark, 0, Qt::AlignTop);
    layout->addWidget(row.picture, 0, Qt::AlignTop);
    layout->addWidget(row.text, 1);
    row.frame = frame;
    // before the stretch that keeps the rows at the top
    rowsLayout_->insertWidget(rowsLayout_->count() - 1, frame);
    rows_.push_back(row);
  }
  Row& row = rows_[index];
  row.frame->setVisible(true);
  return row;
}

void PredictionsPanel::fillRow(Row& row, const TaskView::Prediction& prediction, const TaskView& task) const {
  row.mark->setText(prediction.correct ? QStringLiteral("✓") : QStringLiteral("✗"));
  row.mark->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colourName(prediction.correct)));
  row.mark->setProperty("correct", prediction.correct);
  row.mark->setToolTip(prediction.correct ? tr("Right: the prediction equals the truth") : tr("Wrong: the prediction differs from the truth"));
  const QImage picture = hasPicture(task.kind) ? pictureOf(prediction.image, kPictureScale) : QImage();
  row.picture->setVisible(!picture.isNull());
  if (!picture.isNull()) row.picture->setPixmap(QPixmap::fromImage(picture));
  // tags line up in columns, which wrapping would break; the scroll area scrolls instead
  row.text->setWordWrap(task.kind != TaskKind::Tag);
  row.text->setText(rowText(prediction, task));
}

// The row's words: input → prediction (truth), the prediction coloured right or wrong.
QString PredictionsPanel::rowText(const TaskView::Prediction& p, const TaskView& task) const {
  const QString predicted = coloured(QStringLiteral("<b>%1</b>").arg(escaped(p.predicted)), p.correct);
  const QString truth = QStringLiteral("<span style=\"color:#606060\">%1</span>").arg(tr("(true: %1)").arg(escaped(p.truth)));
  switch (task.kind) {
    case TaskKind::Tag: return alignedTags(p, task.tokens);
    case TaskKind::Caption: return tr("%1<br>%2").arg(predicted, truth);
    case TaskKind::Classify:
    case TaskKind::Seq2Seq:
    case TaskKind::Vqa: break;
  }
  return tr("%1 → %2 %3").arg(escaped(p.input), predicted, truth);
}

QImage PredictionsPanel::pictureOf(const std::vector<float>& rgb, int scale) {
  if (rgb.size() != static_cast<std::size_t>(kShapePixels) || scale < 1) return {};
  QImage image(kShapeSide, kShapeSide, QImage::Format_RGB32);
  const auto level = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  for (int y = 0; y < kShapeSide; ++y)
    for (int x = 0; x < kShapeSide; ++x) {
      const float* p = rgb.data() + (static_cast<std::size_t>(y) * kShapeSide + static_cast<std::size_t>(x)) * 3;
      image.setPixel(x, y, qRgb(level(p[0]), level(p[1]), level(p[2])));
    }
  // nearest neighbour: each picture pixel a crisp square, as the model saw it
  return image.scaled(kShapeSide * scale, kShapeSide * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

QString PredictionsPanel::alignedTags(const TaskView::Prediction& p, Tokens tokens) {
  const QStringList input = columnsOf(p.input, tokens), predicted = columnsOf(p.predicted, tokens),
                    truth = columnsOf(p.truth, tokens);
  const qsizetype columns = std::max({input.size(), predicted.size(), truth.size()});
  const QString gap = tokens == Tokens::Words ? QStringLiteral(" ") : QString();
  const auto at = [](const QStringList& list, qsizetype i) { return i < list.size() ? list[i] : QString(); };
  // the three lines' names padded alike, so the columns start at the same place
  const QStringList names{tr("text"), tr("model"), tr("truth")};
  qsizetype nameWidth = 0;
  for (const QString& n : names) nameWidth = std::max(nameWidth, widthOf(n));
  QString lines[3];
  for (int l = 0; l < 3; ++l) lines[l] = QStringLiteral("<span style=\"color:#606060\">%1</span>  ").arg(padded(names[l], nameWidth).toHtmlEscaped());
  for (qsizetype i = 0; i < columns; ++i) {
    const QString in = at(input, i), pr = at(predicted, i), right = at(truth, i);
    const qsizetype width = std::max({widthOf(in), widthOf(pr), widthOf(right)});
    const QString sep = i + 1 < columns ? gap : QString();
    lines[0] += padded(in, width).toHtmlEscaped() + sep;
    const QString cell = padded(pr, width).toHtmlEscaped();
    lines[1] += (pr == right ? cell : QStringLiteral("<b>%1</b>").arg(coloured(cell, false))) + sep;
    lines[2] += padded(right, width).toHtmlEscaped() + sep;
  }
  return QStringLiteral("<pre style=\"margin:0\">%1\n%2\n%3</pre>").arg(lines[0], lines[1], lines[2]);
}

}  // namespace rnnscope::ui
