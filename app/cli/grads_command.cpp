// rnnscope-cli grads: d(loss)/d(param) of one full-BPTT pass over a text, from the zero state,
// targets = input shifted by one; written under each parameter's own name.
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "core/data/utf8.h"
#include "core/io/checkpoint.h"

namespace rnnscope::cli {

namespace {
struct GradsFlags {
  std::string checkpoint, input, inputFile, out;
};

void grads(const GradsFlags& f) {
  auto loaded = loadCheckpoint(f.checkpoint);
  const auto tokens = loaded.vocab.encode(decodeUtf8(inputText(f.input, f.inputFile)));
  if (tokens.size() < 2) throw Error("--input needs at least two characters (one to read, one to predict)");
  const std::span<const std::int32_t> all(tokens);
  const auto inputs = all.first(all.size() - 1), targets = all.subspan(1);
  double loss = 0;
  loaded.visit([&](auto& model) {
    auto state = model.zeroState(1);
    model.forward(inputs, 1, state);
    loss = static_cast<double>(model.loss(targets));
    model.backward();
    writeSafetensors(f.out, gradientTensors(model));
  });
  std::cout << nlohmann::json{{"loss", loss}, {"positions", inputs.size()}}.dump() << std::endl;
}
}  // namespace

void addGradsCommand(CLI::App& app) {
  auto f = std::make_shared<GradsFlags>();
  auto* cmd = app.add_subcommand("grads", "Write d(loss)/d(param) of one full-BPTT pass over a text");
  cmd->add_option("--checkpoint", f->checkpoint, "checkpoint.safetensors")->required();
  cmd->add_option("--input", f->input, "The text (targets are the text shifted by one)");
  cmd->add_option("--input-file", f->inputFile, "Read the text from this file instead");
  cmd->add_option("--out", f->out, "Output .safetensors")->required();
  cmd->callback([f] { grads(*f); });
}

}  // namespace rnnscope::cli
