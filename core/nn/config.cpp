#include "core/nn/config.h"

#include "core/util/enum_names.h"
#include "core/util/error.h"
#include "core/util/json_fields.h"

namespace rnnscope {

namespace {
constexpr std::pair<const char*, CellKind> kCells[] = {
    {"rnn", CellKind::Rnn}, {"lstm", CellKind::Lstm}, {"gru", CellKind::Gru}};
constexpr std::pair<const char*, Nonlinearity> kNonlin[] = {
    {"tanh", Nonlinearity::Tanh}, {"relu", Nonlinearity::Relu}};
constexpr std::pair<const char*, GruVariant> kGru[] = {
    {"reset_after", GruVariant::ResetAfter}, {"classic", GruVariant::Classic}};
constexpr std::pair<const char*, DType> kDtype[] = {{"f32", DType::F32}, {"f64", DType::F64}};
}  // namespace

std::string toString(CellKind c) { return enumName(c, kCells); }
std::string toString(Nonlinearity n) { return enumName(n, kNonlin); }
std::string toString(GruVariant v) { return enumName(v, kGru); }
std::string toString(DType d) { return enumName(d, kDtype); }
CellKind cellKindFromString(const std::string& s) { return parseEnum(s, "cell", kCells); }
Nonlinearity nonlinearityFromString(const std::string& s) { return parseEnum(s, "nonlinearity", kNonlin); }
GruVariant gruVariantFromString(const std::string& s) { return parseEnum(s, "gru_variant", kGru); }
DType dtypeFromString(const std::string& s) { return parseEnum(s, "dtype", kDtype); }

void ModelConfig::validate() const {
  auto need = [](bool ok, const std::string& msg) {
    if (!ok) throw Error(msg);
  };
  need(hidden >= 1 && hidden <= 4096, "hidden size must be between 1 and 4096, got " + std::to_string(hidden));
  need(layers >= 1 && layers <= 4, "layers must be between 1 and 4, got " + std::to_string(layers));
  need(embed >= 0 && embed <= 4096, "embedding size must be between 0 (one-hot) and 4096, got " + std::to_string(embed));
  need(vocabSize >= 1 && vocabSize <= 1 << 20,
       "vocabulary size must be between 1 and 1048576, got " + std::to_string(vocabSize));
  need(!layerNorm || cell != CellKind::Gru,
       "layer normalisation (layer_norm) is available for the rnn and lstm cells, not for gru");
  need(labels >= 0 && labels <= 1 << 16, "labels must be between 0 (the next token) and 65536, got " + std::to_string(labels));
}

nlohmann::json ModelConfig::toJson() const {
  nlohmann::json j = {{"cell", toString(cell)},       {"nonlinearity", toString(nonlinearity)},
          {"gru_variant", toString(gruVariant)}, {"hidden", hidden},
          {"layers", layers},             {"embed", embed},
          {"vocab_size", vocabSize},      {"dtype", toString(dtype)},
          {"layer_norm", layerNorm}};
  // written only off their defaults, so a language model's file is what it was before tasks
  if (labels > 0) j["labels"] = labels;
  if (!head) j["head"] = false;
  return j;
}

ModelConfig ModelConfig::fromJson(const nlohmann::json& j) {
  namespace jf = json_fields;
  jf::requireObject(j, "model config");
  ModelConfig c;
  c.cell = cellKindFromString(jf::text(j, "cell", toString(c.cell)));
  c.nonlinearity = nonlinearityFromString(jf::text(j, "nonlinearity", toString(c.nonlinearity)));
  c.gruVariant = gruVariantFromString(jf::text(j, "gru_variant", toString(c.gruVariant)));
  c.hidden = static_cast<int>(jf::integer(j, "hidden", c.hidden, 1, 4096));
  c.layers = static_cast<int>(jf::integer(j, "layers", c.layers, 1, 4));
  c.embed = static_cast<int>(jf::integer(j, "embed", c.embed, 0, 4096));
  c.vocabSize = static_cast<int>(jf::integer(j, "vocab_size", c.vocabSize, 1, 1 << 20));
  c.dtype = dtypeFromString(jf::text(j, "dtype", toString(c.dtype)));
  c.layerNorm = jf::flag(j, "layer_norm", c.layerNorm);  // absent in files older than the field: off
  c.labels = static_cast<int>(jf::integer(j, "labels", c.labels, 0, 1 << 16));  // absent: a language model
  c.head = jf::flag(j, "head", c.head);
  c.validate();
  return c;
}

}  // namespace rnnscope
