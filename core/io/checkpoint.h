#pragma once
// Checkpoints as docs/checkpoint-format.md specifies: a safetensors file whose tensors are named and shaped
// as the PyTorch module {embed, rnn, head} would have them, with `format`, `config` and
// `vocab` in its metadata; and, beside it, the trainer's own state for exact resumption.
#include <filesystem>
#include <memory>
#include <string>

#include "core/data/corpus.h"
#include "core/io/safetensors.h"
#include "core/nn/model.h"
#include "core/train/trainer.h"

namespace rnnscope {

inline constexpr const char* kCheckpointFormat = "rnnscope/1";

template <class S>
SafetensorsFile checkpointTensors(const Model<S>& model, const Vocabulary& vocab);
template <class S>
void saveCheckpoint(const std::string& path, const Model<S>& model, const Vocabulary& vocab);

// A model read back from a checkpoint, in the checkpoint's own dtype.
struct LoadedCheckpoint {
  ModelConfig config;
  Vocabulary vocab;
  std::unique_ptr<Model<float>> f32;
  std::unique_ptr<Model<double>> f64;

  // Calls f(Model<S>&) with whichever model the file held.
  template <class F>
  decltype(auto) visit(F&& f) {
    if (f64) return f(*f64);
    return f(*f32);
  }
};

// Checks every rule of the format (names, shapes, dtypes, metadata) before trusting anything.
LoadedCheckpoint checkpointFromTensors(const SafetensorsFile& file, const std::string& source);
LoadedCheckpoint loadCheckpoint(const std::string& path);
// Copies a checkpoint's weights into an existing model of the same configuration.
template <class S>
void copyWeights(const SafetensorsFile& file, Model<S>& into, const std::string& source);

// d(loss)/d(param) under each parameter's own name, in the model's dtype.
template <class S>
SafetensorsFile gradientTensors(const Model<S>& model);

// Optimiser buffers, step count, data position and the carried recurrent state.
template <class S>
SafetensorsFile trainerStateTensors(Trainer<S>& trainer);
template <class S>
void restoreTrainerState(const SafetensorsFile& file, Trainer<S>& trainer, const std::string& source);

// A trainer saved as a pair, what the CLI's run folder and the app's session folder both hold:
// the checkpoint (the weights, with the step in its metadata) and the trainer state beside it,
// each written atomically. Restoring reads both and refuses a pair from different saves (a
// crash between the two writes, or a folder edited by hand), so a resumed run is always the
// one that was saved.
struct TrainingFiles {
  std::filesystem::path checkpoint, trainer;
};
// Writes nothing while the weights are not finite: good files are never replaced by broken ones.
template <class S>
void saveTraining(const TrainingFiles& files, Trainer<S>& trainer, const Vocabulary& vocab);
template <class S>
void restoreTraining(const TrainingFiles& files, Trainer<S>& trainer);

// The same pair in memory: what saveTraining writes, and what a lesson's shipped state holds
// (docs/lessons.md, "Shipped states"). `source` names the pair in errors.
struct TrainingTensors {
  SafetensorsFile checkpoint, trainer;
};
template <class S>
TrainingTensors trainingTensors(Trainer<S>& trainer, const Vocabulary& vocab);
template <class S>
void restoreTraining(const TrainingTensors& tensors, Trainer<S>& trainer, const std::string& source);

}  // namespace rnnscope
