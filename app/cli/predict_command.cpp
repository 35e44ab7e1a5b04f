// rnnscope-cli predict: a trained sequence-task run (train --task) applied to new inputs, one
// per line, one JSON line out per input (docs/cli.md, "predict").
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/io/task_checkpoint.h"
#include "core/util/error.h"

namespace rnnscope::cli {

namespace {

struct PredictFlags {
  std::string run, input, inputFile;
};

std::vector<std::int32_t> encodeLine(const TaskData& d, std::string_view line, std::size_t lineNumber) {
  std::vector<std::int32_t> ids;
  for (const auto& token : splitTokens(line, d.tokens)) {
    const int id = d.inputs.find(token);
    if (id <= 0)  // absent, or the padding token, which no input may name
      throw Error("input line " + std::to_string(lineNumber) + ": the " + (d.tokens == Tokens::Words ? "word" : "character") +
                  " '" + token + "' is not in the model's vocabulary");
    ids.push_back(id);
  }
  return ids;
}

template <class S>
void predictLines(TaskTrainer<S>& trainer, const std::string& text) {
  const TaskData& d = trainer.data();
  forEachRow(text, [&](std::string_view line, std::size_t lineNumber) {
    LabelledSequence input;
    input.tokens = encodeLine(d, line, lineNumber);
    const auto out = trainer.predict(input);
    nlohmann::json j = {{"input", line}};
    switch (d.kind) {
      case TaskKind::Classify: {
        j["label"] = d.labels.names[out[0]];
        nlohmann::json p = nlohmann::json::object();
        const auto& probs = trainer.model().probabilities();  // [K, T] of the prediction's pass
        for (int k = 0; k < d.labels.size(); ++k) p[d.labels.names[k]] = static_cast<double>(probs(k, probs.cols() - 1));
        j["probabilities"] = p;
        break;
      }
      case TaskKind::Tag: {
        nlohmann::json tags = nlohmann::json::array();
        for (auto id : out) tags.push_back(d.labels.names[id]);
        j["tags"] = tags;
        break;
      }
      case TaskKind::Seq2Seq: j["output"] = joinTokens(d.labels, out, d.tokens); break;
      case TaskKind::Caption:
      case TaskKind::Vqa: break;  // refused before: they read pictures
    }
    std::cout << j.dump() << '\n';
  });
  std::cout.flush();
}

void predict(const PredictFlags& f) {
  const std::string text = inputText(f.input, f.inputFile);
  const std::string path = (std::filesystem::path(f.run) / "checkpoint.safetensors").string();
  if (!std::filesystem::exists(path)) throw Error("cannot predict: " + path + " does not exist (train with --task --out " + f.run + " first)");
  const SafetensorsFile file = readSafetensors(path);
  TaskCheckpointHeader header = readTaskCheckpointHeader(file, path);
  if (header.data.kind == TaskKind::Caption || header.data.kind == TaskKind::Vqa)
    throw Error("predict reads lines of text; a " + toString(header.data.kind) +
                " run reads pictures: its validation accuracy is in metrics.csv");
  TaskConfig config;
  config.model = header.model;
  if (header.model.dtype == DType::F64) {
    TaskTrainer<double> trainer(config, std::move(header.data));
    copyTaskWeights(file, trainer, path);
    predictLines(trainer, text);
  } else {
    TaskTrainer<float> trainer(config, std::move(header.data));
    copyTaskWeights(file, trainer, path);
    predictLines(trainer, text);
  }
}

}  // namespace

void addPredictCommand(CLI::App& app) {
  auto f = std::make_shared<PredictFlags>();
  auto* cmd = app.add_subcommand("predict", "Apply a sequence-task run (train --task) to inputs, one per line; prints JSON lines");
  cmd->add_option("--run", f->run, "The run directory train --task wrote")->required();
  cmd->add_option("--input", f->input, "Inputs, one per line");
  cmd->add_option("--input-file", f->inputFile, "A UTF-8 file of inputs, one per line");
  cmd->callback([f] { predict(*f); });
}

}  // namespace rnnscope::cli
