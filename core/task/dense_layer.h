#pragma once
// One fully connected layer, the non-recurrent part of the caption and vqa tasks (docs/tasks.md):
//   image encoder  f = tanh(W x + b)   x: the picture's pixels [P], f: the decoder's first state
//   vqa's head     g = tanh(W [h_T; f] + b), then z = W' g + b' the logits over the answers
// Named as nn.Linear's "weight" [O, I] and "bias" [O]; the task prefixes them ("image.",
// "combine.", "answer.").
#include "core/nn/parameters.h"
#include "core/util/random.h"

namespace rnnscope {

template <class S>
class DenseLayer {
public:
  DenseLayer(int inputs, int outputs, bool tanhOutput);

  // nn.Linear's default: U(-1/sqrt(I), 1/sqrt(I)) for the weight and the bias.
  void initialize(Rng& rng);

  // y = act(W x + b) for the columns of X [I, B]; keeps X and Y for backward. Returns Y [O, B].
  const Mat<S>& forward(const Mat<S>& X);
  // From dL/dy [O, B]: writes (not adds) the gradients of W and b, returns dL/dx [I, B].
  Mat<S> backward(const Mat<S>& dY);

  ParameterSet<S>& params() { return params_; }
  const ParameterSet<S>& params() const { return params_; }
  int inputs() const { return inputs_; }
  int outputs() const { return outputs_; }

private:
  int inputs_, outputs_;
  bool tanh_;
  ParameterSet<S> params_;
  int weight_ = -1, bias_ = -1;
  Mat<S> x_;  // [I, B] the last input
  Mat<S> y_;  // [O, B] the last output (after tanh when there is one)
};

}  // namespace rnnscope
