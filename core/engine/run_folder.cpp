#include "core/engine/run_folder.h"

#include <cstdio>
#include <fstream>

#include "core/data/corpus_source.h"
#include "core/util/error.h"

namespace rnnscope {

std::string fingerprintHex(std::u32string_view text) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint(text)));
  return buf;
}

nlohmann::json runConfigJson(const TrainConfig& config, const std::string& source, const std::string& fingerprint,
                             std::size_t characters, int threads) {
  return {{"format", "rnnscope-run/1"},
          {"train", config.toJson()},
          {"corpus", {{"source", source}, {"fingerprint", fingerprint}, {"chars", characters}}},
          {"threads", threads}};
}

RunConfig readRunConfig(const RunFolder& run, const std::string& context) {
  std::ifstream in(run.config());
  if (!in) throw Error(context + run.config().string() + " is missing");
  RunConfig r;
  r.json = nlohmann::json::parse(in, nullptr, false);
  if (r.json.is_discarded() || !r.json.is_object() || !r.json.contains("train") || !r.json.contains("corpus") ||
      !r.json["corpus"].is_object())
    throw Error(context + run.config().string() + " is not an rnnscope run config");
  r.train = TrainConfig::fromJson(r.json["train"]);
  r.corpusSource = r.json["corpus"].value("source", "");
  r.corpusFingerprint = r.json["corpus"].value("fingerprint", "");
  return r;
}

}  // namespace rnnscope
