#pragma once
// The UI's side of the engine: owns the engine (and in compare mode run B's), looks at the latest
// snapshot on a ~30 Hz timer and hands a snapshot to the views only when a new one was published. Whatever the engine
// published between two ticks collapses into one render, so training speed never depends on
// drawing speed and the UI never waits for training.
#include <cstdint>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "core/engine/engine.h"

namespace rnnscope::ui {

// Timing of the UI's frames: the time spent rendering a snapshot into the panels plus the
// painting it caused, until the next frame starts.
struct FrameStats {
  std::int64_t frames = 0;
  double lastFrameMs = 0;
  double framesPerSecond = 0;  // over the last second
};

class EngineBridge : public QObject {
  Q_OBJECT
public:
  explicit EngineBridge(EngineSetup setup, QObject* parent = nullptr);
  ~EngineBridge() override;

  rnnscope::Engine& engine() { return *engine_; }
  rnnscope::CommandId post(rnnscope::Command c) { return engine_->post(std::move(c)); }

  // The snapshot most recently handed to the views (never null).
  const std::shared_ptr<const Snapshot>& current() const { return current_; }

  // Compare mode (ui/comparison.h): a second engine, run B, whose snapshots are delivered in
  // the same frames as A's; a frame comes when either has news. Starting replaces any B.
  void startCompared(EngineSetup setup);
  void stopCompared();
  rnnscope::Engine* comparedEngine() { return compared_.get(); }
  // B's snapshot handed out with current(); null when not comparing.
  const std::shared_ptr<const Snapshot>& comparedCurrent() const { return comparedCurrent_; }
  // Reads the engine's slot now and renders if it holds something new (tests, screenshots).
  void deliverNow();
  // Off: the engine keeps training but nothing is rendered (the headless half of --ui-benchmark).
  void setRendering(bool on);
  bool rendering() const { return timer_.isActive(); }
  // The views did not all catch up with the current snapshot: hand it out again next tick.
  void renderAgainNextTick() { again_ = true; }

  // Painting that follows a render (measured by the main window) belongs to that frame.
  void addPaintTime(double ms);
  // With an external meter the frame time is every bit of UI-thread work from one frame's
  // start to the next (the app times each event it dispatches and reports it here): render,
  // layouts, deferred chart updates and painting alike. addPaintTime() is then ignored.
  void setExternalBusyMeter(bool on) { externalMeter_ = on; }
  void addBusyTime(double ms);
  FrameStats frameStats() const;
  // Every finished frame's time in ms since the last clearFrameHistory() (for --ui-benchmark).
  std::vector<double> frameHistory() const;
  void clearFrameHistory();

signals:
  void snapshotReady(std::shared_ptr<const rnnscope::Snapshot> snapshot);

private:
  void tick();
  void finishFrame();

  std::unique_ptr<rnnscope::Engine> engine_;
  QTimer timer_;
  std::shared_ptr<const Snapshot> current_;
  std::uint64_t deliveredSerial_ = 0;
  std::unique_ptr<rnnscope::Engine> compared_;
  std::shared_ptr<const Snapshot> comparedCurrent_;
  std::uint64_t comparedSerial_ = 0;
  bool again_ = false;
  bool externalMeter_ = false;

  bool frameOpen_ = false;
  double openFrameMs_ = 0;
  double lastFrameMs_ = 0;
  std::int64_t frames_ = 0;
  std::vector<double> history_;
  std::vector<std::int64_t> recentFrameTimes_;  // ms since clock_ start, last second's frames
  QElapsedTimer clock_;
};

}  // namespace rnnscope::ui
