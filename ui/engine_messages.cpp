#include "ui/engine_messages.h"

#include <QCoreApplication>

namespace rnnscope::ui {

namespace {
// lupdate files the tr() calls of this namespace under the context "rnnscope::ui"
QString tr(const char* text) { return QCoreApplication::translate("rnnscope::ui", text); }
}  // namespace

QString engineMessageText(const EngineMessage& m) {
  const auto arg = [&](std::size_t i) { return i < m.args.size() ? QString::fromStdString(m.args[i]) : QString(); };
  using C = EngineMessage::Code;
  switch (m.code) {
    case C::None: return {};
    case C::StartFailed: return tr("Could not start: %1").arg(arg(0));
    case C::NonFinite:
      return tr("Training paused at step %1: the loss or the gradient became NaN or infinite, so that update was not "
                "kept. Lower the learning rate or turn on gradient clipping, then press Play.")
          .arg(arg(0));
    case C::LoadTextFirst: return tr("Load a text first.");
    case C::Reset: return tr("Reset: new weights from the same settings.");
    case C::Configured: return tr("New model built; press Play to train it.");
    case C::CorpusLoaded: return tr("Loaded %1 (%2 characters, %3 distinct).").arg(arg(0), arg(1), arg(2));
    case C::Saved: return tr("Saved the model to %1").arg(arg(0));
    case C::CheckpointLoaded: return tr("Loaded the model from %1").arg(arg(0));
    case C::Failed: return tr("Not done: %1").arg(arg(0));
    case C::TooLarge:
      return tr("These settings need about %1 MB to train, more than the %2 MB this machine has free; the last "
                "model was kept. Choose a smaller model, batch or window.")
          .arg(arg(0), arg(1));
    case C::SessionRestored:
      return tr("Restored the saved session at step %1; press Play to go on training.").arg(arg(0));
    case C::StateOpened:
      return tr("Opened the lesson at step %1, as trained ahead of time; press Play to go on training.").arg(arg(0));
    case C::RunSaved:
      return tr("Saved the run to %1 (config.json, metrics.csv, checkpoint and trainer state; rnnscope-cli train "
                "--resume continues it).")
          .arg(arg(0));
    case C::RunOpened: return tr("Opened the run %1 at step %2; press Play to go on training it.").arg(arg(0), arg(1));
    case C::RunPinned:
      return tr("Pinned the run %1 (%2 steps): its curve is drawn dashed beside the live one.").arg(arg(0), arg(1));
    case C::TaskOpened:
      return tr("Opened the %1 task on %2 (%3 training examples, %4 held out); press Play to train it.")
          .arg(arg(0), arg(1), arg(2), arg(3));
    case C::Rewound:
      return tr("Rewound to step %1: weights, optimiser, data position and carried state as they were; press Play "
                "to go on with the current settings.")
          .arg(arg(0));
    case C::OutOfMemory:
      return tr("Not enough memory for these settings; the last model was kept. Choose a smaller model, batch or "
                "window.");
  }
  return {};
}

}  // namespace rnnscope::ui
