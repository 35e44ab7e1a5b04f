#include "app/cli/task_train.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "core/data/corpus.h"
#include "core/data/corpus_source.h"
#include "core/data/utf8.h"
#include "core/engine/metrics_csv.h"
#include "core/engine/run_folder.h"
#include "core/io/task_checkpoint.h"
#include "core/task/builtin_tasks.h"
#include "core/util/error.h"

namespace rnnscope::cli {

namespace fs = std::filesystem;

namespace {

const char* tokensName(Tokens t) { return t == Tokens::Words ? "words" : "characters"; }

std::string fingerprintOf(const std::string& text) { return fingerprintHex(decodeUtf8(text)); }

// config.json of a task run: {"format": "rnnscope-run/1", "task": {kind, tokens, config},
// "data": {source, fingerprint, examples}, "threads"}; the config is the trainer's, whose model
// has its vocabulary and label counts filled in from the data.
template <class S>
nlohmann::json taskRunJson(const TaskTrainer<S>& trainer, const std::string& source, const std::string& fingerprint) {
  const TaskData& d = trainer.data();
  return {{"format", "rnnscope-run/1"},
          {"task", {{"kind", toString(d.kind)}, {"tokens", tokensName(d.tokens)}, {"config", trainer.config().toJson()}}},
          {"data", {{"source", source}, {"fingerprint", fingerprint}, {"examples", d.examples.size()}}},
          {"threads", threadCount()}};
}

void writeRunJson(const RunFolder& files, const nlohmann::json& j) {
  std::error_code ec;
  fs::create_directories(files.dir, ec);
  if (ec || !fs::is_directory(files.dir)) throw Error("cannot create the output directory " + files.dir.string());
  std::ofstream out(files.config());
  out << j.dump(2) << '\n';
  if (!out) throw Error("cannot write " + files.config().string());
}

// A resumed run's request: its own settings from config.json, the caller's steps and cadence.
TaskRunRequest requestFromRun(const TaskRunRequest& caller, const nlohmann::json& j, const fs::path& file) {
  auto bad = [&](const std::string& what) { return Error("cannot resume: " + file.string() + " " + what); };
  if (!j.is_object() || !j.contains("task") || !j["task"].is_object() || !j.contains("data") || !j["data"].is_object())
    throw bad("does not describe a task run (no \"task\" or \"data\")");
  TaskRunRequest r = caller;
  try {
    r.kind = taskKindFromString(j["task"].value("kind", ""));
    r.tokens = j["task"].value("tokens", "") == "words" ? Tokens::Words : Tokens::Characters;
    r.config = TaskConfig::fromJson(j["task"].value("config", nlohmann::json::object()));
    r.data = j["data"].value("source", "");
  } catch (const Error& e) {
    throw bad(std::string("has unusable settings: ") + e.what());
  } catch (const nlohmann::json::exception&) {
    throw bad("has fields of the wrong type");
  }
  if (r.data.empty()) throw bad("names no data source");
  return r;
}

// `source` and `fingerprint` describe the data of a new run, written to config.json first.
template <class S>
void runTaskTraining(const TaskRunRequest& r, TaskTrainer<S>& trainer, const RunFolder& files, bool resuming,
                     const std::string& source, const std::string& fingerprint) {
  const TaskCheckpointFiles pair{files.checkpoint(), files.trainer()};
  if (resuming) restoreTaskTraining(pair, trainer);
  else writeRunJson(files, taskRunJson(trainer, source, fingerprint));
  const std::int64_t first = trainer.stepCount();
  std::ofstream metrics = openMetrics(files, first, resuming, kTaskMetricsHeader);

  ProgressBar bar(first, r.steps, !r.quiet);
  const auto start = std::chrono::steady_clock::now();
  std::int64_t examples = 0;
  double lastLoss = NAN, lastAccuracy = NAN, lastVal = NAN;
  for (std::int64_t s = first; s < r.steps; ++s) {
    const TaskStepReport rep = trainer.step();
    examples += trainer.config().batch;
    if (!rep.applied || !trainer.parametersFinite()) {
      bar.finish();
      throw divergedError(rep.step, files);
    }
    lastLoss = rep.loss;
    lastAccuracy = rep.accuracy;
    const bool validate = r.valEvery > 0 && (rep.step % r.valEvery == 0 || rep.step == r.steps);
    if (validate) lastVal = trainer.validationAccuracy();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    metrics << rep.step << ',' << csvNumber(rep.loss) << ',' << csvNumber(rep.accuracy) << ','
            << (validate ? csvNumber(lastVal) : "") << ',' << csvNumber(rep.clip.normBefore) << ','
            << csvNumber(rep.clip.normAfter) << ',' << (rep.clip.clipped ? 1 : 0) << ','
            << csvNumber(trainer.config().optimizer.learningRate) << ',' << rep.epoch << ','
            << csvNumber(elapsed > 0 ? double(examples) / elapsed : 0) << ',' << csvNumber(elapsed) << '\n';
    if (r.saveEvery > 0 && rep.step % r.saveEvery == 0) {
      metrics.flush();
      saveTaskTraining(pair, trainer);
    }
    bar.update(rep.step, rep.loss, examples);
  }
  bar.finish();
  metrics.close();
  saveTaskTraining(pair, trainer);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto numberOrNull = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
  std::cout << nlohmann::json{{"task", toString(r.kind)},
                              {"steps", trainer.stepCount()},
                              {"loss", numberOrNull(lastLoss)},
                              {"accuracy", numberOrNull(lastAccuracy)},
                              {"val_accuracy", numberOrNull(lastVal)},
                              {"examples_per_sec", seconds > 0 ? double(examples) / seconds : 0.0},
                              {"seconds", seconds},
                              {"out", files.dir.string()}}
                   .dump()
            << std::endl;
}

}  // namespace

void trainTask(const TaskRunRequest& caller) {
  const bool resuming = !caller.resume.empty();
  RunFolder files{resuming ? fs::path(caller.resume) : fs::path(caller.out)};
  TaskRunRequest r = caller;
  nlohmann::json runInfo;
  if (resuming) {
    std::ifstream in(files.config());
    if (!in) throw Error("cannot resume: " + files.config().string() + " is missing or unreadable");
    runInfo = nlohmann::json::parse(in, nullptr, false);
    if (runInfo.is_discarded()) throw Error("cannot resume: " + files.config().string() + " is not valid JSON");
    r = requestFromRun(caller, runInfo, files.config());
  } else if (r.out.empty()) {
    throw Error("--out DIR is required (or --resume DIR)");
  }
  if (r.data.empty()) throw Error("--data is required with --task: builtin:NAME[:EXAMPLES[:SEED]] or a file");
  LoadedTaskData loaded = loadTaskSource(r.data, r.kind, r.tokens);
  const std::string print = fingerprintOf(loaded.text);
  if (resuming && runInfo["data"].value("fingerprint", "") != print)
    throw Error("cannot resume: the data " + r.data + " has changed since the run started");
  const std::string source = r.data.starts_with("builtin:") ? r.data : fs::absolute(r.data).string();
  if (r.config.model.dtype == DType::F64) {
    TaskTrainer<double> trainer(r.config, std::move(loaded.data));
    runTaskTraining(r, trainer, files, resuming, source, print);
  } else {
    TaskTrainer<float> trainer(r.config, std::move(loaded.data));
    runTaskTraining(r, trainer, files, resuming, source, print);
  }
}

}  // namespace rnnscope::cli
