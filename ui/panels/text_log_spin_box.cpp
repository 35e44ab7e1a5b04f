#include "ui/panels/text_log_spin_box.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QLocale>
#include <QRegularExpression>

namespace rnnscope::ui::text {

namespace {
constexpr std::array<double, 5> kRungs = {1, 2, 3, 5, 7};

// v as (decade, rung) with rung the largest ladder value <= v's mantissa.
void position(double v, int& decade, int& rung) {
  decade = static_cast<int>(std::floor(std::log10(v)));
  double mantissa = v / std::pow(10.0, decade);
  // log10 of an exact power of ten may land a hair on the wrong side
  if (mantissa >= 10 * (1 - 1e-9)) {
    mantissa /= 10;
    ++decade;
  } else if (mantissa < 1 - 1e-9) {
    mantissa *= 10;
    --decade;
  }
  rung = 0;
  for (int i = 0; i < static_cast<int>(kRungs.size()); ++i)
    if (mantissa >= kRungs[static_cast<std::size_t>(i)] * (1 - 1e-9)) rung = i;
}
}  // namespace

LogSpinBox::LogSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
  setDecimals(12);  // the text is ours; decimals only limits rounding of the value
  setKeyboardTracking(false);
  setAccelerated(false);
}

double LogSpinBox::ladderStep(double v, int steps) {
  if (!(v > 0)) return v;
  int decade = 0, rung = 0;
  position(v, decade, rung);
  const double onLadder = kRungs[static_cast<std::size_t>(rung)] * std::pow(10.0, decade);
  // a value between rungs first snaps to the rung in the direction of travel
  if (steps < 0 && std::abs(onLadder - v) > 1e-9 * v) ++steps;
  const int n = static_cast<int>(kRungs.size());
  int index = decade * n + rung + steps;
  const int newDecade = index >= 0 ? index / n : -((-index + n - 1) / n);
  const int newRung = index - newDecade * n;
  return kRungs[static_cast<std::size_t>(newRung)] * std::pow(10.0, newDecade);
}

void LogSpinBox::stepBy(int steps) {
  const double v = value();
  if (smallestPositive_ > 0 && minimum() <= 0) {
    if (v <= 0) {
      if (steps > 0) setValue(std::min(smallestPositive_, maximum()));
      return;
    }
    if (steps < 0 && v <= smallestPositive_ * (1 + 1e-9)) {
      setValue(0);
      return;
    }
  }
  const double from = v > 0 ? v : (minimum() > 0 ? minimum() : 1e-12);
  setValue(std::clamp(ladderStep(from, steps), minimum(), maximum()));
}

QString LogSpinBox::textFromValue(double v) const {
  if (v == 0) return QStringLiteral("0");
  return locale().toString(v, 'g', 3);
}

double LogSpinBox::valueFromText(const QString& text) const {
  bool ok = false;
  double v = locale().toDouble(text.trimmed(), &ok);
  if (!ok) v = QLocale::c().toDouble(text.trimmed(), &ok);
  return ok ? v : value();
}

QValidator::State LogSpinBox::validate(QString& input, int&) const {
  const QString t = input.trimmed();
  if (t.isEmpty()) return QValidator::Intermediate;
  bool ok = false;
  double v = locale().toDouble(t, &ok);
  if (!ok) v = QLocale::c().toDouble(t, &ok);
  if (!ok) {
    // a number being typed: "1e", "1e-", "0."
    static const QRegularExpression partial(QStringLiteral("^[0-9]*[.,]?[0-9]*([eE][-+]?[0-9]*)?$"));
    return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
  }
  return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace rnnscope::ui::text
