#pragma once
// What a sequence task's model answers for a few held-out examples (Snapshot::task): one row per
// example with its input, the model's prediction and the truth, marked right or wrong; pictures
// for the caption and vqa tasks; tags aligned under the text they tag. Above the rows, the task
// and its held-out accuracy. While a language model trains there is nothing to show but a note.
#include <cstdint>
#include <memory>
#include <vector>

#include <QImage>
#include <QString>

#include "ui/panel.h"

class QLabel;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace rnnscope::ui {

class PredictionsPanel : public Panel {
  Q_OBJECT
public:
  explicit PredictionsPanel(PostCommand post, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot) override;
  // New predictions or a new accuracy (the view's address too: the panel holds the view it
  // shows, so a newer one never reuses it).
  std::uint64_t contentVersion(const rnnscope::Snapshot& snapshot) const override;
  QString title() const override;
  QString key() const override { return QStringLiteral("predictions"); }

  // How many screen pixels one picture pixel becomes (16 x 16 -> 96 x 96).
  static constexpr int kPictureScale = 6;
  // A task's picture (kShapePixels floats, row-major (y, x, channel), RGB in [0, 1]) scaled up
  // `scale` times, pixel for pixel; a null image when the vector is not a whole picture.
  static QImage pictureOf(const std::vector<float>& rgb, int scale);
  // A tagged text with the predicted and the true tags under it, as rich text in a monospace
  // block: one column per character (Tokens::Characters) or per word (Tokens::Words), each as
  // wide as its widest entry, and the predicted tags that differ from the truth in red.
  static QString alignedTags(const rnnscope::TaskView::Prediction& prediction, rnnscope::Tokens tokens);

private:
  // The widgets of one example's row, made once and refilled when new predictions come.
  struct Row {
    QWidget* frame = nullptr;
    QLabel* mark = nullptr;     // ✓ or ✗
    QLabel* picture = nullptr;  // caption, vqa
    QLabel* text = nullptr;
  };
  void showTask(const rnnscope::TaskView& task);
  QString headerText(const rnnscope::TaskView& task) const;
  QString accuracyToolTip(rnnscope::TaskKind kind) const;
  Row& rowAt(std::size_t index);
  void fillRow(Row& row, const rnnscope::TaskView::Prediction& prediction, const rnnscope::TaskView& task) const;
  QString rowText(const rnnscope::TaskView::Prediction& prediction, const rnnscope::TaskView& task) const;

  QStackedWidget* stack_ = nullptr;  // page 0: no task; page 1: the task
  QLabel* header_ = nullptr;
  QLabel* waiting_ = nullptr;  // a task without predictions yet
  QVBoxLayout* rowsLayout_ = nullptr;
  std::vector<Row> rows_;
  // The view on screen: an unchanged snapshot holds the same pointer and costs one comparison.
  std::shared_ptr<const rnnscope::TaskView> shown_;
  bool shownNone_ = false;  // the no-task page is up to date
};

}  // namespace rnnscope::ui
