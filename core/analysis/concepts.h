#pragma once
// Per-character signals of things a reader tracks (inside a quotation, depth of indentation,
// ...) and the ranking of cells by how well they follow one, as in Karpathy, Johnson and
// Fei-Fei's "Visualizing and Understanding Recurrent Networks".
//
// Convention: value k describes the text after reading character k, which is what the state
// h_k has seen. Reading an opening quote puts us inside; reading the closing quote, outside.
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/activations.h"

namespace rnnscope {

struct ConceptSignal {
  std::string name;
  bool binary = false;         // yes/no concepts are also scored by AUC
  std::vector<double> values;  // [T]
};

// quote, column, line_length, indent, comment, brackets, string, if_condition
const std::vector<std::string>& builtinConceptNames();
// A built-in concept by name, or "regex:PATTERN" (1 on every character inside a match).
ConceptSignal conceptSignal(const std::string& name, std::u32string_view text);
ConceptSignal regexConcept(const std::string& pattern, std::u32string_view text);

struct CellScore {
  std::string kind;  // h, c or a gate
  int layer = 0;
  int unit = 0;
  double pearson = 0;  // correlation of the cell's value with the concept over the text
  double auc = 0.5;    // binary concepts: P(value inside > value outside); 0.5 = no information
};

// Every cell of every recorded tensor, best |pearson| first; the top `top` are returned, with
// AUC computed for those. Cells or concepts that never vary score 0.
std::vector<CellScore> rankCells(const ActivationRecord& record, const ConceptSignal& concept_, std::size_t top,
                                 bool includeGates = true);

double pearson(const std::vector<double>& x, const std::vector<double>& y);
double areaUnderCurve(const std::vector<double>& scores, const std::vector<double>& labels);

}  // namespace rnnscope
