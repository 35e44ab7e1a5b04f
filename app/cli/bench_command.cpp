// rnnscope-cli bench: training and inference throughput of one configuration on random text
// (embedding 32, vocabulary 96, Adam, clipping at norm 5), as docs/cli.md specifies; the
// scripts in bench/ compare it with PyTorch.
#include <chrono>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "core/train/trainer.h"
#include "core/util/random.h"

namespace rnnscope::cli {

namespace {
struct BenchFlags {
  std::string cell = "lstm";
  int hidden = 128, layers = 1, batch = 32, seqLen = 64, steps = 50, threads = 2, warmup = 3;
};

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void bench(const BenchFlags& f) {
  setThreads(f.threads);
  TrainConfig cfg;
  cfg.model.cell = cellKindFromString(f.cell);
  cfg.model.hidden = f.hidden;
  cfg.model.layers = f.layers;
  cfg.model.embed = 32;
  cfg.model.vocabSize = 96;
  cfg.optimizer.kind = OptimizerKind::Adam;
  cfg.optimizer.learningRate = 1e-3;
  cfg.clip = {ClipMode::Norm, 5.0};
  cfg.batch = f.batch;
  cfg.seqLen = f.seqLen;
  cfg.validationFraction = 0;
  cfg.validate();

  const int windows = f.steps + f.warmup;
  std::vector<std::int32_t> tokens(static_cast<std::size_t>(f.batch) * (static_cast<std::size_t>(f.seqLen) * windows + 2));
  Rng rng(7);
  for (auto& t : tokens) t = static_cast<std::int32_t>(rng.below(96));
  Trainer<float> trainer(cfg, tokens, {});

  for (int i = 0; i < f.warmup; ++i) trainer.step();
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < f.steps; ++i) trainer.step();
  const double trainSeconds = secondsSince(t0);

  auto& model = trainer.model();
  StreamBatcher batcher(tokens, f.batch, f.seqLen);
  Window w;
  auto state = model.zeroState(f.batch);
  batcher.next(w);
  model.forward(w.inputs, f.batch, state);  // warm-up
  t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < f.steps; ++i) {
    batcher.next(w);
    model.forward(w.inputs, f.batch, state);
    model.computeProbabilities();
  }
  const double inferSeconds = secondsSince(t0);
  const double chars = double(f.batch) * f.seqLen * f.steps;
  std::cout << nlohmann::json{{"train_chars_per_sec", chars / trainSeconds}, {"infer_chars_per_sec", chars / inferSeconds}}.dump()
            << std::endl;
}
}  // namespace

void addBenchCommand(CLI::App& app) {
  auto f = std::make_shared<BenchFlags>();
  auto* cmd = app.add_subcommand("bench", "Measure training and inference throughput");
  cmd->add_option("--cell", f->cell, "rnn, lstm or gru");
  cmd->add_option("--hidden", f->hidden, "Hidden units")->check(CLI::Range(1, 4096));
  cmd->add_option("--layers", f->layers, "Layers")->check(CLI::Range(1, 4));
  cmd->add_option("--batch", f->batch, "Batch")->check(CLI::Range(1, 4096));
  cmd->add_option("--seq-len", f->seqLen, "Window length")->check(CLI::Range(1, 100000));
  cmd->add_option("--steps", f->steps, "Timed steps")->check(CLI::Range(1, 1000000));
  cmd->add_option("--threads", f->threads, "Threads")->check(CLI::Range(1, 64));
  cmd->callback([f] { bench(*f); });
}

}  // namespace rnnscope::cli
