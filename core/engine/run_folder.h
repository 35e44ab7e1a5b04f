#pragma once
// A run folder: what `rnnscope-cli train` writes and the app opens and saves alike (docs/cli.md,
// "Run folder"), so that a run moves between them:
//   DIR/config.json              {"format": "rnnscope-run/1", "train": {...}, "corpus": {source, fingerprint, chars}, "threads"}
//   DIR/metrics.csv              the training curve, one row per step
//   DIR/checkpoint.safetensors   the weights (PyTorch names), with the step in its metadata
//   DIR/trainer.safetensors      optimiser buffers, step, data position, carried state
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/io/checkpoint.h"
#include "core/train/trainer.h"

namespace rnnscope {

struct RunFolder {
  std::filesystem::path dir;
  std::filesystem::path config() const { return dir / "config.json"; }
  std::filesystem::path metrics() const { return dir / "metrics.csv"; }
  std::filesystem::path checkpoint() const { return dir / "checkpoint.safetensors"; }
  std::filesystem::path trainer() const { return dir / "trainer.safetensors"; }
  TrainingFiles training() const { return {checkpoint(), trainer()}; }
};

// A text's fingerprint as config.json writes it: 16 hex digits of its FNV-1a hash.
std::string fingerprintHex(std::u32string_view text);

// config.json's content. `source` is a builtin: spec or an absolute path.
nlohmann::json runConfigJson(const TrainConfig& config, const std::string& source, const std::string& fingerprint,
                             std::size_t characters, int threads);

struct RunConfig {
  TrainConfig train;
  std::string corpusSource;       // may be empty (a lesson's own text)
  std::string corpusFingerprint;  // fingerprintHex of the text it trained on
  nlohmann::json json;            // the whole file
};
// Reads DIR/config.json. Errors start with `context` (e.g. "cannot resume: ") and name the file.
RunConfig readRunConfig(const RunFolder& run, const std::string& context);

}  // namespace rnnscope
