// Any bytes as a checkpoint, then as the trainer state of a small run: a model, a restored
// trainer, or rnnscope::Error; never a crash, a leak or an allocation beyond what the file's
// own size justifies.
#include <cstdint>

#include "core/data/corpus.h"
#include "core/io/checkpoint.h"
#include "core/util/error.h"

namespace {
rnnscope::Trainer<float>& smallTrainer() {
  static rnnscope::Trainer<float> trainer = [] {
    rnnscope::TrainConfig c;
    c.model.cell = rnnscope::CellKind::Lstm;
    // the run of the seed corpus/checkpoint/lstm-trainer.safetensors
    c.model.hidden = 3;
    c.model.embed = 2;
    c.model.vocabSize = 11;
    c.batch = 1;
    c.seqLen = 4;
    std::vector<std::int32_t> tokens;
    for (int i = 0; i < 128; ++i) tokens.push_back(i % 11);
    return rnnscope::Trainer<float>(c, tokens, tokens);
  }();
  return trainer;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rnnscope;
  SafetensorsFile file;
  try {
    file = parseSafetensors({data, size}, "fuzz");
  } catch (const Error&) {
    return 0;
  }
  try {
    auto loaded = checkpointFromTensors(file, "fuzz");
  } catch (const Error&) {
  }
  try {
    restoreTrainerState(file, smallTrainer(), "fuzz");
  } catch (const Error&) {
  }
  return 0;
}
