#pragma once
// A frame drawn around a live widget of the window: what a tour page or a lesson page is
// talking about (the chart, the control, the row of a ranking). It sits on top of the window,
// lets every click through, and follows the widget when the docks move or resize.
#include <QPointer>
#include <QWidget>

class QTimer;

namespace rnnscope::ui {

class WidgetHighlight : public QWidget {
  Q_OBJECT
public:
  explicit WidgetHighlight(QWidget* window);

  // Frames `target` (nullptr: nothing); with timeoutMs > 0 the frame goes away after that long.
  void point(QWidget* target, int timeoutMs = 0);
  void clear();
  QWidget* target() const { return target_; }

protected:
  void paintEvent(QPaintEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void follow();

  QPointer<QWidget> target_;
  QTimer* timeout_ = nullptr;
  QTimer* followTimer_ = nullptr;
};

}  // namespace rnnscope::ui
