#pragma once
// A one-line progress bar on stderr: steps, loss, characters per second and time left.
// On a terminal it redraws in place at most ten times a second; into a file or pipe it
// writes a plain line every tenth of the work, so logs stay readable.
#include <chrono>
#include <cstdint>
#include <string>

namespace rnnscope::cli {

class ProgressBar {
public:
  ProgressBar(std::int64_t first, std::int64_t total, bool enabled);
  // done: steps finished so far (absolute); chars: characters processed since construction.
  void update(std::int64_t done, double loss, std::int64_t chars);
  void finish();
  // Prints a message on its own line without breaking the bar.
  void message(const std::string& text);

private:
  std::string line(std::int64_t done, double loss, double charsPerSec, double eta) const;
  using Clock = std::chrono::steady_clock;
  std::int64_t first_, total_;
  bool enabled_, tty_;
  Clock::time_point start_, lastDraw_;
  std::int64_t lastDone_ = -1;
  std::int64_t nextPlainLine_ = 0;
  std::string lastLine_;
};

std::string formatDuration(double seconds);
std::string formatRate(double perSecond);

}  // namespace rnnscope::cli
