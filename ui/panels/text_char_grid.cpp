#include "ui/panels/text_char_grid.h"

#include <algorithm>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include "ui/panels/text_colormap.h"

namespace rnnscope::ui::text {

namespace {
bool breaksWords(char32_t c) { return c == U' ' || c == U'\n' || c == U'\t'; }

// What to draw for a character: whitespace and control characters get a faint stand-in.
QString glyphOf(char32_t c, bool& faint) {
  faint = false;
  switch (c) {
    case U'\n': faint = true; return QStringLiteral("↵");
    case U'\t': faint = true; return QStringLiteral("→");
    case U' ': return {};
    default: break;
  }
  if (c < 0x20 || c == 0x7F) {
    faint = true;
    return QStringLiteral("·");
  }
  return QString::fromUcs4(&c, 1);
}
}  // namespace

CharGridView::CharGridView(QWidget* parent) : QAbstractScrollArea(parent) {
  setObjectName(QStringLiteral("charGrid"));
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  viewport()->setMouseTracking(true);
  viewport()->setBackgroundRole(QPalette::Base);
  viewport()->setAutoFillBackground(true);
  setFrameShape(QFrame::StyledPanel);
  setCellFont(monospaceFont(13));
}

void CharGridView::setCellFont(const QFont& font) {
  viewport()->setFont(font);
  const QFontMetrics fm(font);
  // the widest of a few typical characters, so wide glyphs do not spill into neighbours
  int width = 0;
  for (QChar c : QStringLiteral("MW@m0"))
    width = std::max(width, fm.horizontalAdvance(c));
  cell_ = QSize(width + 2, fm.height() + 2);
  rowGap_ = std::max(2, fm.height() / 6);
  relayout();
}

void CharGridView::setText(const std::u32string& text) {
  if (text == text_) return;
  text_ = text;
  hovered_ = -1;
  relayout();
}

void CharGridView::setColors(std::vector<QRgb> colors) {
  colors_ = std::move(colors);
  viewport()->update();
}

void CharGridView::setMarks(std::vector<bool> marks, const QColor& color) {
  marks_ = std::move(marks);
  markColor_ = color;
  viewport()->update();
}

QColor CharGridView::colorAt(int index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= colors_.size()) return QColor(Qt::white);
  return QColor::fromRgb(colors_[static_cast<std::size_t>(index)]);
}

void CharGridView::relayout() {
  const int available = viewport()->width() - 2 * margin_;
  columns_ = std::max(1, available / std::max(1, cell_.width()));
  const std::size_t n = text_.size();
  column_.assign(n, 0);
  row_.assign(n, 0);
  rowStart_.clear();
  int row = 0, col = 0;
  bool rowOpen = false;
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = text_[i];
    const bool wordStart = !breaksWords(c) && (i == 0 || breaksWords(text_[i - 1]));
    if (wordStart && col > 0) {
      // break before a word that would not fit, unless it is longer than a whole line
      std::size_t end = i;
      while (end < n && !breaksWords(text_[end])) ++end;
      const int length = static_cast<int>(end - i);
      if (col + length > columns_ && length <= columns_) {
        ++row;
        col = 0;
        rowOpen = false;
      }
    }
    if (col >= columns_) {
      ++row;
      col = 0;
      rowOpen = false;
    }
    if (!rowOpen) {
      rowStart_.push_back(static_cast<int>(i));
      rowOpen = true;
    }
    column_[i] = col;
    row_[i] = row;
    ++col;
    if (c == U'\n') {
      ++row;
      col = 0;
      rowOpen = false;
    }
  }
  updateScrollBar();
  viewport()->update();
}

void CharGridView::updateScrollBar() {
  const int rowHeight = cell_.height() + rowGap_;
  const int contentHeight = 2 * margin_ + rows() * rowHeight;
  QScrollBar* bar = verticalScrollBar();
  bar->setRange(0, std::max(0, contentHeight - viewport()->height()));
  bar->setPageStep(viewport()->height());
  bar->setSingleStep(rowHeight);
}

QRect CharGridView::contentRect(int index) const {
  if (index < 0 || index >= characterCount()) return {};
  const auto i = static_cast<std::size_t>(index);
  const int rowHeight = cell_.height() + rowGap_;
  return {margin_ + column_[i] * cell_.width(), margin_ + row_[i] * rowHeight, cell_.width(), cell_.height()};
}

QRect CharGridView::cellRect(int index) const {
  QRect r = contentRect(index);
  if (r.isNull()) return r;
  return r.translated(0, -verticalScrollBar()->value());
}

int CharGridView::indexAt(const QPoint& p) const {
  if (text_.empty()) return -1;
  const int rowHeight = cell_.height() + rowGap_;
  const int y = p.y() + verticalScrollBar()->value() - margin_;
  const int x = p.x() - margin_;
  if (y < 0 || x < 0) return -1;
  const int row = y / rowHeight;
  if (row >= rows() || y - row * rowHeight >= cell_.height()) return -1;
  const int col = x / cell_.width();
  const int first = rowStart_[static_cast<std::size_t>(row)];
  const int index = first + col;
  if (index >= characterCount() || row_[static_cast<std::size_t>(index)] != row) return -1;
  return index;
}

void CharGridView::ensureVisible(int index) {
  const QRect r = contentRect(index);
  if (r.isNull()) return;
  QScrollBar* bar = verticalScrollBar();
  if (r.top() < bar->value()) bar->setValue(r.top() - margin_);
  else if (r.bottom() > bar->value() + viewport()->height()) bar->setValue(r.bottom() - viewport()->height() + margin_);
}

QSize CharGridView::sizeHint() const { return {cell_.width() * 60 + 2 * margin_, (cell_.height() + rowGap_) * 12}; }

void CharGridView::resizeEvent(QResizeEvent* event) {
  QAbstractScrollArea::resizeEvent(event);
  const int available = viewport()->width() - 2 * margin_;
  if (std::max(1, available / std::max(1, cell_.width())) != columns_) relayout();
  else updateScrollBar();
}

void CharGridView::scrollContentsBy(int, int) { viewport()->update(); }

void CharGridView::paintEvent(QPaintEvent* event) {
  QPainter p(viewport());
  p.fillRect(event->rect(), palette().color(QPalette::Base));
  const int scroll = verticalScrollBar()->value();
  p.translate(0, -scroll);
  paintContent(p, event->rect().top() + scroll, event->rect().bottom() + scroll);
  p.resetTransform();
  if (hovered_ >= 0 && cellRect(hovered_).intersects(event->rect())) {
    p.setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(cellRect(hovered_).adjusted(1, 1, -1, -1));
  }
}

QSize CharGridView::contentSize() const {
  return {viewport()->width(), 2 * margin_ + rows() * (cell_.height() + rowGap_)};
}

void CharGridView::paintContent(QPainter& p, int top, int bottom) const {
  if (text_.empty()) return;
  const int rowHeight = cell_.height() + rowGap_;
  const int firstRow = std::max(0, (top - margin_) / rowHeight);
  const int lastRow = std::min(rows() - 1, (bottom - margin_) / rowHeight);
  if (firstRow > lastRow) return;
  const int begin = rowStart_[static_cast<std::size_t>(firstRow)];
  const int end = lastRow + 1 < rows() ? rowStart_[static_cast<std::size_t>(lastRow + 1)] : characterCount();
  const QColor faintText(0x80, 0x80, 0x80);
  p.setFont(viewport()->font());
  for (int i = begin; i < end; ++i) {
    const QRect r = contentRect(i);
    const QColor background = colorAt(i);
    p.fillRect(r, background);
    bool faint = false;
    const QString glyph = glyphOf(text_[static_cast<std::size_t>(i)], faint);
    if (!glyph.isEmpty()) {
      QColor ink = readableTextColor(background);
      if (faint) ink = ink == Qt::white ? QColor(0xE0, 0xE0, 0xE0) : faintText;
      p.setPen(ink);
      p.drawText(r, Qt::AlignCenter, glyph);
    }
    if (static_cast<std::size_t>(i) < marks_.size() && marks_[static_cast<std::size_t>(i)])
      p.fillRect(QRect(r.left(), r.bottom() + 1, r.width(), std::max(2, rowGap_ - 1)), markColor_);
  }
}

void CharGridView::mouseMoveEvent(QMouseEvent* event) {
  const int index = indexAt(event->position().toPoint());
  if (index != hovered_) {
    const QRect old = cellRect(hovered_);
    hovered_ = index;
    if (!old.isNull()) viewport()->update(old.adjusted(-2, -2, 2, 2));
    const QRect now = cellRect(hovered_);
    if (!now.isNull()) viewport()->update(now.adjusted(-2, -2, 2, 2));
    if (hovered_ >= 0) emit characterHovered(hovered_);
  }
  QAbstractScrollArea::mouseMoveEvent(event);
}

bool CharGridView::viewportEvent(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int index = indexAt(help->pos());
    const QString tip = toolTipAt(index);
    if (tip.isEmpty()) QToolTip::hideText();
    else QToolTip::showText(help->globalPos(), tip, viewport(), cellRect(index));
    return true;
  }
  if (event->type() == QEvent::Leave && hovered_ >= 0) {
    const QRect old = cellRect(hovered_);
    hovered_ = -1;
    viewport()->update(old.adjusted(-2, -2, 2, 2));
  }
  return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace rnnscope::ui::text
