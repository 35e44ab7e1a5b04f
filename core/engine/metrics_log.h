#pragma once
// The training curve, shared with the UI without copying it: points live in fixed-size chunks;
// a full chunk is frozen and shared by every later snapshot, so publishing costs one pointer
// per thousand points plus the open chunk.
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace rnnscope {

struct MetricsPoint {
  std::int64_t step = 0;
  double loss = NAN;          // training loss of the window, nats/char
  double validationLoss = NAN;  // NaN where not measured
  double gradNormBefore = NAN;
  double gradNormAfter = NAN;
  bool clipped = false;
  double learningRate = NAN;
};

class MetricsLog {
public:
  static constexpr std::size_t kChunk = 1024;
  using Chunk = std::vector<MetricsPoint>;

  void append(const MetricsPoint& p);
  // Validation loss is measured less often than training loss: it belongs to the latest point.
  void setLatestValidationLoss(double loss);
  void clear();
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
  std::vector<std::shared_ptr<const Chunk>> frozen_;
  std::size_t frozenCount_ = 0;
  Chunk open_;
};

}  // namespace rnnscope
