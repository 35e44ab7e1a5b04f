#include "ui/panels/cells_panel.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/analysis/concepts.h"
#include "ui/panels/chart_math_labels.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/compare_row.h"
#include "ui/panels/tensor_kind_style.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

using text::uiFont;

namespace {

constexpr const char* kRegexPrefix = "regex:";
const QColor kConceptMark{0x00, 0x9E, 0x73};
// Below these widths two texts (two tables) side by side are too narrow: B goes under A.
constexpr int kTextsSideBySideWidth = 760;
constexpr int kRankingsSideBySideWidth = 560;
// B's ranking beside A's: its best few cells are what a comparison needs.
constexpr std::size_t kComparedRankingRows = 5;

QString conceptDescription(const std::string& name) {
  if (name == "quote") return CellsPanel::tr("inside a quotation");
  if (name == "column") return CellsPanel::tr("position in the line");
  if (name == "line_length") return CellsPanel::tr("length of the line so far");
  if (name == "indent") return CellsPanel::tr("indentation level");
  if (name == "comment") return CellsPanel::tr("inside a comment (code)");
  if (name == "brackets") return CellsPanel::tr("bracket depth (code)");
  if (name == "string") return CellsPanel::tr("inside a string literal (code)");
  if (name == "if_condition") return CellsPanel::tr("inside an if (…) condition (code)");
  if (name.rfind(kRegexPrefix, 0) == 0)
    return CellsPanel::tr("matches /%1/").arg(QString::fromStdString(name.substr(6)));
  return QString::fromStdString(name);
}

// A character as a reader can see it, even when it is whitespace.
QString describeCharacter(char32_t c) {
  switch (c) {
    case U'\n': return CellsPanel::tr("↵ newline");
    case U'\t': return CellsPanel::tr("→ tab");
    case U' ': return CellsPanel::tr("␣ space");
    default: break;
  }
  if (c < 0x20 || c == 0x7F) return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
  return QStringLiteral("‘%1’").arg(QString::fromUcs4(&c, 1));
}

bool sameScores(const std::vector<CellScore>& a, const std::vector<CellScore>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CellScore& x, const CellScore& y) {
    return x.kind == y.kind && x.layer == y.layer && x.unit == y.unit && x.pearson == y.pearson && x.auc == y.auc;
  });
}

bool sameSaturation(const std::vector<GateSaturation>& a, const std::vector<GateSaturation>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const GateSaturation& x, const GateSaturation& y) {
    return x.kind == y.kind && x.layer == y.layer && x.fractionLow == y.fractionLow && x.fractionHigh == y.fractionHigh;
  });
}

QLabel* controlLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setFont(uiFont());
  return label;
}

QString formatValue(double v) { return QString::number(v, 'f', 3).replace(QLatin1Char('-'), QStringLiteral("−")); }

const CellScore* scoreOf(const std::vector<CellScore>& scores, const CellChoice& cell) {
  for (const CellScore& s : scores)
    if (s.kind == cell.kind && s.layer == cell.layer && s.unit == cell.unit) return &s;
  return nullptr;
}

// The model's five best guesses after character k, the one that came next in bold.
QString guessesTable(const ActivationRecord& record, std::size_t k) {
  const char32_t actual = k + 1 < record.text.size() ? record.text[k + 1] : 0;
  QString html = CellsPanel::tr("The model's guesses for the next character:");
  html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
  for (const Prediction& p : record.topNext[k]) {
    if (p.character == 0 && p.probability == 0) continue;
    const bool hit = p.character == actual;
    html += QStringLiteral("<tr><td>%1%2%3</td><td align='right'>&nbsp;&nbsp;%4%</td><td>%5</td></tr>")
                .arg(hit ? QStringLiteral("<b>") : QString(), describeCharacter(p.character).toHtmlEscaped(),
                     hit ? QStringLiteral("</b>") : QString(), QString::number(100.0 * p.probability, 'f', 1),
                     hit ? CellsPanel::tr("&nbsp;&larr; what came next") : QString());
  }
  return html + QStringLiteral("</table>");
}

// A yes/no concept as one underline flag per character; none for other concepts or a broken
// pattern (the engine reports that).
std::vector<bool> conceptMarksOn(const std::string& name, const std::u32string& text) {
  std::vector<bool> marks;
  if (name.empty()) return marks;
  try {
    const ConceptSignal signal = conceptSignal(name, text);
    if (!signal.binary) return marks;
    marks.resize(signal.values.size());
    for (std::size_t k = 0; k < marks.size(); ++k) marks[k] = signal.values[k] > 0.5;
  } catch (const std::exception&) {
  }
  return marks;
}

}  // namespace

QString CellsPanel::title() const { return tr("Cells"); }

CellsPanel::CellsPanel(PostCommand poster, QWidget* parent) : Panel(std::move(poster), parent) {
  setObjectName(key());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->setSpacing(4);

  note_ = new chart::NoteBox(
      tr("The <b>probe text</b> as the model read it, one character at a time. The colour of each character is the "
         "value of the chosen cell <i>j</i> <b>after reading that character</b>: <i>h</i><sub><i>t</i></sub>[<i>j</i>] "
         "(blue &minus;1, white 0, red +1), the LSTM cell state <i>c</i><sub><i>t</i></sub>[<i>j</i>] (scaled by its "
         "largest |<i>c</i>|), or a gate in [0, 1] (white = shut, dark = open). Hover over a character for the value "
         "and the model's five best guesses for the next character.<br>"
         "<b>Ranking</b>: every cell is scored by <i>r</i>, the Pearson correlation of its values with a concept "
         "over the text; cells with |<i>r</i>| near 1 track it (Karpathy, Johnson &amp; Fei-Fei, 2015). Click a row "
         "to colour the text by that cell.<br>"
         "<b>Gate saturation</b>: for each gate of each cell, the share of the text where it is almost shut "
         "(&lt; 0.1, x) or almost open (&gt; 0.9, y). Dots near the right edge are gates that are nearly always "
         "shut; near the top, nearly always open; along the diagonal, switching between the two."),
      this);
  layout->addWidget(note_);

  stack_ = chart::makeEmptyStack(this);
  layout->addWidget(stack_, 1);
  auto* page = new QWidget(stack_);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  pageLayout->setSpacing(4);
  stack_->addWidget(page);

  pageLayout->addLayout(buildCellChooser(page));

  readout_ = new QLabel(page);
  readout_->setObjectName(QStringLiteral("readout"));
  readout_->setFont(uiFont());
  readout_->setTextFormat(Qt::RichText);
  readout_->setWordWrap(true);
  pageLayout->addWidget(readout_);

  auto* splitter = new QSplitter(Qt::Vertical, page);
  splitter->setChildrenCollapsible(false);
  pageLayout->addWidget(splitter, 1);

  splitter->addWidget(buildProbeTextView(splitter));

  // Below the text, two tabs: the ranking of cells, and the gate saturation scatter (side by
  // side they were each too narrow to read).
  auto* lower = new QTabWidget(splitter);
  lower->setObjectName(QStringLiteral("cellsLowerTabs"));
  lower->setFont(uiFont());
  lower->setDocumentMode(true);
  splitter->addWidget(lower);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);

  lower->addTab(buildRanking(lower), tr("Cells that follow a concept"));
  lower->addTab(buildSaturationChart(lower), tr("Gate saturation"));
  lower->setTabToolTip(1, tr("For each gate of each cell: how much of the text it spends almost shut (x) and almost "
                             "open (y)."));
  stack_->addWidget(buildTaskPage(stack_));
  stack_->widget(kTaskPage)->setVisible(false);

  connectSignals();
}

// A task has no text to colour: its page ranks the cells against the label instead
// (core/task/label_cells.h), over the held-out examples the accuracy is measured on.
QWidget* CellsPanel::buildTaskPage(QWidget* parent) {
  auto* page = new QWidget(parent);
  page->setAutoFillBackground(true);
  auto* column = new QVBoxLayout(page);
  column->setContentsMargins(0, 0, 0, 0);
  taskHeading_ = new QLabel(page);
  taskHeading_->setObjectName(QStringLiteral("taskRankingHeading"));
  taskHeading_->setFont(uiFont());
  taskHeading_->setTextFormat(Qt::RichText);
  taskHeading_->setWordWrap(true);
  column->addWidget(taskHeading_);
  taskRanking_ = buildRankingTable(page, QStringLiteral("taskRankingTable"));
  column->addWidget(taskRanking_, 1);
  return page;
}

// The stack lays every page out at once (chart::makeEmptyStack): the text's page and the task's
// are shown one at a time by hand.
void CellsPanel::showTaskPage(bool task) {
  stack_->widget(kTaskPage)->setVisible(task);
  stack_->widget(kTextPage)->setVisible(!task);
  if (task) stack_->setCurrentIndex(kTaskPage);
}

void CellsPanel::renderTask(const Snapshot& s) {
  showTaskPage(true);
  if (s.ranking.empty() || s.task->rankingLabel.empty()) {
    taskHeading_->setText(s.task->kind == TaskKind::Classify || s.task->kind == TaskKind::Tag
                              ? tr("The cells are ranked against the label once held-out examples are measured: press "
                                   "Play or Step.")
                              : tr("This task has no label per example or position to rank cells against; the "
                                   "ranking is for classify and tag tasks."));
    taskRanking_->setRowCount(0);
    return;
  }
  const QString label = QString::fromStdString(s.task->rankingLabel).toHtmlEscaped();
  const QString where = s.task->kind == TaskKind::Classify ? tr("each held-out example's last state (what the head reads)")
                                                           : tr("every position of the held-out examples");
  taskHeading_->setText(
      tr("Cells ranked by how closely they follow <b>the label is “%1”</b> over %2, after %3 updates: Pearson r, and "
         "AUC, the chance that the cell is higher on an example of that label than on one of another (0.5: no "
         "information; near 1 or 0: the cell tells the label apart). Of all labels, this one has the best-following "
         "cell.")
          .arg(label, where)
          .arg(s.task->accuracyStep));
  fillRanking(taskRanking_, s.ranking, s.ranking.size(), true, s.config.model.gruVariant, CellChoice{"", -1, -1});
}

// Which cell colours the text: layer (stacked models only), quantity, unit; and the probe text.
QLayout* CellsPanel::buildCellChooser(QWidget* page) {
  auto* controls = new QHBoxLayout();
  controls->setSpacing(6);
  auto* layerLabel = controlLabel(tr("Layer:"), page);
  layer_ = new QComboBox(page);
  layer_->setObjectName(QStringLiteral("layerCombo"));
  layer_->setFont(uiFont());
  layer_->setToolTip(tr("Which recurrent layer. Layer 1 reads the characters; each layer above reads the hidden "
                        "states of the one below. (Tensor names count from 0: h_l0 is layer 1.)"));
  layerLabel->setBuddy(layer_);
  auto* kindLabel = controlLabel(tr("Show:"), page);
  kind_ = new QComboBox(page);
  kind_->setObjectName(QStringLiteral("kindCombo"));
  kind_->setFont(uiFont());
  kind_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "c — trạng thái ô" in full, in either language
  kind_->setToolTip(tr("<b>h</b>: the hidden state, what the layer passes on. <b>c</b>: the LSTM's cell state, its "
                       "long-term memory. <b>Gates</b> (sigmoid, 0 = shut, 1 = open) decide what is written, kept and "
                       "shown; g and n are tanh candidates in [&minus;1, 1]."));
  kindLabel->setBuddy(kind_);
  auto* unitLabel = controlLabel(tr("Cell:"), page);
  unit_ = new QSpinBox(page);
  unit_->setObjectName(QStringLiteral("unitSpin"));
  unit_->setFont(uiFont());
  unit_->setToolTip(tr("Index j of the cell (0 to H&minus;1). Click a row of the ranking to jump to a cell that "
                       "follows the concept."));
  unit_->setMinimumWidth(70);
  unitLabel->setBuddy(unit_);
  probeButton_ = new QPushButton(tr("Probe text…"), page);
  probeButton_->setObjectName(QStringLiteral("probeButton"));
  probeButton_->setFont(uiFont());
  probeButton_->setToolTip(tr("Choose the text the model reads for this view (by default a stretch of the validation "
                              "text, which it never trained on)."));
  controls->addWidget(layerLabel);
  controls->addWidget(layer_);
  controls->addSpacing(6);
  controls->addWidget(kindLabel);
  controls->addWidget(kind_);
  controls->addSpacing(6);
  controls->addWidget(unitLabel);
  controls->addWidget(unit_);
  controls->addStretch(1);
  controls->addWidget(probeButton_);
  // the layer chooser only matters for stacked models
  layerLabel_ = layerLabel;
  layerLabel_->setVisible(false);
  layer_->setVisible(false);
  return controls;
}

// The probe text coloured cell by cell for A (and B), with the colour scales and the concept
// underline.
QWidget* CellsPanel::buildProbeTextView(QWidget* parent) {
  auto* textBox = new QWidget(parent);
  auto* textLayout = new QVBoxLayout(textBox);
  textLayout->setContentsMargins(0, 0, 0, 0);
  textLayout->setSpacing(3);
  // A keeps the unsuffixed name the lessons point at (cells/probeText)
  textA_ = new CellTextView(QString(), textBox);
  textB_ = new CellTextView(QStringLiteral("B"), textBox);
  textB_->setObjectName(QStringLiteral("probeTextRunB"));
  textB_->setEmptyText(tr("Run B has no activations yet. Press Play to train; this view fills after the first step."));
  textB_->grid()->setToolTipProvider([this](int index) { return toolTipFor(*textB_, index); });
  grid_ = textA_->grid();
  grid_->setToolTipProvider([this](int index) { return characterToolTip(index); });
  legend_ = textA_->legend();
  texts_ = new CompareRow(textA_, textB_, kTextsSideBySideWidth, textBox);
  texts_->setObjectName(QStringLiteral("probeTexts"));
  textLayout->addWidget(texts_, 1);

  auto* checksRow = new QHBoxLayout();
  markConcept_ = new QCheckBox(tr("Underline the concept"), textBox);
  markConcept_->setObjectName(QStringLiteral("markConceptCheck"));
  markConcept_->setFont(uiFont(text::kSmallPointSize));
  markConcept_->setChecked(true);
  markConcept_->setToolTip(tr("A green bar under each character where the chosen concept is true (for yes/no "
                              "concepts), so you can compare it with the colours."));
  connectivity_ = new QCheckBox(tr("Connectivity on hover"), textBox);
  connectivity_->setObjectName(QStringLiteral("connectivityCheck"));
  connectivity_->setFont(uiFont(text::kSmallPointSize));
  connectivity_->setToolTip(
      tr("Hover a character: every earlier character is coloured by ‖∂L/∂x<sub>k</sub>‖, how much the prediction "
         "made after the hovered character depends on the input at k (Distill's connectivity), on a log scale from "
         "the most influential character down to four decades below it."));
  checksRow->addWidget(markConcept_);
  checksRow->addSpacing(12);
  checksRow->addWidget(connectivity_);
  checksRow->addStretch(1);
  textLayout->addLayout(checksRow);
  return textBox;
}

// The cells ranked by how well they follow a concept, and the concept chooser above them.
QWidget* CellsPanel::buildRanking(QWidget* parent) {
  auto* rankingBox = new QWidget(parent);
  auto* rankingLayout = new QVBoxLayout(rankingBox);
  rankingLayout->setContentsMargins(0, 0, 0, 0);
  rankingLayout->setSpacing(3);
  auto* conceptRow = new QHBoxLayout();
  auto* conceptLabel = controlLabel(tr("Concept:"), rankingBox);
  concept_ = new QComboBox(rankingBox);
  concept_->setObjectName(QStringLiteral("conceptCombo"));
  concept_->setFont(uiFont());
  concept_->setToolTip(tr("A property of each position in the text that a reader keeps track of. The ranking lists "
                          "the cells whose values follow it most closely."));
  for (const std::string& name : builtinConceptNames())
    concept_->addItem(conceptDescription(name), QString::fromStdString(name));
  concept_->addItem(tr("regular expression…"), QString::fromLatin1(kRegexPrefix));
  conceptLabel->setBuddy(concept_);
  regex_ = new QLineEdit(rankingBox);
  regex_->setObjectName(QStringLiteral("regexEdit"));
  regex_->setFont(text::monospaceFont(text::kTextPointSize));
  regex_->setPlaceholderText(tr("e.g. [0-9]+"));
  regex_->setToolTip(tr("An ECMAScript regular expression: the concept is 1 on every character inside a match, 0 "
                        "elsewhere. Press Enter to rank the cells."));
  regex_->setVisible(false);
  conceptRow->addWidget(conceptLabel);
  conceptRow->addWidget(concept_, 1);
  conceptRow->addWidget(regex_, 1);
  rankingLayout->addLayout(conceptRow);
  rankingCaption_ = new QLabel(rankingBox);
  rankingCaption_->setObjectName(QStringLiteral("rankingCaption"));
  rankingCaption_->setFont(uiFont(text::kSmallPointSize));
  rankingCaption_->setTextFormat(Qt::RichText);
  rankingCaption_->setWordWrap(true);
  rankingLayout->addWidget(rankingCaption_);

  ranking_ = buildRankingTable(rankingBox, QStringLiteral("rankingTable"));
  auto* columnA = new QWidget(rankingBox);
  auto* columnALayout = new QVBoxLayout(columnA);
  columnALayout->setContentsMargins(0, 0, 0, 0);
  columnALayout->setSpacing(2);
  rankingBadgeA_ = new QLabel(runBadge('A'), columnA);
  rankingBadgeA_->setFont(uiFont());
  rankingBadgeA_->hide();
  columnALayout->addWidget(rankingBadgeA_);
  columnALayout->addWidget(ranking_, 1);
  rankings_ = new CompareRow(columnA, buildComparedRanking(rankingBox), kRankingsSideBySideWidth, rankingBox);
  rankingLayout->addWidget(rankings_, 1);
  return rankingBox;
}

// Run B's best few cells for the same concept, in the same columns as A's table.
QWidget* CellsPanel::buildComparedRanking(QWidget* parent) {
  auto* column = new QWidget(parent);
  column->setObjectName(QStringLiteral("rankingRunB"));
  auto* layout = new QVBoxLayout(column);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* caption = new QLabel(runBadge('B') + tr("its best cells for the same concept. Click a row to colour both texts "
                                                "by that cell."),
                             column);
  caption->setObjectName(QStringLiteral("rankingCaptionB"));
  caption->setFont(uiFont(text::kSmallPointSize));
  caption->setTextFormat(Qt::RichText);
  caption->setWordWrap(true);
  layout->addWidget(caption);
  rankingB_ = buildRankingTable(column, QStringLiteral("rankingTableB"));
  layout->addWidget(rankingB_, 1);
  return column;
}

QTableWidget* CellsPanel::buildRankingTable(QWidget* parent, const QString& name) {
  auto* table = new QTableWidget(0, 4, parent);
  table->setObjectName(name);
  table->setFont(uiFont());
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->verticalHeader()->setVisible(false);
  table->horizontalHeader()->setFont(uiFont(text::kTextPointSize, true));
  table->horizontalHeader()->setStretchLastSection(false);
  // Sized once per rebuild (below): ResizeToContents would measure every row at every setItem.
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  table->horizontalHeader()->setMinimumSectionSize(64);
  const QStringList headers = {tr("Tensor"), tr("Cell"), tr("r"), tr("AUC")};
  const QStringList headerTips = {
      tr("Which recorded quantity: h_l0 = hidden state of layer 1, c_l0 = its cell state, f_l0 = its forget gate, "
         "... (layers counted from 0, as PyTorch names them)"),
      tr("Index j of the cell within its layer"),
      tr("Pearson correlation of the cell's values with the concept over the probe text: +1 rises with it, "
         "−1 falls with it, 0 unrelated"),
      tr("For yes/no concepts: the chance that the cell is higher at a random position where the concept holds "
         "than at one where it does not (0.5 = no information, 1 or 0 = a perfect detector)")};
  for (int c = 0; c < headers.size(); ++c) {
    auto* item = new QTableWidgetItem(headers[c]);
    item->setToolTip(headerTips[c]);
    table->setHorizontalHeaderItem(c, item);
  }
  return table;
}

// One dot per gate and cell: how much of the text it spends shut and open. A vanilla RNN has no
// gates: then a sentence saying so.
QWidget* CellsPanel::buildSaturationChart(QWidget* parent) {
  satStack_ = new QStackedWidget(parent);
  auto* noGates = new QLabel(tr("A vanilla RNN has no gates: its state is rewritten at every step. Choose an LSTM or "
                                "GRU in “Model and training” to see gate saturation."),
                             satStack_);
  noGates->setObjectName(QStringLiteral("noGatesLabel"));
  noGates->setWordWrap(true);
  noGates->setAlignment(Qt::AlignCenter);
  noGates->setFont(uiFont());
  noGates->setStyleSheet(QStringLiteral("QLabel { color: #606060; }"));
  satStack_->addWidget(noGates);
  satChart_ = chart::makeChart();
  satX_ = new QValueAxis();
  satY_ = new QValueAxis();
  for (QValueAxis* axis : {satX_, satY_}) {
    axis->setRange(0, 1);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.1f"));
  }
  // axis titles are rich text: '<' must be escaped
  chart::styleAxis(satX_, tr("share of the text shut (gate &lt; 0.1)"));
  chart::styleAxis(satY_, tr("share open (gate &gt; 0.9)"));
  satChart_->addAxis(satX_, Qt::AlignBottom);
  satChart_->addAxis(satY_, Qt::AlignLeft);
  satSelected_ = new QScatterSeries();
  satSelected_->setObjectName(QStringLiteral("selectedGate"));
  satSelected_->setName(tr("chosen cell"));
  satSelected_->setMarkerShape(QScatterSeries::MarkerShapeCircle);
  satSelected_->setMarkerSize(18);
  satSelected_->setColor(Qt::transparent);
  satSelected_->setBorderColor(chart::palette::kBlack);
  {
    QPen ring(chart::palette::kBlack);
    ring.setWidthF(2.5);
    satSelected_->setPen(ring);
  }
  satChart_->addSeries(satSelected_);
  satSelected_->attachAxis(satX_);
  satSelected_->attachAxis(satY_);
  satView_ = chart::makeChartView(satChart_, QStringLiteral("saturationChart"), satStack_);
  satView_->setToolTip(tr("One dot per cell and gate. Click a dot to colour the text by that gate of that cell."));
  satStack_->addWidget(satView_);
  return satStack_;
}

void CellsPanel::connectSignals() {
  connect(connectivity_, &QCheckBox::toggled, this, &CellsPanel::setConnectivityShown);
  connect(grid_, &text::CharGridView::characterHovered, this, [this](int index) {
    if (!connectivity_->isChecked()) return;
    connectivityWanted_ = index;
    requestConnectivity();
  });
  connect(layer_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index < 0) return;
    followBest_ = false;
    selection_.layer = layer_->itemData(index).toInt();
    rebuildChoosers();
    recolor();
    rebuildSaturation();
  });
  connect(kind_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index < 0) return;
    followBest_ = false;
    selection_.kind = kind_->itemData(index).toString().toStdString();
    recolor();
    updateSaturationMarker();
  });
  connect(unit_, &QSpinBox::valueChanged, this, [this](int unit) {
    followBest_ = false;
    selection_.unit = unit;
    recolor();
    updateSaturationMarker();
  });
  connect(ranking_, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
    if (row < 0 || static_cast<std::size_t>(row) >= scores_.size()) return;
    const CellScore& s = scores_[static_cast<std::size_t>(row)];
    select(s.kind, s.layer, s.unit);
  });
  connect(concept_, &QComboBox::currentIndexChanged, this, [this](int index) {
    const QString name = concept_->itemData(index).toString();
    const bool regex = name == QString::fromLatin1(kRegexPrefix);
    regex_->setVisible(regex);
    if (regex) {
      regex_->setFocus();
      if (!regex_->text().isEmpty()) postConcept();
    } else {
      postConcept();
    }
  });
  connect(regex_, &QLineEdit::returnPressed, this, &CellsPanel::postConcept);
  connect(regex_, &QLineEdit::textEdited, this, [this] {
    regex_->setStyleSheet(QString());
    regex_->setToolTip(QString());
  });
  connect(rankingB_, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
    if (row < 0 || static_cast<std::size_t>(row) >= shownB_.ranking.size()) return;
    const CellScore& s = shownB_.ranking[static_cast<std::size_t>(row)];
    select(s.kind, s.layer, s.unit);  // A follows too: B then shows the same cell
  });
  connect(markConcept_, &QCheckBox::toggled, this, [this] {
    updateConceptMarks();
    markConceptB();
  });
  connect(probeButton_, &QPushButton::clicked, this, &CellsPanel::openProbeDialog);
}

const ActivationTensor* CellsPanel::currentTensor() const {
  if (!record_) return nullptr;
  return record_->find(selection_.kind, selection_.layer);
}

void CellsPanel::select(const std::string& kind, int layer, int unit) {
  followBest_ = false;
  selection_ = {kind, layer, unit};
  rebuildChoosers();  // puts the choosers on the selection
  recolor();
  rebuildSaturation();
}

void CellsPanel::rebuildChoosers() {
  if (!record_) return;
  int layers = 0;
  for (const auto& t : record_->tensors) layers = std::max(layers, t.layer + 1);
  selection_.layer = std::clamp(selection_.layer, 0, std::max(0, layers - 1));
  {
    const QSignalBlocker block(layer_);
    if (layer_->count() != layers) {
      layer_->clear();
      for (int l = 0; l < layers; ++l) layer_->addItem(QString::number(l + 1), l);
    }
    layer_->setCurrentIndex(selection_.layer);
  }
  layer_->setVisible(layers > 1);
  layerLabel_->setVisible(layers > 1);

  std::vector<std::string> kinds;
  for (const auto& t : record_->tensors)
    if (t.layer == selection_.layer && std::find(kinds.begin(), kinds.end(), t.kind) == kinds.end()) kinds.push_back(t.kind);
  if (std::find(kinds.begin(), kinds.end(), selection_.kind) == kinds.end())
    selection_.kind = kinds.empty() ? std::string(letterOf(TensorKind::Hidden)) : kinds.front();
  {
    const QSignalBlocker block(kind_);
    bool same = kind_->count() == static_cast<int>(kinds.size()) && chooserVariant_ == gruVariant_;
    for (int i = 0; same && i < kind_->count(); ++i)
      same = kind_->itemData(i).toString().toStdString() == kinds[static_cast<std::size_t>(i)];
    if (!same) {
      kind_->clear();
      for (const auto& k : kinds) {
        kind_->addItem(kindDescription(k, gruVariant_), QString::fromStdString(k));
        if (isLetterOf(k, TensorKind::Update)) kind_->setItemData(kind_->count() - 1, chart::updateGateMeaning(gruVariant_), Qt::ToolTipRole);
      }
      chooserVariant_ = gruVariant_;
    }
    kind_->setCurrentIndex(kind_->findData(QString::fromStdString(selection_.kind)));
  }
  const ActivationTensor* t = currentTensor();
  const int units = t ? static_cast<int>(t->values.cols()) : 1;
  selection_.unit = std::clamp(selection_.unit, 0, std::max(0, units - 1));
  {
    const QSignalBlocker block(unit_);
    unit_->setRange(0, std::max(0, units - 1));
    unit_->setValue(selection_.unit);
  }
}

void CellsPanel::setConnectivityShown(bool on) {
  if (connectivity_->isChecked() != on) connectivity_->setChecked(on);  // toggled() comes back here
  if (!on) {
    connectivityWanted_ = connectivityAsked_ = -1;
    if (connectivityRecord_) post(command::ShowConnectivity{-1});
    connectivityRecord_.reset();
  }
  recolor();
}

void CellsPanel::showConnectivityAt(int position) {
  if (!connectivity_->isChecked()) setConnectivityShown(true);
  connectivityWanted_ = position;
  requestConnectivity();
}

// One request in flight: hovering across the text would otherwise queue a backward pass per
// character; when the answer arrives, the newest hovered position is asked next.
void CellsPanel::requestConnectivity() {
  if (connectivityWanted_ < 0 || connectivityWanted_ == connectivityAsked_) return;
  if (connectivityRequest_ > lastCommandSeen_) return;
  if (!record_ || connectivityWanted_ + 1 >= static_cast<int>(record_->text.size())) return;  // nothing after it to predict
  connectivityAsked_ = connectivityWanted_;
  connectivityRequest_ = post(command::ShowConnectivity{connectivityWanted_});
}

void CellsPanel::recolor() {
  textA_->setCell(selection_);
  if (connectivity_->isChecked() && connectivityRecord_ && record_ &&
      connectivityRecord_->position + 1 < static_cast<int>(record_->text.size()))
    recolorByConnectivity();
  else
    recolorByCell();
  renderB(compared());  // B may follow A's choice
}

// log10 of ||dL_t/dx_k|| relative to the largest, over four decades: white (10^-4 or less) to
// dark (the largest); characters after t cannot matter (light grey).
void CellsPanel::recolorByConnectivity() {
  const auto& c = *connectivityRecord_;
  constexpr double kDecades = 4;
  double largest = 0;
  for (double v : c.inputNorm) largest = std::max(largest, v);
  std::vector<QRgb> colors(record_->text.size(), QColor(232, 232, 232).rgb());
  for (std::size_t k = 0; k < c.inputNorm.size() && k < colors.size(); ++k) {
    const double decades = largest > 0 && c.inputNorm[k] > 0 ? std::log10(c.inputNorm[k] / largest) : -kDecades;
    colors[k] = text::sequentialColor(std::clamp(1 + decades / kDecades, 0.0, 1.0)).rgb();
  }
  grid_->setColors(std::move(colors));
  legend_->setScale(text::ColorLegend::Scale::Sequential, QStringLiteral("≤ 10⁻⁴"), QStringLiteral("10⁻²"), tr("largest"));
  const auto quoted = [&](std::size_t i) {
    return i < record_->text.size() ? describeCharacter(record_->text[i]).toHtmlEscaped() : QString();
  };
  const auto t = static_cast<std::size_t>(c.position);
  readout_->setText(tr("Connectivity: how much the prediction after character %1 (%2, the next one is %3) depends on "
                       "each earlier character, ‖∂L/∂x<sub>k</sub>‖ relative to the largest, log scale. Weights of "
                       "step %4.")
                        .arg(c.position)
                        .arg(quoted(t), quoted(t + 1))
                        .arg(c.step));
}

void CellsPanel::recolorByCell() {
  if (!textA_->colorByCell()) {
    readout_->setText(record_ ? tr("This model has no %1 in layer %2.")
                                    .arg(QString::fromStdString(selection_.kind))
                                    .arg(selection_.layer + 1)
                              : QString());
    return;
  }
  describeScale(*textA_, gruVariant_);
  const ActivationTensor* t = textA_->tensor();
  const CellTextView::Range& range = textA_->range();
  QString text = tr("Colour: <b>%1[%2]</b> (%3) after each character, from %4 to %5 on this text.")
                     .arg(QString::fromStdString(t->name()))
                     .arg(selection_.unit)
                     .arg(kindDescription(t->kind, gruVariant_).section(QStringLiteral(" — "), 1))
                     .arg(formatValue(range.low), formatValue(range.high));
  if (const CellScore* s = scoreOf(scores_, selection_))
    text += tr(" r = <b>%1</b> with “%2”.").arg(formatValue(s->pearson), conceptDescription(conceptName_).toHtmlEscaped());
  readout_->setText(text);
}

// What the colours of a view coloured by its cell mean.
void CellsPanel::describeScale(CellTextView& view, GruVariant variant) const {
  const std::string& kind = view.cell().kind;
  if (isLetterOf(kind, TensorKind::Update)) {  // "open" would hide which state z ≈ 1 keeps
    view.legend()->setScale(text::ColorLegend::Scale::Sequential, chart::updateGateZeroShort(variant), QStringLiteral("0.5"),
                            chart::updateGateOneShort(variant));
  } else if (isSigmoidGate(kind)) {
    view.legend()->setScale(text::ColorLegend::Scale::Sequential, tr("0 shut"), QStringLiteral("0.5"), tr("1 open"));
  } else {
    const QString s = formatValue(view.range().scale);
    const QString suffix = isLetterOf(kind, TensorKind::CellState) ? tr(" (max |c|)") : QString();
    view.legend()->setScale(text::ColorLegend::Scale::Diverging, QStringLiteral("−") + s, QStringLiteral("0"),
                            QStringLiteral("+") + s + suffix);
  }
}

QString CellsPanel::characterToolTip(int index) const { return toolTipFor(*textA_, index); }

QString CellsPanel::toolTipFor(const CellTextView& view, int index) const {
  const ActivationRecord* record = view.record();
  if (!record || index < 0 || static_cast<std::size_t>(index) >= record->text.size()) return {};
  const auto k = static_cast<std::size_t>(index);
  QString html = QStringLiteral("<div style='font-size:12pt'>");
  html += tr("<b>%1</b> &nbsp;(character %2 of %3)")
              .arg(describeCharacter(record->text[k]).toHtmlEscaped())
              .arg(index + 1)
              .arg(record->text.size());
  const int unit = view.cell().unit;
  if (const ActivationTensor* t = view.tensor(); t && static_cast<Index>(k) < t->values.rows())
    html += QStringLiteral("<br>") + tr("%1[%2] after reading it: <b>%3</b>")
                                         .arg(QString::fromStdString(t->name()))
                                         .arg(unit)
                                         .arg(formatValue(t->values(static_cast<Index>(k), unit)));
  if (k < record->topNext.size()) html += QStringLiteral("<br>") + guessesTable(*record, k);
  html += QStringLiteral("</div>");
  return html;
}

void CellsPanel::updateConceptMarks() {
  std::vector<bool> marks = record_ ? conceptMarksOn(conceptName_, record_->text) : std::vector<bool>();
  conceptBinary_ = !marks.empty();
  markConcept_->setEnabled(conceptBinary_);
  markConcept_->setToolTip(conceptBinary_ ? tr("A green bar under each character where the concept holds, to compare "
                                               "with the colours.")
                                          : tr("Only yes/no concepts (quotation, comment, string, if-condition, regular "
                                               "expressions) can be underlined."));
  if (!markConcept_->isChecked()) marks.clear();
  grid_->setMarks(std::move(marks), kConceptMark);
}

// B's own concept on B's own text: the window sends the concept to both runs, but a run that
// has not handled it yet still ranks by the old one. True for a yes/no concept.
bool CellsPanel::markConceptB() {
  const ActivationRecord* record = textB_->record();
  std::vector<bool> marks = record ? conceptMarksOn(shownB_.conceptName, record->text) : std::vector<bool>();
  const bool binary = !marks.empty();
  if (!markConcept_->isChecked()) marks.clear();
  textB_->grid()->setMarks(std::move(marks), kConceptMark);
  return binary;
}

void CellsPanel::syncConceptChooser() {
  const QSignalBlocker block(concept_);
  const bool regex = conceptName_.rfind(kRegexPrefix, 0) == 0;
  if (regex) {
    concept_->setCurrentIndex(concept_->findData(QString::fromLatin1(kRegexPrefix)));
    if (!regex_->hasFocus()) regex_->setText(QString::fromStdString(conceptName_.substr(6)));
  } else {
    const int i = concept_->findData(QString::fromStdString(conceptName_));
    if (i >= 0) concept_->setCurrentIndex(i);
  }
  regex_->setVisible(regex || concept_->currentData().toString() == QString::fromLatin1(kRegexPrefix));
}

void CellsPanel::postConcept() {
  const QString data = concept_->currentData().toString();
  std::string name = data.toStdString();
  if (data == QString::fromLatin1(kRegexPrefix)) {
    const std::string pattern = regex_->text().toStdString();
    try {
      regexConcept(pattern, U"probe");  // refuse a broken pattern here, where the user is typing
    } catch (const std::exception& e) {
      regex_->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #C62828; }"));
      regex_->setToolTip(QString::fromUtf8(e.what()));
      return;
    }
    name += pattern;
  }
  post(command::SetConcept{name});
}

void CellsPanel::rebuildRanking() {
  const QString conceptText = conceptDescription(conceptName_).toHtmlEscaped();
  rankingCaption_->setText(scores_.empty() ? tr("No ranking yet for “%1”.").arg(conceptText)
                                           : tr("Cells that best follow “<b>%1</b>”, strongest |r| first. Click a "
                                                "row to colour the text by that cell.")
                                                 .arg(conceptText));
  fillRanking(ranking_, scores_, scores_.size(), conceptBinary_, gruVariant_, selection_);
}

// The first `rows` scores, one row each; the row of `current` (if listed) is the table's current one.
void CellsPanel::fillRanking(QTableWidget* table, const std::vector<CellScore>& scores, std::size_t rows, bool binary,
                             GruVariant variant, const CellChoice& current) const {
  rows = std::min(rows, scores.size());
  const QSignalBlocker block(table);
  table->setUpdatesEnabled(false);
  table->clearContents();
  table->setRowCount(static_cast<int>(rows));
  int currentRow = -1;
  for (std::size_t row = 0; row < rows; ++row) {
    const CellScore& s = scores[row];
    const int r = static_cast<int>(row);
    auto* tensor = new QTableWidgetItem(QString::fromStdString(s.kind + "_l" + std::to_string(s.layer)));
    tensor->setToolTip(kindDescription(s.kind, variant) + tr(", layer %1").arg(s.layer + 1));
    auto* unit = new QTableWidgetItem(QString::number(s.unit));
    unit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* pearson = new QTableWidgetItem(formatValue(s.pearson));
    pearson->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QColor background = text::divergingColor(s.pearson);
    pearson->setBackground(background);
    pearson->setForeground(text::readableTextColor(background));
    auto* auc = new QTableWidgetItem(binary ? QString::number(s.auc, 'f', 3) : QStringLiteral("—"));
    auc->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(r, 0, tensor);
    table->setItem(r, 1, unit);
    table->setItem(r, 2, pearson);
    table->setItem(r, 3, auc);
    if (s.kind == current.kind && s.layer == current.layer && s.unit == current.unit) currentRow = r;
  }
  if (currentRow >= 0) table->setCurrentCell(currentRow, 0);
  else table->setCurrentCell(-1, -1);
  table->resizeColumnsToContents();
  table->setUpdatesEnabled(true);
}

void CellsPanel::rebuildSaturation() {
  bool any = false;
  std::vector<std::pair<std::string, QList<QPointF>>> points;  // in the record's gate order
  for (const GateSaturation& g : saturation_) {
    if (g.layer != selection_.layer) continue;
    points.emplace_back(g.kind, QList<QPointF>());
    auto& list = points.back().second;
    const std::size_t n = std::min(g.fractionLow.size(), g.fractionHigh.size());
    list.reserve(static_cast<qsizetype>(n));
    for (std::size_t j = 0; j < n; ++j) list.append(QPointF(g.fractionLow[j], g.fractionHigh[j]));
    any = true;
  }
  satStack_->setCurrentIndex(any ? 1 : 0);
  for (auto& [kind, series] : satSeries_)
    // an init-capture: clang 14 (the sanitizer builds) cannot capture a structured binding by name
    if (std::none_of(points.begin(), points.end(), [&k = kind](const auto& p) { return p.first == k; })) {
      series->clear();
      series->setVisible(false);
    }
  for (auto& [kind, list] : points) {
    QScatterSeries*& series = satSeries_[kind];
    if (!series) {
      series = new QScatterSeries();
      series->setObjectName(QStringLiteral("saturation_") + QString::fromStdString(kind));
      series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
      series->setMarkerSize(9);
      QColor fill = kindColor(kind);
      fill.setAlpha(200);
      series->setColor(fill);
      series->setBorderColor(kindColor(kind).darker(140));
      chart::useLightMarkers(series);
      satChart_->addSeries(series);
      series->attachAxis(satX_);
      series->attachAxis(satY_);
      const std::string k = kind;
      connect(series, &QScatterSeries::clicked, this, [this, k](const QPointF& p) {
        // the cell of this gate kind whose dot is nearest the click
        for (const GateSaturation& g : saturation_) {
          if (g.kind != k || g.layer != selection_.layer) continue;
          int best = -1;
          double bestDistance = INFINITY;
          for (std::size_t j = 0; j < g.fractionLow.size() && j < g.fractionHigh.size(); ++j) {
            const double d = std::hypot(g.fractionLow[j] - p.x(), g.fractionHigh[j] - p.y());
            if (d < bestDistance) {
              bestDistance = d;
              best = static_cast<int>(j);
            }
          }
          if (best >= 0) select(k, g.layer, best);
          return;
        }
      });
    }
    if (const QString name = kindLegendName(kind, gruVariant_); series->name() != name) series->setName(name);
    series->setVisible(true);
    series->replace(list);
  }
  const int layers = layer_->count();
  const QString heading = layers > 1 ? tr("Gate saturation, layer %1").arg(selection_.layer + 1) : tr("Gate saturation");
  chart::setChartTitle(satChart_, heading);
  // keep the ring of the chosen cell on top of the dots
  satChart_->removeSeries(satSelected_);
  satChart_->addSeries(satSelected_);
  satSelected_->attachAxis(satX_);
  satSelected_->attachAxis(satY_);
  satChart_->legend()->markers(satSelected_).value(0)->setVisible(false);
  updateSaturationMarker();
}

void CellsPanel::updateSaturationMarker() {
  QList<QPointF> ring;
  for (const GateSaturation& g : saturation_)
    if (g.kind == selection_.kind && g.layer == selection_.layer) {
      const auto j = static_cast<std::size_t>(selection_.unit);
      if (j < g.fractionLow.size() && j < g.fractionHigh.size()) ring.append(QPointF(g.fractionLow[j], g.fractionHigh[j]));
    }
  satSelected_->replace(ring);
}

void CellsPanel::openProbeDialog() {
  auto* dialog = new QDialog(this);
  dialog->setObjectName(QStringLiteral("probeDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Probe text"));
  auto* layout = new QVBoxLayout(dialog);
  auto* help = new QLabel(tr("The model reads this text from a zero state; the Cells view colours it character by "
                             "character. Characters the model has never seen are read as spaces."),
                          dialog);
  help->setWordWrap(true);
  help->setFont(uiFont());
  auto* edit = new QPlainTextEdit(dialog);
  edit->setFont(text::monospaceFont(12));
  if (record_) edit->setPlainText(QString::fromStdU32String(record_->text));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this text"));
  auto* useDefault = buttons->addButton(tr("Use the validation text"), QDialogButtonBox::ResetRole);
  layout->addWidget(help);
  layout->addWidget(edit, 1);
  layout->addWidget(buttons);
  dialog->resize(720, 480);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit] {
    std::u32string probe = edit->toPlainText().toStdU32String();
    if (probe.size() > kMaxProbeChars) probe.resize(kMaxProbeChars);
    post(command::SetProbeText{std::move(probe)});
    dialog->accept();
  });
  connect(useDefault, &QPushButton::clicked, dialog, [this, dialog] {
    post(command::SetProbeText{U""});
    dialog->accept();
  });
  dialog->open();
}

// Which cell B's text shows. Until the user picks a cell, each run shows its own best cell for
// the concept: training (or another architecture) may put a concept in another cell, and where
// each run keeps it is what a comparison asks. Once the user picks a cell, B shows that same
// cell, so the two texts show one cell in both runs (after a branch, B's cell j grew from A's).
CellChoice CellsPanel::choiceForB(const Snapshot& b, QString* why) const {
  const QString conceptText = conceptDescription(b.conceptName).toHtmlEscaped();
  const ActivationTensor* picked = b.activations ? b.activations->find(selection_.kind, selection_.layer) : nullptr;
  if (!followBest_ && picked && selection_.unit < picked->values.cols()) {
    *why = tr("the cell you chose, as in A");
    return selection_;
  }
  if (!b.ranking.empty()) {
    const CellScore& best = b.ranking.front();
    *why = followBest_ ? tr("B's own best cell for “%1” (choose a cell to see the same one in both runs)").arg(conceptText)
                       : tr("B has no %1 in layer %2, so its own best cell for “%3”")
                             .arg(QString::fromStdString(selection_.kind))
                             .arg(selection_.layer + 1)
                             .arg(conceptText);
    return {best.kind, best.layer, best.unit};
  }
  *why = tr("the same cell as A (B has no ranking yet)");
  return selection_;
}

// "[A] c_l0[2], r = 0.910: why this cell".
QString CellsPanel::runHeading(char run, const CellTextView& view, const std::vector<CellScore>& scores,
                               const QString& why) const {
  QString heading = runBadge(run);
  if (!view.record()) return heading;
  const CellChoice& cell = view.cell();
  const ActivationTensor* t = view.tensor();
  if (!t)
    return heading + tr("This model has no %1 in layer %2.").arg(QString::fromStdString(cell.kind)).arg(cell.layer + 1);
  heading += QStringLiteral("<b>%1[%2]</b>").arg(QString::fromStdString(t->name())).arg(cell.unit);
  if (const CellScore* s = scoreOf(scores, cell)) heading += tr(", r = %1").arg(formatValue(s->pearson));
  if (!why.isEmpty()) heading += QStringLiteral(": ") + why;
  return heading;
}

void CellsPanel::renderB(const Snapshot* b) {
  texts_->setComparing(b != nullptr);
  rankings_->setComparing(b != nullptr);
  rankingBadgeA_->setVisible(b != nullptr);
  if (!b) {
    textA_->setHeading(QString());
    shownB_ = {};
    return;
  }
  const QString conceptText = conceptDescription(conceptName_).toHtmlEscaped();
  textA_->setHeading(runHeading('A', *textA_, scores_,
                                followBest_ ? tr("A's best cell for “%1”").arg(conceptText) : tr("the cell you chose")));
  QString why;
  const CellChoice cell = choiceForB(*b, &why);
  if (shownB_.shown && shownB_.record == b->activations && shownB_.cell == cell && shownB_.conceptName == b->conceptName &&
      shownB_.variant == b->config.model.gruVariant && sameScores(shownB_.ranking, b->ranking))
    return;
  redrawB(*b, cell, why);
}

void CellsPanel::redrawB(const Snapshot& b, const CellChoice& cell, const QString& why) {
  if (!shownB_.shown || shownB_.record != b.activations) textB_->setRecord(b.activations);
  shownB_ = {b.activations, b.ranking, b.conceptName, b.config.model.gruVariant, cell, true};
  textB_->setCell(cell);
  if (textB_->colorByCell()) describeScale(*textB_, shownB_.variant);
  textB_->setHeading(runHeading('B', *textB_, b.ranking, why));
  const bool binary = markConceptB();
  fillRanking(rankingB_, b.ranking, kComparedRankingRows, binary, shownB_.variant, cell);
}

text::CharGridView* CellsPanel::comparedTextView() const { return textB_->grid(); }

void CellsPanel::render(const Snapshot& s) {
  if (s.task) {
    haveSnapshot_ = false;  // back on a text, everything is drawn anew
    renderTask(s);
    return;
  }
  // the GRU form renames z; a new form comes with a new model, so with a new record
  const bool formChanged = s.config.model.gruVariant != gruVariant_;
  gruVariant_ = s.config.model.gruVariant;
  const bool recordChanged = s.activations != record_ || !haveSnapshot_ || formChanged;
  const bool conceptChanged = s.conceptName != conceptName_ || !haveSnapshot_;
  haveSnapshot_ = true;
  activationsStep_ = s.activationsStep;
  lastCommandSeen_ = s.lastCommandId;
  const bool connectivityChanged = s.connectivity != connectivityRecord_ && connectivity_->isChecked();
  if (connectivity_->isChecked()) connectivityRecord_ = s.connectivity;

  if (recordChanged) {
    record_ = s.activations;
    showTaskPage(false);
    stack_->setCurrentIndex(record_ ? kTextPage : 0);
    textA_->setRecord(record_);
    rebuildChoosers();
  }
  if (conceptChanged) {
    conceptName_ = s.conceptName;
    syncConceptChooser();
  }
  if (recordChanged || conceptChanged) updateConceptMarks();
  const bool rankingChanged = !sameScores(scores_, s.ranking);
  if (rankingChanged) scores_ = s.ranking;
  bool moved = false;
  if (rankingChanged && followBest_ && !scores_.empty() && record_) {
    const CellScore& best = scores_.front();
    moved = best.kind != selection_.kind || best.layer != selection_.layer || best.unit != selection_.unit;
    selection_ = {best.kind, best.layer, best.unit};
    if (moved) rebuildChoosers();
  }
  if (rankingChanged || conceptChanged || formChanged) rebuildRanking();
  if (recordChanged || rankingChanged || conceptChanged || connectivityChanged) recolor();
  // A new record means new weights (or a new text, which drops the old connectivity): the
  // position on screen is asked again, so the two stay in step while training runs.
  if (recordChanged) connectivityAsked_ = -1;
  requestConnectivity();
  if (!sameSaturation(saturation_, s.saturation) || recordChanged || moved) {
    saturation_ = s.saturation;
    rebuildSaturation();
  }
  renderB(compared());
}

}  // namespace rnnscope::ui
