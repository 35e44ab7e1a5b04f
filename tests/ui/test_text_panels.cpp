// The text panels (model settings, cells, samples) render hand-built snapshots faithfully and
// turn user actions into exactly the engine commands they should.
#include <chrono>
#include <cmath>
#include <memory>
#include <thread>
#include <variant>
#include <vector>

#include <QAbstractButton>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>

#include "core/engine/engine.h"
#include "core/train/memory_estimate.h"
#include "ui/panels/cells_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/panels/samples_panel.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/text_colormap.h"
#include "ui/panels/text_log_spin_box.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

struct Recorder {
  std::vector<Command> commands;
  PostCommand poster() {
    return [this](Command c) {
      commands.push_back(std::move(c));
      return CommandId(commands.size());
    };
  }
  template <class T>
  std::vector<T> all() const {
    std::vector<T> out;
    for (const auto& c : commands)
      if (const T* t = std::get_if<T>(&c)) out.push_back(*t);
    return out;
  }
};

// Text a"b"c, one LSTM layer of 3 cells. Cell 0 of h reads +1, -1, 0, 0.5, -0.5.
std::shared_ptr<ActivationRecord> makeRecord() {
  auto r = std::make_shared<ActivationRecord>();
  r->text = U"a\"b\"c";
  const int T = 5, H = 3;
  auto tensor = [&](const std::string& kind, auto value) {
    ActivationTensor t;
    t.kind = kind;
    t.layer = 0;
    t.values.resize(T, H);
    for (int k = 0; k < T; ++k)
      for (int j = 0; j < H; ++j) t.values(k, j) = static_cast<float>(value(k, j));
    return t;
  };
  const double h0[T] = {1.0, -1.0, 0.0, 0.5, -0.5};
  r->tensors.push_back(tensor("h", [&](int k, int j) { return j == 0 ? h0[k] : 0.1 * (j + k); }));
  // c cell 2 is high inside the quotation (after reading the opening quote, until the closing one)
  const double c2[T] = {-2.0, 2.0, 2.0, -2.0, -2.0};
  r->tensors.push_back(tensor("c", [&](int k, int j) { return j == 2 ? c2[k] : 0.5; }));
  for (const char* g : {"i", "f", "g", "o"}) r->tensors.push_back(tensor(g, [](int k, int j) { return 0.2 * j + 0.1 * k; }));
  r->topNext.resize(T);
  for (int k = 0; k < T; ++k)
    r->topNext[static_cast<std::size_t>(k)] = {Prediction{U'x', 0.42f}, Prediction{U'y', 0.21f}, Prediction{U'\n', 0.11f},
                                               Prediction{U'"', 0.07f}, Prediction{U'z', 0.05f}};
  return r;
}

Snapshot makeSnapshot() {
  Snapshot s;
  s.serial = 7;
  s.step = 120;
  s.config.model.cell = CellKind::Lstm;
  s.config.model.hidden = 3;
  s.config.model.layers = 1;
  s.config.model.vocabSize = 40;
  s.corpusName = "builtin:dialogue";
  s.corpusCharacters = 50000;
  s.vocabulary = {U'a', U'b'};
  s.activations = makeRecord();
  s.activationsStep = 120;
  s.conceptName = "quote";
  s.ranking = {CellScore{"c", 0, 2, 0.91, 0.97}, CellScore{"h", 0, 1, -0.8, 0.12}};
  s.saturation = {GateSaturation{"i", 0, {0.1, 0.2, 0.3}, {0.5, 0.6, 0.7}},
                  GateSaturation{"f", 0, {0.0, 0.05, 0.9}, {0.95, 0.8, 0.01}}};
  s.sample.prime = U"He";
  s.sample.text = U"llo, \"world\"";
  s.sample.temperature = 0.8;
  s.sample.step = 42;
  return s;
}

bool reddish(const QColor& c) { return c.red() > 150 && c.green() < 110 && c.blue() < 110; }
bool bluish(const QColor& c) { return c.blue() > 150 && c.red() < 110; }

QPoint backgroundPoint(const text::CharGridView* grid, int index) {
  // a corner of the cell, away from the glyph
  return grid->cellRect(index).topLeft() + QPoint(2, 2);
}

void saveShot(QWidget* w, const QString& name) {
  const QString dir = qEnvironmentVariable("RNNSCOPE_TEXT_SHOTS");
  if (dir.isEmpty()) return;
  QDir().mkpath(dir);
  QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

}  // namespace

class TestTextPanels : public QObject {
  Q_OBJECT
private slots:
  void colorMapsHaveTheirEnds();
  void logSpinBoxWalksTheLadder();
  void cellsColourCharactersByValue();
  void cellsTooltipListsTopPredictions();
  void cellsRankingShowsScoresAndSelectsOnClick();
  void cellsSaturationHasOnePointPerCell();
  void cellsConceptChoicePostsSetConcept();
  void cellsConnectivityColoursWhatAPredictionDependsOn();
  void modelPanelShowsConfig();
  void modelPanelPostsLiveChangesAndApply();
  void modelPanelKeepsPendingEdits();
  void modelPanelShowsRhoAndSigmaMaxNow();
  void modelPanelEstimatesMemoryAndRefusesWhatCannotFit();
  void modelPanelShowsTheCachesTruncatedAgainstFull();
  void modelPanelWordsTheMathTruthfully();
  void cellsNameZByTheGruForm();
  void samplesPanelShowsSampleAndPostsSettings();
  void realEngineSnapshotRenders();
};

void TestTextPanels::colorMapsHaveTheirEnds() {
  QVERIFY(reddish(text::divergingColor(1.0)));
  QVERIFY(bluish(text::divergingColor(-1.0)));
  QCOMPARE(text::divergingColor(0.0), QColor(Qt::white));
  QCOMPARE(text::sequentialColor(0.0), QColor(Qt::white));
  QVERIFY(text::sequentialColor(1.0).lightness() < 80);
  QCOMPARE(text::readableTextColor(text::sequentialColor(1.0)), QColor(Qt::white));
  QVERIFY(text::readableTextColor(QColor(Qt::white)) != QColor(Qt::white));
}

void TestTextPanels::logSpinBoxWalksTheLadder() {
  QVERIFY(std::abs(text::LogSpinBox::ladderStep(0.002, 1) - 0.003) < 1e-12);
  QVERIFY(std::abs(text::LogSpinBox::ladderStep(0.001, -1) - 0.0007) < 1e-12);
  QVERIFY(std::abs(text::LogSpinBox::ladderStep(0.007, 1) - 0.01) < 1e-12);
  QVERIFY(std::abs(text::LogSpinBox::ladderStep(0.0025, -1) - 0.002) < 1e-12);
  QVERIFY(std::abs(text::LogSpinBox::ladderStep(0.0025, 1) - 0.003) < 1e-12);
  text::LogSpinBox spin;
  spin.setRange(1e-6, 10);
  spin.setValue(0.001);
  spin.stepBy(2);
  QVERIFY(std::abs(spin.value() - 0.003) < 1e-12);
  QCOMPARE(spin.text(), QStringLiteral("0.003"));
}

void TestTextPanels::cellsColourCharactersByValue() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  panel.resize(1000, 760);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  panel.render(makeSnapshot());
  // until the user picks a cell, the text follows the best-ranked one (c_l0[2], r = 0.91)
  QCOMPARE(panel.selection().kind, std::string("c"));
  QCOMPARE(panel.selection().unit, 2);
  QCOMPARE(panel.rankingTable()->currentRow(), 0);
  panel.select("h", 0, 0);
  panel.render(makeSnapshot());  // a new ranking no longer moves a choice the user made
  QCOMPARE(panel.selection().kind, std::string("h"));
  QCOMPARE(panel.selection().unit, 0);

  text::CharGridView* grid = panel.textView();
  QCOMPARE(grid->characterCount(), 5);
  QVERIFY2(reddish(grid->colorAt(0)), qPrintable(grid->colorAt(0).name()));  // h = +1
  QVERIFY2(bluish(grid->colorAt(1)), qPrintable(grid->colorAt(1).name()));   // h = -1
  QCOMPARE(grid->colorAt(2), QColor(Qt::white));                             // h = 0

  // and that is what is painted
  QCoreApplication::processEvents();
  const QImage image = grid->viewport()->grab().toImage();
  const QColor painted0 = image.pixelColor(backgroundPoint(grid, 0) * image.devicePixelRatio());
  const QColor painted1 = image.pixelColor(backgroundPoint(grid, 1) * image.devicePixelRatio());
  QVERIFY2(reddish(painted0), qPrintable(painted0.name()));
  QVERIFY2(bluish(painted1), qPrintable(painted1.name()));

  // gates use the sequential map: white when shut, dark when open
  QCOMPARE(CellsPanel::colorFor("f", 0.0, 1.0), QColor(Qt::white));
  QVERIFY(CellsPanel::colorFor("f", 1.0, 1.0).lightness() < 80);
  // c is scaled by its largest |c|: 2 of max 2 is full red
  QVERIFY(reddish(CellsPanel::colorFor("c", 2.0, 2.0)));
  QVERIFY(rec.commands.empty());  // rendering posts nothing
  saveShot(&panel, QStringLiteral("cells_synthetic.png"));
}

// Hovering in connectivity mode asks the engine for that position (one request in flight, the
// newest hover next); its answer colours earlier characters by log ||dL_t/dx_k|| and later ones
// grey; turned off, the cell's colours come back.
void TestTextPanels::cellsConnectivityColoursWhatAPredictionDependsOn() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  panel.resize(1000, 760);
  panel.show();
  Snapshot s = makeSnapshot();
  s.lastCommandId = 0;
  panel.render(s);
  panel.select("h", 0, 0);
  panel.showConnectivityAt(2);
  auto asked = rec.all<command::ShowConnectivity>();
  QCOMPARE(asked.size(), std::size_t(1));
  QCOMPARE(asked[0].position, 2);
  emit panel.textView()->characterHovered(3);  // while the first is in flight: not yet
  QCOMPARE(rec.all<command::ShowConnectivity>().size(), std::size_t(1));
  emit panel.textView()->characterHovered(4);  // the last character predicts nothing

  auto record = std::make_shared<ConnectivityRecord>();
  record->position = 2;
  record->step = 120;
  record->inputNorm = {1e-5, 1e-2, 1.0};  // k = 0 below four decades, k = 1 two, k = 2 the largest
  s.connectivity = record;
  s.lastCommandId = rec.commands.size();
  panel.render(s);
  text::CharGridView* grid = panel.textView();
  QCOMPARE(grid->colorAt(0), QColor(Qt::white));
  QVERIFY(grid->colorAt(2).lightness() < 80);
  QVERIFY(grid->colorAt(1).lightness() > grid->colorAt(2).lightness());
  QVERIFY(grid->colorAt(1).lightness() < grid->colorAt(0).lightness());
  QCOMPARE(grid->colorAt(3), grid->colorAt(4));  // after the position: cannot matter
  QVERIFY(grid->colorAt(3) != QColor(Qt::white));
  QVERIFY(rec.all<command::ShowConnectivity>().size() == 1);  // 4 has no next character: not asked

  emit grid->characterHovered(3);
  QCOMPARE(rec.all<command::ShowConnectivity>().back().position, 3);

  panel.setConnectivityShown(false);
  QCOMPARE(rec.all<command::ShowConnectivity>().back().position, -1);
  QVERIFY2(reddish(grid->colorAt(0)), qPrintable(grid->colorAt(0).name()));  // h = +1 again
}

void TestTextPanels::cellsTooltipListsTopPredictions() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  panel.render(makeSnapshot());
  panel.select("h", 0, 0);
  const QString tip = panel.textView()->toolTipAt(2);
  QVERIFY(tip.contains(QStringLiteral("‘b’")));               // the character itself
  QVERIFY(tip.contains(QStringLiteral("0.000")));             // its value (h cell 0 = 0)
  for (const char* expected : {"‘x’", "42.0%", "‘y’", "21.0%", "newline", "11.0%", "‘z’", "5.0%"})
    QVERIFY2(tip.contains(QString::fromUtf8(expected)), expected);
  QVERIFY(tip.contains(QStringLiteral("&quot;")) || tip.contains(QStringLiteral("‘\"’")));  // the quote guess, escaped
  QVERIFY(panel.textView()->toolTipAt(99).isEmpty());
}

void TestTextPanels::cellsRankingShowsScoresAndSelectsOnClick() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  panel.resize(1000, 760);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  panel.render(makeSnapshot());
  QTableWidget* table = panel.rankingTable();
  QCOMPARE(table->rowCount(), 2);
  QCOMPARE(table->item(0, 0)->text(), QStringLiteral("c_l0"));
  QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
  QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0.910"));
  QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0.970"));  // quote is a yes/no concept: AUC shown
  QCOMPARE(table->item(1, 2)->text(), QStringLiteral("−0.800"));

  QCoreApplication::processEvents();
  const QRect rowRect = table->visualItemRect(table->item(0, 1));
  QVERIFY(rowRect.isValid());
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
  QCOMPARE(panel.selection().kind, std::string("c"));
  QCOMPARE(panel.selection().layer, 0);
  QCOMPARE(panel.selection().unit, 2);
  // the text is now coloured by c cell 2: -2 (blue) before the quote, +2 (red) inside
  QVERIFY(bluish(panel.textView()->colorAt(0)));
  QVERIFY(reddish(panel.textView()->colorAt(1)));
  QVERIFY(reddish(panel.textView()->colorAt(2)));
  QVERIFY(bluish(panel.textView()->colorAt(3)));
  auto* unitSpin = panel.findChild<QSpinBox*>(QStringLiteral("unitSpin"));
  QVERIFY(unitSpin);
  QCOMPARE(unitSpin->value(), 2);
  auto* kind = panel.findChild<QComboBox*>(QStringLiteral("kindCombo"));
  QCOMPARE(kind->currentData().toString(), QStringLiteral("c"));
  QVERIFY(rec.commands.empty());  // choosing a cell is a view change, not an engine command

  // a new snapshot with the same record keeps the choice
  panel.render(makeSnapshot());
  QCOMPARE(panel.selection().kind, std::string("c"));
  QCOMPARE(panel.selection().unit, 2);
}

void TestTextPanels::cellsSaturationHasOnePointPerCell() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  const Snapshot s = makeSnapshot();
  panel.render(s);
  QChart* chart = panel.saturationChart();
  int checked = 0;
  for (const GateSaturation& g : s.saturation) {
    QScatterSeries* series = nullptr;
    for (QAbstractSeries* a : chart->series())
      if (a->objectName() == QStringLiteral("saturation_") + QString::fromStdString(g.kind))
        series = qobject_cast<QScatterSeries*>(a);
    QVERIFY2(series, g.kind.c_str());
    QVERIFY(series->isVisible());
    const QList<QPointF> points = series->points();
    QCOMPARE(points.size(), 3);
    for (int j = 0; j < 3; ++j) {
      QCOMPARE(points[j].x(), g.fractionLow[static_cast<std::size_t>(j)]);
      QCOMPARE(points[j].y(), g.fractionHigh[static_cast<std::size_t>(j)]);
    }
    ++checked;
  }
  QCOMPARE(checked, 2);

  // no gates (vanilla RNN): the chart gives way to an explanation
  Snapshot rnn = makeSnapshot();
  rnn.saturation.clear();
  panel.render(rnn);
  auto* stack = panel.findChild<QLabel*>(QStringLiteral("noGatesLabel"));
  QVERIFY(stack);
  QVERIFY(!stack->isHidden() || stack->parentWidget()->isHidden());
}

void TestTextPanels::cellsConceptChoicePostsSetConcept() {
  Recorder rec;
  CellsPanel panel(rec.poster());
  panel.render(makeSnapshot());
  auto* combo = panel.findChild<QComboBox*>(QStringLiteral("conceptCombo"));
  QVERIFY(combo);
  QCOMPARE(combo->currentData().toString(), QStringLiteral("quote"));
  QVERIFY(rec.commands.empty());
  combo->setCurrentIndex(combo->findData(QStringLiteral("indent")));
  auto concepts = rec.all<command::SetConcept>();
  QCOMPARE(concepts.size(), std::size_t(1));
  QCOMPARE(concepts[0].name, std::string("indent"));

  combo->setCurrentIndex(combo->findData(QStringLiteral("regex:")));
  auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("regexEdit"));
  QVERIFY(edit);
  edit->setText(QStringLiteral("[0-9]+"));
  emit edit->returnPressed();
  concepts = rec.all<command::SetConcept>();
  QCOMPARE(concepts.size(), std::size_t(2));
  QCOMPARE(concepts[1].name, std::string("regex:[0-9]+"));
  // a broken pattern is refused where it is typed
  edit->setText(QStringLiteral("(unclosed"));
  emit edit->returnPressed();
  QCOMPARE(rec.all<command::SetConcept>().size(), std::size_t(2));
}

void TestTextPanels::modelPanelShowsConfig() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  Snapshot s = makeSnapshot();
  s.config.model.cell = CellKind::Gru;
  s.config.model.gruVariant = GruVariant::Classic;
  s.config.model.hidden = 77;
  s.config.model.layers = 2;
  s.config.model.embed = 0;
  s.config.optimizer.learningRate = 0.0123;
  s.config.optimizer.kind = OptimizerKind::Momentum;
  s.config.clip.mode = ClipMode::Value;
  s.config.clip.threshold = 2.5;
  s.config.init.spectralRadius = 1.2;
  s.config.seqLen = 33;
  panel.render(s);
  QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"))->value(), 77);
  QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("layersSpin"))->value(), 2);
  QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("embedSpin"))->text(), QStringLiteral("0 (one-hot)"));
  QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("seqLenSpin"))->value(), 33);
  QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("cellCombo"))->currentData().toString(), QStringLiteral("gru"));
  QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("gruVariantCombo"))->currentData().toString(),
           QStringLiteral("classic"));
  QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("optimizerCombo"))->currentData().toString(),
           QStringLiteral("momentum"));
  QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("clipModeCombo"))->currentData().toString(), QStringLiteral("value"));
  QVERIFY(std::abs(panel.findChild<QDoubleSpinBox*>(QStringLiteral("learningRateSpin"))->value() - 0.0123) < 1e-12);
  QVERIFY(std::abs(panel.findChild<QDoubleSpinBox*>(QStringLiteral("clipThresholdSpin"))->value() - 2.5) < 1e-12);
  QVERIFY(std::abs(panel.findChild<QDoubleSpinBox*>(QStringLiteral("spectralRadiusSpin"))->value() - 1.2) < 1e-12);
  // every learning rate the engine accepts shows as it is (a lesson may train at 1; 100 is the limit)
  for (double rate : {100.0, 1e-9}) {
    s.config.optimizer.learningRate = rate;
    ++s.configRevision;
    panel.render(s);
    QCOMPARE(panel.findChild<QDoubleSpinBox*>(QStringLiteral("learningRateSpin"))->value(), rate);
  }
  // the formula of the variant in use
  const QString formula = panel.findChild<QLabel*>(QStringLiteral("formulaLabel"))->text();
  QVERIFY(formula.contains(QStringLiteral("classic")));
  QVERIFY(formula.contains(QStringLiteral("(r &lowast; <i>h</i>)")) || formula.contains(QStringLiteral("r</i> &lowast; <i>h")));
  QVERIFY(panel.findChild<QLabel*>(QStringLiteral("corpusInfo"))->text().contains(QStringLiteral("50")));
  QVERIFY(rec.commands.empty());  // syncing posts nothing
  QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());

  s.config.model.gruVariant = GruVariant::ResetAfter;
  ++s.configRevision;  // as the engine does whenever the configuration changes
  panel.render(s);
  QVERIFY(panel.findChild<QLabel*>(QStringLiteral("formulaLabel"))->text().contains(QStringLiteral("reset_after")));
  QVERIFY(rec.commands.empty());
}

// The line under BPTT: one window's caches against full BPTT's over the whole text, the
// engine's own estimate (core/train/memory_estimate.h) for each.
void TestTextPanels::modelPanelShowsTheCachesTruncatedAgainstFull() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  Snapshot s = makeSnapshot();
  s.corpusCharacters = 1'000'000;
  s.config.seqLen = 16;
  s.config.batch = 32;
  panel.render(s);
  TrainConfig c = s.config;
  c.model.vocabSize = static_cast<int>(s.vocabulary.size());
  const auto mb = [](std::uint64_t bytes) {
    return QLocale().toString(static_cast<double>(bytes) / (1 << 20), 'f', bytes < (10u << 20) ? 1 : 0);
  };
  const auto whole = static_cast<std::uint64_t>(1'000'000 * (1.0 - c.validationFraction) / 32);
  const QString text = panel.findChild<QLabel*>(QStringLiteral("cacheMemoryLabel"))->text();
  QVERIFY2(text.contains(mb(estimateTrainingMemory(c, 16).activations) + QStringLiteral(" MB for a window of T = 16")),
           qPrintable(text));
  QVERIFY2(text.contains(QStringLiteral("full BPTT over this text: ") + mb(estimateTrainingMemory(c, whole).activations)),
           qPrintable(text));
  // a longer window costs more, and the line follows the settings
  s.config.seqLen = 64;
  ++s.configRevision;
  panel.render(s);
  QVERIFY(panel.findChild<QLabel*>(QStringLiteral("cacheMemoryLabel"))->text().contains(QStringLiteral("T = 64")));
}

void TestTextPanels::modelPanelPostsLiveChangesAndApply() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  const Snapshot s = makeSnapshot();
  panel.render(s);
  QVERIFY(rec.commands.empty());

  auto* lr = panel.findChild<QDoubleSpinBox*>(QStringLiteral("learningRateSpin"));
  lr->setValue(0.05);
  QCOMPARE(rec.commands.size(), std::size_t(1));
  auto optimizers = rec.all<command::SetOptimizer>();
  QCOMPARE(optimizers.size(), std::size_t(1));
  QCOMPARE(optimizers[0].optimizer.learningRate, 0.05);
  QVERIFY(optimizers[0].optimizer.kind == s.config.optimizer.kind);

  // an old snapshot (still lr 2e-3) must not undo the change before the engine echoes it
  panel.render(s);
  QCOMPARE(lr->value(), 0.05);

  auto* clip = panel.findChild<QComboBox*>(QStringLiteral("clipModeCombo"));
  clip->setCurrentIndex(clip->findData(QStringLiteral("none")));
  auto clips = rec.all<command::SetClip>();
  QCOMPARE(clips.size(), std::size_t(1));
  QVERIFY(clips[0].clip.mode == ClipMode::None);

  const std::size_t before = rec.commands.size();
  auto* hidden = panel.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"));
  hidden->setValue(99);
  QCOMPARE(rec.commands.size(), before);  // architecture edits wait for Apply
  auto* apply = panel.findChild<QPushButton*>(QStringLiteral("applyButton"));
  QVERIFY(apply->isEnabled());
  QTest::mouseClick(apply, Qt::LeftButton);
  QCOMPARE(rec.commands.size(), before + 1);
  auto configures = rec.all<command::Configure>();
  QCOMPARE(configures.size(), std::size_t(1));
  QCOMPARE(configures[0].config.model.hidden, 99);
  QCOMPARE(configures[0].config.model.layers, s.config.model.layers);
  QCOMPARE(configures[0].config.optimizer.learningRate, 0.05);
  QVERIFY(!apply->isEnabled());
}

void TestTextPanels::modelPanelKeepsPendingEdits() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  Snapshot s = makeSnapshot();
  panel.render(s);
  auto* hidden = panel.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"));
  auto* layers = panel.findChild<QSpinBox*>(QStringLiteral("layersSpin"));
  hidden->setValue(200);
  QVERIFY(panel.hasPendingChanges());
  // the engine changes other settings (e.g. a lesson): the pending edit stays, the rest follows
  s.config.model.layers = 3;
  s.config.model.hidden = 50;
  ++s.configRevision;
  panel.render(s);
  QCOMPARE(hidden->value(), 200);
  QCOMPARE(layers->value(), 3);
  // Discard returns to the engine's settings
  QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
  QCOMPARE(hidden->value(), 50);
  QVERIFY(!panel.hasPendingChanges());
  QVERIFY(rec.commands.empty());
  // editing back to the running value is not a pending change
  hidden->setValue(60);
  hidden->setValue(50);
  QVERIFY(!panel.hasPendingChanges());
}

void TestTextPanels::modelPanelShowsRhoAndSigmaMaxNow() {
  // Beside the spectral-radius setting: the model's W_hh as measured, rho and sigma_max together.
  Recorder rec;
  ModelPanel panel(rec.poster());
  Snapshot s = makeSnapshot();
  panel.render(s);
  auto* measured = panel.findChild<QLabel*>(QStringLiteral("measuredSpectrumLabel"));
  QVERIFY(measured);
  QVERIFY(!measured->isVisibleTo(&panel));  // no spectra yet: nothing to state
  LayerSpectra layer;
  layer.weights.gateSpectralRadius = {0.62, 0.9, 0.4, 0.5};  // rho: the largest block's
  layer.weights.sigmaMax = 2.314;
  s.spectra = {layer};
  panel.render(s);  // the same settings as before: the figures still follow the weights
  QCOMPARE(measured->text(), QStringLiteral("now: ρ = 0.90, σ_max = 2.31"));
  QVERIFY(measured->isVisibleTo(&panel));
  s.spectra[0].weights.gateSpectralRadius.clear();  // from the eigenvalues when the core gave no rho
  s.spectra[0].weights.gateEigenvalues = {{{0.3, 0.4}, {-0.2, 0.0}}};
  panel.render(s);
  QCOMPARE(measured->text(), QStringLiteral("now: ρ = 0.50, σ_max = 2.31"));
  QVERIFY(rec.commands.empty());
}

void TestTextPanels::modelPanelEstimatesMemoryAndRefusesWhatCannotFit() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  panel.render(makeSnapshot());
  auto* pending = panel.findChild<QLabel*>(QStringLiteral("pendingLabel"));
  auto* hidden = panel.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"));
  auto* batch = panel.findChild<QSpinBox*>(QStringLiteral("batchSpin"));
  auto* window = panel.findChild<QSpinBox*>(QStringLiteral("seqLenSpin"));
  QVERIFY(pending && hidden && batch && window);
  hidden->setValue(64);
  QVERIFY2(pending->text().contains(QStringLiteral("MB free")), qPrintable(pending->text()));
  // far beyond any machine: refused in the panel, nothing posted
  hidden->setValue(hidden->maximum());
  batch->setValue(batch->maximum());
  window->setValue(window->maximum());
  panel.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
  QVERIFY2(pending->text().contains(QStringLiteral("more than the")), qPrintable(pending->text()));
  QVERIFY(rec.commands.empty());
}

void TestTextPanels::modelPanelWordsTheMathTruthfully() {
  Recorder rec;
  ModelPanel panel(rec.poster());
  panel.render(makeSnapshot());
  // rho < 1 alone does not make gradients vanish: sigma_max bounds one step
  const QString rho = panel.findChild<QDoubleSpinBox*>(QStringLiteral("spectralRadiusSpin"))->toolTip();
  QVERIFY2(!rho.contains(QStringLiteral("gradients vanish")), qPrintable(rho));
  QVERIFY2(rho.contains(QStringLiteral("&rho; &le; &sigma;<sub>max</sub>")), qPrintable(rho));
  QVERIFY2(rho.contains(QStringLiteral("orthogonal")), qPrintable(rho));
  // the GRU's z in both forms
  const QString variant = panel.findChild<QComboBox*>(QStringLiteral("gruVariantCombo"))->toolTip();
  QVERIFY2(variant.contains(QStringLiteral("z &asymp; 1 keeps the old state")), qPrintable(variant));
  QVERIFY2(variant.contains(QStringLiteral("z &asymp; 1 takes the new candidate")), qPrintable(variant));
  QVERIFY(ModelPanel::formulaFor(CellKind::Gru, GruVariant::ResetAfter, Nonlinearity::Tanh).contains(QStringLiteral("keeps the old state")));
  QVERIFY(ModelPanel::formulaFor(CellKind::Gru, GruVariant::Classic, Nonlinearity::Tanh).contains(QStringLiteral("takes the new candidate")));
  // weight decay is wd (lambda is sigma_max in the charts); clipping by norm is global
  auto* decay = panel.findChild<QDoubleSpinBox*>(QStringLiteral("weightDecaySpin"));
  QVERIFY(!decay->toolTip().contains(QStringLiteral("&lambda;p")));
  bool wdLabel = false;
  for (QLabel* label : panel.findChildren<QLabel*>()) wdLabel = wdLabel || label->text() == QStringLiteral("Weight decay wd:");
  QVERIFY(wdLabel);
  const QString clip = panel.findChild<QComboBox*>(QStringLiteral("clipModeCombo"))->toolTip();
  QVERIFY2(clip.contains(QStringLiteral("clip_grad_norm_")) && clip.contains(QStringLiteral("global_clipnorm")) &&
               clip.contains(QStringLiteral("each tensor on its own")),
           qPrintable(clip));
}

void TestTextPanels::cellsNameZByTheGruForm() {
  // A GRU's z: in PyTorch's form z ≈ 1 keeps the old state, in the course notes' it takes the new one.
  Recorder rec;
  CellsPanel panel(rec.poster());
  Snapshot s = makeSnapshot();
  s.config.model.cell = CellKind::Gru;
  s.config.model.gruVariant = GruVariant::ResetAfter;
  auto record = std::make_shared<ActivationRecord>(*makeRecord());
  record->tensors.resize(1);  // h
  for (const char* kind : {"r", "z", "n"}) {
    ActivationTensor t = record->tensors.front();
    t.kind = kind;
    record->tensors.push_back(t);
  }
  s.activations = record;
  s.ranking = {CellScore{"z", 0, 1, 0.7, 0.8}};
  s.saturation = {GateSaturation{"z", 0, {0.1, 0.2, 0.3}, {0.5, 0.6, 0.7}}};
  panel.render(s);
  auto* kind = panel.findChild<QComboBox*>(QStringLiteral("kindCombo"));
  const auto zText = [kind] { return kind->itemText(kind->findData(QStringLiteral("z"))); };
  QVERIFY2(zText().contains(QStringLiteral("1 = keep h")), qPrintable(zText()));
  QVERIFY(kind->itemData(kind->findData(QStringLiteral("z")), Qt::ToolTipRole).toString().contains(QStringLiteral("PyTorch")));
  const auto satName = [&panel] {
    for (QAbstractSeries* a : panel.saturationChart()->series())
      if (a->objectName() == QStringLiteral("saturation_z")) return a->name();
    return QString();
  };
  QVERIFY2(satName().contains(QStringLiteral("1 = keep h")), qPrintable(satName()));
  QCOMPARE(panel.selection().kind, std::string("z"));
  const QString readout = panel.findChild<QLabel*>(QStringLiteral("readout"))->text();
  QVERIFY2(readout.contains(QStringLiteral("update gate (1 = keep h)")), qPrintable(readout));

  s.config.model.gruVariant = GruVariant::Classic;
  panel.render(s);
  QVERIFY2(zText().contains(QStringLiteral("1 = take h̃")), qPrintable(zText()));
  QVERIFY(kind->itemData(kind->findData(QStringLiteral("z")), Qt::ToolTipRole).toString().contains(QStringLiteral("course notes")));
  QVERIFY2(satName().contains(QStringLiteral("1 = take h̃")), qPrintable(satName()));
  QVERIFY(rec.commands.empty());
}

void TestTextPanels::samplesPanelShowsSampleAndPostsSettings() {
  Recorder rec;
  SamplesPanel panel(rec.poster());
  const Snapshot s = makeSnapshot();
  panel.render(s);
  QVERIFY(rec.commands.empty());
  QCOMPARE(panel.sampleView()->toPlainText(), QStringLiteral("Hello, \"world\""));
  QVERIFY(panel.findChild<QLabel*>(QStringLiteral("sampleHeader"))->text().contains(QStringLiteral("42")));
  // the prime is drawn in another colour than the continuation
  QTextCursor cursor(panel.sampleView()->document());
  cursor.setPosition(1);
  const QColor primeInk = cursor.charFormat().foreground().color();
  cursor.setPosition(5);
  const QColor textInk = cursor.charFormat().foreground().color();
  QVERIFY(primeInk != textInk);

  auto* slider = panel.findChild<QSlider*>(QStringLiteral("temperatureSlider"));
  slider->setValue(150);
  auto sampling = rec.all<command::SetSampling>();
  QCOMPARE(sampling.size(), std::size_t(1));
  QCOMPARE(sampling[0].temperature, 1.5);
  QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("temperatureValue"))->text(), QStringLiteral("1.50"));

  auto* prime = panel.findChild<QLineEdit*>(QStringLiteral("primeEdit"));
  prime->setText(QStringLiteral("“Chào"));
  emit prime->editingFinished();
  sampling = rec.all<command::SetSampling>();
  QCOMPARE(sampling.size(), std::size_t(2));
  QVERIFY(sampling[1].prime == U"“Chào");
  QCOMPARE(sampling[1].temperature, 1.5);

  // clamp cell 2 of c at -0.5
  panel.findChild<QSpinBox*>(QStringLiteral("clampUnitSpin"))->setValue(2);
  auto* state = panel.findChild<QComboBox*>(QStringLiteral("clampStateCombo"));
  state->setCurrentIndex(1);
  panel.findChild<QSlider*>(QStringLiteral("clampValueSlider"))->setValue(-50);
  const std::size_t beforeToggle = rec.all<command::SetSampling>().size();
  panel.findChild<QAbstractButton*>(QStringLiteral("clampCheck"))->setChecked(true);
  sampling = rec.all<command::SetSampling>();
  QCOMPARE(sampling.size(), beforeToggle + 1);
  QCOMPARE(sampling.back().clamps.size(), std::size_t(1));
  QCOMPARE(sampling.back().clamps[0].unit, 2);
  QVERIFY(sampling.back().clamps[0].cellState);
  QCOMPARE(sampling.back().clamps[0].value, -0.5);

  const std::size_t beforeButton = rec.commands.size();
  QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("sampleNowButton")), Qt::LeftButton);
  QCOMPARE(rec.commands.size(), beforeButton + 1);
  QVERIFY(std::holds_alternative<command::SampleNow>(rec.commands.back()));
}

void TestTextPanels::realEngineSnapshotRenders() {
  EngineSetup setup;
  setup.config.model.hidden = 64;
  setup.corpusSource = "builtin:dialogue:50000";
  Engine engine(setup);
  // Playing (not stepping) trains without refreshing every view after each update.
  engine.post(command::Play{});
  for (int i = 0; i < 2400 && engine.stepsDone() < 30; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  engine.post(command::SetSampling{U"\u201CTom", 300, 0.8, {}});
  engine.post(command::Pause{});
  engine.sync();
  // paused: the views catch up with the last step
  std::shared_ptr<const Snapshot> s = engine.latest();
  for (int i = 0; i < 1200 && (s->activationsStep != s->step || s->sample.step != s->step); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    s = engine.latest();
  }
  QVERIFY(s->step >= 30);
  QCOMPARE(s->activationsStep, s->step);
  QVERIFY(s->activations);
  QVERIFY(!s->ranking.empty());

  Recorder rec;
  CellsPanel cells(rec.poster());
  cells.resize(1100, 800);
  cells.show();
  QVERIFY(QTest::qWaitForWindowExposed(&cells));
  cells.render(*s);
  QCOMPARE(cells.textView()->characterCount(), static_cast<int>(s->activations->text.size()));
  QCOMPARE(cells.rankingTable()->rowCount(), static_cast<int>(s->ranking.size()));
  const CellScore& best = s->ranking.front();
  QCOMPARE(cells.rankingTable()->item(0, 0)->text(),
           QString::fromStdString(best.kind + "_l" + std::to_string(best.layer)));
  QTest::mouseClick(cells.rankingTable()->viewport(), Qt::LeftButton, {},
                    cells.rankingTable()->visualItemRect(cells.rankingTable()->item(0, 1)).center());
  QCOMPARE(cells.selection().unit, best.unit);
  QCoreApplication::processEvents();
  saveShot(&cells, QStringLiteral("cells.png"));

  ModelPanel model(rec.poster());
  model.resize(480, 1000);
  model.show();
  QVERIFY(QTest::qWaitForWindowExposed(&model));
  model.render(*s);
  QCOMPARE(model.findChild<QSpinBox*>(QStringLiteral("hiddenSpin"))->value(), 64);
  QCoreApplication::processEvents();
  saveShot(&model, QStringLiteral("model.png"));

  SamplesPanel samples(rec.poster());
  samples.resize(800, 560);
  samples.show();
  QVERIFY(QTest::qWaitForWindowExposed(&samples));
  samples.render(*s);
  QCOMPARE(samples.sampleView()->toPlainText(), QString::fromStdU32String(s->sample.prime + s->sample.text));
  QCoreApplication::processEvents();
  saveShot(&samples, QStringLiteral("samples.png"));
  QVERIFY(rec.commands.empty());
}

QTEST_MAIN(TestTextPanels)
#include "test_text_panels.moc"
