#pragma once
// Inside the network: the probe text coloured by one cell's value after each character, the
// cells that best follow a concept (inside a quotation, indentation, ...), and how often each
// gate sits shut or wide open. In compare mode run B's coloured text stands beside (or under)
// the live run's, with B's best cells.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ui/panel.h"
#include "ui/panels/cell_text_view.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QValueAxis;

namespace rnnscope::ui {

namespace chart {
class NoteBox;
}
namespace text {
class CharGridView;
class ColorLegend;
}  // namespace text
class CompareRow;

class CellsPanel : public Panel {
  Q_OBJECT
public:
  explicit CellsPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  // A new probe record, or a new connectivity record (its address: the panel holds the one it
  // shows, so a newer one never reuses it).
  std::uint64_t contentVersion(const rnnscope::Snapshot& s) const override {
    return static_cast<std::uint64_t>(s.activationsStep + 1) ^
           (reinterpret_cast<std::uintptr_t>(s.connectivity.get()) << 1) ^
           (reinterpret_cast<std::uintptr_t>(s.task.get()) << 2);  // a task's view is replaced when it changes
  }
  QString title() const override;
  QString key() const override { return QStringLiteral("cells"); }
  // A connectivity request in flight: render again when its answer arrives.
  bool hasPendingWork() const override { return connectivityRequest_ > lastCommandSeen_; }

  // The cell whose values colour the text.
  using Selection = CellChoice;
  const Selection& selection() const { return selection_; }
  void select(const std::string& kind, int layer, int unit);

  // Background of a value of a tensor kind: diverging blue-white-red for h, c and the tanh
  // candidates g and n (value / scale), sequential white-to-dark for sigmoid gates in [0, 1].
  static QColor colorFor(const std::string& kind, double value, double scale) { return cellColor(kind, value, scale); }
  static bool isSigmoidGate(const std::string& kind) { return isSigmoidKind(kind); }
  // The hover text of character `index` of the current record (empty if out of range).
  QString characterToolTip(int index) const;

  text::CharGridView* textView() const { return grid_; }
  // Run B's coloured text and its best cells (compare mode; hidden otherwise).
  CellTextView* comparedText() const { return textB_; }
  text::CharGridView* comparedTextView() const;
  QTableWidget* comparedRankingTable() const { return rankingB_; }
  // Distill's connectivity: hovering character t colours every earlier character k by
  // ||dL_t/dx_k||, how much the prediction after t depends on it. On: the hovered position is
  // asked of the engine (one request in flight; the newest hover wins).
  void setConnectivityShown(bool on);
  void showConnectivityAt(int position);
  QTableWidget* rankingTable() const { return ranking_; }
  QChart* saturationChart() const { return satChart_; }

private:
  QLayout* buildCellChooser(QWidget* page);
  QWidget* buildProbeTextView(QWidget* parent);
  QWidget* buildRanking(QWidget* parent);
  QTableWidget* buildRankingTable(QWidget* parent, const QString& name);
  QWidget* buildTaskPage(QWidget* parent);
  void renderTask(const rnnscope::Snapshot& s);
  void showTaskPage(bool task);
  QWidget* buildComparedRanking(QWidget* parent);
  QWidget* buildSaturationChart(QWidget* parent);
  void connectSignals();
  void rebuildChoosers();
  void recolor();
  void recolorByCell();
  void recolorByConnectivity();
  void requestConnectivity();
  void rebuildRanking();
  void fillRanking(QTableWidget* table, const std::vector<rnnscope::CellScore>& scores, std::size_t rows, bool binary,
                   rnnscope::GruVariant variant, const CellChoice& current) const;
  void describeScale(CellTextView& view, rnnscope::GruVariant variant) const;
  QString toolTipFor(const CellTextView& view, int index) const;
  QString runHeading(char run, const CellTextView& view, const std::vector<rnnscope::CellScore>& scores,
                     const QString& why) const;
  // Compare mode: run B's text, heading and ranking, redrawn only when B's part changed.
  void renderB(const rnnscope::Snapshot* b);
  void redrawB(const rnnscope::Snapshot& b, const CellChoice& cell, const QString& why);
  bool markConceptB();
  CellChoice choiceForB(const rnnscope::Snapshot& b, QString* why) const;
  void rebuildSaturation();
  void updateSaturationMarker();
  void updateConceptMarks();
  void syncConceptChooser();
  void postConcept();
  void openProbeDialog();
  const rnnscope::ActivationTensor* currentTensor() const;

  chart::NoteBox* note_ = nullptr;
  QStackedWidget* stack_ = nullptr;  // 0: nothing yet, 1: the text and its cells, kTaskPage: a task's ranking
  static constexpr int kTextPage = 1, kTaskPage = 2;
  QLabel* taskHeading_ = nullptr;
  QTableWidget* taskRanking_ = nullptr;
  QLabel* layerLabel_ = nullptr;
  QComboBox* layer_ = nullptr;
  QComboBox* kind_ = nullptr;
  QSpinBox* unit_ = nullptr;
  QPushButton* probeButton_ = nullptr;
  QLabel* readout_ = nullptr;
  CompareRow* texts_ = nullptr;
  CellTextView* textA_ = nullptr;
  CellTextView* textB_ = nullptr;
  text::CharGridView* grid_ = nullptr;  // A's
  text::ColorLegend* legend_ = nullptr;
  QCheckBox* markConcept_ = nullptr;
  QCheckBox* connectivity_ = nullptr;
  int connectivityWanted_ = -1;          // the character hovered in connectivity mode
  int connectivityAsked_ = -1;           // the position of the last request
  rnnscope::CommandId connectivityRequest_ = 0;
  rnnscope::CommandId lastCommandSeen_ = 0;
  std::shared_ptr<const rnnscope::ConnectivityRecord> connectivityRecord_;

  QComboBox* concept_ = nullptr;
  QLineEdit* regex_ = nullptr;
  QLabel* rankingCaption_ = nullptr;
  QTableWidget* ranking_ = nullptr;
  CompareRow* rankings_ = nullptr;
  QLabel* rankingBadgeA_ = nullptr;
  QTableWidget* rankingB_ = nullptr;

  QStackedWidget* satStack_ = nullptr;
  QChart* satChart_ = nullptr;
  QChartView* satView_ = nullptr;
  QValueAxis* satX_ = nullptr;
  QValueAxis* satY_ = nullptr;
  std::map<std::string, QScatterSeries*> satSeries_;  // by gate kind
  QScatterSeries* satSelected_ = nullptr;

  std::shared_ptr<const rnnscope::ActivationRecord> record_;
  std::vector<rnnscope::CellScore> scores_;
  std::vector<rnnscope::GateSaturation> saturation_;
  std::string conceptName_;
  bool conceptBinary_ = false;
  std::int64_t activationsStep_ = -1;
  Selection selection_;
  bool haveSnapshot_ = false;
  bool followBest_ = true;  // until the user picks a cell, the text shows the best-ranked one
  // The GRU's written form in use, and the one the kind chooser's names were written for.
  rnnscope::GruVariant gruVariant_ = rnnscope::GruVariant::ResetAfter;
  rnnscope::GruVariant chooserVariant_ = rnnscope::GruVariant::ResetAfter;
  // What B's side shows, to redraw it only when run B (or the cell it follows) changed.
  struct ShownB {
    std::shared_ptr<const rnnscope::ActivationRecord> record;
    std::vector<rnnscope::CellScore> ranking;
    std::string conceptName;
    rnnscope::GruVariant variant = rnnscope::GruVariant::ResetAfter;
    CellChoice cell;
    bool shown = false;
  };
  ShownB shownB_;
};

}  // namespace rnnscope::ui
