#pragma once
// The engine's time. The app uses the steady clock; tests use a clock they move by hand, so
// that pacing and the freshness policy can be checked step by step without sleeping.
#include <atomic>
#include <chrono>

namespace rnnscope {

class EngineClock {
public:
  using TimePoint = std::chrono::steady_clock::time_point;
  virtual ~EngineClock() = default;
  virtual TimePoint now() const = 0;
  double millisecondsSince(TimePoint t) const { return std::chrono::duration<double, std::milli>(now() - t).count(); }
};

class SteadyEngineClock final : public EngineClock {
public:
  TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

class ManualEngineClock final : public EngineClock {
public:
  TimePoint now() const override { return TimePoint(std::chrono::nanoseconds(nanoseconds_.load())); }
  void advanceMilliseconds(double ms) { nanoseconds_.fetch_add(static_cast<std::int64_t>(ms * 1e6)); }

private:
  std::atomic<std::int64_t> nanoseconds_{1'000'000'000};
};

}  // namespace rnnscope
