#pragma once
// What the engine tells the user, as a code with arguments: the UI words and translates it
// (ui/engine_messages.cpp), and englishText() words it for logs, the CLI and tests.
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

namespace rnnscope {

struct EngineMessage {
  enum class Code {
    None,
    StartFailed,       // {what}: the first text or model could not be loaded
    NonFinite,         // {step}: the update was not kept, training paused
    LoadTextFirst,     // a command that needs a model, before any text was loaded
    Reset,             // new weights from the same settings
    Configured,        // a new model was built from new settings
    CorpusLoaded,      // {name, characters, distinct}
    Saved,             // {path}
    CheckpointLoaded,  // {path}
    Failed,            // {what}: a command was refused or failed; nothing changed
    OutOfMemory,       // the settings needed more memory than the machine could give
    TooLarge,          // {needed MB, available MB}: refused before anything was allocated
    SessionRestored,   // {step}: an autosaved session is back
    StateOpened,       // {step}: a shipped training state is in place (OpenTrainingState)
    Rewound,           // {step}: training is back at a kept point (Rewind)
    RunSaved,          // {directory}: the run folder is written (SaveRun)
    RunOpened,         // {directory, step}: a run folder is the live run (OpenRun)
    RunPinned,         // {name, steps}: a run's curve is drawn beside the live one (PinRun)
    TaskOpened,        // {kind, source, training examples, held-out examples} (OpenTask)
  };
  Code code = Code::None;
  std::vector<std::string> args;
  std::uint64_t commandId = 0;  // the command it answers; 0: training itself (e.g. NonFinite)
  bool isError() const;
};

std::string englishText(const EngineMessage& m);

// A failure as the message that answers command `id`: OutOfMemory for bad_alloc, else Failed
// with the exception's text.
EngineMessage failureMessage(std::exception_ptr error, std::uint64_t id);

}  // namespace rnnscope
