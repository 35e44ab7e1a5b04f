#pragma once
// Where the step-through of one pass stands: the forward pass t = 0..T-1, then the backward
// pass t = T-1..0, then the cut at the window's start where truncated BPTT drops the gradient.
// Stages are numbered 0..2T in that order, so Step and Back are +1 and -1.
#include <algorithm>

namespace rnnscope::ui {

struct BpttStage {
  enum class Phase { Forward, Backward, Cut };
  Phase phase = Phase::Forward;
  int t = 0;  // the timestep computed at this stage; -1 at the cut (the carried-in state)

  static int count(int T) { return T > 0 ? 2 * T + 1 : 0; }
  static BpttStage at(int index, int T) {
    index = std::clamp(index, 0, std::max(0, count(T) - 1));
    if (index < T) return {Phase::Forward, index};
    if (index < 2 * T) return {Phase::Backward, 2 * T - 1 - index};
    return {Phase::Cut, -1};
  }
  // Has the forward pass computed step u yet (its values can be drawn)?
  bool forwardDone(int u) const { return phase != Phase::Forward || u <= t; }
  // Has the backward pass reached step u (its gradients can be drawn)?
  bool backwardDone(int u) const { return phase == Phase::Cut || (phase == Phase::Backward && u >= t); }
};

}  // namespace rnnscope::ui
