#include "app/cli/progress_bar.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace rnnscope::cli {

std::string formatDuration(double s) {
  if (!std::isfinite(s) || s < 0) return "--";
  const long total = std::lround(s);
  char buf[32];
  if (total >= 3600)
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", total / 3600, (total / 60) % 60);
  else if (total >= 60)
    std::snprintf(buf, sizeof buf, "%ldm%02lds", total / 60, total % 60);
  else
    std::snprintf(buf, sizeof buf, "%lds", total);
  return buf;
}

std::string formatRate(double r) {
  char buf[32];
  if (r >= 1e6)
    std::snprintf(buf, sizeof buf, "%.2fM", r / 1e6);
  else if (r >= 1e3)
    std::snprintf(buf, sizeof buf, "%.1fk", r / 1e3);
  else
    std::snprintf(buf, sizeof buf, "%.0f", r);
  return buf;
}

ProgressBar::ProgressBar(std::int64_t first, std::int64_t total, bool enabled)
    : first_(first), total_(total), enabled_(enabled), tty_(isatty(STDERR_FILENO) != 0),
      start_(Clock::now()), lastDraw_(start_ - std::chrono::seconds(1)) {
  nextPlainLine_ = first_;
}

std::string ProgressBar::line(std::int64_t done, double loss, double charsPerSec, double eta) const {
  const double frac = total_ > 0 ? double(done) / double(total_) : 1.0;
  constexpr int width = 24;
  const int filled = static_cast<int>(frac * width);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(width - filled), '.');
  char buf[200];
  std::snprintf(buf, sizeof buf, "[%s] %lld/%lld %3.0f%% | loss %.4f | %s chars/s | ETA %s", bar.c_str(),
                static_cast<long long>(done), static_cast<long long>(total_), 100 * frac, loss,
                formatRate(charsPerSec).c_str(), formatDuration(eta).c_str());
  return buf;
}

void ProgressBar::update(std::int64_t done, double loss, std::int64_t chars) {
  if (!enabled_) return;
  const auto now = Clock::now();
  const bool last = done >= total_;
  if (tty_ && !last && now - lastDraw_ < std::chrono::milliseconds(100)) return;
  if (!tty_ && !last && done < nextPlainLine_) return;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double stepsDone = double(done - first_);
  const double rate = elapsed > 0 ? double(chars) / elapsed : 0.0;
  const double eta = stepsDone > 0 ? elapsed / stepsDone * double(total_ - done) : NAN;
  lastLine_ = line(done, loss, rate, eta);
  if (tty_) {
    std::fprintf(stderr, "\r%s\x1b[K", lastLine_.c_str());
  } else {
    std::fprintf(stderr, "%s\n", lastLine_.c_str());
    nextPlainLine_ = done + std::max<std::int64_t>(1, (total_ - first_) / 10);
  }
  std::fflush(stderr);
  lastDraw_ = now;
  lastDone_ = done;
}

void ProgressBar::message(const std::string& text) {
  if (tty_ && enabled_ && !lastLine_.empty())
    std::fprintf(stderr, "\r\x1b[K%s\n%s", text.c_str(), lastLine_.c_str());
  else
    std::fprintf(stderr, "%s\n", text.c_str());
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (enabled_ && tty_ && !lastLine_.empty()) std::fprintf(stderr, "\n");
  std::fflush(stderr);
}

}  // namespace rnnscope::cli
