#pragma once
// The training curve, shared with the UI without copying it: points live in fixed-size chunks;
// a full chunk is frozen and shared by every later snapshot, so publishing costs one pointer
// per thousand points plus the open chunk.
//
// The log is bounded. A tiny model trains thousands of updates a second (the "hello" lesson), and
// each point is 64 bytes, so an evening's run would fill the memory. When the log
// holds `capacity` points it thins its older half to every second point; repeated, the history
// grows sparser with age while the newest half stays whole. Points that carry a validation loss
// are always kept.
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/train/clipping.h"

namespace rnnscope {

struct MetricsPoint {
  std::int64_t step = 0;
  double loss = NAN;          // training loss of the window, nats/char
  double validationLoss = NAN;  // NaN where not measured
  double answerLoss = NAN;      // of builtin:recall-D's answers on the validation text; NaN where not measured
  double gradNormBefore = NAN;
  double gradNormAfter = NAN;
  bool clipped = false;
  double learningRate = NAN;
  std::int64_t epoch = 0;  // the pass over the text this step's window belongs to
  // Tasks only (NaN for a language model): the batch's accuracy before its update, and the
  // held-out examples' accuracy where measured (TaskTrainer::validationAccuracy).
  double accuracy = NAN;
  double validationAccuracy = NAN;
};

// A training step's point: its loss and the gradient's norm before and after clipping; the
// validation and accuracy fields stay unmeasured.
MetricsPoint stepPoint(std::int64_t step, std::int64_t epoch, double loss, const ClipReport& clip, double learningRate);

class MetricsLog {
public:
  static constexpr std::size_t kChunk = 1024;
  static constexpr std::size_t kDefaultCapacity = std::size_t{1} << 17;  // 7 MB of points
  using Chunk = std::vector<MetricsPoint>;

  // capacity: at least 4 chunks, so that thinning always leaves a whole newest half
  explicit MetricsLog(std::size_t capacity = kDefaultCapacity);

  void append(const MetricsPoint& p);
  // Validation loss is measured less often than training loss: it belongs to the latest point.
  void setLatestValidationLoss(double loss, double answerLoss = NAN);
  void setLatestValidationAccuracy(double loss, double accuracy);  // a task's held-out examples
  void clear();
  // Keeps the points up to `step` (a rewind: the curve goes back with the model).
  void dropAfter(std::int64_t step);
  std::size_t size() const { return frozenCount_ + open_.size(); }

  // An immutable view of everything so far.
  struct View {
    std::vector<std::shared_ptr<const Chunk>> chunks;
    std::size_t size() const;
    template <class F> void forEach(F&& f) const {
      for (const auto& c : chunks)
        for (const auto& p : *c) f(p);
    }
  };
  View view() const;

private:
  void thinOlderHalf();
  void editLatest(const std::function<void(MetricsPoint&)>& edit);

  std::size_t capacity_;
  std::vector<std::shared_ptr<const Chunk>> frozen_;
  std::size_t frozenCount_ = 0;
  Chunk open_;
};

}  // namespace rnnscope
