#pragma once
// How the gradient travels back through time in the last training window.
#include <cstdint>
#include <deque>
#include <vector>

#include "core/nn/model.h"
#include "core/train/clipping.h"

namespace rnnscope {

struct GradientFlowRecord {
  std::int64_t step = 0;
  std::vector<std::vector<double>> dhNorm;          // [L][T] ||dL/dh_k||, L = sum of the window's losses
  std::vector<std::vector<double>> dcNorm;          // [L][T] ||dL/dc_k|| (LSTM; empty otherwise)
  std::vector<std::vector<double>> lastLossDhNorm;  // [L][T] ||dL_T/dh_k||, the last position's loss alone
  ClipReport clip;
};

// ||dL_T/dh_k|| for k = 0..T-1 in every layer, for stream b of the last window, where L_T is
// the loss at the window's last step only: the cleanest picture of vanishing, because no
// nearer loss term masks how little of the far one arrives. One backward pass of one stream
// through time, without weight gradients. [L][T], index k.
template <class S>
std::vector<std::vector<double>> lastLossGradientNorms(const Model<S>& model, Index b = 0);

// The record of a step, from the caches that training's own backward pass left behind.
template <class S>
GradientFlowRecord gradientFlowOf(const Model<S>& model, std::int64_t step, const ClipReport& clip, bool withLastLoss = true);

// A bounded history of records, oldest first, for the step x timestep heat map.
class GradientFlowHistory {
public:
  explicit GradientFlowHistory(std::size_t capacity = 512) : capacity_(capacity) {}
  void push(GradientFlowRecord r);
  const std::deque<GradientFlowRecord>& records() const { return records_; }
  std::size_t capacity() const { return capacity_; }
  void clear() { records_.clear(); }

private:
  std::size_t capacity_;
  std::deque<GradientFlowRecord> records_;
};

}  // namespace rnnscope
