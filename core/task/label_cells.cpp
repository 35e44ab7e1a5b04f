#include "core/task/label_cells.h"

#include <cmath>

#include "core/util/error.h"

namespace rnnscope {

namespace {

// The cache columns of the states the label describes, and the label of each (h has the B
// carried-in columns first, then h_t of stream b at B + t*B + b): classify's inputs are
// left-padded, so every example ends at the last step; tag's are right-padded.
struct Rows {
  std::vector<Index> columns;
  std::vector<std::int32_t> labels;
};

Rows rowsOf(TaskKind kind, const std::vector<const LabelledSequence*>& examples, int T) {
  Rows r;
  const Index B = static_cast<Index>(examples.size());
  for (Index b = 0; b < B; ++b) {
    const LabelledSequence& e = *examples[static_cast<std::size_t>(b)];
    if (kind == TaskKind::Classify) {
      r.columns.push_back(B + Index(T - 1) * B + b);
      r.labels.push_back(e.labels.at(0));
    } else {
      for (std::size_t t = 0; t < e.tokens.size(); ++t) {
        r.columns.push_back(B + Index(t) * B + b);
        r.labels.push_back(e.labels.at(t));
      }
    }
  }
  return r;
}

}  // namespace

template <class S>
LabelCells rankCellsByLabel(const Model<S>& model, const TaskData& data,
                            const std::vector<const LabelledSequence*>& examples, std::size_t top) {
  LabelCells out;
  if (data.kind != TaskKind::Classify && data.kind != TaskKind::Tag) return out;
  if (examples.empty() || model.lastBatch() != static_cast<int>(examples.size()))
    throw Error("ranking cells by label: the model holds another batch than the examples");
  const Rows rows = rowsOf(data.kind, examples, model.lastSteps());
  const Index N = static_cast<Index>(rows.columns.size());

  ActivationRecord record;  // one row per described state; no text: the rows are examples or positions
  for (int l = 0; l < model.config().layers; ++l) {
    const auto& cache = model.layerCache(l);
    for (const auto* kindAndStates : {&cache.h, &cache.c}) {
      if (kindAndStates->rows() == 0) continue;
      ActivationTensor t{kindAndStates == &cache.h ? "h" : "c", l, RowMat<float>(N, cache.H)};
      for (Index i = 0; i < N; ++i) t.values.row(i) = kindAndStates->col(rows.columns[static_cast<std::size_t>(i)]).transpose().template cast<float>();
      record.tensors.push_back(std::move(t));
    }
  }

  double best = 0;
  for (int k = 0; k < data.labels.size(); ++k) {
    ConceptSignal isK{data.labels.names[static_cast<std::size_t>(k)], true, std::vector<double>(static_cast<std::size_t>(N))};
    for (Index i = 0; i < N; ++i) isK.values[static_cast<std::size_t>(i)] = rows.labels[static_cast<std::size_t>(i)] == k;
    auto cells = rankCells(record, isK, top, false);
    const double score = cells.empty() ? 0 : std::abs(cells.front().pearson);
    if (score > best) {
      best = score;
      out = {k, std::move(cells)};
    }
  }
  return out;
}

template LabelCells rankCellsByLabel<float>(const Model<float>&, const TaskData&, const std::vector<const LabelledSequence*>&, std::size_t);
template LabelCells rankCellsByLabel<double>(const Model<double>&, const TaskData&, const std::vector<const LabelledSequence*>&, std::size_t);

}  // namespace rnnscope
