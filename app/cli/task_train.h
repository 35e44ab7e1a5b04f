#pragma once
// rnnscope-cli train --task classify|tag|seq2seq: the sequence tasks (docs/tasks.md) with the
// language model's run folder and resume contract (docs/cli.md, "Sequence tasks").
#include <cstdint>
#include <string>

#include "core/task/task_trainer.h"

namespace rnnscope::cli {

struct TaskRunRequest {
  TaskKind kind = TaskKind::Classify;
  std::string data;        // builtin:NAME[:EXAMPLES[:SEED]] or a file
  Tokens tokens = Tokens::Characters;  // of a file (a built-in decides its own)
  TaskConfig config;
  std::int64_t steps = 0;  // total updates to reach
  std::string out, resume;
  int valEvery = 100, saveEvery = 500;
  bool quiet = false;
};

void trainTask(const TaskRunRequest& r);

// The columns of a task run's metrics.csv.
inline constexpr const char* kTaskMetricsHeader =
    "step,loss,accuracy,val_accuracy,grad_norm,grad_norm_clipped,clipped,lr,epoch,examples_per_sec,elapsed_s";

}  // namespace rnnscope::cli
