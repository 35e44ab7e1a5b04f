#pragma once
// The points training can rewind to, drawn under the loss chart on its step axis: a marker per
// kept point (Snapshot::rewind), the current step, and what they cost in memory. Clicking a
// marker asks for Rewind{that step}; the spin boxes set how often points are kept and the
// memory they may use (SetRewind).
#include <cstdint>
#include <functional>
#include <vector>

#include <QWidget>

#include "core/engine/snapshot.h"

class QLabel;
class QSpinBox;

namespace rnnscope::ui {

class RewindStrip;

class RewindTimeline : public QWidget {
  Q_OBJECT
public:
  // stepToX: where a step sits on the chart above, in this widget's coordinates (NaN: unknown).
  explicit RewindTimeline(std::function<double(double step)> stepToX, QWidget* parent = nullptr);

  void render(const rnnscope::Snapshot& snapshot);
  const std::vector<std::int64_t>& points() const { return points_; }
  QString summaryText() const;
  // The marker under a point of the strip, or -1 (for clicks and tooltips; tests).
  std::int64_t pointAt(int x) const;

signals:
  void rewindRequested(std::int64_t step);
  void settingsChanged(int everySteps, int budgetMegabytes);

private:
  friend class RewindStrip;
  RewindStrip* strip_ = nullptr;
  QLabel* summary_ = nullptr;
  QSpinBox* every_ = nullptr;
  QSpinBox* budget_ = nullptr;
  std::function<double(double)> stepToX_;
  std::vector<std::int64_t> points_;
  std::int64_t step_ = 0;
};

}  // namespace rnnscope::ui
