// rnnscope-cli predict: a trained sequence-task run (train --task) applied to new inputs, one
// per line, one JSON line out per input; caption and vqa runs read a picture (--image) too
// (docs/cli.md, "predict").
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/io/task_checkpoint.h"
#include "core/task/picture_file.h"
#include "core/util/error.h"

namespace rnnscope::cli {

namespace {

struct PredictFlags {
  std::string run, input, inputFile, image;
};

bool readsPictures(TaskKind k) { return k == TaskKind::Caption || k == TaskKind::Vqa; }

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

// {label: p} for every label, from a [K, T] (or [K, 1]) probability matrix's last column.
template <class M>
nlohmann::json probabilitiesJson(const TokenVocabulary& labels, const M& probs) {
  nlohmann::json p = nlohmann::json::object();
  for (int k = 0; k < labels.size(); ++k) p[labels.names[k]] = static_cast<double>(probs(k, probs.cols() - 1));
  return p;
}

// Vqa's answer probabilities: the trainer keeps them private, but the loss of the question
// labelled with answer k is -log p(k), so one pass per answer gives them up to rounding (a
// handful of answers, each a pass of one short question and one small picture).
template <class S>
nlohmann::json answerProbabilities(TaskTrainer<S>& trainer, const LabelledSequence& input) {
  const TokenVocabulary& answers = trainer.data().labels;
  nlohmann::json p = nlohmann::json::object();
  LabelledSequence labelled = input;
  for (int k = 0; k < answers.size(); ++k) {
    labelled.labels = {k};
    p[answers.names[k]] = std::exp(-trainer.lossOf({&labelled}, false));
  }
  return p;
}

template <class S>
void predictLines(TaskTrainer<S>& trainer, const std::string& text, const std::vector<float>& image,
                  const std::string& imagePath) {
  const TaskData& d = trainer.data();
  forEachRow(text, [&](std::string_view line, std::size_t lineNumber) {
    LabelledSequence input;
    input.tokens = encodeLine(d, line, lineNumber);
    input.image = image;
    const auto out = trainer.predict(input);
    nlohmann::json j = {{"input", line}};
    switch (d.kind) {
      case TaskKind::Classify:
        j["label"] = d.labels.names[out[0]];
        j["probabilities"] = probabilitiesJson(d.labels, trainer.model().probabilities());  // of the prediction's pass
        break;
      case TaskKind::Tag: {
        nlohmann::json tags = nlohmann::json::array();
        for (auto id : out) tags.push_back(d.labels.names[id]);
        j["tags"] = tags;
        break;
      }
      case TaskKind::Seq2Seq: j["output"] = joinTokens(d.labels, out, d.tokens); break;
      case TaskKind::Vqa:
        j["image"] = imagePath;
        j["answer"] = d.labels.names[out[0]];
        j["probabilities"] = answerProbabilities(trainer, input);
        break;
      case TaskKind::Caption: break;  // no lines of text: predictCaption
    }
    std::cout << j.dump() << '\n';
  });
  std::cout.flush();
}

// A caption run reads only the picture: one line, its caption as text and as words.
template <class S>
void predictCaption(TaskTrainer<S>& trainer, const std::vector<float>& image, const std::string& imagePath) {
  const TaskData& d = trainer.data();
  LabelledSequence input;
  input.image = image;
  const auto out = trainer.predict(input);
  nlohmann::json tokens = nlohmann::json::array();
  for (auto id : out)  // the caption's words: <pad>, which joinTokens leaves out, stays out here too
    if (d.labels.names[id] != kPadToken) tokens.push_back(d.labels.names[id]);
  const nlohmann::json j = {{"image", imagePath}, {"caption", joinTokens(d.labels, out, d.tokens)}, {"tokens", tokens}};
  std::cout << j.dump() << '\n';
  std::cout.flush();
}

// The flags a run of this kind needs, before anything is read: one line saying what to give.
void checkFlagsFitTheRun(const PredictFlags& f, TaskKind kind) {
  const bool text = !f.input.empty() || !f.inputFile.empty();
  if (!readsPictures(kind) && !f.image.empty())
    throw Error("--image is for caption and vqa runs; this " + toString(kind) + " run reads lines of text (--input or --input-file)");
  if (readsPictures(kind) && f.image.empty())
    throw Error("a " + toString(kind) + " run reads a picture: give --image FILE.ppm (16x16 PPM)" +
                (kind == TaskKind::Vqa ? " and the questions with --input or --input-file" : ""));
  if (kind == TaskKind::Caption && text)
    throw Error("a caption run reads only its picture; leave out --input and --input-file");
}

template <class S>
void predictWith(const TaskConfig& config, TaskData data, const SafetensorsFile& file, const std::string& path,
                 const PredictFlags& f, const std::string& text, const std::vector<float>& image) {
  TaskTrainer<S> trainer(config, std::move(data));
  copyTaskWeights(file, trainer, path);
  if (trainer.data().kind == TaskKind::Caption)
    predictCaption(trainer, image, f.image);
  else
    predictLines(trainer, text, image, f.image);
}

void predict(const PredictFlags& f) {
  const std::string path = (std::filesystem::path(f.run) / "checkpoint.safetensors").string();
  if (!std::filesystem::exists(path)) throw Error("cannot predict: " + path + " does not exist (train with --task --out " + f.run + " first)");
  const SafetensorsFile file = readSafetensors(path);
  TaskCheckpointHeader header = readTaskCheckpointHeader(file, path);
  const TaskKind kind = header.data.kind;
  checkFlagsFitTheRun(f, kind);
  const std::vector<float> image = readsPictures(kind) ? readPicture(f.image) : std::vector<float>{};
  const std::string text = kind == TaskKind::Caption ? std::string() : inputText(f.input, f.inputFile);
  TaskConfig config;
  config.model = header.model;
  if (header.model.dtype == DType::F64)
    predictWith<double>(config, std::move(header.data), file, path, f, text, image);
  else
    predictWith<float>(config, std::move(header.data), file, path, f, text, image);
}

}  // namespace

void addPredictCommand(CLI::App& app) {
  auto f = std::make_shared<PredictFlags>();
  auto* cmd = app.add_subcommand("predict", "Apply a sequence-task run (train --task) to inputs, one per line, or to a picture; prints JSON lines");
  cmd->add_option("--run", f->run, "The run directory train --task wrote")->required();
  cmd->add_option("--input", f->input, "Inputs, one per line");
  cmd->add_option("--input-file", f->inputFile, "A UTF-8 file of inputs, one per line");
  cmd->add_option("--image", f->image, "A caption or vqa run's picture: a 16x16 PPM file (P6 or P3)");
  cmd->callback([f] { predict(*f); });
}

}  // namespace rnnscope::cli
