#include "ui/engine_bridge.h"

#include <algorithm>

namespace rnnscope::ui {

namespace {
constexpr int kTickMs = 33;               // ~30 frames per second at most
constexpr int kSlowestTickMs = 250;       // a frame at least 4 times a second, however slow drawing is
constexpr std::size_t kHistoryLimit = 1 << 20;
}  // namespace

EngineBridge::EngineBridge(EngineSetup setup, QObject* parent)
    : QObject(parent), engine_(std::make_unique<Engine>(std::move(setup))), current_(engine_->latest()) {
  clock_.start();
  timer_.setInterval(kTickMs);
  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, &EngineBridge::tick);
  timer_.start();
}

EngineBridge::~EngineBridge() {
  timer_.stop();
  compared_.reset();  // joins the engine threads before the views go away
  engine_.reset();
}

void EngineBridge::startCompared(EngineSetup setup) {
  compared_ = std::make_unique<Engine>(std::move(setup));
  comparedCurrent_ = compared_->latest();
  comparedSerial_ = comparedCurrent_->serial;
  again_ = true;
}

void EngineBridge::stopCompared() {
  if (!compared_) return;
  compared_.reset();
  comparedCurrent_.reset();
  again_ = true;  // the views drop B's part
}

void EngineBridge::setRendering(bool on) {
  if (on && !timer_.isActive()) timer_.start();
  if (!on) {
    timer_.stop();
    finishFrame();
  }
}

void EngineBridge::deliverNow() { tick(); }

void EngineBridge::tick() {
  // serial() is a cheap atomic read: the mailbox lock is taken only when there is news.
  std::shared_ptr<const Snapshot> snapshot;
  if (engine_->serial() != deliveredSerial_) snapshot = engine_->latest();
  const bool newA = snapshot && snapshot->serial != deliveredSerial_;
  const bool newB = compared_ && compared_->serial() != comparedSerial_;
  if (!newA && !newB && !again_) return;
  if (!newA) snapshot = current_;
  if (newB) {
    comparedCurrent_ = compared_->latest();
    comparedSerial_ = comparedCurrent_->serial;
  }
  again_ = false;
  finishFrame();
  deliveredSerial_ = snapshot->serial;
  current_ = snapshot;
  QElapsedTimer renderTime;
  renderTime.start();
  emit snapshotReady(std::move(snapshot));
  frameOpen_ = true;
  // the external meter adds this whole event (render included) when it returns
  openFrameMs_ = externalMeter_ ? 0.0 : static_cast<double>(renderTime.nsecsElapsed()) / 1e6;
  ++frames_;
  const auto now = clock_.elapsed();
  recentFrameTimes_.push_back(now);
  const auto firstRecent = std::find_if(recentFrameTimes_.begin(), recentFrameTimes_.end(),
                                        [&](std::int64_t t) { return now - t < 1000; });
  recentFrameTimes_.erase(recentFrameTimes_.begin(), firstRecent);
}

void EngineBridge::addPaintTime(double ms) {
  if (frameOpen_ && !externalMeter_) openFrameMs_ += ms;
}

void EngineBridge::addBusyTime(double ms) {
  if (frameOpen_ && externalMeter_) openFrameMs_ += ms;
}

void EngineBridge::finishFrame() {
  if (!frameOpen_) return;
  frameOpen_ = false;
  lastFrameMs_ = openFrameMs_;
  if (history_.size() < kHistoryLimit) history_.push_back(openFrameMs_);
  // When drawing gets slow (a big model on a busy machine) the frame rate drops instead, so
  // that the UI thread stays idle at least two thirds of the time and clicks get through.
  timer_.setInterval(std::clamp(static_cast<int>(2 * lastFrameMs_), kTickMs, kSlowestTickMs));
}

FrameStats EngineBridge::frameStats() const {
  FrameStats s;
  s.frames = frames_;
  s.lastFrameMs = lastFrameMs_;
  const auto now = clock_.elapsed();
  s.framesPerSecond = static_cast<double>(
      std::count_if(recentFrameTimes_.begin(), recentFrameTimes_.end(), [&](std::int64_t t) { return now - t < 1000; }));
  return s;
}

std::vector<double> EngineBridge::frameHistory() const {
  auto h = history_;
  if (frameOpen_) h.push_back(openFrameMs_);
  return h;
}

void EngineBridge::clearFrameHistory() {
  history_.clear();
  frameOpen_ = false;
}

}  // namespace rnnscope::ui
