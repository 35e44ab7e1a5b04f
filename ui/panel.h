#pragma once
// The base of every panel: a widget that renders engine snapshots and nothing else. A panel
// never touches the model; what it wants changed it posts as an engine command.
#include <functional>

#include <QString>
#include <QWidget>

#include "core/engine/engine.h"

namespace rnnscope::ui {

using PostCommand = std::function<void(rnnscope::Command)>;

class Panel : public QWidget {
  Q_OBJECT
public:
  explicit Panel(PostCommand post, QWidget* parent = nullptr) : QWidget(parent), post_(std::move(post)) {}
  // Draws the snapshot. Called on the UI thread at most ~30 times a second, only when the
  // snapshot changed and the panel is visible.
  virtual void render(const rnnscope::Snapshot& snapshot) = 0;
  // The dock title (translated) and a stable object name for saved layouts.
  virtual QString title() const = 0;
  virtual QString key() const = 0;

protected:
  void post(rnnscope::Command c) const {
    if (post_) post_(std::move(c));
  }

private:
  PostCommand post_;
};

}  // namespace rnnscope::ui
