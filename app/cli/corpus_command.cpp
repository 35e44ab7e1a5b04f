// rnnscope-cli corpus: writes one of the generated corpora to a file.
#include <fstream>
#include <iostream>

#include "app/cli/commands.h"
#include "core/data/procedural.h"
#include "core/util/error.h"

namespace rnnscope::cli {

namespace {
struct CorpusFlags {
  std::string kind, out;
  std::size_t chars = 1000000;
  std::uint64_t seed = 1;
};
}  // namespace

void addCorpusCommand(CLI::App& app) {
  auto f = std::make_shared<CorpusFlags>();
  auto* cmd = app.add_subcommand("corpus", "Generate a built-in corpus (dialogue prose, indented code, or recall-D records)");
  cmd->add_option("--kind", f->kind, "dialogue, code or recall-D (D from 2 to 200)")->required();
  cmd->add_option("--chars", f->chars, "Approximate length in characters")->check(CLI::Range(std::size_t(100), std::size_t(500000000)));
  cmd->add_option("--seed", f->seed, "Random seed")->check(notNegative());
  cmd->add_option("--out", f->out, "Output file")->required();
  cmd->callback([f] {
    const std::string text = builtinCorpus(f->kind, f->chars, f->seed);
    std::ofstream out(f->out, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw Error("cannot write " + f->out);
  });
}

}  // namespace rnnscope::cli
