#pragma once
// The engine's messages (core/engine/engine_message.h) worded in the interface's language.
#include <QString>

#include "core/engine/engine_message.h"

namespace rnnscope::ui {
QString engineMessageText(const EngineMessage& message);
}  // namespace rnnscope::ui
