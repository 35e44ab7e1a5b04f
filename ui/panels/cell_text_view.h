#pragma once
// One run's probe text coloured by one cell: a heading, the characters on the colours of the
// cell's value after each of them, and the colour bar. The Cells panel has one for the live run
// and, in compare mode, one for run B; the panel words the heading, the colour bar's ends and
// the hover text, this view only holds the record and the numbers.
#include <memory>
#include <string>

#include <QColor>
#include <QString>
#include <QWidget>

#include "core/engine/snapshot.h"

class QLabel;
class QStackedWidget;

namespace rnnscope::ui {

namespace text {
class CharGridView;
class ColorLegend;
}  // namespace text

// A cell of the record: tensor kind ("h", "c", a gate letter), layer, unit.
struct CellChoice {
  std::string kind{rnnscope::letterOf(rnnscope::TensorKind::Hidden)};
  int layer = 0;
  int unit = 0;
  bool operator==(const CellChoice&) const = default;
};

// Background of a value of a tensor kind: diverging blue-white-red for h, c and the tanh
// candidates g and n (value / scale), sequential white-to-dark for sigmoid gates in [0, 1].
QColor cellColor(const std::string& kind, double value, double scale);
bool isSigmoidKind(const std::string& kind);

class CellTextView : public QWidget {
  Q_OBJECT
public:
  // The cell's values on this text: the |value| drawn at full colour, and the range.
  struct Range {
    double scale = 1;
    double low = 0;
    double high = 0;
  };

  // `suffix` tells the runs' widgets apart: probeText + suffix, probeHeading + suffix.
  explicit CellTextView(const QString& suffix, QWidget* parent = nullptr);

  // Null: the empty state's note instead of the text.
  void setRecord(std::shared_ptr<const rnnscope::ActivationRecord> record);
  const rnnscope::ActivationRecord* record() const { return record_.get(); }
  void setCell(const CellChoice& cell) { cell_ = cell; }
  const CellChoice& cell() const { return cell_; }
  // The chosen cell's tensor, or null (no record, no such kind in that layer, unit out of range).
  const rnnscope::ActivationTensor* tensor() const;
  // Colours each character by the cell's value after it; false (and a white text) when the
  // record has no such cell.
  bool colorByCell();
  const Range& range() const { return range_; }

  // Rich text above the text; empty hides it.
  void setHeading(const QString& richText);
  void setEmptyText(const QString& text);
  QLabel* heading() const { return heading_; }
  QLabel* emptyLabel() const { return empty_; }
  text::CharGridView* grid() const { return grid_; }
  text::ColorLegend* legend() const { return legend_; }

private:
  std::shared_ptr<const rnnscope::ActivationRecord> record_;
  CellChoice cell_;
  Range range_;
  QLabel* heading_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QLabel* empty_ = nullptr;
  text::CharGridView* grid_ = nullptr;
  text::ColorLegend* legend_ = nullptr;
};

}  // namespace rnnscope::ui
