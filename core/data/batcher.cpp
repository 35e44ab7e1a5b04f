#include "core/data/batcher.h"

#include <limits>
#include <string>

#include "core/util/error.h"

namespace rnnscope {

namespace {

std::int64_t segmentLength(std::size_t tokenCount, int batch) {
  return static_cast<std::int64_t>(tokenCount / static_cast<std::size_t>(batch));
}

void checkShape(std::size_t tokenCount, int batch, int steps) {
  if (batch < 1) throw Error("the batch size must be at least 1, got " + std::to_string(batch));
  if (steps < 1) throw Error("the window length must be at least 1, got " + std::to_string(steps));
  const std::int64_t need = static_cast<std::int64_t>(batch) * (static_cast<std::int64_t>(steps) + 1);
  if (segmentLength(tokenCount, batch) < static_cast<std::int64_t>(steps) + 1)
    throw Error("the text (" + std::to_string(tokenCount) + " characters) is too short for batch " + std::to_string(batch) +
                " x window " + std::to_string(steps) + ": need at least " + std::to_string(need) + " characters");
}

// Only the B whole segments are ever read, so only they are kept. The shape is checked first so
// that a message about a short text counts all of it.
std::shared_ptr<const std::vector<std::int32_t>> copyUsedPart(std::span<const std::int32_t> tokens, int batch, int steps) {
  checkShape(tokens.size(), batch, steps);
  const auto used = static_cast<std::size_t>(segmentLength(tokens.size(), batch)) * static_cast<std::size_t>(batch);
  return std::make_shared<const std::vector<std::int32_t>>(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(used));
}

}  // namespace

StreamBatcher::StreamBatcher(std::span<const std::int32_t> tokens, int batch, int steps)
    : StreamBatcher(copyUsedPart(tokens, batch, steps), batch, steps) {}

StreamBatcher::StreamBatcher(std::shared_ptr<const std::vector<std::int32_t>> tokens, int batch, int steps)
    : tokens_(std::move(tokens)), batch_(batch), steps_(steps), segment_(0) {
  checkShape(tokens_ ? tokens_->size() : 0, batch, steps);
  segment_ = segmentLength(tokens_->size(), batch);
}

int StreamBatcher::fullSequenceSteps(std::size_t tokenCount, int batch) {
  if (batch < 1) throw Error("the batch size must be at least 1, got " + std::to_string(batch));
  const std::int64_t segment = segmentLength(tokenCount, batch);
  if (segment < 2)
    throw Error("the text (" + std::to_string(tokenCount) + " characters) is too short for full BPTT with batch " +
                std::to_string(batch) + ": need at least " + std::to_string(2 * static_cast<std::int64_t>(batch)) + " characters");
  if (segment - 1 > std::numeric_limits<int>::max())
    throw Error("the text is too long for full BPTT: one window would span " + std::to_string(segment - 1) + " steps");
  return static_cast<int>(segment - 1);
}

void StreamBatcher::next(Window& out) {
  if (position_.offset + steps_ + 1 > segment_) {
    position_.offset = 0;
    ++position_.epoch;
  }
  out.batch = batch_;
  out.steps = steps_;
  out.resetState = position_.offset == 0;
  out.epoch = position_.epoch;
  const auto B = static_cast<std::size_t>(batch_);
  out.inputs.resize(static_cast<std::size_t>(steps_) * B);
  out.targets.resize(out.inputs.size());
  const std::int32_t* text = tokens_->data();
  for (std::size_t b = 0; b < B; ++b) {
    const std::int32_t* stream = text + static_cast<std::int64_t>(b) * segment_ + position_.offset;
    for (std::size_t t = 0; t < static_cast<std::size_t>(steps_); ++t) {
      out.inputs[t * B + b] = stream[t];
      out.targets[t * B + b] = stream[t + 1];
    }
  }
  position_.offset += steps_;
}

Window StreamBatcher::next() {
  Window w;
  next(w);
  return w;
}

void StreamBatcher::setPosition(Position p) {
  if (p.offset < 0 || p.offset > segment_ || p.epoch < 0)
    throw Error("the saved data position (offset " + std::to_string(p.offset) + ", epoch " + std::to_string(p.epoch) +
                ") does not fit this text: each of its " + std::to_string(batch_) + " streams is " +
                std::to_string(segment_) + " characters long");
  position_ = p;
}

}  // namespace rnnscope
