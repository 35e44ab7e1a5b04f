#include "ui/panels/chart_colormap.h"

#include <array>
#include <cmath>

namespace rnnscope::ui::chart {

namespace {
// Anchor colours of the viridis map at t = 0, 1/8, ..., 1; linear interpolation between them is
// indistinguishable from the full table at heat-map sizes.
constexpr std::array<std::array<int, 3>, 9> kAnchors{{
    {68, 1, 84},
    {71, 45, 123},
    {59, 82, 139},
    {44, 114, 142},
    {33, 145, 140},
    {39, 173, 129},
    {92, 200, 99},
    {170, 220, 50},
    {253, 231, 37},
}};
}  // namespace

QRgb colorMap(double t) {
  if (std::isnan(t)) return kNoDataColor;
  if (t < 0) t = 0;
  if (t > 1) t = 1;
  const double x = t * static_cast<double>(kAnchors.size() - 1);
  auto i = static_cast<std::size_t>(x);
  if (i >= kAnchors.size() - 1) i = kAnchors.size() - 2;
  const double f = x - static_cast<double>(i);
  auto mix = [f](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * f)); };
  const auto& a = kAnchors[i];
  const auto& b = kAnchors[i + 1];
  return qRgb(mix(a[0], b[0]), mix(a[1], b[1]), mix(a[2], b[2]));
}

}  // namespace rnnscope::ui::chart
