#pragma once
// Compare mode's layout of two runs' views: A beside B when the panel is wide enough for both to
// stay readable, A above B when it is not. B is hidden while there is no comparison, so outside
// compare mode A has the whole width.
#include <QString>
#include <QWidget>

class QBoxLayout;

namespace rnnscope::ui {

class CompareRow : public QWidget {
  Q_OBJECT
public:
  // Side by side from `sideBySideWidth` pixels on.
  CompareRow(QWidget* a, QWidget* b, int sideBySideWidth, QWidget* parent = nullptr);
  void setComparing(bool on);
  bool comparing() const { return comparing_; }
  bool sideBySide() const;

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  void updateDirection(int width);

  QBoxLayout* layout_ = nullptr;
  QWidget* b_ = nullptr;
  int sideBySideWidth_ = 0;
  bool comparing_ = false;
};

// The run's name as a small badge at the start of a heading: "A" or "B" (run names, not
// words, so not translated).
QString runBadge(char run);

}  // namespace rnnscope::ui
