#pragma once
// What the chart panels' tests share: finding a series by name and comparing its points with
// the numbers it should draw, and a gradient-flow record built by hand.
#include <algorithm>
#include <cmath>
#include <vector>

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QString>
#include <QWidget>
#include <QXYSeries>
#include <QtTest>

#include "core/analysis/gradient_flow.h"

namespace rnnscope::ui::test {

inline QXYSeries* findSeries(QWidget* root, const char* viewName, const QString& objectName) {
  auto* view = root->findChild<QChartView*>(QString::fromLatin1(viewName));
  if (!view) return nullptr;
  for (QAbstractSeries* s : view->chart()->series())
    if (s->objectName() == objectName) return qobject_cast<QXYSeries*>(s);
  return nullptr;
}

inline bool close(double a, double b, double rel = 1e-9) {
  return std::abs(a - b) <= rel * std::max({1e-300, std::abs(a), std::abs(b)});
}

inline QString comparePoints(const QXYSeries* series, const std::vector<double>& xs, const std::vector<double>& ys) {
  if (!series) return QStringLiteral("series not found");
  const QList<QPointF> pts = series->points();
  if (static_cast<std::size_t>(pts.size()) != xs.size())
    return QStringLiteral("%1: %2 points, expected %3").arg(series->objectName()).arg(pts.size()).arg(xs.size());
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const QPointF& p = pts[static_cast<qsizetype>(i)];
    if (!close(p.x(), xs[i]) || !close(p.y(), ys[i]))
      return QStringLiteral("%1: point %2 is (%3, %4), expected (%5, %6)")
          .arg(series->objectName())
          .arg(i)
          .arg(p.x())
          .arg(p.y())
          .arg(xs[i])
          .arg(ys[i]);
  }
  return {};
}

#define COMPARE_POINTS(series, xs, ys)                            \
  do {                                                            \
    const QString problem = comparePoints((series), (xs), (ys));  \
    QVERIFY2(problem.isEmpty(), qPrintable(problem));             \
  } while (false)

inline GradientFlowRecord flowRecord(std::int64_t step, std::vector<double> dh, std::vector<double> lastLoss) {
  GradientFlowRecord r;
  r.step = step;
  r.weightsStep = step - 1;
  r.dhNorm = {std::move(dh)};
  r.lastLossDhNorm = {std::move(lastLoss)};
  return r;
}

}  // namespace rnnscope::ui::test
