#pragma once
// Wording of the recurrence's math that several panels share, so that the gradient-flow,
// Jacobian, weight-spectrum, cells and model panels name the same thing the same way: the gated
// cells' own path back through time, what the GRU's z gate keeps in each written form, the
// spectral radius beside sigma_max, and the stamp saying which weights a view describes.
#include <cstdint>

#include <QString>

#include "core/analysis/spectra.h"
#include "core/nn/config.h"

namespace rnnscope::ui::chart {

// The gate product that carries a gated cell's state unchanged (GradientFlowRecord::gatedPathMax):
// "‖∏ f_t‖ (LSTM c path)", "‖∏ z_t‖ (GRU, PyTorch form)", "‖∏ (1−z_t)‖ (GRU, course-note form)".
// Empty for the vanilla RNN, which has no such path.
QString gatedPathName(rnnscope::CellKind cell, rnnscope::GruVariant variant);
// The same product for a typical cell (GradientFlowRecord::gatedPathMedian).
QString gatedPathMedianName(rnnscope::CellKind cell, rnnscope::GruVariant variant);

// What z ≈ 1 does in the GRU's form in use: the two forms give z opposite meanings, and the
// course notes and PyTorch each use one of them.
QString updateGateMeaning(rnnscope::GruVariant variant);
// The same, short enough for a legend entry: "1 = keep h", "1 = take h̃"; and what z ≈ 0 does.
QString updateGateOneShort(rnnscope::GruVariant variant);
QString updateGateZeroShort(rnnscope::GruVariant variant);

// rho = the largest |eigenvalue| over W_hh's gate blocks (gateSpectralRadius, or from the
// eigenvalues when that is missing); NaN when the spectrum has neither.
double spectralRadius(const rnnscope::WeightSpectrum& w);

// "window of update 150 (weights after update 149)": which pass a view's figures come from and
// which weights they describe (weightsStep 0: the initial weights).
QString weightsStamp(std::int64_t step, std::int64_t weightsStep);

}  // namespace rnnscope::ui::chart
