#include "ui/panels/cell_text_view.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/panels/chart_widgets.h"
#include "ui/panels/tensor_kind_style.h"
#include "ui/panels/text_char_grid.h"
#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

bool isSigmoidKind(const std::string& kind) {
  const TensorKindInfo* info = tensorKindNamed(kind);
  return info && info->sigmoid;
}

QColor cellColor(const std::string& kind, double value, double scale) {
  if (isSigmoidKind(kind)) return text::sequentialColor(value);
  return text::divergingColor(scale > 0 ? value / scale : value);
}

CellTextView::CellTextView(const QString& suffix, QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(3);
  heading_ = new QLabel(this);
  heading_->setObjectName(QStringLiteral("probeHeading") + suffix);
  heading_->setFont(text::uiFont());
  heading_->setTextFormat(Qt::RichText);
  heading_->setWordWrap(true);
  heading_->hide();
  layout->addWidget(heading_);

  stack_ = chart::makeEmptyStack(this, &empty_);
  layout->addWidget(stack_, 1);
  auto* page = new QWidget(stack_);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  pageLayout->setSpacing(3);
  grid_ = new text::CharGridView(page);
  grid_->setObjectName(QStringLiteral("probeText") + suffix);
  grid_->setMinimumHeight(120);
  pageLayout->addWidget(grid_, 1);
  legend_ = new text::ColorLegend(page);
  legend_->setMaximumWidth(420);
  pageLayout->addWidget(legend_);
  stack_->addWidget(page);
}

void CellTextView::setRecord(std::shared_ptr<const ActivationRecord> record) {
  record_ = std::move(record);
  stack_->setCurrentIndex(record_ ? 1 : 0);
  grid_->setText(record_ ? record_->text : std::u32string());
}

void CellTextView::setHeading(const QString& richText) {
  heading_->setText(richText);
  heading_->setVisible(!richText.isEmpty());
}

void CellTextView::setEmptyText(const QString& text) { empty_->setText(text); }

const ActivationTensor* CellTextView::tensor() const {
  const ActivationTensor* t = record_ ? record_->find(cell_.kind, cell_.layer) : nullptr;
  return t && cell_.unit >= 0 && cell_.unit < t->values.cols() ? t : nullptr;
}

bool CellTextView::colorByCell() {
  const ActivationTensor* t = tensor();
  if (!t) {
    grid_->setColors({});
    range_ = {};
    return false;
  }
  const auto T = static_cast<std::size_t>(t->values.rows());
  const Index j = cell_.unit;
  double maxAbs = 0, lo = INFINITY, hi = -INFINITY;
  for (std::size_t k = 0; k < T; ++k) {
    const double v = t->values(static_cast<Index>(k), j);
    if (!std::isfinite(v)) continue;
    maxAbs = std::max(maxAbs, std::abs(v));
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  double scale = 1;
  if (isLetterOf(t->kind, TensorKind::CellState)) scale = maxAbs > 0 ? maxAbs : 1;
  else if (isLetterOf(t->kind, TensorKind::Hidden)) scale = std::max(1.0, maxAbs);  // tanh: [-1, 1]; relu can exceed 1
  range_ = {scale, T ? lo : 0, T ? hi : 0};

  std::vector<QRgb> colors(T);
  for (std::size_t k = 0; k < T; ++k) colors[k] = cellColor(t->kind, t->values(static_cast<Index>(k), j), scale).rgb();
  grid_->setColors(std::move(colors));
  return true;
}

}  // namespace rnnscope::ui
