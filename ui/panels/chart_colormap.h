#pragma once
// A perceptually ordered colour map for heat maps: dark violet (small) through teal to yellow
// (large), readable in greyscale and by most colour-blind viewers, so "dark = the gradient has
// vanished" holds on any projector.
#include <QColor>
#include <QRgb>

namespace rnnscope::ui::chart {

// t in [0, 1] (clamped) -> colour. NaN -> the "no data" grey.
QRgb colorMap(double t);
inline constexpr QRgb kNoDataColor = 0xFFBDBDBD;

}  // namespace rnnscope::ui::chart
