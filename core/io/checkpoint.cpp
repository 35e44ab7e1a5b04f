#include "core/io/checkpoint.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/io/metadata.h"
#include "core/util/error.h"

namespace rnnscope {

namespace {

template <class S> constexpr DType dtypeOf() { return std::is_same_v<S, double> ? DType::F64 : DType::F32; }

template <class S>
SafetensorsFile parameterTensors(const ParameterSet<S>& p, const Vec<S>& buffer) {
  SafetensorsFile f;
  for (const auto& info : p.infos()) f.tensors.push_back(makeTensor<S>(info.name, info.shape, buffer.data() + info.offset));
  return f;
}

[[noreturn]] void refuse(const std::string& source, const std::string& rule) {
  throw Error(source + " is not a valid rnnscope checkpoint: " + rule);
}

const std::string& metadataField(const SafetensorsFile& file, const std::string& key, const std::string& source) {
  return requiredMetadata(file, key, source + " is not a valid rnnscope checkpoint");
}

Vocabulary vocabularyFromJson(const std::string& text, const std::string& source) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) refuse(source, "metadata 'vocab' must be a JSON array of code points");
  std::vector<char32_t> points;
  for (const auto& v : j) {
    if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 0x10FFFF)
      refuse(source, "metadata 'vocab' holds something that is not a Unicode code point");
    points.push_back(static_cast<char32_t>(v.get<long long>()));
  }
  try {
    return Vocabulary::fromCodePoints(std::move(points));
  } catch (const Error& e) {
    refuse(source, std::string("metadata 'vocab': ") + e.what());
  }
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

// The tensor table of docs/checkpoint-format.md for a config, checked against the file before a model of that
// config is built: a small file whose config claims a huge model must be refused, not
// allocated (and zero-filled) first.
void checkTensorTable(const SafetensorsFile& file, const ModelConfig& c, const std::string& source) {
  const std::int64_t V = c.vocabSize, E = c.embed, H = c.hidden, GH = std::int64_t(c.gates()) * H;
  std::vector<std::pair<std::string, std::vector<std::int64_t>>> table;
  if (E > 0) table.push_back({"embed.weight", {V, E}});
  for (int l = 0; l < c.layers; ++l) {
    const std::string k = std::to_string(l);
    table.push_back({"rnn.weight_ih_l" + k, {GH, c.inputSize(l)}});
    table.push_back({"rnn.weight_hh_l" + k, {GH, H}});
    table.push_back({"rnn.bias_ih_l" + k, {GH}});
    table.push_back({"rnn.bias_hh_l" + k, {GH}});
    if (c.layerNorm) {
      for (const char* part : {"ln_ih", "ln_hh"})
        for (const char* field : {".weight", ".bias"}) table.push_back({"rnn." + std::string(part) + "_l" + k + field, {GH}});
      if (c.cell == CellKind::Lstm)
        for (const char* field : {".weight", ".bias"}) table.push_back({"rnn.ln_c_l" + k + field, {H}});
    }
  }
  if (c.head) {
    table.push_back({"head.weight", {c.outputs(), H}});
    table.push_back({"head.bias", {c.outputs()}});
  }
  for (const auto& [name, shape] : table) {
    const SafeTensor* t = file.find(name);
    if (!t && name.starts_with("rnn.ln_"))
      refuse(source, "tensor '" + name + "' is missing, but its config has layer_norm: true, which needs the layer-norm gains and biases");
    if (!t) refuse(source, "tensor '" + name + "' is missing");
    if (t->shape != shape)
      refuse(source, "tensor '" + name + "' has shape " + shapeText(t->shape) + " but the config needs " + shapeText(shape));
  }
  if (file.tensors.size() != table.size())
    for (const auto& t : file.tensors)
      if (std::none_of(table.begin(), table.end(), [&](const auto& e) { return e.first == t.name; }))
        refuse(source, "tensor '" + t.name + "' does not belong to a model of this config");
}

template <class S>
void copyTensorsInto(const SafetensorsFile& file, const ParameterSet<S>& p, Vec<S>& buffer, const std::string& source) {
  std::size_t expected = 0;
  for (const auto& info : p.infos()) {
    const SafeTensor* t = file.find(info.name);
    if (!t) refuse(source, "tensor '" + info.name + "' is missing");
    if (t->shape != info.shape) refuse(source, "tensor '" + info.name + "' has the wrong shape for the config");
    if (t->dtype != dtypeOf<S>()) refuse(source, "tensor '" + info.name + "' has a different dtype from the others");
    const auto values = tensorValues<S>(*t);
    std::copy(values.begin(), values.end(), buffer.data() + info.offset);
    ++expected;
  }
  if (file.tensors.size() != expected) {
    for (const auto& t : file.tensors)
      if (p.find(t.name) < 0) refuse(source, "tensor '" + t.name + "' does not belong to a model of this config");
  }
}

}  // namespace

template <class S>
SafetensorsFile checkpointTensors(const Model<S>& model, const Vocabulary& vocab) {
  SafetensorsFile f = parameterTensors(model.params(), model.params().values());
  nlohmann::json points = nlohmann::json::array();
  for (char32_t c : vocab.codePoints()) points.push_back(static_cast<std::uint32_t>(c));
  f.metadata["format"] = kCheckpointFormat;
  f.metadata["config"] = model.config().toJson().dump();
  f.metadata["vocab"] = points.dump();
  return f;
}

template <class S>
void saveCheckpoint(const std::string& path, const Model<S>& model, const Vocabulary& vocab) {
  writeSafetensors(path, checkpointTensors(model, vocab));
}

LoadedCheckpoint checkpointFromTensors(const SafetensorsFile& file, const std::string& source) {
  if (metadataField(file, "format", source) != kCheckpointFormat)
    refuse(source, std::string("metadata 'format' must be '") + kCheckpointFormat + "'");
  const auto configJson = nlohmann::json::parse(metadataField(file, "config", source), nullptr, false);
  if (configJson.is_discarded()) refuse(source, "metadata 'config' is not valid JSON");
  LoadedCheckpoint out;
  try {
    out.config = ModelConfig::fromJson(configJson);
  } catch (const Error& e) {
    refuse(source, std::string("metadata 'config': ") + e.what());
  }
  out.vocab = vocabularyFromJson(metadataField(file, "vocab", source), source);
  if (out.vocab.size() != out.config.vocabSize)
    refuse(source, "metadata 'vocab' has " + std::to_string(out.vocab.size()) + " entries but config says vocab_size " +
                       std::to_string(out.config.vocabSize));
  if (file.tensors.empty()) refuse(source, "it holds no tensors");
  checkTensorTable(file, out.config, source);
  // the dtype of the weights decides the model's dtype; all tensors must agree
  const DType dtype = file.tensors.front().dtype;
  out.config.dtype = dtype;
  if (dtype == DType::F64) {
    out.f64 = std::make_unique<Model<double>>(out.config);
    copyTensorsInto(file, out.f64->params(), out.f64->params().values(), source);
  } else {
    out.f32 = std::make_unique<Model<float>>(out.config);
    copyTensorsInto(file, out.f32->params(), out.f32->params().values(), source);
  }
  return out;
}

LoadedCheckpoint loadCheckpoint(const std::string& path) { return checkpointFromTensors(readSafetensors(path), path); }

template <class S>
void copyWeights(const SafetensorsFile& file, Model<S>& into, const std::string& source) {
  copyTensorsInto(file, into.params(), into.params().values(), source);
}

template <class S>
SafetensorsFile gradientTensors(const Model<S>& model) {
  return parameterTensors(model.params(), model.params().grads());
}

template <class S>
SafetensorsFile trainerStateTensors(Trainer<S>& trainer) {
  SafetensorsFile f;
  auto& opt = trainer.optimizer();
  for (auto& [name, buffer] : opt.stateBuffers())
    f.tensors.push_back(makeTensor<S>("optimizer." + name, {buffer->size()}, buffer->data()));
  const auto st = trainer.state();
  for (std::size_t l = 0; l < st.carried.h.size(); ++l) {
    const auto& h = st.carried.h[l];
    f.tensors.push_back(makeTensor<S>("state.h_l" + std::to_string(l), {h.cols(), h.rows()}, h.data()));
    if (l < st.carried.c.size())
      f.tensors.push_back(makeTensor<S>("state.c_l" + std::to_string(l), {h.cols(), h.rows()}, st.carried.c[l].data()));
  }
  f.metadata["format"] = "rnnscope-trainer/1";
  f.metadata["step"] = std::to_string(st.step);
  f.metadata["optimizer_step"] = std::to_string(opt.stepCount());
  f.metadata["data_offset"] = std::to_string(st.position.offset);
  f.metadata["data_epoch"] = std::to_string(st.position.epoch);
  return f;
}

template <class S>
void restoreTrainerState(const SafetensorsFile& file, Trainer<S>& trainer, const std::string& source) {
  auto bad = [&](const std::string& rule) -> void { throw Error(source + " is not a valid trainer state: " + rule); };
  if (metadataField(file, "format", source) != "rnnscope-trainer/1") bad("metadata 'format' must be 'rnnscope-trainer/1'");
  auto integer = [&](const char* key) {
    return requiredCount(file, key, source + " is not a valid trainer state", source + " is not a valid rnnscope checkpoint");
  };
  // Everything is read and checked before anything is applied: a refused file changes nothing.
  auto& opt = trainer.optimizer();
  std::vector<std::vector<S>> buffers;
  for (auto& [name, buffer] : opt.stateBuffers()) {
    const SafeTensor* t = file.find("optimizer." + name);
    if (!t || t->shape != std::vector<std::int64_t>{buffer->size()}) bad("tensor 'optimizer." + name + "' is missing or has the wrong size");
    buffers.push_back(tensorValues<S>(*t));
  }
  TrainerState<S> st;
  st.step = integer("step");
  st.position = {integer("data_offset"), integer("data_epoch")};
  st.carried = trainer.model().zeroState(trainer.config().batch);
  auto readState = [&](const std::string& name, Mat<S>& m) {
    const SafeTensor* t = file.find(name);
    if (!t || t->shape != std::vector<std::int64_t>{m.cols(), m.rows()}) bad("tensor '" + name + "' is missing or has the wrong shape");
    const auto v = tensorValues<S>(*t);
    std::copy(v.begin(), v.end(), m.data());
  };
  for (std::size_t l = 0; l < st.carried.h.size(); ++l) {
    readState("state.h_l" + std::to_string(l), st.carried.h[l]);
    if (l < st.carried.c.size()) readState("state.c_l" + std::to_string(l), st.carried.c[l]);
  }
  const std::int64_t optimizerStep = integer("optimizer_step");
  trainer.restore(st);  // refuses a data position that does not fit the text before changing anything
  std::size_t i = 0;
  for (auto& [name, buffer] : opt.stateBuffers()) {
    std::copy(buffers[i].begin(), buffers[i].end(), buffer->data());
    ++i;
  }
  opt.setStepCount(optimizerStep);
}

template <class S>
TrainingTensors trainingTensors(Trainer<S>& trainer, const Vocabulary& vocab) {
  TrainingTensors t{checkpointTensors(trainer.model(), vocab), trainerStateTensors(trainer)};
  t.checkpoint.metadata["step"] = std::to_string(trainer.state().step);
  return t;
}

template <class S>
void restoreTraining(const TrainingTensors& tensors, Trainer<S>& trainer, const std::string& source) {
  copyWeights(tensors.checkpoint, trainer.model(), source);
  restoreTrainerState(tensors.trainer, trainer, source);
  const auto step = tensors.checkpoint.metadata.find("step");
  if (step == tensors.checkpoint.metadata.end() || step->second != std::to_string(trainer.state().step))
    throw Error(source + ": the checkpoint and the trainer state are from different steps: they were not saved together");
}

template <class S>
void saveTraining(const TrainingFiles& files, Trainer<S>& trainer, const Vocabulary& vocab) {
  if (!trainer.parametersFinite()) throw Error("the weights are not finite; the files saved last were kept");
  const TrainingTensors t = trainingTensors(trainer, vocab);
  writeSafetensors(files.trainer.string(), t.trainer);
  writeSafetensors(files.checkpoint.string(), t.checkpoint);
}

template <class S>
void restoreTraining(const TrainingFiles& files, Trainer<S>& trainer) {
  const TrainingTensors t{readSafetensors(files.checkpoint.string()), readSafetensors(files.trainer.string())};
  restoreTraining(t, trainer, files.checkpoint.string() + " and " + files.trainer.string());
}

#define RNNSCOPE_INSTANTIATE(S)                                                                        \
  template SafetensorsFile checkpointTensors<S>(const Model<S>&, const Vocabulary&);                   \
  template void saveCheckpoint<S>(const std::string&, const Model<S>&, const Vocabulary&);             \
  template void copyWeights<S>(const SafetensorsFile&, Model<S>&, const std::string&);                  \
  template SafetensorsFile gradientTensors<S>(const Model<S>&);                                        \
  template SafetensorsFile trainerStateTensors<S>(Trainer<S>&);                                        \
  template void restoreTrainerState<S>(const SafetensorsFile&, Trainer<S>&, const std::string&);      \
  template void saveTraining<S>(const TrainingFiles&, Trainer<S>&, const Vocabulary&);                 \
  template void restoreTraining<S>(const TrainingFiles&, Trainer<S>&);                                \
  template TrainingTensors trainingTensors<S>(Trainer<S>&, const Vocabulary&);                         \
  template void restoreTraining<S>(const TrainingTensors&, Trainer<S>&, const std::string&);
RNNSCOPE_INSTANTIATE(float)
RNNSCOPE_INSTANTIATE(double)
#undef RNNSCOPE_INSTANTIATE

}  // namespace rnnscope
