#pragma once
// Batches of B independent streams through a text, for truncated BPTT. The text is cut into B
// contiguous segments of S = N / B tokens (the remainder is left out); stream b reads segment
// b, one window after another, so the state a stream carries from one window into the next
// belongs to the same passage of text.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace rnnscope {

struct Window {
  int batch = 0;
  int steps = 0;
  std::vector<std::int32_t> inputs;   // [T*B] time-major: index t*B + b
  std::vector<std::int32_t> targets;  // [T*B] the token that follows each input
  bool resetState = true;             // the recurrent state must start from zero here
  std::int64_t epoch = 0;             // how many times the streams have wrapped
};

class StreamBatcher {
public:
  // Where the next window starts: the same offset in every stream, and the pass over the text.
  struct Position {
    std::int64_t offset = 0;
    std::int64_t epoch = 0;
  };

  // Copies the tokens it uses once, so the caller's buffer may go away afterwards.
  StreamBatcher(std::span<const std::int32_t> tokens, int batch, int steps);
  // Shares an immutable token buffer instead: no copy, however large the text.
  StreamBatcher(std::shared_ptr<const std::vector<std::int32_t>> tokens, int batch, int steps);

  // Fills `out` with the next window, reusing its storage (no allocation after the first
  // call), and advances. After the last whole window of a pass it wraps to offset 0.
  void next(Window& out);
  Window next();

  Position position() const { return position_; }
  void setPosition(Position p);  // Error when p does not fit these streams
  int streamLength() const { return static_cast<int>(segment_); }
  int batch() const { return batch_; }
  int steps() const { return steps_; }

  // The window length that covers each whole stream in one window, S - 1: full BPTT.
  static int fullSequenceSteps(std::size_t tokenCount, int batch);

private:
  std::shared_ptr<const std::vector<std::int32_t>> tokens_;
  int batch_;
  int steps_;
  std::int64_t segment_;  // S
  Position position_;
};

}  // namespace rnnscope
