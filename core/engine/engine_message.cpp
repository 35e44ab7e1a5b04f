#include "core/engine/engine_message.h"

#include <new>

namespace rnnscope {

bool EngineMessage::isError() const {
  switch (code) {
    case Code::StartFailed:
    case Code::NonFinite:
    case Code::LoadTextFirst:
    case Code::Failed:
    case Code::OutOfMemory:
    case Code::TooLarge:
      return true;
    default:
      return false;
  }
}

EngineMessage failureMessage(std::exception_ptr error, std::uint64_t id) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    return {EngineMessage::Code::OutOfMemory, {}, id};
  } catch (const std::exception& e) {
    return {EngineMessage::Code::Failed, {e.what()}, id};
  } catch (...) {
    return {EngineMessage::Code::Failed, {"unknown error"}, id};
  }
}

std::string englishText(const EngineMessage& m) {
  const auto arg = [&](std::size_t i) { return i < m.args.size() ? m.args[i] : std::string(); };
  using C = EngineMessage::Code;
  switch (m.code) {
    case C::None: return {};
    case C::StartFailed: return "Could not start: " + arg(0);
    case C::NonFinite:
      return "Training paused at step " + arg(0) +
             ": the loss or the gradient became NaN or infinite, so that update was not kept. "
             "Lower the learning rate or turn on gradient clipping, then press Play.";
    case C::LoadTextFirst: return "Load a text first.";
    case C::Reset: return "Reset: new weights from the same settings.";
    case C::Configured: return "New model built; press Play to train it.";
    case C::CorpusLoaded: return "Loaded " + arg(0) + " (" + arg(1) + " characters, " + arg(2) + " distinct).";
    case C::Saved: return "Saved the model to " + arg(0);
    case C::CheckpointLoaded: return "Loaded the model from " + arg(0);
    case C::Failed: return arg(0);
    case C::TooLarge:
      return "These settings need about " + arg(0) + " MB to train, more than the " + arg(1) +
             " MB this machine has free; the last model was kept. Choose a smaller model, batch or window.";
    case C::SessionRestored: return "Restored the saved session at step " + arg(0) + "; press Play to go on training.";
    case C::StateOpened: return "Opened the lesson at step " + arg(0) + ", as trained ahead of time; press Play to go on training.";
    case C::RunSaved: return "Saved the run to " + arg(0) + " (config.json, metrics.csv, checkpoint and trainer state; rnnscope-cli train --resume continues it).";
    case C::RunOpened: return "Opened the run " + arg(0) + " at step " + arg(1) + "; press Play to go on training it.";
    case C::RunPinned: return "Pinned the run " + arg(0) + " (" + arg(1) + " steps): its curve is drawn dashed beside the live one.";
    case C::TaskOpened:
      return "Opened the " + arg(0) + " task on " + arg(1) + " (" + arg(2) + " training examples, " + arg(3) +
             " held out); press Play to train it.";
    case C::Rewound: return "Rewound to step " + arg(0) + ": weights, optimiser, data position and carried state as they were; press Play to go on with the current settings.";
    case C::OutOfMemory: return "Not enough memory for these settings; the last model was kept. Choose a smaller model, batch or window.";
  }
  return {};
}

}  // namespace rnnscope
