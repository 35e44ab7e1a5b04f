// The training curve's log stays bounded however long training runs, and thinning keeps what the
// loss panel needs: the first point, the newest half whole, every validation measurement.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/engine/metrics_log.h"

namespace rnnscope {
namespace {

std::vector<MetricsPoint> pointsOf(const MetricsLog::View& view) {
  std::vector<MetricsPoint> out;
  view.forEach([&](const MetricsPoint& p) { out.push_back(p); });
  return out;
}

MetricsPoint pointAt(std::int64_t step) {
  MetricsPoint p;
  p.step = step;
  p.loss = 1.0 / static_cast<double>(step);
  return p;
}

TEST(MetricsLog, KeepsEveryPointBelowItsCapacity) {
  MetricsLog log(8 * MetricsLog::kChunk);
  for (std::int64_t s = 1; s <= 5000; ++s) log.append(pointAt(s));
  const auto points = pointsOf(log.view());
  ASSERT_EQ(points.size(), 5000u);
  for (std::size_t i = 0; i < points.size(); ++i) EXPECT_EQ(points[i].step, static_cast<std::int64_t>(i) + 1);
}

TEST(MetricsLog, StaysWithinItsCapacityAndKeepsTheNewestPointsWhole) {
  const std::size_t capacity = 8 * MetricsLog::kChunk;
  MetricsLog log(capacity);
  const std::int64_t total = 200'000;
  for (std::int64_t s = 1; s <= total; ++s) {
    MetricsPoint p = pointAt(s);
    if (s % 5000 == 0) p.validationLoss = 2.0;
    log.append(p);
    ASSERT_LE(log.size(), capacity + MetricsLog::kChunk) << "at step " << s;
  }
  const auto points = pointsOf(log.view());
  ASSERT_EQ(points.size(), log.size());
  EXPECT_EQ(points.front().step, 1);
  EXPECT_EQ(points.back().step, total);
  for (std::size_t i = 1; i < points.size(); ++i) ASSERT_LT(points[i - 1].step, points[i].step);
  // The newest quarter of the capacity is never thinned: consecutive steps, their own losses.
  const std::size_t whole = capacity / 4;
  for (std::size_t i = points.size() - whole; i < points.size(); ++i) {
    ASSERT_EQ(points[i].step, points[i - 1].step + 1);
    ASSERT_DOUBLE_EQ(points[i].loss, 1.0 / static_cast<double>(points[i].step));
  }
  std::size_t validations = 0;
  for (const auto& p : points) validations += !std::isnan(p.validationLoss);
  EXPECT_EQ(validations, static_cast<std::size_t>(total / 5000));
}

TEST(MetricsLog, AViewTakenBeforeThinningIsLeftAsItWas) {
  MetricsLog log(4 * MetricsLog::kChunk);
  for (std::int64_t s = 1; s < static_cast<std::int64_t>(4 * MetricsLog::kChunk); ++s) log.append(pointAt(s));
  const auto before = log.view();
  const std::size_t sizeBefore = before.size();
  for (std::int64_t s = 0; s < 10; ++s) log.append(pointAt(static_cast<std::int64_t>(4 * MetricsLog::kChunk) + s));
  EXPECT_LT(log.size(), sizeBefore);  // thinned
  const auto points = pointsOf(before);
  ASSERT_EQ(points.size(), sizeBefore);
  for (std::size_t i = 0; i < points.size(); ++i) EXPECT_EQ(points[i].step, static_cast<std::int64_t>(i) + 1);
}

}  // namespace
}  // namespace rnnscope
