#include "core/io/task_checkpoint.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/io/metadata.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

[[noreturn]] void refuse(const std::string& source, const std::string& rule) {
  throw Error(source + " is not a valid rnnscope task checkpoint: " + rule);
}

const std::string& field(const SafetensorsFile& file, const std::string& key, const std::string& source) {
  return requiredMetadata(file, key, source + " is not a valid rnnscope task checkpoint");
}

nlohmann::json namesJson(const TokenVocabulary& v) { return nlohmann::json(v.names); }

TokenVocabulary namesFrom(const SafetensorsFile& file, const std::string& key, const std::string& source) {
  const auto j = nlohmann::json::parse(field(file, key, source), nullptr, false);
  if (j.is_discarded() || !j.is_array() || j.empty()) refuse(source, "metadata '" + key + "' must be a JSON array of strings");
  TokenVocabulary v;
  for (const auto& name : j) {
    if (!name.is_string()) refuse(source, "metadata '" + key + "' must be a JSON array of strings");
    const auto text = name.get<std::string>();
    if (v.find(text) >= 0) refuse(source, "metadata '" + key + "' names '" + text + "' twice");
    v.names.push_back(text);
  }
  return v;
}

std::int64_t nonNegative(const SafetensorsFile& file, const std::string& key, const std::string& source) {
  const std::string refusal = source + " is not a valid rnnscope task checkpoint";
  return requiredCount(file, key, refusal, refusal);
}

}  // namespace

template <class S>
SafetensorsFile taskCheckpointTensors(TaskTrainer<S>& trainer) {
  SafetensorsFile f;
  for (const auto& part : trainer.parts()) {
    const auto& p = *part.params;
    for (const auto& info : p.infos())
      f.tensors.push_back(makeTensor<S>(part.prefix + info.name, info.shape, p.values().data() + info.offset));
  }
  const TaskData& d = trainer.data();
  f.metadata["format"] = kTaskCheckpointFormat;
  f.metadata["task"] = toString(d.kind);
  f.metadata["tokens"] = d.tokens == Tokens::Words ? "words" : "characters";
  f.metadata["config"] = trainer.model().config().toJson().dump();
  f.metadata["inputs"] = namesJson(d.inputs).dump();
  f.metadata["labels"] = namesJson(d.labels).dump();
  f.metadata["step"] = std::to_string(trainer.stepCount());
  return f;
}

TaskCheckpointHeader readTaskCheckpointHeader(const SafetensorsFile& file, const std::string& source) {
  if (field(file, "format", source) != kTaskCheckpointFormat)
    refuse(source, std::string("metadata 'format' must be '") + kTaskCheckpointFormat + "'");
  TaskCheckpointHeader h;
  try {
    h.data.kind = taskKindFromString(field(file, "task", source));
  } catch (const Error& e) {
    refuse(source, e.what());
  }
  const std::string& tokens = field(file, "tokens", source);
  if (tokens != "words" && tokens != "characters") refuse(source, "metadata 'tokens' must be 'words' or 'characters'");
  h.data.tokens = tokens == "words" ? Tokens::Words : Tokens::Characters;
  h.data.inputs = namesFrom(file, "inputs", source);
  h.data.labels = namesFrom(file, "labels", source);
  if (h.data.inputs.names[0] != kPadToken) refuse(source, "metadata 'inputs' must start with <pad>");
  const bool decodes = h.data.kind == TaskKind::Seq2Seq || h.data.kind == TaskKind::Caption;
  if (decodes && (h.data.labels.size() < 3 || h.data.labels.find(kStartToken) != 1 || h.data.labels.find(kEndToken) != 2))
    refuse(source, "a " + toString(h.data.kind) + " checkpoint's 'labels' must start with <pad>, <s>, </s>");
  const auto config = nlohmann::json::parse(field(file, "config", source), nullptr, false);
  if (config.is_discarded()) refuse(source, "metadata 'config' is not valid JSON");
  try {
    h.model = ModelConfig::fromJson(config);
  } catch (const Error& e) {
    refuse(source, std::string("metadata 'config': ") + e.what());
  }
  // the recurrent stack's config: the decoder's (seq2seq, caption), the question encoder's (vqa)
  bool fits = false;
  switch (h.data.kind) {
    case TaskKind::Classify:
    case TaskKind::Tag:
      fits = h.model.head && h.model.labels == h.data.labels.size() && h.model.vocabSize == h.data.inputs.size();
      break;
    case TaskKind::Seq2Seq:
    case TaskKind::Caption: fits = h.model.head && h.model.labels == 0 && h.model.vocabSize == h.data.labels.size(); break;
    case TaskKind::Vqa: fits = !h.model.head && h.model.vocabSize == h.data.inputs.size(); break;
  }
  if (!fits) refuse(source, "metadata 'config' does not match its vocabularies");
  return h;
}

template <class S>
void copyTaskWeights(const SafetensorsFile& file, TaskTrainer<S>& trainer, const std::string& source) {
  std::size_t expected = 0;
  std::vector<std::pair<S*, std::vector<S>>> copies;  // checked whole before anything is written
  for (const auto& part : trainer.parts()) {
    auto& p = *part.params;
    for (const auto& info : p.infos()) {
      const std::string name = part.prefix + info.name;
      const SafeTensor* t = file.find(name);
      if (!t) refuse(source, "tensor '" + name + "' is missing");
      if (t->shape != info.shape) refuse(source, "tensor '" + name + "' has the wrong shape for the config");
      if (t->dtype != (std::is_same_v<S, double> ? DType::F64 : DType::F32))
        refuse(source, "tensor '" + name + "' has a different dtype from the config's");
      copies.emplace_back(p.values().data() + info.offset, tensorValues<S>(*t));
      ++expected;
    }
  }
  if (file.tensors.size() != expected) refuse(source, "it holds tensors that belong to no part of this task's model");
  for (auto& [to, values] : copies) std::copy(values.begin(), values.end(), to);
}

template <class S>
SafetensorsFile taskTrainerStateTensors(TaskTrainer<S>& trainer) {
  SafetensorsFile f;
  for (const auto& part : trainer.parts())
    for (auto& [name, buffer] : part.optimizer->stateBuffers())
      f.tensors.push_back(makeTensor<S>(part.prefix + "optimizer." + name, {buffer->size()}, buffer->data()));
  const TaskTrainerState st = trainer.state();
  f.metadata["format"] = "rnnscope-task-trainer/1";
  f.metadata["step"] = std::to_string(st.step);
  f.metadata["epoch"] = std::to_string(st.epoch);
  f.metadata["cursor"] = std::to_string(st.cursor);
  f.metadata["optimizer_step"] = std::to_string(trainer.parts().front().optimizer->stepCount());
  f.metadata["train_order"] = nlohmann::json(st.trainOrder).dump();
  f.metadata["shuffle"] = nlohmann::json(std::vector<std::string>{std::to_string(st.shuffle[0]), std::to_string(st.shuffle[1]),
                                                                   std::to_string(st.shuffle[2]), std::to_string(st.shuffle[3])})
                              .dump();
  return f;
}

template <class S>
void saveTaskTraining(const TaskCheckpointFiles& files, TaskTrainer<S>& trainer) {
  if (!trainer.parametersFinite()) throw Error("the weights are not finite; the files saved last were kept");
  writeSafetensors(files.trainer.string(), taskTrainerStateTensors(trainer));
  writeSafetensors(files.checkpoint.string(), taskCheckpointTensors(trainer));
}

template <class S>
void restoreTaskTraining(const TaskCheckpointFiles& files, TaskTrainer<S>& trainer) {
  const std::string source = files.checkpoint.string() + " and " + files.trainer.string();
  const SafetensorsFile weights = readSafetensors(files.checkpoint.string());
  const SafetensorsFile state = readSafetensors(files.trainer.string());
  readTaskCheckpointHeader(weights, files.checkpoint.string());
  if (field(state, "format", source) != "rnnscope-task-trainer/1") refuse(source, "the trainer state's format is not rnnscope-task-trainer/1");
  TaskTrainerState st;
  st.step = nonNegative(state, "step", source);
  st.epoch = nonNegative(state, "epoch", source);
  st.cursor = static_cast<std::size_t>(nonNegative(state, "cursor", source));
  if (field(weights, "step", source) != std::to_string(st.step))
    throw Error(source + ": the checkpoint and the trainer state are from different steps: they were not saved together");
  const auto order = nlohmann::json::parse(field(state, "train_order", source), nullptr, false);
  const auto shuffle = nlohmann::json::parse(field(state, "shuffle", source), nullptr, false);
  if (order.is_discarded() || !order.is_array() || shuffle.is_discarded() || !shuffle.is_array() || shuffle.size() != 4)
    refuse(source, "the trainer state's order of examples is not readable");
  try {
    st.trainOrder = order.get<std::vector<std::size_t>>();
    for (int i = 0; i < 4; ++i) st.shuffle[i] = std::stoull(shuffle[i].get<std::string>());
  } catch (const std::exception&) {
    refuse(source, "the trainer state's order of examples is not readable");
  }
  std::vector<std::vector<S>> buffers;
  for (const auto& part : trainer.parts())
    for (auto& [name, buffer] : part.optimizer->stateBuffers()) {
      const SafeTensor* t = state.find(part.prefix + "optimizer." + name);
      if (!t || t->shape != std::vector<std::int64_t>{buffer->size()})
        refuse(source, "tensor '" + part.prefix + "optimizer." + name + "' is missing or has the wrong size");
      buffers.push_back(tensorValues<S>(*t));
    }
  const std::int64_t optimizerStep = nonNegative(state, "optimizer_step", source);
  // each of the two refuses before it changes anything; the first is undone if the second refuses
  const TaskTrainerState before = trainer.state();
  trainer.restore(st);
  try {
    copyTaskWeights(weights, trainer, files.checkpoint.string());
  } catch (...) {
    trainer.restore(before);
    throw;
  }
  std::size_t i = 0;
  for (const auto& part : trainer.parts()) {
    for (auto& [name, buffer] : part.optimizer->stateBuffers()) {
      std::copy(buffers[i].begin(), buffers[i].end(), buffer->data());
      ++i;
    }
    part.optimizer->setStepCount(optimizerStep);
  }
}

#define RNNSCOPE_INSTANTIATE(S)                                                                     \
  template SafetensorsFile taskCheckpointTensors<S>(TaskTrainer<S>&);                               \
  template SafetensorsFile taskTrainerStateTensors<S>(TaskTrainer<S>&);                             \
  template void saveTaskTraining<S>(const TaskCheckpointFiles&, TaskTrainer<S>&);                   \
  template void restoreTaskTraining<S>(const TaskCheckpointFiles&, TaskTrainer<S>&);                \
  template void copyTaskWeights<S>(const SafetensorsFile&, TaskTrainer<S>&, const std::string&);
RNNSCOPE_INSTANTIATE(float)
RNNSCOPE_INSTANTIATE(double)
#undef RNNSCOPE_INSTANTIATE

}  // namespace rnnscope
