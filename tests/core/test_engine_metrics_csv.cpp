// metrics.csv as the CLI writes it and the app reads it back (docs/cli.md).
#include <gtest/gtest.h>

#include <cmath>

#include "core/engine/metrics_csv.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

TEST(MetricsCsv, ARowReadsBackAsTheSamePoint) {
  MetricsPoint p{.step = 7, .loss = 1.234567891, .validationLoss = 2.5, .answerLoss = 0.125,
                 .gradNormBefore = 3.25, .gradNormAfter = 1.0, .clipped = true, .learningRate = 0.002, .epoch = 3};
  MetricsPoint q{.step = 8, .loss = 1.0, .epoch = 4};
  const std::string text = std::string(kMetricsCsvHeader) + "\n" + metricsCsvRow(p, 1000, 2.5) + "\n" +
                           metricsCsvRow(q, 1000, 2.6) + "\n";
  const auto points = parseMetricsCsv(text, "m.csv");
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].step, 7);
  EXPECT_DOUBLE_EQ(points[0].loss, 1.23456789);  // nine significant digits
  EXPECT_EQ(points[0].validationLoss, 2.5);
  EXPECT_EQ(points[0].answerLoss, 0.125);
  EXPECT_EQ(points[0].gradNormBefore, 3.25);
  EXPECT_EQ(points[0].gradNormAfter, 1.0);
  EXPECT_TRUE(points[0].clipped);
  EXPECT_EQ(points[0].learningRate, 0.002);
  EXPECT_EQ(points[0].epoch, 3);
  EXPECT_EQ(points[1].epoch, 4);
  EXPECT_TRUE(std::isnan(points[1].validationLoss));
  EXPECT_TRUE(std::isnan(points[1].answerLoss));
  EXPECT_FALSE(points[1].clipped);
}

TEST(MetricsCsv, ColumnsAreFoundByNameAndMayBeMissingOrShort) {
  // the shipped states drop the speed columns; a run resumed after answer_loss was added has
  // old rows without it
  const auto points = parseMetricsCsv("loss,step,answer_loss\n2.5,1\n2.25,2,0.5\r\n", "m.csv");
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[1].step, 2);
  EXPECT_EQ(points[1].loss, 2.25);
  EXPECT_TRUE(std::isnan(points[0].answerLoss));
  EXPECT_EQ(points[1].answerLoss, 0.5);
}

TEST(MetricsCsv, AMalformedFileNamesTheLineAtFault) {
  const auto refusal = [](const std::string& text) {
    try {
      parseMetricsCsv(text, "m.csv");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(refusal(""), "m.csv is empty: it has no header");
  EXPECT_EQ(refusal("epoch,lr\n"), "m.csv, line 1: the header must name the columns step and loss");
  EXPECT_EQ(refusal("step,loss\n1,2\n2,x\n"), "m.csv, line 3: 'loss' is not a number");
  EXPECT_EQ(refusal("step,loss\n1,2,3\n"), "m.csv, line 2: expected at most 2 fields, found 3");
  EXPECT_EQ(refusal("step,loss\n2,2\n2,2\n"), "m.csv, line 3: the steps must increase");
  EXPECT_EQ(refusal("step,loss\n-1,2\n"), "m.csv, line 2: 'step' is not a step number");
  EXPECT_EQ(refusal("step,loss\n1.5,2\n"), "m.csv, line 2: 'step' is not a step number");
}

}  // namespace
}  // namespace rnnscope
