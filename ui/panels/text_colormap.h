#pragma once
// Colours of the text panels: a diverging blue-white-red map for signed values (hidden and cell
// state, tanh candidates), a sequential white-to-dark map for gates in [0, 1], a text colour
// that stays readable on either, and the colour bar that says what the colours mean.
#include <QColor>
#include <QString>
#include <QWidget>

namespace rnnscope::ui::text {

// v in [-1, 1] (clamped): -1 blue, 0 white, +1 red. NaN -> light grey.
QColor divergingColor(double v);
// t in [0, 1] (clamped): 0 white, 1 dark indigo. NaN -> light grey.
QColor sequentialColor(double t);
// Black or white, whichever reads better on the background.
QColor readableTextColor(const QColor& background);

// The fonts of the text panels: at least 11 pt so a projected panel stays readable.
inline constexpr int kTextPointSize = 12;
inline constexpr int kSmallPointSize = 11;
QFont uiFont(int pointSize = kTextPointSize, bool bold = false);
QFont monospaceFont(int pointSize = 13);

// A horizontal colour bar with its end and middle values written under it.
class ColorLegend : public QWidget {
  Q_OBJECT
public:
  enum class Scale { Diverging, Sequential };
  explicit ColorLegend(QWidget* parent = nullptr);
  void setScale(Scale scale, const QString& low, const QString& middle, const QString& high);
  Scale scale() const { return scale_; }
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  Scale scale_ = Scale::Diverging;
  QString low_, middle_, high_;
};

}  // namespace rnnscope::ui::text
