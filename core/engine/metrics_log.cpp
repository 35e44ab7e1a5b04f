#include "core/engine/metrics_log.h"

#include <algorithm>
#include <cmath>

namespace rnnscope {

MetricsPoint stepPoint(std::int64_t step, std::int64_t epoch, double loss, const ClipReport& clip, double learningRate) {
  MetricsPoint p;
  p.step = step;
  p.loss = loss;
  p.gradNormBefore = clip.normBefore;
  p.gradNormAfter = clip.normAfter;
  p.clipped = clip.clipped;
  p.learningRate = learningRate;
  p.epoch = epoch;
  return p;
}

MetricsLog::MetricsLog(std::size_t capacity) : capacity_(std::max(capacity, 4 * kChunk)) {}

void MetricsLog::append(const MetricsPoint& p) {
  open_.push_back(p);
  if (open_.size() == kChunk) {
    frozen_.push_back(std::make_shared<const Chunk>(std::move(open_)));
    frozenCount_ += kChunk;
    open_ = Chunk();
    open_.reserve(kChunk);
    if (frozenCount_ >= capacity_) thinOlderHalf();
  }
}

void MetricsLog::thinOlderHalf() {
  // The older half of the frozen points keeps every second point (the first always, so the
  // curve still starts at its first step) and every validation measurement; the newer half is
  // copied whole. New chunks replace the old ones, which published views may still share.
  std::vector<MetricsPoint> kept;
  kept.reserve(frozenCount_);
  const std::size_t older = frozenCount_ / 2;
  std::size_t i = 0;
  for (const auto& chunk : frozen_)
    for (const auto& point : *chunk) {
      if (i >= older || i % 2 == 0 || !std::isnan(point.validationLoss) || !std::isnan(point.validationAccuracy)) kept.push_back(point);
      ++i;
    }
  frozen_.clear();
  frozenCount_ = kept.size();
  for (std::size_t from = 0; from < kept.size(); from += kChunk) {
    const auto to = kept.begin() + static_cast<std::ptrdiff_t>(std::min(from + kChunk, kept.size()));
    frozen_.push_back(std::make_shared<const Chunk>(kept.begin() + static_cast<std::ptrdiff_t>(from), to));
  }
}

void MetricsLog::setLatestValidationLoss(double loss, double answerLoss) {
  editLatest([&](MetricsPoint& p) {
    p.validationLoss = loss;
    p.answerLoss = answerLoss;
  });
}

void MetricsLog::setLatestValidationAccuracy(double loss, double accuracy) {
  editLatest([&](MetricsPoint& p) {
    p.validationLoss = loss;
    p.validationAccuracy = accuracy;
  });
}

void MetricsLog::editLatest(const std::function<void(MetricsPoint&)>& edit) {
  if (!open_.empty()) {
    edit(open_.back());
  } else if (!frozen_.empty()) {
    // frozen chunks are shared with published views, so the last one is replaced, not edited
    auto copy = std::make_shared<Chunk>(*frozen_.back());
    edit(copy->back());
    frozen_.back() = std::move(copy);
  }
}

void MetricsLog::clear() {
  frozen_.clear();
  frozenCount_ = 0;
  open_.clear();
}

void MetricsLog::dropAfter(std::int64_t step) {
  std::vector<MetricsPoint> kept;
  view().forEach([&](const MetricsPoint& p) {
    if (p.step <= step) kept.push_back(p);
  });
  clear();
  for (const MetricsPoint& p : kept) append(p);
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
