#include "core/engine/metrics_log.h"

namespace rnnscope {

void MetricsLog::append(const MetricsPoint& p) {
  open_.push_back(p);
  if (open_.size() == kChunk) {
    frozen_.push_back(std::make_shared<const Chunk>(std::move(open_)));
    frozenCount_ += kChunk;
    open_ = Chunk();
    open_.reserve(kChunk);
  }
}

void MetricsLog::setLatestValidationLoss(double loss) {
  if (!open_.empty()) {
    open_.back().validationLoss = loss;
  } else if (!frozen_.empty()) {
    // frozen chunks are shared with published views, so the last one is replaced, not edited
    auto copy = std::make_shared<Chunk>(*frozen_.back());
    copy->back().validationLoss = loss;
    frozen_.back() = std::move(copy);
  }
}

void MetricsLog::clear() {
  frozen_.clear();
  frozenCount_ = 0;
  open_.clear();
}

MetricsLog::View MetricsLog::view() const {
  View v{frozen_};
  if (!open_.empty()) v.chunks.push_back(std::make_shared<const Chunk>(open_));
  return v;
}

std::size_t MetricsLog::View::size() const {
  std::size_t n = 0;
  for (const auto& c : chunks) n += c->size();
  return n;
}

}  // namespace rnnscope
