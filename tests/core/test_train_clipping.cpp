#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/train/clipping.h"

namespace rnnscope {
namespace {

TEST(Clipping, ByNormScalesToThresholdAndReportsBothNorms) {
  Vec<double> g(2);
  g << 3.0, 4.0;  // norm 5
  const auto r = clipGradients(g, {ClipMode::Norm, 1.0});
  EXPECT_TRUE(r.clipped);
  EXPECT_DOUBLE_EQ(r.normBefore, 5.0);
  EXPECT_NEAR(r.normAfter, 1.0, 1e-6);
  EXPECT_NEAR(g[0] / g[1], 0.75, 1e-12);  // direction kept
}

TEST(Clipping, ByNormLeavesSmallGradientsAlone) {
  Vec<float> g(2);
  g << 0.3f, 0.4f;
  const auto r = clipGradients(g, {ClipMode::Norm, 1.0});
  EXPECT_FALSE(r.clipped);
  EXPECT_FLOAT_EQ(g[0], 0.3f);
  EXPECT_NEAR(r.normAfter, 0.5, 1e-7);
}

TEST(Clipping, ByValueClampsEachComponent) {
  Vec<double> g(3);
  g << -5.0, 0.5, 2.0;
  const auto r = clipGradients(g, {ClipMode::Value, 1.0});
  EXPECT_TRUE(r.clipped);
  EXPECT_EQ(g[0], -1.0);
  EXPECT_EQ(g[1], 0.5);
  EXPECT_EQ(g[2], 1.0);
  EXPECT_NEAR(r.normAfter, std::sqrt(2.25), 1e-12);
}

TEST(Clipping, NoneOnlyMeasures) {
  Vec<double> g = Vec<double>::Constant(4, 10.0);
  const auto r = clipGradients(g, {ClipMode::None, 1.0});
  EXPECT_FALSE(r.clipped);
  EXPECT_DOUBLE_EQ(r.normBefore, 20.0);
  EXPECT_EQ(g[0], 10.0);
}

TEST(Clipping, NonFiniteGradientIsReportedNotClipped) {
  Vec<double> g(2);
  g << std::numeric_limits<double>::quiet_NaN(), 1.0;
  const auto r = clipGradients(g, {ClipMode::Norm, 1.0});
  EXPECT_FALSE(std::isfinite(r.normBefore));
  EXPECT_FALSE(r.clipped);
}

}  // namespace
}  // namespace rnnscope
