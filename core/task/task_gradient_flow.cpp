#include "core/task/task_gradient_flow.h"

namespace rnnscope {

namespace {

void appendSteps(std::vector<std::vector<double>>& to, const std::vector<std::vector<double>>& from) {
  if (to.size() < from.size()) to.resize(from.size());
  for (std::size_t l = 0; l < from.size(); ++l) to[l].insert(to[l].end(), from[l].begin(), from[l].end());
}

}  // namespace

template <class S>
GradientFlowRecord taskGradientFlow(TaskTrainer<S>& trainer, const TaskStepReport& pass) {
  const bool lastStepScored = trainer.data().kind == TaskKind::Classify;
  GradientFlowRecord r = gradientFlowOf(trainer.model(), pass.step, pass.clip, lastStepScored);
  if (Model<S>* encoder = trainer.encoder()) {
    GradientFlowRecord both = gradientFlowOf(*encoder, pass.step, pass.clip, false);
    appendSteps(both.dhNorm, r.dhNorm);
    appendSteps(both.dcNorm, r.dcNorm);
    both.gatedPathMax.clear();  // a product along one stack's steps; the axis here has two stacks
    both.gatedPathMedian.clear();
    both.handover = encoder->lastSteps();
    r = std::move(both);
  }
  r.loss = pass.loss;
  return r;
}

template GradientFlowRecord taskGradientFlow<float>(TaskTrainer<float>&, const TaskStepReport&);
template GradientFlowRecord taskGradientFlow<double>(TaskTrainer<double>&, const TaskStepReport&);

}  // namespace rnnscope
