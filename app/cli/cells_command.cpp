// rnnscope-cli cells: per-character activations of every cell for a text, and the ranking of
// cells against a concept.
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "core/analysis/concepts.h"
#include "core/data/utf8.h"
#include "core/io/checkpoint.h"

namespace rnnscope::cli {

namespace {
struct CellsFlags {
  std::string checkpoint, input, inputFile, out, concept_;
  std::size_t top = 10;
  bool noGates = false;
};

SafetensorsFile activationTensors(const ActivationRecord& r) {
  SafetensorsFile f;
  for (const auto& t : r.tensors)
    f.tensors.push_back(makeTensor<float>(t.name(), {t.values.rows(), t.values.cols()}, t.values.data()));
  f.metadata["format"] = "rnnscope-activations/1";
  f.metadata["text"] = encodeUtf8(r.text);
  return f;
}

void cells(const CellsFlags& f) {
  if (f.out.empty() && f.concept_.empty()) throw Error("give --out ACTS.safetensors, --concept NAME, or both");
  auto loaded = loadCheckpoint(f.checkpoint);
  const auto text = decodeUtf8(inputText(f.input, f.inputFile));
  const auto record = loaded.visit([&](auto& model) { return recordActivations(model, loaded.vocab, text); });
  if (!f.out.empty()) writeSafetensors(f.out, activationTensors(record));
  if (f.concept_.empty()) return;
  const auto signal = conceptSignal(f.concept_, text);
  nlohmann::json ranking = nlohmann::json::array();
  for (const auto& s : rankCells(record, signal, f.top, !f.noGates))
    ranking.push_back({{"tensor", s.kind + "_l" + std::to_string(s.layer)}, {"layer", s.layer}, {"unit", s.unit},
                       {"pearson", s.pearson}, {"abs_pearson", std::abs(s.pearson)}, {"auc", s.auc}});
  std::cout << nlohmann::json{{"concept", signal.name}, {"binary", signal.binary}, {"characters", text.size()},
                              {"cells", std::move(ranking)}}.dump()
            << std::endl;
}
}  // namespace

void addCellsCommand(CLI::App& app) {
  auto f = std::make_shared<CellsFlags>();
  auto* cmd = app.add_subcommand("cells", "Per-character cell activations, and cells ranked against a concept");
  cmd->add_option("--checkpoint", f->checkpoint, "checkpoint.safetensors")->required();
  cmd->add_option("--input", f->input, "The probe text");
  cmd->add_option("--input-file", f->inputFile, "Read the probe text from this file instead");
  cmd->add_option("--out", f->out, "Output .safetensors with h_l{k}, c_l{k} and gates, each [T, H]");
  cmd->add_option("--concept", f->concept_,
                  "quote, column, line_length, indent, comment, brackets, string, if_condition or regex:PATTERN");
  cmd->add_option("--top", f->top, "How many cells to rank")->check(CLI::Range(std::size_t(1), std::size_t(100000)));
  cmd->add_flag("--no-gates", f->noGates, "Rank only h and c, not the gates");
  cmd->callback([f] { cells(*f); });
}

}  // namespace rnnscope::cli
