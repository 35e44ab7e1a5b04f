#include "ui/panels/staged_redraw.h"

namespace rnnscope::ui {

int StagedRedraw::take(bool onePerFrame) {
  const int parts = onePerFrame ? (pending_ & -pending_) : pending_;  // x & -x keeps the lowest set bit
  pending_ &= ~parts;
  return parts;
}

}  // namespace rnnscope::ui
