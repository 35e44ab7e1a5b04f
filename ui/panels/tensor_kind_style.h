#pragma once
// How the panels show a TensorKind (core/analysis/tensor_kind.h): its label in a chooser, its
// short name in a chart legend and its colour, the same in the cells view and on the
// weight-spectrum plane.
#include <string_view>

#include <QColor>
#include <QString>

#include "core/analysis/tensor_kind.h"

namespace rnnscope::ui {

// "f — forget gate": a chooser entry or a tooltip. The GRU's z says what z ≈ 1 does in the
// form in use, since the two forms give it opposite meanings.
QString kindDescription(rnnscope::TensorKind kind, rnnscope::GruVariant variant);
// "f forget": short, so that four of them fit in one legend row under a small chart.
QString kindLegendName(rnnscope::TensorKind kind, rnnscope::GruVariant variant);
QColor kindColor(rnnscope::TensorKind kind);

// The same for a tensor's letter; a letter that names no kind is shown as it is, in grey.
QString kindDescription(std::string_view letter, rnnscope::GruVariant variant);
QString kindLegendName(std::string_view letter, rnnscope::GruVariant variant);
QColor kindColor(std::string_view letter);

}  // namespace rnnscope::ui
