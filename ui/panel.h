#pragma once
// The base of every panel: a widget that renders engine snapshots and nothing else. A panel
// never touches the model; what it wants changed it posts as an engine command.
#include <algorithm>
#include <functional>
#include <memory>

#include <QLayout>
#include <QString>
#include <QWidget>

#include "core/engine/engine.h"

namespace rnnscope::ui {

// Posts a command and returns its id (0: not posted, e.g. the user declined a reset); a panel
// that must know when its command took effect compares the id with Snapshot::lastCommandId.
using PostCommand = std::function<rnnscope::CommandId(rnnscope::Command)>;

class Panel : public QWidget {
  Q_OBJECT
public:
  explicit Panel(PostCommand post, QWidget* parent = nullptr) : QWidget(parent), post_(std::move(post)) {}
  // Draws the snapshot. Called on the UI thread at most ~30 times a second, only when the
  // snapshot changed and the panel is visible.
  virtual void render(const rnnscope::Snapshot& snapshot) = 0;
  // Compare mode (docs/compare.md): run A is the live run, run B a second engine that branched
  // from it. The window renders A's snapshot with B's beside it; a panel that can show both
  // draws compared() too (charts: B's twin series dashed, texts: side by side), the others
  // draw A alone. Null b: no comparison.
  void renderCompared(const rnnscope::Snapshot& a, std::shared_ptr<const rnnscope::Snapshot> b) {
    compared_ = std::move(b);
    render(a);
  }
  // A panel with several charts may, while training runs, redraw one chart per render so that
  // no single frame pays for all of them; then it has work left and wants render() again with
  // the same (or a newer) snapshot on the next frame. Paused or stepped, it draws everything.
  virtual bool hasPendingWork() const { return false; }
  // Which version of the part of a snapshot this panel draws (e.g. the analysis step): when it
  // is the one the panel last rendered, render() finds nothing new and costs next to nothing,
  // so the main window's frame budget does not charge for it. Panels that draw something new
  // in every snapshot keep the serial.
  virtual std::uint64_t contentVersion(const rnnscope::Snapshot& snapshot) const { return snapshot.serial; }
  // The dock title (translated) and a stable object name for saved layouts.
  virtual QString title() const = 0;
  virtual QString key() const = 0;

  // The height the panel needs at a width: its minimum, not its preferred height. A panel sits
  // in a scroll area that asks this when the panel has wrapping text; answering with the
  // preferred height made every dock scroll although the panel fitted.
  int heightForWidth(int width) const override {
    if (layout() && layout()->hasHeightForWidth())
      return std::max(layout()->totalMinimumHeightForWidth(width), minimumHeight());
    return QWidget::heightForWidth(width);
  }

  // Where commands for run B go in compare mode (the model panel edits either run).
  void setPostToB(PostCommand post) { postToB_ = std::move(post); }

protected:
  rnnscope::CommandId post(rnnscope::Command c) const { return post_ ? post_(std::move(c)) : 0; }
  rnnscope::CommandId postToB(rnnscope::Command c) const { return postToB_ ? postToB_(std::move(c)) : 0; }
  // Run B's snapshot while comparing (set for the render it is passed to, kept until the next
  // one); null otherwise.
  const rnnscope::Snapshot* compared() const { return compared_.get(); }

private:
  PostCommand post_;
  PostCommand postToB_;
  std::shared_ptr<const rnnscope::Snapshot> compared_;
};

}  // namespace rnnscope::ui
