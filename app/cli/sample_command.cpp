// rnnscope-cli sample: text from a checkpoint, with a prime, temperature and seed.
#include <iostream>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "core/data/utf8.h"
#include "core/io/checkpoint.h"
#include "core/nn/sampling.h"

namespace rnnscope::cli {

namespace {
struct SampleFlags {
  std::string checkpoint, prime;
  int length = 200;
  double temperature = 1.0;
  std::uint64_t seed = 1;
};

void sample(const SampleFlags& f) {
  auto loaded = loadCheckpoint(f.checkpoint);
  SampleOptions o;
  o.prime = decodeUtf8(f.prime);
  o.length = f.length;
  o.temperature = f.temperature;
  o.seed = f.seed;
  const auto text = loaded.visit([&](auto& model) { return sampleText(model, loaded.vocab, o); });
  std::cout << f.prime << encodeUtf8(text) << std::endl;
}
}  // namespace

void addSampleCommand(CLI::App& app) {
  auto f = std::make_shared<SampleFlags>();
  auto* cmd = app.add_subcommand("sample", "Generate text from a checkpoint");
  cmd->add_option("--checkpoint", f->checkpoint, "checkpoint.safetensors")->required();
  cmd->add_option("--prime", f->prime, "Text fed to the model first (printed before the sample)");
  cmd->add_option("--length", f->length, "Characters to generate")->check(CLI::Range(1, 1000000));
  cmd->add_option("--temperature", f->temperature, "Softmax temperature; 0 = most likely character")->check(CLI::Range(0.0, 10.0));
  cmd->add_option("--seed", f->seed, "Random seed")->check(notNegative());
  cmd->callback([f] { sample(*f); });
}

}  // namespace rnnscope::cli
