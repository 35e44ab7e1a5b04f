#pragma once
// What a model is: the fields of the checkpoint's `config` metadata (docs/checkpoint-format.md).
#include <string>

#include <nlohmann/json.hpp>

namespace rnnscope {

enum class CellKind { Rnn, Lstm, Gru };
enum class Nonlinearity { Tanh, Relu };        // vanilla RNN only
enum class GruVariant { ResetAfter, Classic };  // see docs/math-conventions.md, "Cells"
enum class DType { F32, F64 };

struct ModelConfig {
  CellKind cell = CellKind::Lstm;
  Nonlinearity nonlinearity = Nonlinearity::Tanh;
  GruVariant gruVariant = GruVariant::ResetAfter;
  int hidden = 128;    // H
  int layers = 1;      // L, 1..4
  int embed = 32;      // E; 0 means one-hot input (no `embed.weight`)
  int vocabSize = 0;   // V
  DType dtype = DType::F32;
  // Layer-normalised cell (Ba, Kiros & Hinton 2016): LN of W_ih x and of W_hh h separately,
  // and of the LSTM's cell state before its tanh (docs/math-conventions.md, "Layer
  // normalisation"). rnn and lstm only; validate() refuses it for gru.
  bool layerNorm = false;
  // The head's outputs per position, K. 0: K = V, the language model's next token; a task with
  // labels (classify, tag) sets its label count here (docs/tasks.md).
  int labels = 0;
  // false: no head; the stack is an encoder whose last state another part reads (seq2seq, vqa).
  bool head = true;

  int outputs() const { return labels > 0 ? labels : vocabSize; }  // K
  int gates() const { return cell == CellKind::Rnn ? 1 : cell == CellKind::Lstm ? 4 : 3; }  // G
  int inputSize(int layer) const { return layer > 0 ? hidden : (embed > 0 ? embed : vocabSize); }

  // Throws rnnscope::Error naming the first field out of range.
  void validate() const;
  nlohmann::json toJson() const;
  static ModelConfig fromJson(const nlohmann::json& j);  // validates
};

std::string toString(CellKind c);
std::string toString(Nonlinearity n);
std::string toString(GruVariant v);
std::string toString(DType d);
CellKind cellKindFromString(const std::string& s);
Nonlinearity nonlinearityFromString(const std::string& s);
GruVariant gruVariantFromString(const std::string& s);
DType dtypeFromString(const std::string& s);

}  // namespace rnnscope
