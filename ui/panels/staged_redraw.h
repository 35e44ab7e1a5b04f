#pragma once
// A panel with several charts brings them up to date one per frame while training runs, so
// that a frame never pays for every chart at once (Panel::hasPendingWork); paused or stepped,
// nobody waits for the next frame, and everything is drawn at once. StagedRedraw is the
// bookkeeping of that: which charts ("parts", one bit each) do not show the latest data yet,
// and which of them to draw now.
namespace rnnscope::ui {

class StagedRedraw {
public:
  // The parts in `parts` (a bitmask) no longer show the latest data.
  void invalidate(int parts) { pending_ |= parts; }
  // Nothing is left to draw: the panel shows no charts (its empty page).
  void clear() { pending_ = 0; }
  bool pending() const { return pending_ != 0; }
  int pendingParts() const { return pending_; }

  // The parts to draw now, which stop being pending: with `onePerFrame` the lowest pending part
  // (a panel numbers its parts in the order a viewer should see them arrive), else all of them.
  // 0 when everything is drawn.
  int take(bool onePerFrame);

private:
  int pending_ = 0;
};

}  // namespace rnnscope::ui
