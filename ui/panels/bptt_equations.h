#pragma once
// The equations of one stage of the step-through, written out with this pass's numbers: what
// the forward pass computes at step t, what the backward pass adds at step t, and what the cut
// at the window's start drops. Every number is read from the trace (core/analysis/bptt_trace.h);
// a small model shows every entry, a large one the norms.
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "core/analysis/bptt_trace.h"
#include "ui/panels/bptt_stage.h"

namespace rnnscope::ui {

// A vocabulary entry as the step-through writes it (plain text): whitespace as a visible stand-in
// (↵ newline, ␣ space, ⇥ tab), "?" for an id outside the vocabulary.
QString tokenLabel(const std::vector<char32_t>& vocabulary, std::int32_t id);
// One character as tokenLabel writes it.
QString characterLabel(char32_t c);

class BpttEquations {
  Q_DECLARE_TR_FUNCTIONS(BpttEquations)
public:
  BpttEquations(const rnnscope::BpttTrace<double>& trace, std::vector<char32_t> vocabulary, int layer);

  // Rich text for the stage.
  QString html(BpttStage stage) const;

private:
  QString forward(int t) const;
  QString backward(int t) const;
  QString cut() const;
  QString cellForward(const rnnscope::BpttLayerStep<double>& st, int t) const;
  QString stateGradient(const rnnscope::BpttLayerStep<double>& st, int t) const;
  QString preactivationGradient(int t) const;
  QString weightTerms(const rnnscope::BpttLayerStep<double>& st, int t) const;
  QString outputScoresTable(int upTo) const;
  QString token(std::int32_t id) const { return tokenLabel(vocabulary_, id).toHtmlEscaped(); }
  bool top() const { return layer_ == trace_.L - 1; }

  const rnnscope::BpttTrace<double>& trace_;
  std::vector<char32_t> vocabulary_;
  int layer_;
};

}  // namespace rnnscope::ui
