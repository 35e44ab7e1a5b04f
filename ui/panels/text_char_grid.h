#pragma once
// A text drawn as a grid of equal monospace cells, one per character, each on its own
// background colour: the "which characters light this cell up" view. Lines break at newlines
// (drawn as a faint ↵, since a newline has an activation too) and at the widget's width,
// preferring to break between words. Scrolls vertically; paints only the visible rows, so a
// long probe text stays cheap.
#include <functional>
#include <string>
#include <vector>

#include <QAbstractScrollArea>
#include <QColor>
#include <QRgb>

class QPainter;

namespace rnnscope::ui::text {

class CharGridView : public QAbstractScrollArea {
  Q_OBJECT
public:
  // Rich text for the tooltip of character `index`; empty = no tooltip.
  using ToolTipProvider = std::function<QString(int index)>;

  explicit CharGridView(QWidget* parent = nullptr);

  void setText(const std::u32string& text);
  const std::u32string& text() const { return text_; }
  int characterCount() const { return static_cast<int>(text_.size()); }
  // One background per character (missing entries are white).
  void setColors(std::vector<QRgb> colors);
  // Characters drawn with a bar under them (e.g. "inside a quotation"); empty = none.
  void setMarks(std::vector<bool> marks, const QColor& color);
  void setToolTipProvider(ToolTipProvider provider) { toolTip_ = std::move(provider); }
  void setCellFont(const QFont& font);

  QColor colorAt(int index) const;
  // Where character `index` is drawn, in viewport coordinates (after scrolling); empty if none.
  QRect cellRect(int index) const;
  // The character under a viewport point, or -1.
  int indexAt(const QPoint& viewportPoint) const;
  QString toolTipAt(int index) const { return toolTip_ && index >= 0 && index < characterCount() ? toolTip_(index) : QString(); }
  int columns() const { return columns_; }
  int rows() const { return static_cast<int>(rowStart_.size()); }
  // Scrolls so that character `index` is visible.
  void ensureVisible(int index);
  // The whole laid-out text (every row, not only the visible ones) and a painter of it, in
  // content coordinates: the exports draw the text at this size.
  QSize contentSize() const;
  void paintContent(QPainter& painter, int top, int bottom) const;

  QSize sizeHint() const override;

signals:
  // The pointer moved onto character `index` (not sent when it leaves the text).
  void characterHovered(int index);

protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool viewportEvent(QEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;

private:
  void relayout();
  void updateScrollBar();
  QRect contentRect(int index) const;  // in content coordinates (before scrolling)

  std::u32string text_;
  std::vector<QRgb> colors_;
  std::vector<bool> marks_;
  QColor markColor_;
  ToolTipProvider toolTip_;

  QSize cell_{10, 20};
  int rowGap_ = 3;
  int margin_ = 6;
  int columns_ = 1;
  std::vector<int> column_, row_;   // per character
  std::vector<int> rowStart_;       // index of the first character of each row
  int hovered_ = -1;
};

}  // namespace rnnscope::ui::text
