#pragma once
// Small widgets every chart panel uses: the collapsible "what am I looking at?" note, the layer
// chooser that hides itself for one-layer models, and the page shown before the first step.
#include <QString>
#include <QWidget>

class QBoxLayout;
class QChart;
class QComboBox;
class QLabel;
class QStackedWidget;
class QScrollArea;
class QToolButton;

namespace rnnscope::ui::chart {

// A button "What am I looking at?" that shows or hides a short rich-text explanation with the
// formula the panel draws (collapsed at first).
class NoteBox : public QWidget {
  Q_OBJECT
public:
  explicit NoteBox(const QString& richText, QWidget* parent = nullptr);
  void setExpanded(bool expanded);
  bool isExpanded() const;
  QString text() const;
  // Replaces the explanation (a panel whose view depends on the run, e.g. a seq2seq task's two stacks).
  void setText(const QString& richText);
  QToolButton* toggleButton() const { return toggle_; }
  // Puts the button into another layout (e.g. the panel's controls row, to save a line of height);
  // the explanation stays where the NoteBox is.
  void moveToggleTo(QBoxLayout* layout);

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  void fitHeight();

  QBoxLayout* layout_;
  QToolButton* toggle_;
  QLabel* body_;
  QScrollArea* scroll_;
};

// "Layer: [1 ▾]" for stacked models; invisible when the model has one layer.
class LayerChooser : public QWidget {
  Q_OBJECT
public:
  explicit LayerChooser(QWidget* parent = nullptr);
  // Keeps the current choice when it still exists.
  void setLayerCount(int layers);
  int layer() const;
  int layerCount() const { return count_; }
  QComboBox* combo() const { return combo_; }

signals:
  void layerChanged(int layer);

private:
  QComboBox* combo_;
  int count_ = 0;
};

// The rich-text line under a panel's controls that states the figures in words (pointSize 0:
// the label size of the charts). Its size is estimated from the plain text's metrics: a plain
// QLabel lays its rich text out again for every size query after every setText, which cost
// the UI thread a layout pass per frame.
QLabel* makeSummaryLabel(QWidget* parent, int pointSize = 0);
// Sets a summary label's text. While training runs (live) the figures change every frame,
// faster than anyone can read them, and each change lays out and paints rich text: then the
// label takes a new text at most every kLiveSummaryMs, showing the latest one when it does.
// Not live: at once.
inline constexpr int kLiveSummaryMs = 250;
void setSummaryText(QLabel* label, const QString& text, bool live);
// The header of a per-layer chart panel: the note's toggle and the layer chooser on one row,
// the note below them, then the summary across the panel; returns the summary label.
QLabel* addLayerHeader(QBoxLayout* layout, LayerChooser* layers, NoteBox* note, QWidget* parent);

// A chart's legend as wrapping text under it, for a chart too narrow for Qt's one-row legend,
// which elides every name once they do not all fit: each visible, named series as a short
// stroke in its pen's colour (broken for a dashed pen) and its name, lines breaking between
// entries, never inside one. Hides the chart's own legend and follows the names and visibility
// of the series the chart has when this is called.
QLabel* makeWrappingLegend(QChart* chart, QWidget* parent);
// The chart's view over such a legend, in one widget (the view takes the height left).
QWidget* withWrappingLegend(QWidget* view, QChart* chart, QWidget* parent);
// Set (true) on a chart whose legend makeWrappingLegend replaced: a picture of the chart alone
// shows the chart's own legend again.
inline constexpr char kWrappingLegendProperty[] = "rnnscopeWrappingLegend";

// The text shown while there is nothing to draw yet.
QString emptyStateText();
// A stack with the empty-state label at page 0; the caller adds its content as page 1.
QStackedWidget* makeEmptyStack(QWidget* parent, QLabel** emptyLabel = nullptr);

}  // namespace rnnscope::ui::chart
