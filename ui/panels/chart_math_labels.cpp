#include "ui/panels/chart_math_labels.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>

namespace rnnscope::ui::chart {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("rnnscope::ui::chart", text); }
}  // namespace

QString gatedPathName(CellKind cell, GruVariant variant) {
  switch (cell) {
    case CellKind::Lstm:
      return tr("‖∏ f_t‖ (LSTM c path)");
    case CellKind::Gru:
      return variant == GruVariant::Classic ? tr("‖∏ (1−z_t)‖ (GRU, course-note form)")
                                            : tr("‖∏ z_t‖ (GRU, PyTorch form)");
    case CellKind::Rnn:
      break;
  }
  return {};
}

QString gatedPathMedianName(CellKind cell, GruVariant variant) {
  switch (cell) {
    case CellKind::Lstm:
      return tr("∏ f_t, median cell");
    case CellKind::Gru:
      return variant == GruVariant::Classic ? tr("∏ (1−z_t), median cell") : tr("∏ z_t, median cell");
    case CellKind::Rnn:
      break;
  }
  return {};
}

QString updateGateMeaning(GruVariant variant) {
  return variant == GruVariant::Classic
             ? tr("in the course notes' form, h′ = (1−z) h + z h̃: z ≈ 1 takes the new candidate h̃")
             : tr("in PyTorch's form, h′ = (1−z) n + z h: z ≈ 1 keeps the old state h");
}

QString updateGateOneShort(GruVariant variant) {
  return variant == GruVariant::Classic ? tr("1 = take h̃") : tr("1 = keep h");
}

QString updateGateZeroShort(GruVariant variant) {
  return variant == GruVariant::Classic ? tr("0 = keep h") : tr("0 = take n");
}

double spectralRadius(const WeightSpectrum& w) {
  double rho = -1;
  if (!w.gateSpectralRadius.empty()) {
    for (double r : w.gateSpectralRadius)
      if (std::isfinite(r)) rho = std::max(rho, r);
  } else {
    for (const auto& gate : w.gateEigenvalues)
      for (const auto& mu : gate)
        if (std::isfinite(mu.real()) && std::isfinite(mu.imag())) rho = std::max(rho, std::abs(mu));
  }
  return rho >= 0 ? rho : std::numeric_limits<double>::quiet_NaN();
}

QString weightsStamp(std::int64_t step, std::int64_t weightsStep) {
  // "after update N" rather than "after N updates": no plural to get wrong in either language
  return weightsStep > 0 ? tr("window of update %1 (weights after update %2)").arg(step).arg(weightsStep)
                         : tr("window of update %1 (initial weights)").arg(step);
}

}  // namespace rnnscope::ui::chart
