#pragma once
// A spin box for quantities that span decades (learning rate, weight decay): the arrows walk a
// 1-2-3-5-7 ladder per decade (0.001, 0.002, 0.003, 0.005, 0.007, 0.01, ...) and the text
// accepts scientific notation ("3e-4").
#include <QDoubleSpinBox>

namespace rnnscope::ui::text {

class LogSpinBox : public QDoubleSpinBox {
  Q_OBJECT
public:
  explicit LogSpinBox(QWidget* parent = nullptr);
  void stepBy(int steps) override;
  QString textFromValue(double value) const override;
  double valueFromText(const QString& text) const override;
  QValidator::State validate(QString& input, int& pos) const override;

  // Where the up arrow goes from 0 when 0 is allowed (weight decay: 0 = off).
  void setSmallestPositive(double v) { smallestPositive_ = v; }

  // The value `steps` rungs of the ladder away from v (exposed for tests).
  static double ladderStep(double v, int steps);

private:
  double smallestPositive_ = 0;
};

}  // namespace rnnscope::ui::text
