#include "ui/panels/bptt_equations.h"

#include <algorithm>
#include <cmath>

namespace rnnscope::ui {

namespace {

constexpr int kEntriesUpTo = 8;  // vectors and matrices this small are written out in full

QString num(double x) {
  QString s = QString::number(x, 'g', 3);
  s.replace(QLatin1Char('-'), QChar(0x2212));
  return s;
}

QString sub(const QString& base, const QString& index) { return QStringLiteral("%1<sub>%2</sub>").arg(base, index); }
QString tIndex(int t) { return t < 0 ? QStringLiteral("&minus;1") : QString::number(t); }

// [a, b, c] for a short vector; its norm for a long one.
QString vec(const Vec<double>& v) {
  if (v.size() == 0) return QStringLiteral("&ndash;");
  if (v.size() <= kEntriesUpTo) {
    QStringList parts;
    for (Index i = 0; i < v.size(); ++i) parts << num(v[i]);
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
  }
  return QStringLiteral("‖&middot;‖ = %1 <small>(%2 numbers)</small>").arg(num(v.norm())).arg(v.size());
}

QString matrix(const Mat<double>& m) {
  if (m.size() == 0) return {};
  QString html = QStringLiteral("<table cellspacing='0' cellpadding='2' style='border-left:1px solid gray; "
                                "border-right:1px solid gray'>");
  for (Index r = 0; r < m.rows(); ++r) {
    html += QStringLiteral("<tr>");
    for (Index c = 0; c < m.cols(); ++c) html += QStringLiteral("<td nowrap align='right'>%1</td>").arg(num(m(r, c)));
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

bool small(const Mat<double>& m) { return m.size() > 0 && m.rows() <= kEntriesUpTo && m.cols() <= kEntriesUpTo; }

QString line(const QString& s) { return s + QStringLiteral("<br>"); }

}  // namespace

QString tokenLabel(const std::vector<char32_t>& vocabulary, std::int32_t id) {
  if (id < 0 || static_cast<std::size_t>(id) >= vocabulary.size()) return QStringLiteral("?");
  return characterLabel(vocabulary[static_cast<std::size_t>(id)]);
}

QString characterLabel(char32_t c) {
  switch (c) {
    case U'\n': return QStringLiteral("↵");
    case U' ': return QStringLiteral("␣");
    case U'\t': return QStringLiteral("⇥");
    default: return QString::fromUcs4(&c, 1);
  }
}

BpttEquations::BpttEquations(const BpttTrace<double>& trace, std::vector<char32_t> vocabulary, int layer)
    : trace_(trace), vocabulary_(std::move(vocabulary)), layer_(std::clamp(layer, 0, std::max(0, trace.L - 1))) {}

QString BpttEquations::html(BpttStage stage) const {
  if (trace_.T == 0) return {};
  switch (stage.phase) {
    case BpttStage::Phase::Forward: return forward(stage.t);
    case BpttStage::Phase::Backward: return backward(stage.t);
    case BpttStage::Phase::Cut: return cut();
  }
  return {};
}

QString BpttEquations::forward(int t) const {
  const auto& o = trace_.output[static_cast<std::size_t>(t)];
  const auto& st = trace_.layers[static_cast<std::size_t>(layer_)][static_cast<std::size_t>(t)];
  QString h = QStringLiteral("<p><b>%1</b></p>").arg(tr("Forward pass, step t = %1 (of t = 0..%2)").arg(t).arg(trace_.T - 1));
  QString input;
  if (layer_ > 0)
    input = tr("x<sub>t</sub> is h<sub>t</sub> of layer %1 = %2").arg(layer_).arg(vec(st.x));
  else if (trace_.E == 0)
    input = tr("x<sub>t</sub> is the one-hot vector of '%1' = %2").arg(token(o.input), vec(st.x));
  else
    input = tr("x<sub>t</sub> is the embedding of '%1' (row %2 of the embedding matrix) = %3")
                .arg(token(o.input))
                .arg(o.input)
                .arg(vec(st.x));
  h += line(input);
  h += cellForward(st, t);
  if (top()) {
    h += line(tr("y<sub>t</sub> = W<sub>hy</sub> h<sub>t</sub> + b<sub>y</sub> = %1").arg(vec(o.logits)));
    h += line(tr("p<sub>t</sub> = softmax(y<sub>t</sub>); the next character is '%1', p<sub>t</sub>('%1') = %2")
                  .arg(token(o.target), num(o.probabilities[o.target])));
    h += line(tr("<b>L<sub>t</sub> = &minus;log p<sub>t</sub>('%1') = %2</b> nats").arg(token(o.target), num(o.loss)));
    h += outputScoresTable(t);
  }
  return h;
}

// The cell's own equations at step t, with this step's numbers.
QString BpttEquations::cellForward(const BpttLayerStep<double>& st, int t) const {
  const auto H = static_cast<Index>(trace_.H);
  auto block = [&](const Vec<double>& v, int k) -> Vec<double> { return v.size() ? v.segment(k * H, H) : Vec<double>(); };
  const QString hPrev = sub(QStringLiteral("h"), tIndex(t - 1));
  QString h;
  switch (trace_.cell) {
    case CellKind::Rnn:
      h += line(tr("a<sub>t</sub> = (W<sub>xh</sub> x<sub>t</sub> + b<sub>xh</sub>) + (W<sub>hh</sub> %1 + b<sub>hh</sub>) "
                   "= %2 + %3 = %4")
                    .arg(hPrev, vec(st.inputProjection), vec(st.recurrentProjection), vec(st.preactivation)));
      h += line(trace_.nonlinearity == Nonlinearity::Tanh
                    ? tr("<b>h<sub>t</sub> = tanh(a<sub>t</sub>) = %1</b>").arg(vec(st.h))
                    : tr("<b>h<sub>t</sub> = max(0, a<sub>t</sub>) = %1</b>").arg(vec(st.h)));
      break;
    case CellKind::Lstm:
      h += line(tr("gates from W<sub>xh</sub> x<sub>t</sub> + W<sub>hh</sub> %1 + b, in blocks of %2 rows (i, f, g, o):")
                    .arg(hPrev)
                    .arg(H));
      h += line(tr("i<sub>t</sub> = &sigma;(&middot;) = %1, f<sub>t</sub> = &sigma;(&middot;) = %2")
                    .arg(vec(block(st.gates, 0)), vec(block(st.gates, 1))));
      h += line(tr("g<sub>t</sub> = tanh(&middot;) = %1, o<sub>t</sub> = &sigma;(&middot;) = %2")
                    .arg(vec(block(st.gates, 2)), vec(block(st.gates, 3))));
      h += line(tr("<b>c<sub>t</sub> = f<sub>t</sub> ⊙ c<sub>t&minus;1</sub> + i<sub>t</sub> ⊙ g<sub>t</sub> = %1</b>")
                    .arg(vec(st.c)));
      h += line(tr("<b>h<sub>t</sub> = o<sub>t</sub> ⊙ tanh(c<sub>t</sub>) = %1</b>").arg(vec(st.h)));
      break;
    case CellKind::Gru:
      h += line(tr("r<sub>t</sub> = &sigma;(&middot;) = %1, z<sub>t</sub> = &sigma;(&middot;) = %2")
                    .arg(vec(block(st.gates, 0)), vec(block(st.gates, 1))));
      if (trace_.gruVariant == GruVariant::ResetAfter) {
        h += line(tr("n<sub>t</sub> = tanh(W<sub>xn</sub> x<sub>t</sub> + b + r<sub>t</sub> ⊙ (W<sub>hn</sub> %1 + b)) = %2")
                      .arg(hPrev, vec(block(st.gates, 2))));
        h += line(tr("<b>h<sub>t</sub> = (1 &minus; z<sub>t</sub>) ⊙ n<sub>t</sub> + z<sub>t</sub> ⊙ %1 = %2</b> "
                     "<small>(PyTorch's form: z near 1 keeps the old state)</small>")
                      .arg(hPrev, vec(st.h)));
      } else {
        h += line(tr("n<sub>t</sub> = tanh(W<sub>xn</sub> x<sub>t</sub> + b + W<sub>hn</sub> (r<sub>t</sub> ⊙ %1) + b) = %2")
                      .arg(hPrev, vec(block(st.gates, 2))));
        h += line(tr("<b>h<sub>t</sub> = (1 &minus; z<sub>t</sub>) ⊙ %1 + z<sub>t</sub> ⊙ n<sub>t</sub> = %2</b> "
                     "<small>(the course notes' form: z near 1 takes the new candidate)</small>")
                      .arg(hPrev, vec(st.h)));
      }
      break;
  }
  return h;
}

// The notes' table: the output scores y_t of every step so far, one row per character, the
// character to predict in bold. Large vocabularies show the five best and the target.
QString BpttEquations::outputScoresTable(int upTo) const {
  const int V = trace_.V;
  std::vector<bool> shown(static_cast<std::size_t>(V), V <= 8);
  if (V > 8) {
    for (int t = 0; t <= upTo; ++t) {
      const auto& y = trace_.output[static_cast<std::size_t>(t)].logits;
      std::vector<int> order(static_cast<std::size_t>(V));
      for (int v = 0; v < V; ++v) order[static_cast<std::size_t>(v)] = v;
      std::partial_sort(order.begin(), order.begin() + std::min(3, V), order.end(), [&](int a, int b) { return y[a] > y[b]; });
      for (int k = 0; k < std::min(3, V); ++k) shown[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] = true;
      shown[static_cast<std::size_t>(trace_.output[static_cast<std::size_t>(t)].target)] = true;
    }
  }
  QString html = QStringLiteral("<p>%1</p><table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
                                "<tr><th></th>")
                     .arg(tr("Output scores y<sub>t</sub> so far (bold: the character to predict):"));
  for (int t = 0; t <= upTo; ++t)
    html += QStringLiteral("<th>t=%1<br>'%2'</th>").arg(t).arg(token(trace_.output[static_cast<std::size_t>(t)].input));
  html += QStringLiteral("</tr>");
  for (int v = 0; v < V; ++v) {
    if (!shown[static_cast<std::size_t>(v)]) continue;
    html += QStringLiteral("<tr><th>'%1'</th>").arg(token(v));
    for (int t = 0; t <= upTo; ++t) {
      const auto& o = trace_.output[static_cast<std::size_t>(t)];
      const QString cell = num(o.logits[v]);
      html += o.target == v ? QStringLiteral("<td align='right'><b>%1</b></td>").arg(cell)
                            : QStringLiteral("<td align='right'>%1</td>").arg(cell);
    }
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

QString BpttEquations::backward(int t) const {
  const auto& o = trace_.output[static_cast<std::size_t>(t)];
  const auto& st = trace_.layers[static_cast<std::size_t>(layer_)][static_cast<std::size_t>(t)];
  QString h = QStringLiteral("<p><b>%1</b></p>").arg(tr("Backward pass, step t = %1 (it walks from t = %2 down to 0)").arg(t).arg(trace_.T - 1));
  if (top())
    h += line(tr("∂L/∂y<sub>t</sub> = (p<sub>t</sub> &minus; onehot('%1')) / T = %2 <small>(L is the mean of the %3 "
                 "losses)</small>")
                  .arg(token(o.target), vec(o.dlogits))
                  .arg(trace_.T));
  h += stateGradient(st, t);
  h += preactivationGradient(t);
  h += weightTerms(st, t);
  if (t > 0 && st.jacobian.size() > 0) {
    const auto& before = trace_.layers[static_cast<std::size_t>(layer_)][static_cast<std::size_t>(t - 1)];
    h += line(tr("It sends J<sub>t</sub><sup>T</sup> ∂L/∂s<sub>t</sub> back to step %1: %2, with J<sub>t</sub> = "
                 "∂s<sub>t</sub>/∂s<sub>t&minus;1</sub> =")
                  .arg(t - 1)
                  .arg(vec(before.dhFromFuture)));
    if (small(st.jacobian)) h += matrix(st.jacobian);
  }
  return h;
}

// dL/dh_t from its two sources, and for the LSTM dL/dc_t from its two.
QString BpttEquations::stateGradient(const BpttLayerStep<double>& st, int t) const {
  const QString fromAbove = top() ? tr("W<sub>hy</sub><sup>T</sup> ∂L/∂y<sub>t</sub>")
                                  : tr("∂L/∂x<sub>t</sub> of layer %1").arg(layer_ + 2);
  QString h;
  if (t == trace_.T - 1)
    h += line(tr("<b>∂L/∂h<sub>t</sub></b> = %1 = <b>%2</b> <small>(the last step: nothing comes back from later "
                 "steps inside the window)</small>")
                  .arg(fromAbove, vec(st.dh)));
  else
    h += line(tr("<b>∂L/∂h<sub>t</sub></b> = %1 + J<sub>t+1</sub><sup>T</sup> ∂L/∂s<sub>t+1</sub> = %2 + %3 = <b>%4</b>")
                  .arg(fromAbove, vec(st.dhFromAbove), vec(st.dhFromFuture), vec(st.dh)));
  if (trace_.cell == CellKind::Lstm)
    h += line(tr("<b>∂L/∂c<sub>t</sub></b> = ∂L/∂h<sub>t</sub> ⊙ o<sub>t</sub> ⊙ (1 &minus; tanh<sup>2</sup> "
                 "c<sub>t</sub>) + f<sub>t+1</sub> ⊙ ∂L/∂c<sub>t+1</sub> = %1 + %2 = <b>%3</b> <small>(the second "
                 "term crosses a step multiplied only by f: no W<sub>hh</sub>, no squashing)</small>")
                  .arg(vec(st.dcFromH), vec(st.dcFromFuture), vec(st.dc)));
  return h;
}

QString BpttEquations::preactivationGradient(int t) const {
  const auto& st = trace_.layers[static_cast<std::size_t>(layer_)][static_cast<std::size_t>(t)];
  if (trace_.cell == CellKind::Rnn)
    return line(trace_.nonlinearity == Nonlinearity::Tanh
                    ? tr("∂L/∂a<sub>t</sub> = ∂L/∂h<sub>t</sub> ⊙ (1 &minus; h<sub>t</sub><sup>2</sup>) = %1").arg(vec(st.dpreRec))
                    : tr("∂L/∂a<sub>t</sub> = ∂L/∂h<sub>t</sub> ⊙ [a<sub>t</sub> &gt; 0] = %1").arg(vec(st.dpreRec)));
  return line(tr("∂L/∂a<sub>t</sub> of the gates (each gate's share of ∂L/∂h<sub>t</sub>%1, times the slope of its "
                 "activation) = %2")
                  .arg(trace_.cell == CellKind::Lstm ? tr(" and ∂L/∂c<sub>t</sub>") : QString(), vec(st.dpreRec)));
}

// This step's terms of the weight gradients, and the sums so far (steps t..T-1).
QString BpttEquations::weightTerms(const BpttLayerStep<double>& st, int t) const {
  const QString hPrev = sub(QStringLiteral("h"), tIndex(t - 1));
  QString h = line(tr("<b>∂L/∂W<sub>hh</sub> += ∂L/∂a<sub>t</sub> %1<sup>T</sup></b>: this step adds ‖term‖ = %2; "
                      "the sum over steps %3..%4 has ‖&middot;‖ = %5")
                       .arg(hPrev, num(st.Whh.termNorm))
                       .arg(t)
                       .arg(trace_.T - 1)
                       .arg(num(st.Whh.cumulativeNorm)));
  if (small(st.Whh.term)) {
    h += QStringLiteral("<table><tr><td>%1</td><td>%2</td></tr><tr><td>%3</td><td>%4</td></tr></table>")
             .arg(tr("this term:"), matrix(st.Whh.term), tr("sum so far:"), matrix(st.Whh.cumulative));
  }
  h += line(trace_.E == 0 && layer_ == 0
                ? tr("∂L/∂W<sub>xh</sub> += ∂L/∂a<sub>t</sub> x<sub>t</sub><sup>T</sup> (one-hot: only the column of '%1' "
                     "changes): ‖term‖ = %2, sum so far ‖&middot;‖ = %3")
                      .arg(token(trace_.output[static_cast<std::size_t>(t)].input), num(st.Wih.termNorm), num(st.Wih.cumulativeNorm))
                : tr("∂L/∂W<sub>xh</sub> += ∂L/∂a<sub>t</sub> x<sub>t</sub><sup>T</sup>: ‖term‖ = %1, sum so far ‖&middot;‖ = %2")
                      .arg(num(st.Wih.termNorm), num(st.Wih.cumulativeNorm)));
  if (top()) {
    const auto& o = trace_.output[static_cast<std::size_t>(t)];
    h += line(tr("∂L/∂W<sub>hy</sub> += ∂L/∂y<sub>t</sub> h<sub>t</sub><sup>T</sup>: ‖term‖ = %1, sum so far ‖&middot;‖ = %2")
                  .arg(num(o.Why.termNorm), num(o.Why.cumulativeNorm)));
  }
  return h;
}

QString BpttEquations::cut() const {
  const auto& b = trace_.boundary[static_cast<std::size_t>(layer_)];
  const auto& first = trace_.layers[static_cast<std::size_t>(layer_)].front();
  QString h = QStringLiteral("<p><b>%1</b></p>").arg(tr("The cut at the window's start"));
  h += line(tr("Step 0 sends J<sub>0</sub><sup>T</sup> ∂L/∂s<sub>0</sub> toward h<sub>&minus;1</sub>, the state carried "
               "over from the previous window: ∂L/∂h<sub>&minus;1</sub> = %1 (‖&middot;‖ = %2).")
                .arg(vec(b.dh), num(b.dhNorm)));
  if (trace_.cell == CellKind::Lstm)
    h += line(tr("and ∂L/∂c<sub>&minus;1</sub> = f<sub>0</sub> ⊙ ∂L/∂c<sub>0</sub> = %1 (‖&middot;‖ = %2).")
                  .arg(vec(b.dc), num(b.dcNorm)));
  h += line(tr("<b>Truncated BPTT drops this gradient.</b> The previous window's graph is gone, so h<sub>&minus;1</sub> "
               "is treated as a constant: its <i>value</i> was carried across (forward), its gradient is not (backward)."));
  h += line(tr("The pass is complete: ∂L/∂W<sub>hh</sub> = &Sigma;<sub>t</sub> ∂L/∂a<sub>t</sub> h<sub>t&minus;1</sub><sup>T</sup> "
               "over the %1 steps, ‖&middot;‖ = %2, the same gradient the model's own backward pass computes for this window.")
                .arg(trace_.T)
                .arg(num(first.Whh.cumulativeNorm)));
  if (small(first.Whh.cumulative)) h += matrix(first.Whh.cumulative);
  return h;
}

}  // namespace rnnscope::ui
