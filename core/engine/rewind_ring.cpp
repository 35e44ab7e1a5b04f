#include "core/engine/rewind_ring.h"

#include <algorithm>

#include "core/util/error.h"

namespace rnnscope {

namespace {
std::size_t bytesOf(const SafetensorsFile& f) {
  std::size_t n = 0;
  for (const SafeTensor& t : f.tensors) n += t.bytes.size();
  return n;
}
}  // namespace

void RewindRing::configure(int every, std::size_t budgetBytes) {
  if (every < 0) throw Error("rewind: keep a point every 0 (never) or more updates, not " + std::to_string(every));
  if (budgetBytes == 0) throw Error("rewind: the memory budget must be more than 0");
  every_ = every;
  budget_ = budgetBytes;
  fitBudget();
}

void RewindRing::keep(std::int64_t step, TrainingTensors state, OptimizerKind optimizer) {
  dropAfter(step - 1);  // a point of the same step (or, after a rewind, of a later one) is replaced
  RewindPoint point{step, std::move(state), optimizer, 0};
  point.bytes = bytesOf(point.state.checkpoint) + bytesOf(point.state.trainer);
  if (point.bytes > budget_) return;
  bytes_ += point.bytes;
  points_.push_back(std::move(point));
  fitBudget();
}

void RewindRing::fitBudget() {
  while (bytes_ > budget_ && !points_.empty()) {
    bytes_ -= points_.front().bytes;
    points_.pop_front();
  }
}

const RewindPoint* RewindRing::find(std::int64_t step) const {
  const auto it = std::find_if(points_.begin(), points_.end(), [step](const RewindPoint& p) { return p.step == step; });
  return it == points_.end() ? nullptr : &*it;
}

const RewindPoint* RewindRing::atOrBefore(std::int64_t step) const {
  for (auto it = points_.rbegin(); it != points_.rend(); ++it)
    if (it->step <= step) return &*it;
  return nullptr;
}

void RewindRing::dropAfter(std::int64_t step) {
  while (!points_.empty() && points_.back().step > step) {
    bytes_ -= points_.back().bytes;
    points_.pop_back();
  }
}

void RewindRing::clear() {
  points_.clear();
  bytes_ = 0;
}

std::vector<std::int64_t> RewindRing::steps() const {
  std::vector<std::int64_t> out;
  for (const RewindPoint& p : points_) out.push_back(p.step);
  return out;
}

}  // namespace rnnscope
