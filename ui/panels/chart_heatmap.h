#pragma once
// A heat map drawn with QPainter from a QImage (one pixel per cell, scaled up without smoothing):
// Qt Charts has no heat map, and a few hundred rows x a few hundred columns must redraw at 30 Hz.
// Draws a title, labelled axes with ticks, and a colour bar with its own title and ticks.
#include <functional>
#include <vector>

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace rnnscope::ui::chart {

class HeatMapWidget : public QWidget {
  Q_OBJECT
public:
  explicit HeatMapWidget(QWidget* parent = nullptr);

  // values: rows x cols, row-major, in the unit the colour bar shows (NaN = no data, drawn grey).
  // The colour runs from vmin (dark) to vmax (bright); values outside are clamped.
  void setData(int rows, int cols, const std::vector<double>& values, double vmin, double vmax);
  void clear();
  // The numbers behind the colours when they differ from them (a log map's linear values), in
  // the layout of setData; setData forgets them. The CSV export writes these.
  void setDataValues(std::vector<double> values);

  void setTitle(const QString& title);
  void setAxisTitles(const QString& xTitle, const QString& yTitle, const QString& colorBarTitle);
  // Tick label of column c / row r (default: the index).
  void setColumnLabeler(std::function<QString(int)> labeler);
  void setRowLabeler(std::function<QString(int)> labeler);
  // Tick label of a colour-bar value (default: the number).
  void setColorBarLabeler(std::function<QString(double)> labeler);
  // Which rows get a tick (default: every 1-2-5 rows, as many as fit).
  void setRowTicks(std::vector<int> rows);
  // Where the colour bar has ticks (default: an even 1-2-5 spacing).
  void setColorBarTicks(std::vector<double> ticks);
  // Tooltip text for the cell under the mouse (default: none).
  void setToolTipper(std::function<QString(int row, int col, double value)> tipper);

  const QImage& image() const { return image_; }
  int rows() const { return rows_; }
  int columns() const { return cols_; }
  double colorMin() const { return vmin_; }
  double colorMax() const { return vmax_; }
  // The values given to setData (colour-bar unit), and the numbers behind them (setDataValues,
  // else the same values): rows x columns, row-major.
  const std::vector<double>& values() const { return values_; }
  const std::vector<double>& dataValues() const { return dataValues_.size() == values_.size() ? dataValues_ : values_; }
  QString title() const { return title_; }
  QString xTitle() const { return xTitle_; }
  QString yTitle() const { return yTitle_; }
  QString colorBarTitle() const { return barTitle_; }
  // The tick label of row r / column c.
  QString rowLabel(int row) const;
  QString columnLabel(int column) const;

  // Draws the whole map into a `size` area at the painter's origin (the widget paints itself
  // with it; exports paint at other sizes).
  void paint(QPainter& painter, QSize size) const;

  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;

signals:
  // The mouse is over cell (row, col) of the plot.
  void cellHovered(int row, int col);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

private:
  QRect plotRect(QSize size) const;

  int rows_ = 0, cols_ = 0;
  std::vector<double> values_;
  std::vector<double> dataValues_;
  double vmin_ = 0, vmax_ = 1;
  QImage image_;
  QImage colorBar_;
  QString title_, xTitle_, yTitle_, barTitle_;
  std::function<QString(int)> columnLabel_, rowLabel_;
  std::function<QString(double)> barLabel_;
  std::vector<double> barTicks_;
  std::vector<int> rowTicks_;
  std::function<QString(int, int, double)> tooltip_;
};

// Tick positions 0 <= i < count spaced by a 1-2-5 step so that at most maxTicks appear.
std::vector<int> niceIndexTicks(int count, int maxTicks);

// Colours a gradient's size on a log scale: the map shows log10 of `linear` (rows x cols,
// row-major; NaN = no data; 0 clamped as for a log axis) over whole decades, from the decade of
// the brightest cell down at most maxDecades (anything fainter has vanished for all practical
// purposes and would squash the interesting range), with power-of-ten ticks on the colour bar
// (set its labeler to powerOfTenLabel).
void setLogData(HeatMapWidget& map, int rows, int cols, const std::vector<double>& linear, double maxDecades = 10);
// The colour-bar label of a log10 value: 10ⁿ on a decade, m·10ⁿ between.
QString powerOfTenLabel(double log10Value);

}  // namespace rnnscope::ui::chart
