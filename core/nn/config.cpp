#include "core/nn/config.h"

#include "core/util/error.h"

namespace rnnscope {

namespace {
template <class Enum, std::size_t N>
Enum parseEnum(const std::string& s, const char* field, const std::pair<const char*, Enum> (&names)[N]) {
  for (const auto& [name, value] : names)
    if (s == name) return value;
  std::string allowed;
  for (const auto& [name, value] : names) allowed += std::string(allowed.empty() ? "" : ", ") + name;
  throw Error(std::string("unknown ") + field + " '" + s + "' (expected one of: " + allowed + ")");
}
template <class Enum, std::size_t N>
std::string printEnum(Enum e, const std::pair<const char*, Enum> (&names)[N]) {
  for (const auto& [name, value] : names)
    if (e == value) return name;
  return "?";
}

constexpr std::pair<const char*, CellKind> kCells[] = {
    {"rnn", CellKind::Rnn}, {"lstm", CellKind::Lstm}, {"gru", CellKind::Gru}};
constexpr std::pair<const char*, Nonlinearity> kNonlin[] = {
    {"tanh", Nonlinearity::Tanh}, {"relu", Nonlinearity::Relu}};
constexpr std::pair<const char*, GruVariant> kGru[] = {
    {"reset_after", GruVariant::ResetAfter}, {"classic", GruVariant::Classic}};
constexpr std::pair<const char*, DType> kDtype[] = {{"f32", DType::F32}, {"f64", DType::F64}};
}  // namespace

std::string toString(CellKind c) { return printEnum(c, kCells); }
std::string toString(Nonlinearity n) { return printEnum(n, kNonlin); }
std::string toString(GruVariant v) { return printEnum(v, kGru); }
std::string toString(DType d) { return printEnum(d, kDtype); }
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
}

nlohmann::json ModelConfig::toJson() const {
  return {{"cell", toString(cell)},       {"nonlinearity", toString(nonlinearity)},
          {"gru_variant", toString(gruVariant)}, {"hidden", hidden},
          {"layers", layers},             {"embed", embed},
          {"vocab_size", vocabSize},      {"dtype", toString(dtype)}};
}

ModelConfig ModelConfig::fromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw Error("model config must be a JSON object");
  ModelConfig c;
  auto str = [&](const char* key, const std::string& def) {
    if (!j.contains(key)) return def;
    if (!j[key].is_string()) throw Error(std::string("config field '") + key + "' must be a string");
    return j[key].get<std::string>();
  };
  auto integer = [&](const char* key, int def) {
    if (!j.contains(key)) return def;
    if (!j[key].is_number_integer()) throw Error(std::string("config field '") + key + "' must be an integer");
    const auto v = j[key].get<long long>();
    if (v < -1000000000LL || v > 1000000000LL) throw Error(std::string("config field '") + key + "' is out of range");
    return static_cast<int>(v);
  };
  c.cell = cellKindFromString(str("cell", toString(c.cell)));
  c.nonlinearity = nonlinearityFromString(str("nonlinearity", toString(c.nonlinearity)));
  c.gruVariant = gruVariantFromString(str("gru_variant", toString(c.gruVariant)));
  c.hidden = integer("hidden", c.hidden);
  c.layers = integer("layers", c.layers);
  c.embed = integer("embed", c.embed);
  c.vocabSize = integer("vocab_size", c.vocabSize);
  c.dtype = dtypeFromString(str("dtype", toString(c.dtype)));
  c.validate();
  return c;
}

}  // namespace rnnscope
