// What the panels show of a sequence task (Snapshot::task, the accuracy in the metrics, a seq2seq
// window's hand-over), from hand-built snapshots: the predictions panel's rows, marks, pictures
// and aligned tags; the loss panel's accuracy curves on their own axis, absent for a language
// model; the gradient flow panel's hand-over line, only for a seq2seq window.
#include <cmath>
#include <memory>
#include <vector>

#include <QComboBox>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QCheckBox>
#include <QLegend>
#include <QLegendMarker>
#include <QSlider>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>
#include <QXYSeries>

#include "core/task/shapes.h"
#include "tests/ui/chart_test_support.h"
#include "ui/panels/chart_style.h"
#include "ui/panels/chart_widgets.h"
#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/loss_panel.h"
#include "ui/panels/predictions_panel.h"

using namespace rnnscope;
using namespace rnnscope::ui;
using namespace rnnscope::ui::test;

namespace {

TaskView::Prediction prediction(std::string input, std::string truth, std::string predicted) {
  TaskView::Prediction p;
  p.input = std::move(input);
  p.truth = std::move(truth);
  p.predicted = std::move(predicted);
  p.correct = p.truth == p.predicted;
  return p;
}

// A sentiment task after 130 updates: three reviews, the second one got wrong; the held-out
// accuracy 0.75 measured after 120.
std::shared_ptr<TaskView> classifyView() {
  auto v = std::make_shared<TaskView>();
  v->kind = TaskKind::Classify;
  v->source = "builtin:sentiment-en";
  v->validationExamples = 40;
  v->labelNames = {"neg", "pos"};
  v->validationAccuracy = 0.75;
  v->accuracyStep = 120;
  v->predictions = {prediction("a fine film", "pos", "pos"), prediction("not good at all", "neg", "pos"),
                    prediction("dull and slow", "neg", "neg")};
  v->predictionsStep = 130;
  return v;
}

std::vector<QWidget*> visibleRows(QWidget& panel) {
  std::vector<QWidget*> rows;
  for (QWidget* w : panel.findChildren<QWidget*>(QStringLiteral("predictionRow")))
    if (w->isVisibleTo(&panel)) rows.push_back(w);
  return rows;
}

QString plainText(const QString& html) {
  QTextDocument doc;
  doc.setHtml(html);
  return doc.toPlainText();
}

// A black picture with one orange pixel at (x, y) = (3, 5).
std::vector<float> picture() {
  std::vector<float> rgb(kShapePixels, 0.0f);
  const std::size_t at = (5 * kShapeSide + 3) * 3;
  rgb[at] = 1.0f;
  rgb[at + 1] = 0.5f;
  rgb[at + 2] = 0.0f;
  return rgb;
}

// A task's run: steps 1..5 with batch accuracies, held-out accuracy measured at 3 and 5.
struct AccuracyRun {
  std::vector<double> steps{1, 2, 3, 4, 5};
  std::vector<double> accuracy{0.25, 0.5, 0.5, 0.75, 1.0};
  std::vector<double> heldOutSteps{3, 5};
  std::vector<double> heldOut{0.4, 0.6};
  MetricsLog log;
  AccuracyRun() {
    for (std::size_t i = 0; i < steps.size(); ++i) {
      MetricsPoint p;
      p.step = static_cast<std::int64_t>(steps[i]);
      p.loss = 1.0 - 0.1 * static_cast<double>(i);
      p.gradNormBefore = p.gradNormAfter = 1;
      p.accuracy = accuracy[i];
      log.append(p);
      if (p.step == 3) log.setLatestValidationAccuracy(0.9, 0.4);
      if (p.step == 5) log.setLatestValidationAccuracy(0.8, 0.6);
    }
  }
  Snapshot snapshot() const {
    Snapshot s;
    s.step = 5;
    s.lastLoss = 0.6;
    s.metrics = log.view();
    return s;
  }
};

// A language model's run: losses only.
MetricsLog languageModelLog() {
  MetricsLog log;
  for (int s = 1; s <= 5; ++s) {
    MetricsPoint p;
    p.step = s;
    p.loss = 3.0 - 0.2 * s;
    p.gradNormBefore = p.gradNormAfter = 1;
    log.append(p);
    if (s == 5) log.setLatestValidationLoss(2.1);
  }
  return log;
}

std::vector<double> percent(const std::vector<double>& v) {
  std::vector<double> out;
  for (double x : v) out.push_back(x * 100);
  return out;
}

QValueAxis* accuracyAxis(QXYSeries* series) {
  for (QAbstractAxis* a : series->attachedAxes())
    if (a->orientation() == Qt::Vertical) return qobject_cast<QValueAxis*>(a);
  return nullptr;
}

// The words of the wrapping legend under a chart view (its entries as plain text).
QString legendUnder(QWidget& panel, const char* viewName) {
  auto* view = panel.findChild<QChartView*>(QString::fromLatin1(viewName));
  auto* legend = view ? view->parentWidget()->findChild<QLabel*>(QStringLiteral("wrappingLegend")) : nullptr;
  // its spaces are non-breaking inside an entry
  return legend ? plainText(legend->text()).replace(QChar(0x00A0), QLatin1Char(' ')) : QString();
}

QString lossLegend(LossPanel& panel) { return legendUnder(panel, "lossChart"); }

// A seq2seq window of 7 steps (the decoder from step 4), or a language model's of the same length.
std::shared_ptr<GradientFlowRecord> window(int handover) {
  auto r = std::make_shared<GradientFlowRecord>(
      flowRecord(20, {1e-4, 1e-3, 1e-2, 0.1, 0.2, 0.3, 0.4}, {1e-5, 1e-4, 1e-3, 1e-2, 0.1, 0.2, 0.5}));
  r->handover = handover;
  return r;
}

const QGraphicsSimpleTextItem* chartLabel(QXYSeries* series, const QString& text) {
  for (const QGraphicsItem* item : series->chart()->childItems())
    if (const auto* t = dynamic_cast<const QGraphicsSimpleTextItem*>(item); t && t->text() == text) return t;
  return nullptr;
}

}  // namespace

class TestTaskPanels : public QObject {
  Q_OBJECT
private slots:
  // ---- PredictionsPanel ----
  void predictionsExplainWithoutATask() {
    PredictionsPanel panel(nullptr);
    panel.render(Snapshot{});
    auto* none = panel.findChild<QLabel*>(QStringLiteral("predictionsEmpty"));
    QVERIFY(none && none->isVisibleTo(&panel));
    QVERIFY(none->text().contains(QStringLiteral("sequence task")));
    QVERIFY(visibleRows(panel).empty());
    QCOMPARE(panel.key(), QStringLiteral("predictions"));
    QCOMPARE(panel.title(), QStringLiteral("Predictions"));
  }

  void predictionsShowEachExampleMarkedRightOrWrong() {
    Snapshot snap;
    snap.task = classifyView();
    PredictionsPanel panel(nullptr);
    panel.render(snap);
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("predictionsEmpty"))->isVisibleTo(&panel));
    const std::vector<QWidget*> rows = visibleRows(panel);
    QCOMPARE(rows.size(), std::size_t{3});
    const bool expected[] = {true, false, true};
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto* mark = rows[i]->findChild<QLabel*>(QStringLiteral("predictionMark"));
      QCOMPARE(mark->property("correct").toBool(), expected[i]);
      QCOMPARE(mark->text(), expected[i] ? QStringLiteral("✓") : QStringLiteral("✗"));
      QVERIFY(!rows[i]->findChild<QLabel*>(QStringLiteral("predictionImage"))->isVisibleTo(rows[i]));  // no picture
    }
    // the wrong one: review → predicted label (true label), the prediction in the "wrong" colour
    const QString wrong = rows[1]->findChild<QLabel*>(QStringLiteral("predictionText"))->text();
    QCOMPARE(plainText(wrong), QStringLiteral("not good at all → pos (true: neg)"));
    QVERIFY(wrong.contains(chart::palette::kVermillion.name()));
    QVERIFY(!wrong.contains(chart::palette::kGreen.name()));
    const QString header = panel.findChild<QLabel*>(QStringLiteral("predictionsHeader"))->text();
    QVERIFY2(header.contains(QStringLiteral("75.0 %")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("after 120 updates")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("weights after 130 updates")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("Classification")), qPrintable(header));
  }

  void predictionsFollowNewViewsAndSkipTheSame() {
    Snapshot snap;
    auto view = classifyView();
    snap.task = view;
    PredictionsPanel panel(nullptr);
    panel.render(snap);
    const std::uint64_t version = panel.contentVersion(snap);
    // the same view again: nothing is redone (a label changed behind the panel's back stays so)
    auto* header = panel.findChild<QLabel*>(QStringLiteral("predictionsHeader"));
    header->setText(QStringLiteral("untouched"));
    panel.render(snap);
    QCOMPARE(header->text(), QStringLiteral("untouched"));
    QCOMPARE(panel.contentVersion(snap), version);
    // newer predictions, fewer of them, and an accuracy not measured yet: redrawn
    auto newer = std::make_shared<TaskView>(*view);
    newer->predictions.pop_back();
    newer->predictionsStep = 140;
    newer->validationAccuracy = NAN;
    newer->accuracyStep = -1;
    snap.task = newer;
    QVERIFY(panel.contentVersion(snap) != version);
    panel.render(snap);
    QCOMPARE(visibleRows(panel).size(), std::size_t{2});
    QVERIFY(header->text().contains(QStringLiteral("not measured yet")));
    QVERIFY(header->text().contains(QStringLiteral("after 140 updates")));
    // the task ends (a language model trains): the explanation again
    snap.task.reset();
    QCOMPARE(panel.contentVersion(snap), std::uint64_t{0});
    panel.render(snap);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("predictionsEmpty"))->isVisibleTo(&panel));
  }

  void predictionsDrawTheCaptionsPicture() {
    auto v = std::make_shared<TaskView>();
    v->kind = TaskKind::Caption;
    TaskView::Prediction p = prediction("", "a red circle", "a red square");
    p.image = picture();
    v->predictions = {p};
    v->predictionsStep = 10;
    Snapshot snap;
    snap.task = v;
    PredictionsPanel panel(nullptr);
    panel.render(snap);
    auto* label = panel.findChild<QLabel*>(QStringLiteral("predictionImage"));
    QVERIFY(label && label->isVisibleTo(&panel));
    const QImage image = label->pixmap().toImage();
    const int s = PredictionsPanel::kPictureScale;
    QCOMPARE(image.size(), QSize(16 * s, 16 * s));
    // every screen pixel of picture pixel (3, 5) is orange, nearest neighbour; its neighbours black
    for (int dy : {0, s - 1})
      for (int dx : {0, s - 1}) QCOMPARE(image.pixelColor(3 * s + dx, 5 * s + dy), QColor(255, 128, 0));
    QCOMPARE(image.pixelColor(4 * s, 5 * s), QColor(0, 0, 0));
    QCOMPARE(image.pixelColor(3 * s, 6 * s), QColor(0, 0, 0));
    QCOMPARE(image.pixelColor(0, 0), QColor(0, 0, 0));
    const QString text = plainText(panel.findChild<QLabel*>(QStringLiteral("predictionText"))->text());
    QVERIFY2(text.contains(QStringLiteral("a red square")) && text.contains(QStringLiteral("(true: a red circle)")),
             qPrintable(text));
    // a vector that is not a whole picture draws none
    QVERIFY(PredictionsPanel::pictureOf(std::vector<float>(10, 0.5f), s).isNull());
  }

  void predictionsAskTheVqaQuestionBesideItsPicture() {
    auto v = std::make_shared<TaskView>();
    v->kind = TaskKind::Vqa;
    TaskView::Prediction p = prediction("what colour is the square ?", "blue", "blue");
    p.image = picture();
    v->predictions = {p};
    v->predictionsStep = 10;
    Snapshot snap;
    snap.task = v;
    PredictionsPanel panel(nullptr);
    panel.render(snap);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("predictionImage"))->isVisibleTo(&panel));
    QCOMPARE(plainText(panel.findChild<QLabel*>(QStringLiteral("predictionText"))->text()),
             QStringLiteral("what colour is the square ? → blue (true: blue)"));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("predictionMark"))->property("correct").toBool());
  }

  void predictionsAlignTagsUnderTheirCharacters() {
    // one tag per character: the three lines' columns line up, the wrong tag in red
    const TaskView::Prediction p = prediction("a \"b\" 42", "..qqq.nn", "..qq..nn");
    const QString html = PredictionsPanel::alignedTags(p, Tokens::Characters);
    const QStringList lines = plainText(html).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    const qsizetype start = lines[0].indexOf(QStringLiteral("a \"b\" 42"));
    QVERIFY(start > 0);
    QCOMPARE(lines[1].mid(start), QStringLiteral("..qq..nn"));
    QCOMPARE(lines[2].mid(start), QStringLiteral("..qqq.nn"));
    QVERIFY(html.contains(QStringLiteral("<span style=\"color:%1\">.</span>").arg(chart::palette::kVermillion.name())));
    // one tag per word: each column as wide as its widest entry
    const TaskView::Prediction w = prediction("the cat sat", "DET NOUN VERB", "DET VERB VERB");
    const QStringList words = plainText(PredictionsPanel::alignedTags(w, Tokens::Words)).split(QLatin1Char('\n'));
    QCOMPARE(words.size(), 3);
    const qsizetype cat = words[0].indexOf(QStringLiteral("cat"));
    QCOMPARE(words[1].indexOf(QStringLiteral("VERB")), cat);
    QCOMPARE(words[2].indexOf(QStringLiteral("NOUN")), cat);
    QCOMPARE(words[0].indexOf(QStringLiteral("sat")), words[2].lastIndexOf(QStringLiteral("VERB")));

    // in the panel: a tag row holds the aligned block, unwrapped
    auto v = std::make_shared<TaskView>();
    v->kind = TaskKind::Tag;
    v->predictions = {p};
    v->predictionsStep = 3;
    Snapshot snap;
    snap.task = v;
    PredictionsPanel panel(nullptr);
    panel.render(snap);
    auto* text = panel.findChild<QLabel*>(QStringLiteral("predictionText"));
    QCOMPARE(text->text(), html);
    QVERIFY(!text->wordWrap());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("predictionMark"))->property("correct").toBool());
  }

  // ---- LossPanel: accuracy ----
  void lossDrawsATasksAccuracyOnItsOwnAxis() {
    AccuracyRun run;
    Snapshot snap = run.snapshot();
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    panel.render(snap);
    QXYSeries* batch = findSeries(&panel, "lossChart", "batchAccuracy");
    QXYSeries* heldOut = findSeries(&panel, "lossChart", "validationAccuracy");
    COMPARE_POINTS(batch, run.steps, percent(run.accuracy));
    COMPARE_POINTS(heldOut, run.heldOutSteps, percent(run.heldOut));
    QValueAxis* axis = accuracyAxis(batch);
    QVERIFY(axis && axis->isVisible());
    QCOMPARE(axis->alignment(), Qt::AlignRight);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 100.0);
    QCOMPARE(accuracyAxis(heldOut), axis);
    QVERIFY(axis->titleText().contains(QStringLiteral("accuracy")));
    // the loss keeps its own axis, and switching it to log leaves the accuracy where it is
    QVERIFY(accuracyAxis(findSeries(&panel, "lossChart", "trainingLoss")) != axis);
    panel.findChild<QCheckBox*>(QStringLiteral("logScaleCheck"))->setChecked(true);
    QCOMPARE(batch->attachedAxes().size(), 2);
    QCOMPARE(accuracyAxis(batch), axis);
    QVERIFY(accuracyAxis(findSeries(&panel, "lossChart", "trainingLoss")) != axis);
    const QString legend = lossLegend(panel);
    QVERIFY2(legend.contains(QStringLiteral("batch accuracy")) && legend.contains(QStringLiteral("held-out accuracy")),
             qPrintable(legend));
    // smoothed like the loss
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(50);
    COMPARE_POINTS(batch, run.steps, percent(LossPanel::smooth(run.accuracy, 0.5)));
  }

  void lossKeepsAMeasuredAccuracyTheLogLacks() {
    // The engine writes the held-out accuracy into the log's latest point; a panel that read the
    // point before still draws the measurement, from the task's view.
    AccuracyRun run;
    Snapshot snap = run.snapshot();
    LossPanel panel(nullptr);
    panel.render(snap);
    MetricsPoint p;
    p.step = 6;
    p.loss = 0.5;
    p.accuracy = 1;
    run.log.append(p);
    snap.metrics = run.log.view();
    snap.step = 6;
    panel.render(snap);
    run.log.setLatestValidationAccuracy(0.7, 0.65);  // after the panel read step 6
    auto task = std::make_shared<TaskView>();
    task->validationAccuracy = 0.65;
    task->accuracyStep = 6;
    snap.task = task;
    snap.metrics = run.log.view();
    panel.render(snap);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "validationAccuracy"), (std::vector<double>{3, 5, 6}),
                   (std::vector<double>{40, 60, 65}));
  }

  void lossHidesAccuracyForALanguageModel() {
    const MetricsLog log = languageModelLog();
    Snapshot snap;
    snap.step = 5;
    snap.metrics = log.view();
    LossPanel panel(nullptr);
    panel.render(snap);
    QXYSeries* batch = findSeries(&panel, "lossChart", "batchAccuracy");
    QXYSeries* heldOut = findSeries(&panel, "lossChart", "validationAccuracy");
    QCOMPARE(batch->count(), 0);
    QCOMPARE(heldOut->count(), 0);
    QVERIFY(!accuracyAxis(batch)->isVisible());
    for (QXYSeries* s : {batch, heldOut})
      for (QLegendMarker* m : s->chart()->legend()->markers(s)) QVERIFY(!m->isVisible());
    const QString legend = lossLegend(panel);
    QVERIFY2(!legend.isEmpty() && !legend.contains(QStringLiteral("accuracy")), qPrintable(legend));

    // a task's run first, then a language model's: the accuracy goes with the task's log
    AccuracyRun run;
    LossPanel switched(nullptr);
    switched.render(run.snapshot());
    QVERIFY(accuracyAxis(findSeries(&switched, "lossChart", "batchAccuracy"))->isVisible());
    switched.render(snap);
    QCOMPARE(findSeries(&switched, "lossChart", "batchAccuracy")->count(), 0);
    QVERIFY(!accuracyAxis(findSeries(&switched, "lossChart", "batchAccuracy"))->isVisible());
  }

  void lossComparesTheAccuracyOfRunB() {
    AccuracyRun a, b;
    LossPanel panel(nullptr);
    panel.findChild<QSlider*>(QStringLiteral("smoothingSlider"))->setValue(0);
    panel.renderCompared(a.snapshot(), std::make_shared<Snapshot>(b.snapshot()));
    QXYSeries* twin = findSeries(&panel, "lossChart", "batchAccuracyB");
    QVERIFY(twin && twin->isVisible());
    COMPARE_POINTS(twin, b.steps, percent(b.accuracy));
    QCOMPARE(twin->pen().style(), Qt::DashLine);
    COMPARE_POINTS(findSeries(&panel, "lossChart", "validationAccuracyB"), b.heldOutSteps, percent(b.heldOut));
    QCOMPARE(findSeries(&panel, "lossChart", "batchAccuracy")->name(), QStringLiteral("batch accuracy (A)"));
    // comparing with a language model's run: no twin
    const MetricsLog lm = languageModelLog();
    auto other = std::make_shared<Snapshot>();
    other->step = 5;
    other->metrics = lm.view();
    panel.renderCompared(a.snapshot(), other);
    QVERIFY(!twin->isVisible());
  }

  // ---- GradientFlowPanel: the hand-over ----
  void flowMarksTheHandoverOfASeq2SeqWindow() {
    Snapshot snap;
    snap.flow = window(4);
    GradientFlowPanel panel(nullptr);
    panel.render(snap);
    QXYSeries* line = findSeries(&panel, "timestepChart", "handover");
    QVERIFY(line && line->isVisible());
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).x(), 4.0);
    QCOMPARE(line->at(1).x(), 4.0);
    QVERIFY(line->at(0).y() < 1e-4 && line->at(1).y() >= 0.4);  // across the curve's whole range
    QCOMPARE(line->pen().style(), Qt::DashLine);
    QCOMPARE(line->name(), QStringLiteral("encoder → decoder"));
    QVERIFY2(legendUnder(panel, "timestepChart").contains(QStringLiteral("encoder → decoder")),
             qPrintable(legendUnder(panel, "timestepChart")));
    const QGraphicsSimpleTextItem* label = chartLabel(line, QStringLiteral("encoder → decoder"));
    QVERIFY(label && label->isVisible());
    // against distance: d = T-1-4 = 2
    QXYSeries* distance = findSeries(&panel, "distanceChart", "handoverDistance");
    QVERIFY(distance && distance->isVisible());
    QCOMPARE(distance->at(0).x(), 2.0);
    const QString note = panel.findChild<chart::NoteBox*>()->text();
    QVERIFY2(note.contains(QStringLiteral("Timesteps 0&ndash;3")) && note.contains(QStringLiteral("from timestep 4")),
             qPrintable(note));
    bool summarised = false;
    for (auto* l : panel.findChildren<QLabel*>(QStringLiteral("summary")))
      summarised = summarised || l->text().contains(QStringLiteral("encoder: timesteps 0–3, decoder: from 4"));
    QVERIFY(summarised);

    // a window of one stack: no line, no label, the note as before
    snap.flow = window(-1);
    panel.render(snap);
    QVERIFY(!line->isVisible());
    QCOMPARE(line->count(), 0);
    QVERIFY(!distance->isVisible());
    QVERIFY(!label->isVisible());
    QVERIFY(!panel.findChild<chart::NoteBox*>()->text().contains(QStringLiteral("encoder")));
    const QString legend = legendUnder(panel, "timestepChart");
    QVERIFY2(!legend.isEmpty() && !legend.contains(QStringLiteral("decoder")), qPrintable(legend));
  }

  void flowWithoutHandoverIsUnchanged() {
    Snapshot snap;
    snap.flow = window(-1);
    GradientFlowPanel panel(nullptr);
    const QString before = panel.findChild<chart::NoteBox*>()->text();
    panel.render(snap);
    QCOMPARE(panel.findChild<chart::NoteBox*>()->text(), before);
    QCOMPARE(findSeries(&panel, "timestepChart", "handover")->count(), 0);
    QVERIFY(!chartLabel(findSeries(&panel, "timestepChart", "handover"), QStringLiteral("encoder → decoder"))->isVisible());
  }

  // A record without last-loss rows (a task whose last step is mostly padding): no empty chart,
  // and the heat map shows the whole loss; a language model's record brings both back.
  void flowWithoutALastLossShowsTheWholeLoss() {
    GradientFlowPanel panel(nullptr);
    auto* distance = panel.findChild<QWidget*>(QStringLiteral("distanceChart"));
    auto* heat = panel.findChild<QComboBox*>(QStringLiteral("heatMapViewCombo"));
    QVERIFY(distance && heat);
    QCOMPARE(heat->currentIndex(), 0);  // last loss, relative
    Snapshot task;
    auto record = window(4);
    record->lastLossDhNorm.clear();
    task.flow = record;
    panel.render(task);
    QVERIFY(!distance->isVisibleTo(&panel));
    QCOMPARE(heat->currentText(), QStringLiteral("total loss"));
    Snapshot lm;
    lm.flow = window(-1);
    panel.render(lm);
    QVERIFY(distance->isVisibleTo(&panel));
  }
};

QTEST_MAIN(TestTaskPanels)
#include "test_task_panels.moc"
