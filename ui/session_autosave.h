#pragma once
// Autosave: the engine's whole session (weights, optimiser state, data position, settings and
// text; docs/checkpoint-format.md, "Sessions") is saved into one directory every few minutes
// while it changes, and when the app quits. A marker file says an app is running; if the app
// starts and finds a marker that no live process owns, the last run ended without quitting and
// the app offers to restore what it saved.
#include <cstdint>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include "ui/engine_bridge.h"

namespace rnnscope::ui {

struct SavedSession {
  std::int64_t step = 0;
  QDateTime savedAt;
};

class SessionAutosave : public QObject {
  Q_OBJECT
public:
  SessionAutosave(EngineBridge& bridge, QString directory, int intervalMs, QObject* parent = nullptr);
  ~SessionAutosave() override;

  const QString& directory() const { return directory_; }
  // What is saved in the directory, if anything readable.
  std::optional<SavedSession> saved() const;
  // The previous run ended without quitting and left a session behind (read at construction).
  std::optional<SavedSession> leftByCrash() const { return leftByCrash_; }
  // False when another running app owns the directory: this one then saves nothing.
  bool active() const { return active_; }

  // Saves now if training moved since the last save (the timer calls it).
  void saveIfChanged();
  // On quit: pauses, saves, waits for the engine to finish writing, and removes the marker.
  void finish();
  // Restores the saved session into the engine; the answer arrives as an engine message.
  rnnscope::CommandId restore();

signals:
  // Something else worth saving at the same moment (the window's layout and settings).
  void saving();

private:
  QString markerPath() const;
  bool claimMarker();

  EngineBridge& bridge_;
  QString directory_;
  QTimer timer_;
  bool active_ = false;
  std::optional<SavedSession> leftByCrash_;
  std::int64_t savedStep_ = -1;
  std::uint64_t savedRevision_ = 0;
};

}  // namespace rnnscope::ui
