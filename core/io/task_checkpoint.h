#pragma once
// A sequence task's run on disk (docs/tasks.md, "Checkpoints"): the weights under PyTorch names
// ("embed.weight", "rnn.weight_hh_l0", "head.weight"; seq2seq prefixes its two stacks with
// "encoder." and "decoder."), the task, its tokens and both vocabularies in the metadata; and
// beside it the trainer's state (optimiser buffers, step, the order of examples) for a resume
// that ends bit for bit where an uninterrupted run would.
#include <filesystem>
#include <string>

#include "core/io/safetensors.h"
#include "core/task/task_trainer.h"

namespace rnnscope {

inline constexpr const char* kTaskCheckpointFormat = "rnnscope-task/1";

struct TaskCheckpointFiles {
  std::filesystem::path checkpoint, trainer;
};

template <class S>
SafetensorsFile taskCheckpointTensors(TaskTrainer<S>& trainer);
template <class S>
SafetensorsFile taskTrainerStateTensors(TaskTrainer<S>& trainer);

// Writes nothing while the weights are not finite.
template <class S>
void saveTaskTraining(const TaskCheckpointFiles& files, TaskTrainer<S>& trainer);
// Everything is read and checked before anything changes; a pair from different saves is refused.
template <class S>
void restoreTaskTraining(const TaskCheckpointFiles& files, TaskTrainer<S>& trainer);

// What a task checkpoint says about itself, enough to build a trainer that predicts: the task,
// its tokens and vocabularies (no examples) and the main model's config (the decoder's for seq2seq).
struct TaskCheckpointHeader {
  TaskData data;
  ModelConfig model;
};
TaskCheckpointHeader readTaskCheckpointHeader(const SafetensorsFile& file, const std::string& source);
// Copies the weights of a checkpoint into a trainer built from its header.
template <class S>
void copyTaskWeights(const SafetensorsFile& file, TaskTrainer<S>& trainer, const std::string& source);

}  // namespace rnnscope
