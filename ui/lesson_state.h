#pragma once
// A lesson's shipped training state (docs/lessons.md, "Shipped states"): the checkpoint,
// trainer state and training curve that `scripts/lesson_states.sh make` wrote to
// resources/lesson-states/ID/, embedded in the app under :/lesson-states/ID/.
#include <optional>

#include <QString>

#include "core/engine/commands.h"

namespace rnnscope::ui {

bool hasShippedState(const QString& lessonId);
// The command that opens it, once the lesson's text and settings are loaded; nullopt when the
// lesson ships none (or its files cannot be read).
std::optional<rnnscope::command::OpenTrainingState> shippedState(const QString& lessonId);

}  // namespace rnnscope::ui
