#pragma once
// The gradient flow (core/analysis/gradient_flow.h) of one training pass of a task, taken from the
// caches that pass left, before its update (TaskTrainer::step's beforeUpdate): the recurrent
// stack's ||dL/dh_k|| per timestep. Seq2seq lays its encoder's steps first and its decoder's
// after them on one axis (GradientFlowRecord::handover). The last-loss rows need the last step
// scored in every example, as classify's is (left-padded); the other kinds' last step is padding
// for most of a batch, so their records hold the whole loss's rows only.
#include "core/analysis/gradient_flow.h"
#include "core/task/task_trainer.h"

namespace rnnscope {

template <class S>
GradientFlowRecord taskGradientFlow(TaskTrainer<S>& trainer, const TaskStepReport& pass);

}  // namespace rnnscope
