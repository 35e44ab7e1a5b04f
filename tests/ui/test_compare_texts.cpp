// Compare mode in the text panels: run B's sample and coloured probe text stand beside A's, each
// drawn from its own run's snapshot; when the comparison ends, B's side goes.
#include <cstdlib>
#include <memory>
#include <string>

#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

#include "core/engine/engine.h"
#include "ui/panels/cell_text_view.h"
#include "ui/panels/cells_panel.h"
#include "ui/panels/samples_panel.h"
#include "ui/panels/text_char_grid.h"

using namespace rnnscope;
using namespace rnnscope::ui;

namespace {

PostCommand noPost() {
  return [](Command) { return CommandId(0); };
}

// Text a"b"c, one LSTM layer of 3 cells: h cell 0 reads h0[k]; c cell `quoteCell` reads
// quote[k], the other c cells 0.5; the gates a ramp.
std::shared_ptr<ActivationRecord> makeRecord(const double (&h0)[5], int quoteCell, const double (&quote)[5]) {
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
  r->tensors.push_back(tensor("h", [&](int k, int j) { return j == 0 ? h0[k] : 0.1 * (j + k); }));
  r->tensors.push_back(tensor("c", [&](int k, int j) { return j == quoteCell ? quote[k] : 0.5; }));
  for (const char* g : {"i", "f", "g", "o"}) r->tensors.push_back(tensor(g, [](int k, int j) { return 0.2 * j + 0.1 * k; }));
  r->topNext.assign(T, {Prediction{U'x', 0.42f}, Prediction{U'y', 0.21f}});
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
  s.activationsStep = 120;
  s.conceptName = "quote";
  return s;
}

// A: h cell 0 = +1, -1, 0, ...; its quotation cell is c[2].
std::shared_ptr<const Snapshot> runA() {
  auto s = std::make_shared<Snapshot>(makeSnapshot());
  s->activations = makeRecord({1.0, -1.0, 0.0, 0.5, -0.5}, 2, {-2.0, 2.0, 2.0, -2.0, -2.0});
  s->ranking = {CellScore{"c", 0, 2, 0.91, 0.97}, CellScore{"h", 0, 1, -0.8, 0.12}};
  s->sample.prime = U"He";
  s->sample.text = U"llo, \"world\"";
  s->sample.temperature = 0.8;
  s->sample.step = 42;
  return s;
}

// B: h cell 0 the other way round (-1, +1, 0, ...); its quotation cell is c[1], at most 4.
std::shared_ptr<Snapshot> runB() {
  auto s = std::make_shared<Snapshot>(makeSnapshot());
  s->serial = 9;
  s->activations = makeRecord({-1.0, 1.0, 0.0, -0.5, 0.5}, 1, {-4.0, 4.0, 1.0, -4.0, -4.0});
  s->ranking = {CellScore{"c", 0, 1, 0.85, 0.9}, CellScore{"h", 0, 0, 0.3, 0.6}};
  s->sample.prime = U"";
  s->sample.text = U"B writes “this”";
  s->sample.temperature = 1.2;
  s->sample.step = 43;
  return s;
}

bool reddish(const QColor& c) { return c.red() > 150 && c.green() < 110 && c.blue() < 110; }
bool bluish(const QColor& c) { return c.blue() > 150 && c.red() < 110; }

// RNNSCOPE_TEXT_SHOTS=DIR saves what the panels look like, for a reader to check the layout.
void saveShot(QWidget* w, const QString& name) {
  const QString dir = qEnvironmentVariable("RNNSCOPE_TEXT_SHOTS");
  if (dir.isEmpty()) return;
  QDir().mkpath(dir);
  QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

template <class W>
W* named(QWidget& panel, const char* name) {
  W* w = panel.findChild<W*>(QString::fromLatin1(name));
  if (!w) qWarning("no widget %s", name);
  return w;
}

}  // namespace

class TestCompareTexts : public QObject {
  Q_OBJECT
private slots:
  void samplesShowBothRunsSideBySide();
  void samplesStackWhenNarrow();
  void samplesRedrawBWhenOnlyBChanged();
  void samplesDropBWhenCompareEnds();
  void samplesSayBHasNoSampleYet();
  void cellsColourBByBsActivations();
  void cellsShowTheChosenCellInBothRuns();
  void cellsListBsBestCells();
  void cellsRedrawBWhenOnlyBChanged();
  void cellsDropBWhenCompareEnds();
  void cellsSayBHasNoActivationsYet();
};

void TestCompareTexts::samplesShowBothRunsSideBySide() {
  SamplesPanel panel(noPost());
  panel.resize(1000, 700);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const auto a = runA();
  panel.renderCompared(*a, runB());
  QCOMPARE(panel.sampleView()->toPlainText(), QStringLiteral("Hello, \"world\""));
  QCOMPARE(panel.comparedSampleView()->toPlainText(), QStringLiteral("B writes “this”"));
  QCOMPARE(named<QTextEdit>(panel, "sampleTextB"), panel.comparedSampleView());
  QVERIFY(panel.comparedSampleView()->isVisible());

  const QString headerA = named<QLabel>(panel, "sampleHeader")->text();
  const QString headerB = panel.comparedSampleHeader()->text();
  QVERIFY2(headerA.contains(QStringLiteral(">&nbsp;A&nbsp;<")) && headerA.contains(QStringLiteral("<b>42</b>")) &&
               headerA.contains(QStringLiteral("<b>0.80</b>")),
           qPrintable(headerA));
  QVERIFY2(headerB.contains(QStringLiteral(">&nbsp;B&nbsp;<")) && headerB.contains(QStringLiteral("<b>43</b>")) &&
               headerB.contains(QStringLiteral("<b>1.20</b>")),
           qPrintable(headerB));
  QVERIFY2(!headerB.contains(QStringLiteral("prime")), qPrintable(headerB));  // B has none

  QCoreApplication::processEvents();
  const QPoint posA = panel.sampleView()->mapTo(&panel, QPoint());
  const QPoint posB = panel.comparedSampleView()->mapTo(&panel, QPoint());
  QVERIFY2(posB.x() > posA.x() + 200 && std::abs(posB.y() - posA.y()) < 40,
           qPrintable(QStringLiteral("A at %1,%2; B at %3,%4").arg(posA.x()).arg(posA.y()).arg(posB.x()).arg(posB.y())));
  saveShot(&panel, QStringLiteral("samples_compare.png"));
}

void TestCompareTexts::samplesStackWhenNarrow() {
  SamplesPanel panel(noPost());
  panel.resize(480, 900);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  panel.renderCompared(*runA(), runB());
  QCoreApplication::processEvents();
  const QPoint posA = panel.sampleView()->mapTo(&panel, QPoint());
  const QPoint posB = panel.comparedSampleView()->mapTo(&panel, QPoint());
  QVERIFY2(posB.y() > posA.y() + 100 && posB.x() == posA.x(),
           qPrintable(QStringLiteral("A at %1,%2; B at %3,%4").arg(posA.x()).arg(posA.y()).arg(posB.x()).arg(posB.y())));
}

void TestCompareTexts::samplesRedrawBWhenOnlyBChanged() {
  SamplesPanel panel(noPost());
  const auto a = runA();
  panel.renderCompared(*a, runB());
  auto b = runB();
  b->sample.text = U"a newer sample";
  b->sample.step = 50;
  panel.renderCompared(*a, b);
  QCOMPARE(panel.comparedSampleView()->toPlainText(), QStringLiteral("a newer sample"));
  QVERIFY(panel.comparedSampleHeader()->text().contains(QStringLiteral("<b>50</b>")));
  QCOMPARE(panel.sampleView()->toPlainText(), QStringLiteral("Hello, \"world\""));
}

void TestCompareTexts::samplesDropBWhenCompareEnds() {
  SamplesPanel panel(noPost());
  panel.resize(1000, 700);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const auto a = runA();
  panel.renderCompared(*a, runB());
  QVERIFY(named<QWidget>(panel, "sampleRunB")->isVisible());
  panel.renderCompared(*a, nullptr);
  QVERIFY(!named<QWidget>(panel, "sampleRunB")->isVisible());
  QVERIFY(!panel.comparedSampleView()->isVisible());
  const QString headerA = named<QLabel>(panel, "sampleHeader")->text();
  QVERIFY2(!headerA.contains(QStringLiteral(">&nbsp;A&nbsp;<")), qPrintable(headerA));  // one run: no badge
  QCOMPARE(panel.sampleView()->toPlainText(), QStringLiteral("Hello, \"world\""));
}

void TestCompareTexts::samplesSayBHasNoSampleYet() {
  SamplesPanel panel(noPost());
  auto b = std::make_shared<Snapshot>(makeSnapshot());  // nothing written yet
  panel.renderCompared(*runA(), b);
  QVERIFY(panel.comparedSampleView()->toPlainText().isEmpty());
  QVERIFY2(panel.comparedSampleHeader()->text().contains(QStringLiteral("No sample yet")),
           qPrintable(panel.comparedSampleHeader()->text()));
}

// Until a cell is chosen, each run shows its own best cell: A's c[2], B's c[1], coloured by
// B's values on B's scale (its largest |c|, 4).
void TestCompareTexts::cellsColourBByBsActivations() {
  CellsPanel panel(noPost());
  panel.resize(1200, 800);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const auto b = runB();
  panel.renderCompared(*runA(), b);
  QCOMPARE(panel.selection().unit, 2);
  CellTextView* viewB = panel.comparedText();
  QCOMPARE(viewB->cell().kind, std::string("c"));
  QCOMPARE(viewB->cell().unit, 1);
  text::CharGridView* gridB = panel.comparedTextView();
  QCOMPARE(named<text::CharGridView>(panel, "probeTextB"), gridB);
  QVERIFY(gridB->isVisible());
  QCOMPARE(gridB->characterCount(), 5);
  const double bQuote[5] = {-4.0, 4.0, 1.0, -4.0, -4.0};
  for (int k = 0; k < 5; ++k) QCOMPARE(gridB->colorAt(k).rgb(), CellsPanel::colorFor("c", bQuote[k], 4.0).rgb());
  QVERIFY(bluish(gridB->colorAt(0)));
  QVERIFY(reddish(gridB->colorAt(1)));
  // 1 of 4 is a light red; A's c[2] there is +2 of 2, full red
  QVERIFY(gridB->colorAt(2).lightness() > panel.textView()->colorAt(2).lightness());
  QVERIFY(reddish(panel.textView()->colorAt(2)));

  const QString headingB = named<QLabel>(panel, "probeHeadingB")->text();
  QVERIFY2(headingB.contains(QStringLiteral("c_l0[1]")) && headingB.contains(QStringLiteral("0.850")) &&
               headingB.contains(QStringLiteral("best cell")),
           qPrintable(headingB));
  const QString tip = gridB->toolTipAt(1);
  QVERIFY2(tip.contains(QStringLiteral("c_l0[1]")) && tip.contains(QStringLiteral("4.000")), qPrintable(tip));
  saveShot(&panel, QStringLiteral("cells_compare.png"));
}

// A chosen cell is shown in both runs: h[0] reads +1 then -1 in A, -1 then +1 in B.
void TestCompareTexts::cellsShowTheChosenCellInBothRuns() {
  CellsPanel panel(noPost());
  panel.renderCompared(*runA(), runB());
  panel.select("h", 0, 0);
  QCOMPARE(panel.comparedText()->cell().kind, std::string("h"));
  QCOMPARE(panel.comparedText()->cell().unit, 0);
  text::CharGridView* gridA = panel.textView();
  text::CharGridView* gridB = panel.comparedTextView();
  QVERIFY(reddish(gridA->colorAt(0)));
  QVERIFY(bluish(gridA->colorAt(1)));
  QVERIFY(bluish(gridB->colorAt(0)));
  QVERIFY(reddish(gridB->colorAt(1)));
  QCOMPARE(gridB->colorAt(3).rgb(), CellsPanel::colorFor("h", -0.5, 1.0).rgb());
  QVERIFY(panel.comparedText()->heading()->text().contains(QStringLiteral("the cell you chose")));
  QVERIFY(panel.comparedText()->grid()->toolTipAt(3).contains(QStringLiteral("−0.500")));
}

void TestCompareTexts::cellsListBsBestCells() {
  CellsPanel panel(noPost());
  auto b = runB();
  for (int j = 0; j < 3; ++j)
    for (const char* kind : {"i", "f", "o"}) b->ranking.push_back(CellScore{kind, 0, j, 0.1, 0.5});
  panel.renderCompared(*runA(), b);
  QTableWidget* table = panel.comparedRankingTable();
  QCOMPARE(table, named<QTableWidget>(panel, "rankingTableB"));
  QCOMPARE(table->rowCount(), 5);  // the best few of 11
  QCOMPARE(table->item(0, 0)->text(), QStringLiteral("c_l0"));
  QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
  QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0.850"));
  QCOMPARE(table->item(1, 2)->text(), QStringLiteral("0.300"));
  QCOMPARE(panel.rankingTable()->rowCount(), 2);  // A's own
  QCOMPARE(panel.rankingTable()->item(0, 2)->text(), QStringLiteral("0.910"));
  // a click on B's row colours both texts by that cell
  table->setCurrentCell(1, 0);
  QCOMPARE(panel.selection().kind, std::string("h"));
  QCOMPARE(panel.selection().unit, 0);
  QCOMPARE(panel.comparedText()->cell().unit, 0);
}

void TestCompareTexts::cellsRedrawBWhenOnlyBChanged() {
  CellsPanel panel(noPost());
  const auto a = runA();
  panel.renderCompared(*a, runB());
  const QColor before = panel.comparedTextView()->colorAt(2);
  auto b = runB();
  b->activations = makeRecord({-1.0, 1.0, 0.0, -0.5, 0.5}, 1, {-4.0, 4.0, -4.0, -4.0, -4.0});
  panel.renderCompared(*a, b);
  QVERIFY(panel.comparedTextView()->colorAt(2) != before);
  QVERIFY(bluish(panel.comparedTextView()->colorAt(2)));
}

void TestCompareTexts::cellsDropBWhenCompareEnds() {
  CellsPanel panel(noPost());
  panel.resize(1200, 800);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const auto a = runA();
  panel.renderCompared(*a, runB());
  QVERIFY(named<QWidget>(panel, "probeTextRunB")->isVisible());
  panel.renderCompared(*a, nullptr);
  QVERIFY(!named<QWidget>(panel, "probeTextRunB")->isVisible());
  QVERIFY(!panel.comparedTextView()->isVisible());
  QVERIFY(!named<QWidget>(panel, "rankingRunB")->isVisibleTo(&panel));
  QVERIFY(!named<QLabel>(panel, "probeHeading")->isVisible());  // A needs no badge alone
  QVERIFY(panel.textView()->isVisible());
  QCOMPARE(panel.textView()->characterCount(), 5);
}

void TestCompareTexts::cellsSayBHasNoActivationsYet() {
  CellsPanel panel(noPost());
  panel.resize(1200, 800);
  panel.show();
  QVERIFY(QTest::qWaitForWindowExposed(&panel));
  const auto a = runA();
  auto b = std::make_shared<Snapshot>(makeSnapshot());  // no activations, no ranking
  b->conceptName.clear();
  panel.renderCompared(*a, b);
  QLabel* empty = panel.comparedText()->emptyLabel();
  QVERIFY(empty->isVisible());
  QVERIFY2(empty->text().contains(QStringLiteral("Run B has no activations yet")), qPrintable(empty->text()));
  saveShot(&panel, QStringLiteral("cells_compare_empty_b.png"));
  QCOMPARE(panel.comparedTextView()->characterCount(), 0);
  QCOMPARE(panel.comparedRankingTable()->rowCount(), 0);
  QVERIFY(panel.comparedText()->grid()->toolTipAt(0).isEmpty());
  panel.select("c", 0, 2);  // a choice while B is empty
  // then B's first record arrives
  panel.renderCompared(*a, runB());
  QVERIFY(!empty->isVisible());
  QCOMPARE(panel.comparedTextView()->characterCount(), 5);
  saveShot(&panel, QStringLiteral("cells_compare_chosen.png"));
}

QTEST_MAIN(TestCompareTexts)
#include "test_compare_texts.moc"
