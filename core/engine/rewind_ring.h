#pragma once
// Rewind: the engine keeps the whole training state (weights, optimiser buffers, data position,
// carried recurrent state, step) every K updates, in memory, within a byte budget; the oldest
// goes first when the budget is full. Restoring one (restoreTraining, the same path as a saved
// session) puts training back exactly where it was at that step, so rewinding and training N
// updates gives the run that never left (test: EngineRewind.*).
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/io/checkpoint.h"

namespace rnnscope {

struct RewindPoint {
  std::int64_t step = 0;
  TrainingTensors state;
  OptimizerKind optimizer = OptimizerKind::Adam;  // whose buffers the state holds
  std::size_t bytes = 0;
};

class RewindRing {
public:
  static constexpr int kDefaultEverySteps = 50;
  static constexpr std::size_t kDefaultBudgetBytes = std::size_t{256} << 20;

  // every: keep a point each `every` updates (0: keep none); budget: bytes the points may hold.
  // Error on a negative interval or a budget of zero; points beyond a smaller budget are dropped.
  void configure(int every, std::size_t budgetBytes);
  int every() const { return every_; }
  std::size_t budgetBytes() const { return budget_; }

  bool due(std::int64_t step) const { return every_ > 0 && step % every_ == 0; }
  // Keeps the state of `step` as the newest point (replacing one of the same step), then drops
  // the oldest points until the rest fit the budget. A point bigger than the budget is not kept.
  void keep(std::int64_t step, TrainingTensors state, OptimizerKind optimizer);
  const RewindPoint* find(std::int64_t step) const;  // nullptr: not kept
  // The newest point at or before `step`; nullptr when there is none.
  const RewindPoint* atOrBefore(std::int64_t step) const;
  // After a rewind the points of the abandoned future go.
  void dropAfter(std::int64_t step);
  void clear();

  std::vector<std::int64_t> steps() const;  // oldest first
  std::size_t bytes() const { return bytes_; }

private:
  void fitBudget();

  int every_ = kDefaultEverySteps;
  std::size_t budget_ = kDefaultBudgetBytes;
  std::deque<RewindPoint> points_;  // ascending steps
  std::size_t bytes_ = 0;
};

}  // namespace rnnscope
