#pragma once
// Which cell tracks the label? The cells panel of a task ranks every hidden unit (and an LSTM's
// cell state) by its correlation with one label over held-out examples: for classify the state
// after each example's last token (what the head reads), for tag the state at every real
// position. The label ranked is the one whose best cell follows it most closely (|Pearson r|),
// so a two-label sentiment task ranks against either label, with the sign saying which.
#include <vector>

#include "core/analysis/concepts.h"
#include "core/nn/model.h"
#include "core/task/labelled_data.h"

namespace rnnscope {

struct LabelCells {
  int label = -1;               // the label id ranked against; -1: no ranking (other tasks, no variety)
  std::vector<CellScore> cells;  // best |pearson| first, with AUC of "the label is this one"
};

// `model` must hold the forward pass of exactly `examples` as one batch laid out by layoutBatch
// (TaskTrainer::lossOf does that). Classify and tag only; the other kinds give label -1.
template <class S>
LabelCells rankCellsByLabel(const Model<S>& model, const TaskData& data,
                            const std::vector<const LabelledSequence*>& examples, std::size_t top);

}  // namespace rnnscope
