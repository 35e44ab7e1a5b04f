#pragma once
// What a recurrent layer computes per cell and character: the hidden state h, the LSTM's cell
// state c and the gates, each named by the letter its tensors carry in files and on the command
// line (h_l0, f_l1, ...). Which letters a cell has, in which order, and which of them are
// sigmoid gates is said here once; the UI adds its labels and colours (ui/panels/tensor_kind_style.h).
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "core/nn/config.h"

namespace rnnscope {

enum class TensorKind { Hidden, CellState, Input, Forget, Candidate, Output, Reset, Update, NewGate };

struct TensorKindInfo {
  TensorKind kind;
  std::string_view letter;
  bool gate;     // a row block of W_ih/W_hh, recorded beside the states h and c
  bool sigmoid;  // values in [0, 1]; the tanh candidates g and n, and the states, are centred on 0
};

// In TensorKind order.
inline constexpr std::array<TensorKindInfo, 9> kTensorKinds{{
    {TensorKind::Hidden, "h", false, false},
    {TensorKind::CellState, "c", false, false},
    {TensorKind::Input, "i", true, true},
    {TensorKind::Forget, "f", true, true},
    {TensorKind::Candidate, "g", true, false},
    {TensorKind::Output, "o", true, true},
    {TensorKind::Reset, "r", true, true},
    {TensorKind::Update, "z", true, true},
    {TensorKind::NewGate, "n", true, false},
}};

constexpr const TensorKindInfo& infoOf(TensorKind kind) { return kTensorKinds[static_cast<std::size_t>(kind)]; }
constexpr std::string_view letterOf(TensorKind kind) { return infoOf(kind).letter; }
constexpr bool isLetterOf(std::string_view letter, TensorKind kind) { return letter == letterOf(kind); }

// The kind a letter names; nullptr for a letter that names none.
constexpr const TensorKindInfo* tensorKindNamed(std::string_view letter) {
  for (const TensorKindInfo& k : kTensorKinds)
    if (k.letter == letter) return &k;
  return nullptr;
}

// W_hh's row blocks of a cell, top to bottom: LSTM i f g o, GRU r z n (PyTorch's order), and the
// vanilla RNN's single block, which computes h itself.
inline constexpr TensorKind kLstmBlocks[] = {TensorKind::Input, TensorKind::Forget, TensorKind::Candidate,
                                             TensorKind::Output};
inline constexpr TensorKind kGruBlocks[] = {TensorKind::Reset, TensorKind::Update, TensorKind::NewGate};
inline constexpr TensorKind kRnnBlocks[] = {TensorKind::Hidden};

constexpr std::span<const TensorKind> recurrentBlocks(CellKind cell) {
  switch (cell) {
    case CellKind::Lstm: return kLstmBlocks;
    case CellKind::Gru: return kGruBlocks;
    case CellKind::Rnn: return kRnnBlocks;
  }
  return {};
}

}  // namespace rnnscope
