#pragma once
// The training curve as a run folder's metrics.csv holds it (docs/cli.md): one row per step,
// written by `rnnscope-cli train` and read back by the app to draw a shipped lesson state's
// history (docs/lessons.md, "Shipped states"). Columns are found by name, so a file with
// extra or reordered columns still reads.
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/metrics_log.h"

namespace rnnscope {

inline constexpr const char* kMetricsCsvHeader =
    "step,loss,val_loss,grad_norm,grad_norm_clipped,clipped,epoch,lr,chars_per_sec,elapsed_s,answer_loss";

// Shortest text that reads back as the same double to 9 significant digits; empty for NaN.
std::string csvNumber(double v);

// One row; `charsPerSecond` and `elapsedSeconds` belong to the file, not the curve.
std::string metricsCsvRow(const MetricsPoint& p, double charsPerSecond, double elapsedSeconds);

// Every row, in file order. Requires the columns step and loss; the others may be absent or
// empty (NaN), and a row may end early (a run resumed after a column was added). Throws Error naming `source` and the line at fault.
std::vector<MetricsPoint> parseMetricsCsv(std::string_view text, const std::string& source);

}  // namespace rnnscope
