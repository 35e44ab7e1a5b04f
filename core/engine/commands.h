#pragma once
// What the UI, the CLI and tests can ask of the engine. Each command is posted with an id
// (Engine::post returns it); each snapshot says the last id it reflects (docs/architecture.md,
// "Protocol"). A command marked kNeedsModel is refused with LoadTextFirst while no text is
// loaded; the others make sense before a model exists.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/nn/layer_cache.h"
#include "core/task/labelled_data.h"
#include "core/task/task_trainer.h"
#include "core/train/trainer.h"

namespace rnnscope {

using CommandId = std::uint64_t;

// The step-through of BPTT unrolls this many steps of the window by default, and at most this many.
inline constexpr int kBpttDefaultSteps = 8;
inline constexpr int kBpttMaxSteps = 32;  // 1, 2, 3, ... in the order of posting; 0 = none

namespace command {
struct Play { static constexpr bool kNeedsModel = true; };
struct Pause { static constexpr bool kNeedsModel = false; };
struct Step {  // N updates, then paused; handled when all N are done
  static constexpr bool kNeedsModel = true;
  int updates = 1;
};
struct Reset { static constexpr bool kNeedsModel = true; };  // same settings, fresh weights
// The next update's pass (forward, loss, backward, clipping) with the current weights, its views
// published, nothing applied: the following Step{1} applies that very pass (slow motion).
struct PreviewStep { static constexpr bool kNeedsModel = true; };
struct Rewind {  // back to the kept point of this step (Snapshot::rewind); paused there
  static constexpr bool kNeedsModel = true;
  std::int64_t step = 0;
};
struct SetRewind {  // keep a point every N updates (0: none) within a memory budget
  static constexpr bool kNeedsModel = false;
  int everySteps = 50;
  int budgetMegabytes = 256;
};
struct Configure {                                             // new architecture or data settings: resets
  static constexpr bool kNeedsModel = true;
  TrainConfig config;
};
struct SetOptimizer {  // live
  static constexpr bool kNeedsModel = true;
  OptimizerConfig optimizer;
};
struct SetClip {  // live
  static constexpr bool kNeedsModel = true;
  ClipConfig clip;
};
struct SetSpeed {  // updates per second while playing; 0 = unlimited
  static constexpr bool kNeedsModel = false;
  int stepsPerSecond = 0;
};
struct LoadCorpus {  // a file or builtin:...; resets
  static constexpr bool kNeedsModel = false;
  std::string source;
};
struct SetProbeText {  // empty: a slice of the validation text
  static constexpr bool kNeedsModel = false;
  std::u32string text;
};
struct SetConcept {  // built-in name or regex:PATTERN
  static constexpr bool kNeedsModel = false;
  std::string name;
};
struct SetAnalysisStep {  // -1 = the last step of the window
  static constexpr bool kNeedsModel = true;
  int step = -1;
};
struct ShowConnectivity {  // Snapshot::connectivity for this position of the probe text; -1: none
  static constexpr bool kNeedsModel = true;
  int position = -1;
};
struct SetTraceWindow {  // how many steps of the window the BPTT step-through unrolls
  static constexpr bool kNeedsModel = false;
  int steps = kBpttDefaultSteps;
};
struct SetSampling {
  static constexpr bool kNeedsModel = false;
  std::u32string prime;
  int length = 300;
  double temperature = 0.8;
  std::vector<CellClamp> clamps;
};
struct SampleNow { static constexpr bool kNeedsModel = true; };
struct SaveCheckpoint {  // the weights and the alphabet (docs/checkpoint-format.md)
  static constexpr bool kNeedsModel = true;
  std::string path;
};
struct LoadCheckpoint {
  static constexpr bool kNeedsModel = true;
  std::string path;
};
// The whole session in a directory (weights, optimiser state, data position, settings, text
// source), for autosave; RestoreSession brings it back, text included.
struct SaveSession {
  static constexpr bool kNeedsModel = true;
  std::string directory;
};
struct RestoreSession {
  static constexpr bool kNeedsModel = false;
  std::string directory;
};
// A trained state handed over in memory, e.g. a lesson's shipped state (docs/lessons.md,
// "Shipped states"): the checkpoint and trainer state as saveTraining writes them, and the
// training curve that led there as metrics.csv (docs/cli.md). It must fit the text and
// settings in force, so the lesson is loaded first; the curve may be empty.
struct OpenTrainingState {
  static constexpr bool kNeedsModel = true;
  std::string name;  // names the state in messages
  std::vector<std::uint8_t> checkpoint, trainer;
  std::string metricsCsv;
};
// A run folder (core/engine/run_folder.h; the CLI's layout): SaveRun writes the live run there;
// OpenRun continues one here, text and settings included; PinRun shows one's curve beside the
// live one (Snapshot::pinned), an empty directory unpins it.
struct SaveRun {
  static constexpr bool kNeedsModel = true;
  std::string directory;
};
struct OpenRun {
  static constexpr bool kNeedsModel = false;
  std::string directory;
};
struct PinRun {
  static constexpr bool kNeedsModel = false;
  std::string directory;
};
// A sequence task in place of the language model (docs/tasks.md): its data ("builtin:NAME[:N[:SEED]]"
// or a file of the kind's format, read with `tokens`; a built-in decides its own kind and tokens)
// and settings, paused at step 0. LoadCorpus, RestoreSession or OpenRun bring a text back.
struct OpenTask {
  static constexpr bool kNeedsModel = false;
  std::string source;
  TaskKind kind = TaskKind::Classify;
  Tokens tokens = Tokens::Characters;
  TaskConfig config;
};
}  // namespace command

using Command = std::variant<command::Play, command::Pause, command::Step, command::Reset, command::PreviewStep, command::Rewind, command::SetRewind, command::Configure,
                             command::SetOptimizer, command::SetClip, command::SetSpeed, command::LoadCorpus,
                             command::SetProbeText, command::SetConcept, command::SetAnalysisStep,
                             command::ShowConnectivity, command::SetTraceWindow, command::SetSampling, command::SampleNow, command::SaveCheckpoint, command::LoadCheckpoint,
                             command::SaveSession, command::RestoreSession, command::OpenTrainingState, command::SaveRun, command::OpenRun,
                             command::PinRun, command::OpenTask>;

inline bool needsModel(const Command& c) {
  return std::visit([](const auto& x) { return std::decay_t<decltype(x)>::kNeedsModel; }, c);
}

}  // namespace rnnscope
