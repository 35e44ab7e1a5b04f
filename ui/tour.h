#pragma once
// Short pages that point at the screen: the first-run tour of the main window, and a lesson's
// text page by page (docs/lessons.md, "Pages"). Each page may name a live widget; the card
// frames it with a WidgetHighlight and sits beside it.
#include <functional>
#include <vector>

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace rnnscope::ui {

class WidgetHighlight;

struct TourPage {
  QString title;
  QString text;
  QString target;  // what MainWindow::widgetFor() resolves; empty: no frame
};

// The first-run tour's pages, translated: six or fewer.
std::vector<TourPage> windowTourPages();

class TourCard : public QFrame {
  Q_OBJECT
public:
  using Resolve = std::function<QWidget*(const QString& target)>;
  TourCard(QWidget* window, WidgetHighlight* highlight, Resolve resolve);

  void start(std::vector<TourPage> pages);
  int page() const { return page_; }
  int pageCount() const { return static_cast<int>(pages_.size()); }
  void next();
  void back();
  void skip();

signals:
  // completed: the last page's Done; otherwise skipped (Skip, Esc)
  void finished(bool completed);

protected:
  void keyPressEvent(QKeyEvent* event) override;

private:
  void showPage(int index);
  void placeBeside(QWidget* target);

  WidgetHighlight* highlight_;
  Resolve resolve_;
  std::vector<TourPage> pages_;
  int page_ = 0;
  QLabel* title_ = nullptr;
  QLabel* text_ = nullptr;
  QLabel* counter_ = nullptr;
  QPushButton* back_ = nullptr;
  QPushButton* next_ = nullptr;
  QPushButton* skip_ = nullptr;
};

}  // namespace rnnscope::ui
