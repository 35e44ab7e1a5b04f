// rnnscope-cli train: trains a model on a text and writes a run directory
//   DIR/config.json, DIR/metrics.csv, DIR/checkpoint.safetensors, DIR/trainer.safetensors.
// --resume DIR continues such a run and ends bit for bit where an uninterrupted run would.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "app/cli/progress_bar.h"
#include "app/cli/task_train.h"
#include "core/data/corpus_source.h"
#include "core/data/procedural.h"
#include "core/data/utf8.h"
#include "core/engine/metrics_csv.h"
#include "core/engine/run_folder.h"
#include "core/io/checkpoint.h"
#include "core/lesson/lesson_checks.h"
#include "core/task/builtin_tasks.h"
#include "core/nn/sampling.h"
#include "core/train/trainer.h"

namespace rnnscope::cli {

namespace fs = std::filesystem;

namespace {

struct TrainFlags {
  std::string corpus, out, resume, configFile, lesson, task, data, tokens;
  std::int64_t steps = 0;
  std::optional<std::string> cell, nonlinearity, gruVariant, dtype, init, optimizer, clip, bptt;
  std::optional<int> hidden, layers, embed, batch, seqLen;
  std::optional<double> spectralRadius, forgetBias, lr, momentum, weightDecay, clipThreshold, valFraction;
  std::optional<std::uint64_t> seed;
  int valEvery = 100, saveEvery = 500, sampleEvery = 0, sampleLength = 200, threads = 0;
  bool quiet = false;
  bool layerNorm = false;
};

// The flags that describe a run; a resumed run keeps its own and refuses new ones.
const char* const kRunFlags[] = {"--config", "--cell", "--nonlinearity", "--gru-variant", "--layer-norm", "--dtype", "--init",
                                 "--optimizer", "--clip", "--bptt", "--hidden", "--layers", "--embed", "--batch",
                                 "--seq-len", "--spectral-radius", "--forget-bias", "--lr", "--momentum",
                                 "--weight-decay", "--clip-threshold", "--val-fraction", "--seed", "--corpus"};

template <class T, class U>
void overrideWith(T& field, const std::optional<U>& flag) {
  if (flag) field = static_cast<T>(*flag);
}

// The settings: a lesson's (--lesson) or the defaults, then --config, then each flag.
TrainConfig configFromFlags(const TrainFlags& f, TrainConfig c) {
  if (!f.configFile.empty()) {
    std::ifstream in(f.configFile);
    if (!in) throw Error("cannot open the config file " + f.configFile);
    const auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) throw Error("the config file " + f.configFile + " is not valid JSON");
    c = TrainConfig::fromJson(j.contains("train") ? j["train"] : j);
  }
  if (f.cell) c.model.cell = cellKindFromString(*f.cell);
  if (f.nonlinearity) c.model.nonlinearity = nonlinearityFromString(*f.nonlinearity);
  if (f.gruVariant) c.model.gruVariant = gruVariantFromString(*f.gruVariant);
  if (f.layerNorm) c.model.layerNorm = true;
  if (f.dtype) c.model.dtype = dtypeFromString(*f.dtype);
  if (f.init) c.init.scheme = initSchemeFromString(*f.init);
  if (f.optimizer) c.optimizer.kind = optimizerKindFromString(*f.optimizer);
  if (f.clip) c.clip.mode = clipModeFromString(*f.clip);
  if (f.bptt) {
    if (*f.bptt != "full" && *f.bptt != "truncated") throw Error("--bptt must be 'full' or 'truncated'");
    c.fullBptt = *f.bptt == "full";
  }
  overrideWith(c.model.hidden, f.hidden);
  overrideWith(c.model.layers, f.layers);
  overrideWith(c.model.embed, f.embed);
  overrideWith(c.batch, f.batch);
  overrideWith(c.seqLen, f.seqLen);
  overrideWith(c.init.spectralRadius, f.spectralRadius);
  overrideWith(c.init.forgetBias, f.forgetBias);
  overrideWith(c.optimizer.learningRate, f.lr);
  overrideWith(c.optimizer.momentum, f.momentum);
  overrideWith(c.optimizer.weightDecay, f.weightDecay);
  overrideWith(c.clip.threshold, f.clipThreshold);
  overrideWith(c.validationFraction, f.valFraction);
  overrideWith(c.seed, f.seed);
  return c;
}

nlohmann::json checksJson(const std::vector<CheckOutcome>& outcomes) {
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& o : outcomes)
    checks.push_back({{"name", o.name},
                      {"passed", o.passed},
                      {"value", std::isfinite(o.value) ? nlohmann::json(o.value) : nlohmann::json(nullptr)},
                      {"op", o.op},
                      {"threshold", o.threshold},
                      {"step", o.step},
                      {"claim", o.claim}});
  return checks;
}

std::string describeChecks(std::int64_t step, const std::vector<CheckOutcome>& outcomes) {
  std::ostringstream line;
  line << "checks at step " << step << ":";
  for (const auto& o : outcomes) line << ' ' << o.name << '=' << csvNumber(o.value) << (o.passed ? " (holds)" : " (not yet)");
  return line.str();
}

template <class S>
void runTraining(const TrainFlags& f, const TrainConfig& cfg, std::shared_ptr<const Corpus> corpusPtr,
                 const RunFolder& files, bool resuming, const Lesson* lesson, std::int32_t answerMarker) {
  const Corpus& corpus = *corpusPtr;
  auto split = splitTrainValidation(corpus.tokens, cfg.validationFraction);
  Trainer<S> trainer(cfg, std::move(split.train), std::move(split.validation));
  std::optional<LessonMonitor<S>> monitor;
  if (lesson) monitor.emplace(*lesson, corpusPtr, f.steps);
  if (resuming) restoreTraining(files.training(), trainer);
  const std::int64_t first = trainer.state().step;

  std::ofstream metrics = openMetrics(files, first, resuming, kMetricsCsvHeader);

  ProgressBar bar(first, f.steps, !f.quiet);
  const auto start = std::chrono::steady_clock::now();
  std::int64_t chars = 0;
  double lastLoss = NAN, lastVal = NAN;
  for (std::int64_t s = first; s < f.steps; ++s) {
    const StepReport r = monitor ? monitor->step(trainer) : trainer.step();
    chars += r.positions;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!r.applied || !trainer.parametersFinite()) {
      bar.finish();
      throw divergedError(r.step, files);
    }
    lastLoss = r.loss;
    const bool validate = f.valEvery > 0 && (r.step % f.valEvery == 0 || r.step == f.steps);
    MetricsPoint point = stepPoint(r.step, r.epoch, r.loss, r.clip, trainer.config().optimizer.learningRate);
    if (validate) {
      point.validationLoss = lastVal = trainer.validationLoss();
      if (answerMarker >= 0)
        point.answerLoss = evaluateLossSplit(trainer.model(), std::span<const std::int32_t>(trainer.validationTokens()),
                                             cfg.seqLen, kAnswerLossPositions, answerMarker)
                               .afterMarker;
    }
    metrics << metricsCsvRow(point, elapsed > 0 ? double(chars) / elapsed : 0, elapsed) << '\n';
    if (f.sampleEvery > 0 && r.step % f.sampleEvery == 0) {
      SampleOptions o;
      o.length = f.sampleLength;
      o.temperature = 0.8;
      o.seed = static_cast<std::uint64_t>(r.step);
      bar.message("--- sample at step " + std::to_string(r.step) + " (loss " + csvNumber(r.loss) + ") ---\n" +
                  encodeUtf8(sampleText(trainer.model(), corpus.vocab, o)));
    }
    if (f.saveEvery > 0 && r.step % f.saveEvery == 0) {
      metrics.flush();
      saveTraining(files.training(), trainer, corpus.vocab);
    }
    if (monitor && monitor->evaluatedAt() == r.step) bar.message(describeChecks(r.step, monitor->outcomes()));
    bar.update(r.step, r.loss, chars);
  }
  bar.finish();
  metrics.close();
  saveTraining(files.training(), trainer, corpus.vocab);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  nlohmann::json summary = {{"steps", trainer.state().step},
                            {"loss", std::isnan(lastLoss) ? nlohmann::json(nullptr) : nlohmann::json(lastLoss)},
                            {"val_loss", std::isnan(lastVal) ? nlohmann::json(nullptr) : nlohmann::json(lastVal)},
                            {"chars_per_sec", seconds > 0 ? double(chars) / seconds : 0.0},
                            {"seconds", seconds},
                            {"out", files.dir.string()}};
  if (monitor) {
    summary["lesson"] = lesson->id;
    summary["checks"] = checksJson(monitor->outcomes());
    const auto claimed = monitor->secondsToClaim();
    summary["seconds_to_claim"] = claimed ? nlohmann::json(*claimed) : nlohmann::json(nullptr);
    const auto claimedAt = monitor->stepsToClaim();
    summary["steps_to_claim"] = claimedAt ? nlohmann::json(*claimedAt) : nlohmann::json(nullptr);
  }
  std::cout << summary.dump() << std::endl;
}

// Whether a run folder holds a sequence-task run (its config.json has "task").
bool isTaskRun(const fs::path& dir) {
  std::ifstream in(dir / "config.json");
  const auto j = nlohmann::json::parse(in, nullptr, false);
  return !j.is_discarded() && j.is_object() && j.contains("task");
}

// train --task: the language model's flags that mean something for a task, and --data/--tokens.
void trainTaskFromFlags(const TrainFlags& f, const CLI::App& cmd) {
  for (const char* flag : {"--corpus", "--lesson", "--seq-len", "--bptt", "--sample-every"})
    if (cmd.count(flag) > 0 && !(std::string(flag) == "--lesson" && f.task.empty()))
      throw Error(std::string(flag) + " belongs to the language model; it cannot be combined with --task");
  TaskRunRequest r;
  r.steps = f.steps;
  r.out = f.out;
  r.resume = f.resume;
  r.valEvery = f.valEvery;
  r.saveEvery = f.saveEvery;
  r.quiet = f.quiet;
  if (!f.resume.empty()) {
    for (const char* flag : kRunFlags)
      if (cmd.count(flag) > 0)
        throw Error(std::string(flag) + " cannot be combined with --resume: a resumed run keeps its own settings");
    for (const char* flag : {"--task", "--data", "--tokens"})
      if (cmd.count(flag) > 0) throw Error(std::string(flag) + " cannot be combined with --resume: a resumed run keeps its own settings");
    trainTask(r);
    return;
  }
  // a task lesson: its data and settings, each flag overriding them; its kind is its data's
  const Lesson* lesson = f.lesson.empty() ? nullptr : &lessonById(f.lesson);
  TrainConfig base;
  if (lesson) {
    r.data = lesson->task->source;
    r.kind = builtinShapeOfSource(r.data)->kind;  // a lesson's data is built in
    base = lesson->task->config.asTrainConfig();
  } else {
    r.kind = taskKindFromString(f.task);
    r.data = f.data;
  }
  if (!f.tokens.empty() && f.tokens != "words" && f.tokens != "characters")
    throw Error("--tokens must be 'words' or 'characters', got '" + f.tokens + "'");
  r.tokens = f.tokens == "words" ? Tokens::Words : Tokens::Characters;
  r.config = TaskConfig::sharedWith(configFromFlags(f, base));
  trainTask(r);
}

void train(const TrainFlags& f, const CLI::App& cmd) {
  setThreads(f.threads);
  const bool resuming = !f.resume.empty();
  const bool taskLesson = !f.lesson.empty() && lessonById(f.lesson).task.has_value();
  if (taskLesson && (!f.task.empty() || cmd.count("--data") > 0))
    throw Error("--lesson " + f.lesson + " names its task and data; leave out --task and --data");
  if (taskLesson && resuming) throw Error("--lesson starts a lesson from scratch; --resume continues a run: use one of them");
  if (!f.task.empty() || taskLesson || (resuming && isTaskRun(f.resume))) {
    trainTaskFromFlags(f, cmd);
    return;
  }
  for (const char* flag : {"--data", "--tokens"})
    if (cmd.count(flag) > 0) throw Error(std::string(flag) + " needs --task (classify, tag, seq2seq, caption or vqa)");
  RunFolder files{resuming ? fs::path(f.resume) : fs::path(f.out)};
  TrainConfig cfg;
  nlohmann::json runInfo;
  std::string corpusSpec = f.corpus;
  const Lesson* lesson = f.lesson.empty() ? nullptr : &lessonById(f.lesson);
  if (lesson && resuming) throw Error("--lesson starts a lesson from scratch; --resume continues a run: use one of them");
  if (resuming) {
    for (const char* flag : kRunFlags)
      if (cmd.count(flag) > 0)
        throw Error(std::string(flag) + " cannot be combined with --resume: a resumed run keeps its own settings");
    if (!f.out.empty() && fs::path(f.out) != files.dir) throw Error("--resume writes into its own run directory; leave out --out");
    RunConfig run = readRunConfig(files, "cannot resume: ");
    runInfo = std::move(run.json);
    cfg = run.train;
    corpusSpec = run.corpusSource;
    // The thread count changes how Eigen blocks large products, and with it the last bits;
    // a resumed run keeps the count it started with unless --threads says otherwise.
    if (cmd.count("--threads") == 0 && runInfo.contains("threads") && runInfo["threads"].is_number_integer()) {
      const auto threads = runInfo["threads"].get<std::int64_t>();
      if (threads >= 1 && threads <= 64) setThreads(static_cast<int>(threads));
    }
  } else {
    if (f.out.empty()) throw Error("--out DIR is required (or --resume DIR)");
    if (lesson && corpusSpec.empty()) corpusSpec = lesson->corpusSource;
    if (corpusSpec.empty() && !(lesson && !lesson->corpusText.empty()))
      throw Error("--corpus FILE is required (or builtin:dialogue, builtin:code, builtin:recall-D, or --lesson NAME)");
    cfg = configFromFlags(f, lesson ? lesson->config : TrainConfig{});
  }
  if (corpusSpec.empty() && !lesson) throw Error("cannot resume: " + files.config().string() + " names no corpus source");
  const auto corpusPtr =
      std::make_shared<const Corpus>(corpusSpec.empty() ? loadLessonCorpus(*lesson) : loadCorpusSource(corpusSpec));
  const Corpus& corpus = *corpusPtr;
  const std::string print = fingerprintHex(corpus.text);
  if (resuming && runInfo["corpus"].value("fingerprint", "") != print)
    throw Error("cannot resume: the corpus " + corpusSpec + " has changed since the run started");
  cfg.model.vocabSize = corpus.vocab.size();
  cfg.validate();

  if (!resuming) {
    std::error_code ec;
    fs::create_directories(files.dir, ec);
    if (ec || !fs::is_directory(files.dir)) throw Error("cannot create the output directory " + files.dir.string());
    const std::string source = corpusSpec.empty() || isBuiltinCorpus(corpusSpec) ? corpusSpec : fs::absolute(corpusSpec).string();
    runInfo = runConfigJson(cfg, source, print, corpus.text.size(), threadCount());
    if (lesson) runInfo["lesson"] = lesson->id;
    std::ofstream out(files.config());
    out << runInfo.dump(2) << '\n';
    if (!out) throw Error("cannot write " + files.config().string());
  }
  // A recall text's answers get their own validation column (docs/cli.md).
  const std::int32_t answerMarker = isRecallCorpus(corpusSpec) ? corpus.vocab.indexOf(kRecallMarker) : -1;
  if (cfg.model.dtype == DType::F64)
    runTraining<double>(f, cfg, corpusPtr, files, resuming, lesson, answerMarker);
  else
    runTraining<float>(f, cfg, corpusPtr, files, resuming, lesson, answerMarker);
}

}  // namespace

void addLessonsCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("lessons", "List the built-in lessons as JSON: id, title, steps (the steps its checks need)");
  cmd->callback([] {
    nlohmann::json all = nlohmann::json::array();
    for (const auto& l : builtinLessons()) {
      nlohmann::json checks = nlohmann::json::array();
      for (const auto& c : l.checks) checks.push_back({{"name", c.name}, {"claim", c.claim}});
      all.push_back({{"id", l.id}, {"title", l.title}, {"steps", l.steps}, {"checks", checks}, {"task", l.task.has_value()}});
    }
    std::cout << all.dump() << std::endl;
  });
}

void addTrainCommand(CLI::App& app) {
  auto f = std::make_shared<TrainFlags>();
  auto* cmd = app.add_subcommand("train", "Train a model on a text; writes a run directory");
  cmd->add_option("--corpus", f->corpus, "UTF-8 text file, or builtin:dialogue / builtin:code / builtin:recall-D[:CHARS[:SEED]]");
  cmd->add_option("--task", f->task, "A sequence task instead of the language model: classify, tag, seq2seq, caption or vqa (docs/tasks.md)");
  cmd->add_option("--data", f->data, "The task's data: builtin:NAME[:EXAMPLES[:SEED]] (sentiment-en-D, sentiment-vi-D, quote-code-number, reverse, addition, shapes-caption, shapes-vqa) or a TSV file");
  cmd->add_option("--tokens", f->tokens, "How a task file is split: characters (default) or words");
  cmd->add_option("--lesson", f->lesson, "Train a built-in lesson (its text and settings; flags override them) and evaluate its checks");
  cmd->add_option("--steps", f->steps, "Total training steps (windows) to reach")->required()->check(CLI::Range(std::int64_t(1), std::int64_t(1) << 40));
  cmd->add_option("--out", f->out, "Run directory to create");
  cmd->add_option("--resume", f->resume, "Continue the run in this directory up to --steps");
  cmd->add_option("--config", f->configFile, "JSON file with training settings (flags override it)");
  cmd->add_option("--cell", f->cell, "rnn, lstm or gru");
  cmd->add_option("--nonlinearity", f->nonlinearity, "tanh or relu (rnn)");
  cmd->add_option("--gru-variant", f->gruVariant, "reset_after or classic (gru)");
  cmd->add_flag("--layer-norm", f->layerNorm, "Layer-normalised cell (rnn, lstm)");
  cmd->add_option("--dtype", f->dtype, "f32 or f64");
  cmd->add_option("--hidden", f->hidden, "Hidden units per layer");
  cmd->add_option("--layers", f->layers, "Stacked recurrent layers (1-4)");
  cmd->add_option("--embed", f->embed, "Embedding size; 0 = one-hot input");
  cmd->add_option("--init", f->init, "pytorch, xavier, he or orthogonal");
  cmd->add_option("--spectral-radius", f->spectralRadius, "Rescale W_hh blocks to this spectral radius (0 = off)");
  cmd->add_option("--forget-bias", f->forgetBias, "LSTM forget-gate bias");
  cmd->add_option("--optimizer", f->optimizer, "sgd, momentum, nesterov, rmsprop, adagrad or adam");
  cmd->add_option("--lr", f->lr, "Learning rate");
  cmd->add_option("--momentum", f->momentum, "Momentum (momentum, nesterov)");
  cmd->add_option("--weight-decay", f->weightDecay, "L2 weight decay");
  cmd->add_option("--clip", f->clip, "Gradient clipping: none, norm or value");
  cmd->add_option("--clip-threshold", f->clipThreshold, "Clipping threshold");
  cmd->add_option("--batch", f->batch, "Independent streams per step");
  cmd->add_option("--seq-len", f->seqLen, "Window length for truncated BPTT");
  cmd->add_option("--bptt", f->bptt, "truncated (windows of --seq-len) or full (one window per stream)");
  cmd->add_option("--seed", f->seed, "Random seed (0 to 2^53)")->check(CLI::Range(std::int64_t(0), std::int64_t(1) << 53));
  cmd->add_option("--val-fraction", f->valFraction, "Fraction of the text kept for validation (0-0.5)");
  cmd->add_option("--val-every", f->valEvery, "Validate every K steps (0 = never)")->check(CLI::Range(0, 1 << 30));
  cmd->add_option("--save-every", f->saveEvery, "Save the run every K steps (0 = only at the end)")->check(CLI::Range(0, 1 << 30));
  cmd->add_option("--sample-every", f->sampleEvery, "Print a sample every K steps (0 = never)")->check(CLI::Range(0, 1 << 30));
  cmd->add_option("--sample-length", f->sampleLength, "Characters per printed sample")->check(CLI::Range(1, 100000));
  cmd->add_option("--threads", f->threads, "Threads for matrix products (0 = default; --resume keeps the run's count)")->check(CLI::Range(0, 64));
  cmd->add_flag("--quiet", f->quiet, "No progress bar");
  cmd->callback([f, cmd] { train(*f, *cmd); });
}

}  // namespace rnnscope::cli
