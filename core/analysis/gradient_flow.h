#pragma once
// How the gradient travels back through time in the last training window.
#include <cmath>
#include <cstdint>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

#include "core/nn/model.h"
#include "core/train/clipping.h"

namespace rnnscope {

// Every figure of a record comes from one forward and backward pass over one window, made
// with one set of weights: those after `weightsStep` updates, i.e. the pass that computed
// update number `step` = weightsStep + 1, taken before that update was applied.
struct GradientFlowRecord {
  std::int64_t step = 0;         // the update this window's pass computed
  std::int64_t weightsStep = 0;  // the weights it describes: after step - 1 updates
  std::vector<std::vector<double>> dhNorm;          // [L][T] ||dL/dh_k||, L = the window's loss (mean over B x T)
  std::vector<std::vector<double>> dcNorm;          // [L][T] ||dL/dc_k|| (LSTM; empty otherwise)
  std::vector<std::vector<double>> lastLossDhNorm;  // [L][T] ||dL_T/dh_k||, the last position's loss alone
  std::vector<std::vector<double>> lastLossDcNorm;  // [L][T] ||dL_T/dc_k|| (LSTM; empty otherwise)
  // The gated cells' own path back through time (empty for the vanilla RNN), [L][T], entry
  // d-1 for distance d: the diagonal product D_d = prod_{s=T-d+1..T} a_s of the gate that
  // carries the state unchanged, a = f (LSTM's c), z (GRU reset-after, h' = (1-z) n + z h) or
  // 1 - z (classic GRU, h' = (1-z) h + z h~). Max over cells = ||D_d||, the gain of the
  // highway alone; the median shows a typical cell.
  std::vector<std::vector<double>> gatedPathMax;
  std::vector<std::vector<double>> gatedPathMedian;
  ClipReport clip;
  double loss = NAN;        // the pass's loss L, mean over B x T positions (nats per character)
  double updateNorm = NAN;  // ||Δθ|| of the update that applied this pass; NaN until it is applied
  // A seq2seq task lays its encoder's steps first and its decoder's after them, on one axis:
  // the decoder's first step is at this index (the hand-over of the state). -1: one stack.
  int handover = -1;
};

struct LastLossGradients {
  std::vector<std::vector<double>> dhNorm;  // [L][T] ||dL_T/dh_k||
  std::vector<std::vector<double>> dcNorm;  // [L][T] ||dL_T/dc_k|| (LSTM; empty rows otherwise)
  // [T] ||dL_T/dx_k||, x_k the input vector of step k (its embedding row, or its one-hot
  // vector): how much the prediction depends on each earlier character (Distill's connectivity).
  // Empty unless asked for: the live gradient flow, every training step, does not need it.
  std::vector<double> inputNorm;
};

// ||dL_T/dh_k|| for k = 0..T-1 in every layer, for stream b of the last window, where L_T is
// the loss at the window's last step only: the cleanest picture of vanishing, because no
// nearer loss term masks how little of the far one arrives. One backward pass of one stream
// through time, without weight gradients. [L][T], index k.
template <class S>
LastLossGradients lastLossGradientNorms(const Model<S>& model, Index b = 0, bool withInputSaliency = false);

// ||dL_t/dx_k|| for k = 0..t, where L_t is the loss at step t of stream b of the last window
// and x_k the input vector of step k: how much that one prediction depends on each earlier
// character (Distill's connectivity; inputNorm above is this for t = T-1). [t+1]
template <class S>
std::vector<double> inputSaliency(const Model<S>& model, int t, Index b = 0);

// One layer's last-loss gradient against distance, relative to its value at the last step:
// entry d = ||dL_T/dh_{T-1-d}|| / ||dL_T/dh_{T-1}|| for d = 0..T-1, from a row by time (k order)
// such as lastLossDhNorm[l]. Empty when the row is empty or ends in 0.
std::vector<double> relativeByDistance(const std::vector<double>& byTime);

// The gradient horizon (RNNbow): for every source loss L_t of the window (the loss at step t
// alone) and every timestep k <= t, ||dL_t/dh_k||, for stream b. Row t is a triangle's row;
// the last row is lastLossGradientNorms, and the window's whole-loss gradient dL/dh_k is the
// sum of the rows' vectors (not of their norms). One backward pass through steps 0..t per
// source loss t, without weight gradients (T(T+1)/2 step-backwards), and one of all the losses
// together for the sum.
struct LossHorizon {
  std::vector<std::vector<std::vector<double>>> dhNorm;  // [L][t][k], k = 0..t
  // [L][k] ||d(sum_t L_t)/dh_k||, the norm of the sum of the rows' vectors: stream b's share of
  // the whole window's loss gradient, unnormalised. At most sum_t ||dL_t/dh_k|| (the triangle
  // inequality); GradientFlowRecord::dhNorm is the same over all B streams divided by B*T:
  // ||dL/dh_k|| = sqrt(sum_b totalDhNorm_b[k]^2) / (B*T).
  std::vector<std::vector<double>> totalDhNorm;
};
// The horizon has T x T entries and costs T(T+1)/2 step-backwards: the engine and the CLI
// compute it for windows up to this many steps.
inline constexpr int kLossHorizonMaxSteps = 256;
template <class S>
LossHorizon lossHorizon(const Model<S>& model, Index b = 0);

// The gated path's products (see GradientFlowRecord) for stream b of the last window: {max, median}.
template <class S>
std::pair<std::vector<std::vector<double>>, std::vector<std::vector<double>>> gatedPathProducts(const Model<S>& model,
                                                                                                 Index b = 0);

// The record of update `step`, from the caches that training's own backward pass left
// behind; call it before the optimiser changes the weights (Trainer's beforeUpdate hook).
template <class S>
GradientFlowRecord gradientFlowOf(const Model<S>& model, std::int64_t step, const ClipReport& clip, bool withLastLoss = true);

// A bounded history of records, oldest first, for the step x timestep heat map.
class GradientFlowHistory {
public:
  explicit GradientFlowHistory(std::size_t capacity = 512) : capacity_(capacity) {}
  void push(GradientFlowRecord r);
  const std::deque<GradientFlowRecord>& records() const { return records_; }
  std::size_t capacity() const { return capacity_; }
  void clear() {
    records_.clear();
    view_.reset();
  }
  void dropAfter(std::int64_t step) {
    while (!records_.empty() && records_.back().step > step) records_.pop_back();
    view_.reset();
  }
  // The records as one immutable vector that snapshots share; copied again only after a change.
  std::shared_ptr<const std::vector<GradientFlowRecord>> view() const;

private:
  std::size_t capacity_;
  std::deque<GradientFlowRecord> records_;
  mutable std::shared_ptr<const std::vector<GradientFlowRecord>> view_;  // null: out of date
};

}  // namespace rnnscope
