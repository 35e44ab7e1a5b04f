#pragma once
// One run's latest sample: a heading (step, temperature, clamps) and the text, the prime in its
// own colour. The Samples panel has one for the live run and, in compare mode, one for run B.
#include <cstdint>
#include <string>

#include <QColor>
#include <QString>
#include <QWidget>

#include "core/engine/snapshot.h"

class QLabel;
class QTextEdit;

namespace rnnscope::ui {

inline const QColor kPrimeInk{0x00, 0x5A, 0x9C};
inline const QColor kPrimeBackground{0xE3, 0xEE, 0xF9};

class SampleRunView : public QWidget {
  Q_OBJECT
public:
  // `suffix` tells the runs' widgets apart: sampleHeader + suffix, sampleText + suffix.
  explicit SampleRunView(const QString& suffix, QWidget* parent = nullptr);
  // Redraws only when the sample or the heading differ from what is shown: the panel renders
  // for every snapshot of either run.
  void showSample(const rnnscope::SampleView& sample, const QString& heading);
  // Forgets what is shown, so the next showSample draws.
  void forget() { shown_ = false; }
  QLabel* header() const { return header_; }
  QTextEdit* textView() const { return view_; }

private:
  bool showing(const rnnscope::SampleView& sample, const QString& heading) const;
  void writeText(const rnnscope::SampleView& sample);

  QLabel* header_ = nullptr;
  QTextEdit* view_ = nullptr;
  bool shown_ = false;
  QString shownHeading_;
  std::u32string shownPrime_, shownText_;
  std::int64_t shownStep_ = -1;
};

}  // namespace rnnscope::ui
