// rnnscope-cli end to end: the command-line contract of docs/cli.md, run as a subprocess, and
// its answer to bad input (one line on stderr, a non-zero exit, never a crash).
//
// Every run is small (hidden 16, a few steps, generated corpora of 1,000-20,000 characters), so
// the whole suite takes a few seconds on two cores.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <Eigen/Core>
#include <nlohmann/json.hpp>

#include "core/data/utf8.h"
#include "core/engine/engine.h"
#include "core/engine/run_folder.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Result {
  int exitCode = -1;  // -1 when the process died of a signal
  int signal = 0;     // the signal that ended it, or 0
  std::string out, err;
  int errLines() const {
    int n = 0;
    for (char c : err) n += c == '\n';
    return n + (!err.empty() && err.back() != '\n');
  }
};

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// ---- reading what the CLI writes, without rnnscope's own reader -------------------------------

std::uint64_t headerLength(const std::string& bytes) {
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = n << 8 | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  return n;
}

std::string withLength(const std::string& header, const std::string& body) {
  std::string size(8, '\0');
  for (int i = 0; i < 8; ++i) size[static_cast<std::size_t>(i)] = static_cast<char>(header.size() >> (8 * i) & 0xff);
  return size + header + body;
}

// A safetensors file read straight from its bytes: header JSON, shapes, values as doubles.
struct Safetensors {
  explicit Safetensors(const fs::path& file) : bytes(readFile(file)) {
    const auto n = headerLength(bytes);
    header = json::parse(bytes.substr(8, n));
    dataStart = 8 + n;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> v;
    for (const auto& [name, t] : header.items())
      if (name != "__metadata__") v.push_back(name);
    return v;
  }
  std::string dtype(const std::string& name) const { return header.at(name).at("dtype"); }
  std::vector<long> shape(const std::string& name) const { return header.at(name).at("shape").get<std::vector<long>>(); }
  std::string metadata(const std::string& key) const { return header.at("__metadata__").at(key); }
  std::size_t itemSize(const std::string& name) const { return dtype(name) == "F64" ? 8 : 4; }
  // Where element i of a tensor lives in the file.
  std::size_t byteOffset(const std::string& name, std::size_t i) const {
    return dataStart + header.at(name).at("data_offsets")[0].get<std::size_t>() + i * itemSize(name);
  }
  std::vector<double> values(const std::string& name) const {
    const auto& offsets = header.at(name).at("data_offsets");
    const std::size_t count = (offsets[1].get<std::size_t>() - offsets[0].get<std::size_t>()) / itemSize(name);
    std::vector<double> v(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (dtype(name) == "F64") {
        double d;
        std::memcpy(&d, bytes.data() + byteOffset(name, i), 8);
        v[i] = d;
      } else {
        float f;
        std::memcpy(&f, bytes.data() + byteOffset(name, i), 4);
        v[i] = f;
      }
    }
    return v;
  }

  std::string bytes;
  json header;
  std::size_t dataStart = 0;
};

std::vector<std::vector<std::string>> csvRows(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::vector<std::string>> rows;
  std::string row;
  while (std::getline(in, row)) {
    std::vector<std::string> fields;
    std::stringstream s(row);
    std::string field;
    while (std::getline(s, field, ',')) fields.push_back(field);
    if (!row.empty() && row.back() == ',') fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

// The rows of metrics.csv (without the header), keeping only the given columns.
std::vector<std::vector<std::string>> metricsColumns(const fs::path& file, const std::vector<int>& columns) {
  auto rows = csvRows(file);
  std::vector<std::vector<std::string>> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::vector<std::string> kept;
    for (int c : columns) kept.push_back(rows[r].at(static_cast<std::size_t>(c)));
    out.push_back(kept);
  }
  return out;
}

json lastJsonLine(const std::string& out) {
  const auto end = out.find_last_not_of('\n');
  const auto start = out.rfind('\n', end);
  return json::parse(out.substr(start == std::string::npos ? 0 : start + 1, end + 1));
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

// ---- the fixture: one scratch directory per test, and the CLI as a subprocess ----------------

struct RunOptions {
  std::vector<std::string> env;    // NAME=VALUE added to (or replacing in) the environment
  std::uint64_t addressSpace = 0;  // RLIMIT_AS in bytes; 0 = unlimited
  unsigned timeoutSeconds = 120;
};

class Cli : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(RNNSCOPE_TEST_TMP) / (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  fs::path path(const std::string& name) const { return dir_ / name; }

  // Runs rnnscope-cli with these arguments (no shell in between), stdin from /dev/null, stdout
  // and stderr captured separately; a run that outlives options.timeoutSeconds is killed (and
  // reported as such).
  Result run(const std::vector<std::string>& args, const RunOptions& options = {}) const {
    std::vector<std::string> argStrings = {RNNSCOPE_CLI_PATH};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argStrings) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStrings;
    for (char** e = environ; *e; ++e) {
      const std::string entry = *e;
      const bool replaced = std::any_of(options.env.begin(), options.env.end(), [&](const std::string& o) {
        return entry.compare(0, o.find('=') + 1, o, 0, o.find('=') + 1) == 0;
      });
      if (!replaced) envStrings.push_back(entry);
    }
    envStrings.insert(envStrings.end(), options.env.begin(), options.env.end());
    std::vector<char*> envp;
    for (auto& e : envStrings) envp.push_back(e.data());
    envp.push_back(nullptr);

    const std::string out = path("stdout.txt").string(), err = path("stderr.txt").string();
    const pid_t pid = fork();
    if (pid == 0) {  // the child: only async-signal-safe calls until exec
      const int in = open("/dev/null", O_RDONLY);
      const int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || o < 0 || e < 0 || dup2(in, 0) < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0) _exit(126);
      if (options.addressSpace > 0) {
        const rlimit limit{options.addressSpace, options.addressSpace};
        if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(126);
      }
      alarm(options.timeoutSeconds);
      execve(argv[0], argv.data(), envp.data());
      _exit(127);
    }
    Result r;
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
      ADD_FAILURE() << "could not run " << RNNSCOPE_CLI_PATH;
      return r;
    }
    if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    r.out = readFile(out);
    r.err = readFile(err);
    return r;
  }

  // A short training run on generated dialogue; returns its run directory.
  fs::path train(const std::string& name, std::vector<std::string> extra, int steps = 6,
                 const std::string& corpus = "builtin:dialogue:20000") const {
    const auto out = path(name);
    std::vector<std::string> args = {"train", "--corpus", corpus, "--steps", std::to_string(steps), "--out",
                                     out.string(), "--quiet"};
    // defaults the extra flags may override (CLI11 refuses an option given twice)
    const std::vector<std::pair<std::string, std::string>> defaults = {
        {"--hidden", "16"}, {"--batch", "4"}, {"--seq-len", "16"}, {"--val-every", "3"}, {"--save-every", "0"},
        {"--threads", "1"}};
    for (const auto& [flag, value] : defaults)
      if (std::find(extra.begin(), extra.end(), flag) == extra.end()) args.insert(args.end(), {flag, value});
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return out;
  }

  Result resume(const fs::path& runDir, int steps, std::vector<std::string> extra = {"--threads", "1"},
                const RunOptions& options = {}) const {
    std::vector<std::string> args = {"train", "--resume", runDir.string(), "--steps", std::to_string(steps), "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args, options);
  }

  // The contract for bad input: an ordinary non-zero exit (no signal), nothing on stdout, and
  // one line on stderr that names the problem.
  void expectOneLineError(const std::vector<std::string>& args, const std::string& mentions,
                          const RunOptions& options = {}) const {
    const auto r = run(args, options);
    std::string all;
    for (const auto& a : args) all += a + " ";
    EXPECT_EQ(r.signal, 0) << all << "\ncrashed with signal " << r.signal << "\n" << r.err;
    EXPECT_GE(r.exitCode, 1) << all << "\n" << r.err;
    EXPECT_LT(r.exitCode, 126) << all << "\n" << r.err;  // 126+: not run, or a shell's report of a signal
    EXPECT_EQ(r.errLines(), 1) << all << "\n" << r.err;
    EXPECT_EQ(r.err.rfind("rnnscope-cli: error: ", 0), 0u) << all << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << all << "\nstdout: " << r.out;
    EXPECT_NE(r.err.find(mentions), std::string::npos)
        << all << "\nstderr: " << r.err << "\nexpected to mention: " << mentions;
  }

  fs::path dir_;
};

// ---- train ------------------------------------------------------------------------------------

TEST_F(Cli, TrainWritesTheRunDirectoryAndOneJsonLine) {
  const auto out = path("run");
  const auto r = run({"train", "--corpus", "builtin:dialogue:20000", "--steps", "8", "--out", out.string(), "--hidden",
                      "16", "--batch", "4", "--seq-len", "16", "--val-every", "4", "--threads", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;  // stdout: the summary only
  const auto summary = json::parse(r.out);
  EXPECT_EQ(summary["steps"], 8);
  EXPECT_GT(summary["loss"].get<double>(), 0.5);
  EXPECT_LT(summary["loss"].get<double>(), std::log(100.0));  // about ln(V) for a model this young
  EXPECT_TRUE(summary["val_loss"].is_number());
  EXPECT_GT(summary["chars_per_sec"].get<double>(), 0);
  EXPECT_GT(summary["seconds"].get<double>(), 0);
  EXPECT_EQ(summary["out"], out.string());
  // the progress bar went to stderr (a pipe here, so plain lines), ending with the last step
  EXPECT_NE(r.err.find("8/8"), std::string::npos) << r.err;

  const auto config = json::parse(readFile(out / "config.json"));
  EXPECT_EQ(config["format"], "rnnscope-run/1");
  EXPECT_EQ(config["train"]["model"]["hidden"], 16);
  EXPECT_EQ(config["train"]["model"]["cell"], "lstm");
  EXPECT_EQ(config["train"]["batch"], 4);
  EXPECT_EQ(config["train"]["seq_len"], 16);
  EXPECT_EQ(config["corpus"]["source"], "builtin:dialogue:20000");
  EXPECT_EQ(config["threads"], 1);

  const auto rows = csvRows(out / "metrics.csv");
  ASSERT_EQ(rows.size(), 9u);  // header + one row per step
  EXPECT_EQ(rows[0], (std::vector<std::string>{"step", "loss", "val_loss", "grad_norm", "grad_norm_clipped", "clipped",
                                               "epoch", "lr", "chars_per_sec", "elapsed_s", "answer_loss"}));
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), rows[0].size()) << i;
    EXPECT_EQ(std::stoi(rows[i][0]), static_cast<int>(i));
    const double loss = std::stod(rows[i][1]), norm = std::stod(rows[i][3]);
    EXPECT_TRUE(std::isfinite(loss) && loss > 0) << rows[i][1];
    EXPECT_TRUE(std::isfinite(norm) && norm > 0) << rows[i][3];
    EXPECT_EQ(rows[i][2].empty(), i % 4 != 0) << i;  // validated at steps 4 and 8 only
    EXPECT_EQ(rows[i][7], "0.002");                   // the default learning rate
    EXPECT_EQ(rows[i][10], "");                       // not a recall text: no answers to score
  }
  EXPECT_NEAR(std::stod(rows[8][1]), summary["loss"].get<double>(), 1e-6);
  EXPECT_NEAR(std::stod(rows[8][2]), summary["val_loss"].get<double>(), 1e-6);

  const Safetensors ckpt(out / "checkpoint.safetensors");
  EXPECT_EQ(ckpt.metadata("format"), "rnnscope/1");
  EXPECT_EQ(ckpt.shape("rnn.weight_hh_l0"), (std::vector<long>{64, 16}));  // LSTM by default: G = 4
  EXPECT_EQ(ckpt.dtype("rnn.weight_hh_l0"), "F32");
  EXPECT_EQ(ckpt.names().size(), 7u);  // embed, 4 for the layer, head weight and bias
  EXPECT_TRUE(fs::exists(out / "trainer.safetensors"));
}

// A run the app saves (SaveRun) is a run the CLI resumes: 10 updates in the app's engine, saved,
// then `train --resume` to 20 ends bit for bit where the CLI's own 20 straight updates end.
TEST_F(Cli, ARunSavedByTheAppResumesInTheCli) {
  using namespace rnnscope;
  const auto straight = train("straight", {"--cell", "lstm"}, 20);
  EngineSetup setup;
  setup.config = readRunConfig(RunFolder{straight}, "").train;
  setup.corpusSource = "builtin:dialogue:20000";
  setup.ownThread = false;
  Eigen::setNbThreads(1);  // as the CLI run's --threads 1
  Engine engine(setup);
  engine.post(command::Step{10});
  const auto saved = path("saved by the app");
  const CommandId id = engine.post(command::SaveRun{saved.string()});
  engine.waitFor(id);
  ASSERT_EQ(engine.latest()->message.code, EngineMessage::Code::RunSaved) << englishText(engine.latest()->message);
  const auto r = resume(saved, 20);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(readFile(straight / "checkpoint.safetensors"), readFile(saved / "checkpoint.safetensors"));
  EXPECT_EQ(readFile(straight / "trainer.safetensors"), readFile(saved / "trainer.safetensors"));
  const std::vector<int> exact = {0, 1, 3, 4, 5, 6, 7};  // step, loss, norms, clipped, epoch, lr
  EXPECT_EQ(metricsColumns(straight / "metrics.csv", exact), metricsColumns(saved / "metrics.csv", exact));
}

// Resume must end bit for bit where an uninterrupted run ends: 20 steps straight against 10
// steps, then --resume up to 20, for every cell and several optimisers, across the end of the
// text (the small corpus wraps within 20 steps), with full BPTT and in double precision.
TEST_F(Cli, ResumeEndsBitForBitWhereAnUninterruptedRunEnds) {
  struct Setting {
    std::vector<std::string> flags;
    std::string corpus = "builtin:dialogue:20000";
  };
  const std::vector<Setting> settings = {
      {{"--cell", "lstm", "--optimizer", "adam"}},
      {{"--cell", "gru", "--optimizer", "momentum", "--lr", "0.05"}},
      {{"--cell", "gru", "--gru-variant", "classic", "--optimizer", "nesterov", "--lr", "0.05", "--clip", "value",
        "--clip-threshold", "0.01"},
       "builtin:dialogue:1000"},
      {{"--cell", "rnn", "--optimizer", "rmsprop", "--lr", "0.003", "--layers", "2", "--dtype", "f64"}},
      {{"--cell", "lstm", "--embed", "0", "--optimizer", "adagrad", "--bptt", "full", "--weight-decay", "0.01"},
       "builtin:dialogue:1000"},
      {{"--cell", "rnn", "--nonlinearity", "relu", "--optimizer", "sgd", "--lr", "0.01", "--init", "orthogonal",
        "--spectral-radius", "0.9", "--batch", "16"},
       "builtin:code:1000"},  // about 2,400 characters: 16 streams of 137 wrap after 8 windows
  };
  // step, loss, grad_norm, grad_norm_clipped, clipped, epoch, lr: what must repeat exactly
  const std::vector<int> exact = {0, 1, 3, 4, 5, 6, 7};
  int i = 0;
  for (const auto& s : settings) {
    std::string name;
    for (const auto& f : s.flags) name += f + " ";
    SCOPED_TRACE(name + s.corpus);
    const auto straight = train("straight" + std::to_string(i), s.flags, 20, s.corpus);
    const auto resumed = train("resumed" + std::to_string(i), s.flags, 10, s.corpus);
    const auto r = resume(resumed, 20, {"--threads", "1", "--val-every", "3"});  // --val-every is per invocation
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lastJsonLine(r.out)["steps"], 20);
    EXPECT_EQ(readFile(straight / "checkpoint.safetensors"), readFile(resumed / "checkpoint.safetensors"));
    EXPECT_EQ(readFile(straight / "trainer.safetensors"), readFile(resumed / "trainer.safetensors"));
    EXPECT_EQ(metricsColumns(straight / "metrics.csv", exact), metricsColumns(resumed / "metrics.csv", exact));
    // validation: the same values, except that the interrupted run also validated at its last step
    auto a = metricsColumns(straight / "metrics.csv", {2}), b = metricsColumns(resumed / "metrics.csv", {2});
    ASSERT_EQ(a.size(), 20u);
    ASSERT_EQ(b.size(), 20u);
    EXPECT_FALSE(b[9][0].empty());
    b[9] = a[9];
    EXPECT_EQ(a, b);
    if (s.corpus != "builtin:dialogue:20000") {  // the point of the small corpora: the streams wrapped
      EXPECT_NE(metricsColumns(straight / "metrics.csv", {6}).back()[0], "0");
    }
    ++i;
  }
}

// A run killed after a save: the checkpoint is at step 10, metrics.csv already has rows up to 14.
// Resuming rewrites rows 11-14 instead of repeating them.
TEST_F(Cli, ResumeAfterACrashRewritesTheRowsAfterTheCheckpoint) {
  const auto straight = train("straight", {}, 20);
  const auto crashed = train("crashed", {}, 10);
  const auto checkpoint = readFile(crashed / "checkpoint.safetensors"), state = readFile(crashed / "trainer.safetensors");
  ASSERT_EQ(resume(crashed, 14).exitCode, 0);
  writeFile(crashed / "checkpoint.safetensors", checkpoint);  // as if it died before saving at 14
  writeFile(crashed / "trainer.safetensors", state);
  ASSERT_EQ(csvRows(crashed / "metrics.csv").size(), 15u);
  const auto r = resume(crashed, 20);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(readFile(straight / "checkpoint.safetensors"), readFile(crashed / "checkpoint.safetensors"));
  EXPECT_EQ(metricsColumns(straight / "metrics.csv", {0, 1, 3}), metricsColumns(crashed / "metrics.csv", {0, 1, 3}));

  // a run directory that lost its metrics.csv still resumes, and starts the file with its header
  fs::remove(crashed / "metrics.csv");
  ASSERT_EQ(resume(crashed, 22).exitCode, 0);
  const auto rows = csvRows(crashed / "metrics.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "step");
  EXPECT_EQ(rows[1][0], "21");
}

// The thread count decides how Eigen blocks large products, and so the last bits of the
// result; a resumed run must use the count its run started with, not whatever the machine or
// OMP_NUM_THREADS says now.
TEST_F(Cli, ResumeKeepsTheThreadCountOfTheRun) {
  // full BPTT over long streams: products large enough for Eigen to split between threads
  const std::vector<std::string> flags = {"--cell", "rnn", "--bptt", "full", "--batch", "2", "--threads", "2"};
  const auto straight = train("straight", flags, 8, "builtin:dialogue:2000");
  auto single = flags;
  single.back() = "1";
  const auto oneThread = train("one-thread", single, 8, "builtin:dialogue:2000");
  if (readFile(straight / "checkpoint.safetensors") == readFile(oneThread / "checkpoint.safetensors"))
    GTEST_SKIP() << "this build gives the same bits with 1 and 2 threads; nothing to keep";

  EXPECT_EQ(json::parse(readFile(straight / "config.json"))["threads"], 2);
  const auto resumed = train("resumed", flags, 4, "builtin:dialogue:2000");
  const auto r = resume(resumed, 8, {}, {{"OMP_NUM_THREADS=1"}});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(readFile(straight / "checkpoint.safetensors"), readFile(resumed / "checkpoint.safetensors"));
}

TEST_F(Cli, ResumeRefusesWhatItCannotContinueWithOneLine) {
  const auto runDir = train("run", {}, 4);
  expectOneLineError({"train", "--resume", runDir.string(), "--steps", "6", "--hidden", "32"}, "--hidden");
  expectOneLineError({"train", "--resume", runDir.string(), "--steps", "6", "--out", path("other").string()}, "--out");
  expectOneLineError({"train", "--resume", path("not-a-run").string(), "--steps", "3"}, "config.json");
  fs::create_directories(path("not-a-run"));
  writeFile(path("not-a-run") / "config.json", "{\"hello\": 1}");
  expectOneLineError({"train", "--resume", path("not-a-run").string(), "--steps", "3"}, "not an rnnscope run config");

  // the text changed since the run started
  writeFile(path("text.txt"), readFile(runDir / "config.json") + std::string(3000, 'a'));
  const auto onFile = train("on-file", {}, 2, path("text.txt").string());
  writeFile(path("text.txt"), readFile(path("text.txt")) + "b");
  expectOneLineError({"train", "--resume", onFile.string(), "--steps", "3"}, "has changed");

  // checkpoint and trainer state of different steps
  const auto old = readFile(runDir / "checkpoint.safetensors");
  ASSERT_EQ(resume(runDir, 6).exitCode, 0);
  writeFile(runDir / "checkpoint.safetensors", old);
  expectOneLineError({"train", "--resume", runDir.string(), "--steps", "8"}, "different steps");
  fs::remove(runDir / "trainer.safetensors");
  expectOneLineError({"train", "--resume", runDir.string(), "--steps", "8"}, "trainer.safetensors");

  // a metrics file that is not one
  const auto other = train("other", {}, 2);
  writeFile(other / "metrics.csv", "step,loss\nabc,1\n");
  expectOneLineError({"train", "--resume", other.string(), "--steps", "3"}, "metrics.csv");
}

TEST_F(Cli, SameSeedSameWeightsOtherSeedOtherWeights) {
  const auto a = train("a", {"--seed", "5"}), b = train("b", {"--seed", "5"}), c = train("c", {"--seed", "6"});
  EXPECT_EQ(readFile(a / "checkpoint.safetensors"), readFile(b / "checkpoint.safetensors"));
  EXPECT_EQ(readFile(a / "trainer.safetensors"), readFile(b / "trainer.safetensors"));
  EXPECT_NE(readFile(a / "checkpoint.safetensors"), readFile(c / "checkpoint.safetensors"));

  // the largest seed config.json can hold exactly is accepted, and the run resumes
  const auto big = train("big", {"--seed", "9007199254740992"}, 2);
  EXPECT_EQ(json::parse(readFile(big / "config.json"))["train"]["seed"], 9007199254740992ULL);
  EXPECT_EQ(resume(big, 3).exitCode, 0);
}

// ---- sample -------------------------------------------------------------------------------------

TEST_F(Cli, SampleContinuesThePrimeAndRepeatsWithItsSeed) {
  const auto ckpt = (train("run", {}) / "checkpoint.safetensors").string();
  const auto sample = [&](const std::string& seed, const std::string& temperature, const std::string& prime = "\"Hello") {
    std::vector<std::string> args = {"sample", "--checkpoint", ckpt, "--length", "40", "--temperature", temperature,
                                     "--seed", seed};
    if (!prime.empty()) args.insert(args.end(), {"--prime", prime});
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  };
  const std::string a = sample("1", "1.0");
  EXPECT_EQ(a.rfind("\"Hello", 0), 0u) << a;  // the prime first, as given
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a.back(), '\n');
  // then exactly 40 characters (code points), then the newline that ends the output
  EXPECT_EQ(rnnscope::decodeUtf8(a.substr(0, a.size() - 1)).size(), 6u + 40u) << a;
  EXPECT_EQ(sample("1", "1.0"), a);
  EXPECT_NE(sample("2", "1.0"), a);
  EXPECT_EQ(sample("1", "0"), sample("2", "0"));  // temperature 0: always the likeliest character
  EXPECT_EQ(sample("1", "0"), sample("1", "0"));

  const std::string unprimed = sample("3", "0.8", "");
  EXPECT_EQ(rnnscope::decodeUtf8(unprimed.substr(0, unprimed.size() - 1)).size(), 40u) << unprimed;
}

// ---- grads ---------------------------------------------------------------------------------------

TEST_F(Cli, GradsWritesEveryParameterInTheCheckpointsDtype) {
  // ASCII only, so bytes are characters (the speech of the generated dialogue is Vietnamese)
  const std::string input = "\"Tom, Sam!\" asked Lan.";
  for (const std::string dtype : {"f32", "f64"}) {
    SCOPED_TRACE(dtype);
    const auto runDir = train("run" + dtype, {"--dtype", dtype, "--cell", "gru", "--layers", "2"});
    const auto out = path("grads" + dtype + ".safetensors");
    const auto r = run({"grads", "--checkpoint", (runDir / "checkpoint.safetensors").string(), "--input", input,
                        "--out", out.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = json::parse(r.out);
    EXPECT_EQ(summary["positions"], input.size() - 1);  // 22 characters: 21 predictions
    EXPECT_GT(summary["loss"].get<double>(), 1.0);
    EXPECT_LT(summary["loss"].get<double>(), 6.0);
    const Safetensors weights(runDir / "checkpoint.safetensors"), grads(out);
    EXPECT_EQ(grads.names(), weights.names());
    for (const auto& name : weights.names()) {
      EXPECT_EQ(grads.shape(name), weights.shape(name)) << name;
      EXPECT_EQ(grads.dtype(name), dtype == "f32" ? "F32" : "F64") << name;
      double norm = 0;
      for (double g : grads.values(name)) {
        ASSERT_TRUE(std::isfinite(g)) << name;
        norm += g * g;
      }
      EXPECT_GT(norm, 0) << name;
    }
  }
}

// The gradient the CLI writes under a parameter's name is the derivative of the loss it prints
// with respect to that very parameter: central differences through the CLI itself, on a double
// checkpoint whose weights are nudged in the file.
TEST_F(Cli, GradsMatchFiniteDifferencesOfTheLoss) {
  const auto runDir = train("run", {"--dtype", "f64", "--cell", "lstm", "--layers", "2", "--embed", "8"});
  const std::string input = "\"Not yet,\" said Lan.";
  const Safetensors base(runDir / "checkpoint.safetensors");
  const auto gradsOf = [&](const fs::path& ckpt) {
    const auto r = run({"grads", "--checkpoint", ckpt.string(), "--input", input, "--out", path("g.safetensors").string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return std::make_pair(json::parse(r.out)["loss"].get<double>(), Safetensors(path("g.safetensors")));
  };
  const auto [loss, grads] = gradsOf(runDir / "checkpoint.safetensors");

  // an embedding row of a character the input never uses gets no gradient at all
  const auto vocab = json::parse(base.metadata("vocab")).get<std::vector<int>>();
  const auto unused = std::find_if(vocab.begin(), vocab.end(), [&](int c) { return input.find(char(c)) == std::string::npos; });
  ASSERT_NE(unused, vocab.end());
  const auto embedGrad = grads.values("embed.weight");
  for (int e = 0; e < 8; ++e)
    EXPECT_EQ(embedGrad[static_cast<std::size_t>((unused - vocab.begin()) * 8 + e)], 0.0);

  for (const std::string name : {"embed.weight", "rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_hh_l1",
                                 "rnn.weight_ih_l1", "head.weight", "head.bias"}) {
    const auto g = grads.values(name);
    const auto k = static_cast<std::size_t>(std::max_element(g.begin(), g.end(), [](double a, double b) {
                                              return std::abs(a) < std::abs(b);
                                            }) - g.begin());
    const double w = base.values(name)[k], h = 1e-5;
    double lossAt[2];
    for (int side = 0; side < 2; ++side) {
      std::string bytes = base.bytes;
      const double nudged = w + (side ? h : -h);
      std::memcpy(bytes.data() + base.byteOffset(name, k), &nudged, 8);
      writeFile(path("nudged.safetensors"), bytes);
      lossAt[side] = gradsOf(path("nudged.safetensors")).first;
    }
    const double fd = (lossAt[1] - lossAt[0]) / (2 * h);
    EXPECT_NEAR(g[k], fd, 1e-7 + 1e-5 * std::abs(fd)) << name << "[" << k << "]";
    EXPECT_GT(std::abs(g[k]), 1e-6) << name;
  }
  EXPECT_GT(loss, 0);
}

// grads' loss is the mean cross-entropy of one pass from the zero state; the trainer's
// validation loss is the same quantity over the held-out end of the text, computed in windows
// with the state carried across: on the same text they must agree.
TEST_F(Cli, GradsLossIsTheTrainersValidationLossOnTheSameText) {
  ASSERT_EQ(run({"corpus", "--kind", "dialogue", "--chars", "4000", "--seed", "9", "--out", path("text.txt").string()})
                .exitCode,
            0);
  const auto runDir = path("run");
  const auto t = run({"train", "--corpus", path("text.txt").string(), "--steps", "3", "--out", runDir.string(),
                      "--dtype", "f64", "--hidden", "16", "--batch", "4", "--seq-len", "16", "--val-fraction", "0.1",
                      "--quiet", "--threads", "1"});
  ASSERT_EQ(t.exitCode, 0) << t.err;
  const double validation = json::parse(t.out)["val_loss"];  // at the last step, whose weights were saved
  const auto text = rnnscope::decodeUtf8(readFile(path("text.txt")));
  const auto held = static_cast<std::size_t>(static_cast<double>(text.size()) * 0.1);
  writeFile(path("validation.txt"), rnnscope::encodeUtf8(text.substr(text.size() - held)));
  const auto r = run({"grads", "--checkpoint", (runDir / "checkpoint.safetensors").string(), "--input-file",
                      path("validation.txt").string(), "--out", path("g.safetensors").string()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto summary = json::parse(r.out);
  EXPECT_EQ(summary["positions"], held - 1);
  EXPECT_NEAR(summary["loss"].get<double>(), validation, 1e-10);
}

// ---- analyze -------------------------------------------------------------------------------------

TEST_F(Cli, AnalyzeReportsGradientNormsAndSpectraPerLayer) {
  const std::string input = "\"It is late,\" said Mai. \"Not yet.\"";
  const std::size_t T = input.size() - 1;
  struct Case {
    std::string cell;
    std::size_t stateSize;  // of the Jacobian: H, or 2H for LSTM's [h; c]
  };
  for (const Case& c : {Case{"lstm", 32}, Case{"gru", 16}, Case{"rnn", 16}}) {
    SCOPED_TRACE(c.cell);
    const auto ckpt = (train("run-" + c.cell, {"--cell", c.cell, "--layers", "2"}) / "checkpoint.safetensors").string();
    const auto out = path("a-" + c.cell + ".json");
    const auto r = run({"analyze", "--checkpoint", ckpt, "--input", input, "--out", out.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto a = json::parse(readFile(out));
    const auto printed = json::parse(r.out);
    EXPECT_EQ(printed["positions"], T);
    EXPECT_EQ(a["positions"], T);
    EXPECT_EQ(a["cell"], c.cell);
    // the same pass as grads: the same loss, to the bit
    const auto g = run({"grads", "--checkpoint", ckpt, "--input", input, "--out", path("g.safetensors").string()});
    ASSERT_EQ(g.exitCode, 0) << g.err;
    EXPECT_EQ(printed["loss"].get<double>(), json::parse(g.out)["loss"].get<double>());

    const auto saliency = a["input_saliency"].get<std::vector<double>>();
    ASSERT_EQ(saliency.size(), T);
    for (double v : saliency) EXPECT_TRUE(std::isfinite(v) && v >= 0);
    EXPECT_GT(saliency.back(), 0);  // the last character read bears on its own prediction
    ASSERT_EQ(a["layers"].size(), 2u);
    for (const auto& layer : a["layers"]) {
      const auto dh = layer["dloss_dh_norm"].get<std::vector<double>>();
      ASSERT_EQ(dh.size(), T);
      for (double v : dh) EXPECT_TRUE(std::isfinite(v) && v >= 0);
      EXPECT_GT(dh.back(), 0);  // the last state still predicts the last character
      EXPECT_EQ(layer.contains("dloss_dc_norm"), c.cell == "lstm");
      if (c.cell == "lstm") {
        EXPECT_EQ(layer["dloss_dc_norm"].size(), T);
      }
      // the horizon: a T x T triangle whose last row is the last loss's gradient
      const auto horizon = layer["loss_horizon"].get<std::vector<std::vector<double>>>();
      ASSERT_EQ(horizon.size(), T);
      for (std::size_t t = 0; t < T; ++t) {
        ASSERT_EQ(horizon[t].size(), T);
        EXPECT_GT(horizon[t][t], 0);
        for (std::size_t k = t + 1; k < T; ++k) EXPECT_EQ(horizon[t][k], 0.0);
      }
      EXPECT_EQ(horizon.back(), layer["last_loss_dh_norm"].get<std::vector<double>>());
      const auto whh = layer["whh_sv"].get<std::vector<double>>();
      EXPECT_EQ(whh.size(), 16u);
      EXPECT_TRUE(std::is_sorted(whh.rbegin(), whh.rend()));
      EXPECT_GT(whh.back(), 0);
      ASSERT_EQ(layer["jacobian_sv"].size(), T);
      for (const auto& svs : layer["jacobian_sv"]) {
        const auto v = svs.get<std::vector<double>>();
        ASSERT_EQ(v.size(), c.stateSize);
        EXPECT_TRUE(std::is_sorted(v.rbegin(), v.rend()));
        EXPECT_GE(v.back(), 0);
        // tanh RNN: J = diag(1 - h^2) W_hh with 0 < 1 - h^2 <= 1, so sigma_max(J) <= sigma_max(W_hh)
        if (c.cell == "rnn") {
          EXPECT_LE(v.front(), whh.front() * (1 + 1e-5));
        }
      }
    }
  }
}

// ---- cells ---------------------------------------------------------------------------------------

TEST_F(Cli, CellsWritesActivationsAndRanksCells) {
  const auto lstm = (train("lstm", {"--layers", "2"}) / "checkpoint.safetensors").string();
  const std::string input = "He said, \"Tom, Sam!\" and left. \"Thu?\" she asked.";
  const long T = static_cast<long>(input.size());
  auto r = run({"cells", "--checkpoint", lstm, "--input", input, "--out", path("lstm.safetensors").string(), "--concept",
                "quote", "--top", "5"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const Safetensors acts(path("lstm.safetensors"));
  EXPECT_EQ(acts.metadata("text"), input);
  for (const std::string l : {"0", "1"})
    for (const std::string kind : {"h", "c", "i", "f", "g", "o"}) {
      EXPECT_EQ(acts.shape(kind + "_l" + l), (std::vector<long>{T, 16})) << kind << l;
      EXPECT_EQ(acts.dtype(kind + "_l" + l), "F32");
    }
  // the LSTM equations hold between the recorded tensors: c = f*c' + i*g, h = o*tanh(c)
  const auto h = acts.values("h_l0"), c = acts.values("c_l0"), i = acts.values("i_l0"), f = acts.values("f_l0"),
             g = acts.values("g_l0"), o = acts.values("o_l0");
  for (std::size_t k = 0; k < h.size(); ++k) {
    const double cPrev = k < 16 ? 0.0 : c[k - 16];
    ASSERT_NEAR(c[k], f[k] * cPrev + i[k] * g[k], 1e-5) << k;
    ASSERT_NEAR(h[k], o[k] * std::tanh(c[k]), 1e-5) << k;
    ASSERT_TRUE(i[k] >= 0 && i[k] <= 1 && f[k] >= 0 && f[k] <= 1 && o[k] >= 0 && o[k] <= 1 && std::abs(g[k]) <= 1);
  }

  // the ranking: 5 cells, best |r| first, each r the correlation of that cell with the quote signal
  const auto ranking = json::parse(r.out);
  EXPECT_EQ(ranking["concept"], "quote");
  std::vector<double> inside(input.size());
  bool in = false;
  for (std::size_t k = 0; k < input.size(); ++k) {
    if (input[k] == '"') in = !in;
    inside[k] = in;
  }
  ASSERT_EQ(ranking["cells"].size(), 5u);
  double previous = 2;
  for (const auto& cell : ranking["cells"]) {
    const double score = cell["abs_pearson"], rValue = cell["pearson"];
    EXPECT_LE(score, previous);
    EXPECT_LE(score, 1.0);
    EXPECT_NEAR(std::abs(rValue), score, 1e-12);
    previous = score;
    const auto values = acts.values(cell["tensor"]);
    const auto unit = cell["unit"].get<std::size_t>();
    ASSERT_LT(unit, 16u);
    std::vector<double> column;
    for (long t = 0; t < T; ++t) column.push_back(values[static_cast<std::size_t>(t) * 16 + unit]);
    EXPECT_NEAR(pearson(column, inside), rValue, 1e-6) << cell.dump();
  }
  EXPECT_GT(previous, 0);

  // GRU: h = (1 - z)*n + z*h' (reset_after), and gates r, z, n instead of LSTM's
  const auto gru = (train("gru", {"--cell", "gru"}) / "checkpoint.safetensors").string();
  r = run({"cells", "--checkpoint", gru, "--input", input, "--out", path("gru.safetensors").string()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  const Safetensors gates(path("gru.safetensors"));
  auto names = gates.names();
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"h_l0", "n_l0", "r_l0", "z_l0"}));
  const auto gh = gates.values("h_l0"), z = gates.values("z_l0"), n = gates.values("n_l0");
  for (std::size_t k = 0; k < gh.size(); ++k) {
    const double hPrev = k < 16 ? 0.0 : gh[k - 16];
    ASSERT_NEAR(gh[k], (1 - z[k]) * n[k] + z[k] * hPrev, 1e-5) << k;
  }

  // --no-gates ranks only the states
  r = run({"cells", "--checkpoint", gru, "--input", input, "--concept", "quote", "--top", "40", "--no-gates"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // the parsed document is named: a range-for over json::parse(...)["cells"] would iterate a
  // member of a temporary destroyed before the first iteration (ASan: heap-use-after-free)
  const json ranked = json::parse(r.out);
  ASSERT_FALSE(ranked["cells"].empty());
  for (const auto& cell : ranked["cells"]) EXPECT_EQ(cell["tensor"], "h_l0");
}

// ---- bench and corpus ----------------------------------------------------------------------------

// ---- lessons -----------------------------------------------------------------------------------

TEST_F(Cli, LessonsListsEveryLessonWithTheStepsItsChecksNeed) {
  const auto r = run({"lessons"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto all = json::parse(r.out);
  ASSERT_TRUE(all.is_array());
  std::vector<std::string> ids;
  for (const auto& l : all) {
    ids.push_back(l["id"].get<std::string>());
    EXPECT_FALSE(l["title"].get<std::string>().empty());
    EXPECT_GT(l["steps"].get<int>(), 0) << l.dump();
    EXPECT_FALSE(l["checks"].empty()) << l.dump();
  }
  for (const std::string id : {"default", "vanishing", "exploding", "lstm-highway", "code-cells"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

// The lesson's own settings and text, its checks evaluated at the end, and the run folder of
// an ordinary run; a flag overrides the lesson's setting.
TEST_F(Cli, TrainALessonPrintsItsChecks) {
  const auto out = path("vanishing");
  const auto r = run({"train", "--lesson", "vanishing", "--steps", "100", "--out", out.string(), "--quiet",
                      "--threads", "1", "--val-every", "0"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = lastJsonLine(r.out);
  EXPECT_EQ(j["lesson"], "vanishing");
  ASSERT_EQ(j["checks"].size(), 4u) << j.dump();
  for (const auto& c : j["checks"]) {
    for (const char* key : {"name", "passed", "value", "threshold"}) EXPECT_TRUE(c.contains(key)) << c.dump();
  }
  EXPECT_EQ(j["checks"][0]["name"], "last_loss_fades");
  EXPECT_TRUE(j["checks"][0]["passed"].get<bool>()) << j.dump();     // its claim is about step 100
  EXPECT_FALSE(j["checks"][3]["passed"].get<bool>()) << j.dump();    // its claim is about step 600
  EXPECT_TRUE(j["seconds_to_claim"].is_null()) << j.dump();          // so not every check held yet
  const auto config = json::parse(readFile(out / "config.json"));
  EXPECT_EQ(config["lesson"], "vanishing");
  EXPECT_EQ(config["train"]["init"]["scheme"], "orthogonal");
  EXPECT_EQ(config["train"]["model"]["cell"], "rnn");
  EXPECT_TRUE(fs::exists(out / "checkpoint.safetensors"));
  EXPECT_EQ(csvRows(out / "metrics.csv").size(), 101u);

  const auto lstm = run({"train", "--lesson", "vanishing", "--steps", "2", "--out", path("lstm").string(), "--quiet",
                         "--threads", "1", "--cell", "lstm", "--hidden", "8"});
  ASSERT_EQ(lstm.exitCode, 0) << lstm.err;
  EXPECT_EQ(json::parse(readFile(path("lstm") / "config.json"))["train"]["model"]["cell"], "lstm");

  expectOneLineError({"train", "--lesson", "no-such-lesson", "--steps", "2", "--out", path("x").string()}, "known lessons");
  expectOneLineError({"train", "--lesson", "vanishing", "--resume", out.string(), "--steps", "2"}, "--lesson");
}

TEST_F(Cli, BenchPrintsBothThroughputs) {
  for (const std::string cell : {"rnn", "lstm", "gru"}) {
    const auto r = run({"bench", "--cell", cell, "--hidden", "16", "--batch", "2", "--seq-len", "8", "--steps", "3",
                        "--threads", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    const auto j = json::parse(r.out);
    EXPECT_EQ(j.size(), 2u);
    EXPECT_GT(j["train_chars_per_sec"].get<double>(), 0);
    EXPECT_GT(j["infer_chars_per_sec"].get<double>(), 0);
    EXPECT_TRUE(std::isfinite(j["train_chars_per_sec"].get<double>()));
  }
}

TEST_F(Cli, CorpusIsReproducibleAndNearTheAskedSize) {
  for (const std::string kind : {"dialogue", "code"}) {
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "3", "--out", path("a").string()}).exitCode, 0);
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "3", "--out", path("b").string()}).exitCode, 0);
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "4", "--out", path("c").string()}).exitCode, 0);
    const auto a = readFile(path("a"));
    EXPECT_EQ(a, readFile(path("b")));
    EXPECT_NE(a, readFile(path("c")));
    const auto chars = rnnscope::decodeUtf8(a).size();  // valid UTF-8, or this throws
    EXPECT_GT(chars, 4500u);
    EXPECT_LT(chars, 5500u);
    // and it is text the trainer accepts
    EXPECT_EQ(run({"train", "--corpus", path("a").string(), "--steps", "1", "--out", path("run").string(), "--hidden",
                   "8", "--batch", "2", "--seq-len", "8", "--quiet"})
                  .exitCode,
              0);
  }
}

// ---- bad input -------------------------------------------------------------------------------------

TEST_F(Cli, BadTextsAreRefusedWithOneLine) {
  const auto trainOn = [&](const fs::path& corpus) {
    return std::vector<std::string>{"train", "--corpus", corpus.string(), "--steps", "2", "--out", path("run").string()};
  };
  expectOneLineError(trainOn(path("missing.txt")), "missing.txt");
  writeFile(path("empty.txt"), "");
  expectOneLineError(trainOn(path("empty.txt")), "empty");
  writeFile(path("binary.bin"), std::string("PK\x03\x04\0\0\x14\0binary\0data", 20));
  expectOneLineError(trainOn(path("binary.bin")), "binary");
  writeFile(path("controls.bin"), std::string(200, '\x01') + "text");
  expectOneLineError(trainOn(path("controls.bin")), "binary");
  writeFile(path("latin1.txt"), "caf\xe9" " cr\xe8" "me br\xfb" "l\xe9" "e, a text in Latin-1 and not in UTF-8");
  expectOneLineError(trainOn(path("latin1.txt")), "UTF-8");
  expectOneLineError(trainOn(dir_), "directory");
  expectOneLineError(trainOn("builtin:poetry"), "poetry");
  writeFile(path("short.txt"), "abc");
  expectOneLineError(trainOn(path("short.txt")), "too short");
  EXPECT_FALSE(fs::exists(path("run") / "checkpoint.safetensors"));

  // the texts given to grads, analyze and cells
  const auto ckpt = (train("good", {}, 2) / "checkpoint.safetensors").string();
  for (const std::string command : {"grads", "analyze", "cells"}) {
    SCOPED_TRACE(command);
    const std::vector<std::string> base = {command, "--checkpoint", ckpt, "--out", path("o").string()};
    const auto with = [&](std::vector<std::string> extra) {
      auto a = base;
      a.insert(a.end(), extra.begin(), extra.end());
      return a;
    };
    expectOneLineError(with({"--input", "chào 你好"}), "U+4F60");  // not in the vocabulary
    expectOneLineError(with({"--input", "ab\xff"}), "UTF-8");
    expectOneLineError(with({"--input-file", path("missing.txt").string()}), "missing.txt");
    expectOneLineError(with({"--input-file", path("empty.txt").string()}), "empty");
    expectOneLineError(with({}), "--input");
    if (command != "cells") expectOneLineError(with({"--input", "a"}), "two characters");
  }
  expectOneLineError({"sample", "--checkpoint", ckpt, "--prime", "你好"}, "not in the vocabulary");
  expectOneLineError({"sample", "--checkpoint", ckpt, "--prime", "ab\xff"}, "UTF-8");
}

TEST_F(Cli, OutOfRangeFlagsAreRefusedWithOneLine) {
  const std::vector<std::string> base = {"train", "--corpus", "builtin:dialogue:5000", "--steps", "2", "--out",
                                         path("run").string()};
  const auto with = [&](std::vector<std::string> extra) {
    auto a = base;
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  };
  expectOneLineError(with({"--hidden", "0"}), "hidden");
  expectOneLineError(with({"--hidden", "100000000"}), "hidden");
  expectOneLineError(with({"--hidden", "abc"}), "--hidden");
  expectOneLineError(with({"--hidden"}), "--hidden");
  expectOneLineError(with({"--layers", "9"}), "layers");
  expectOneLineError(with({"--layers", "0"}), "layers");
  expectOneLineError(with({"--embed", "-1"}), "embedding");
  expectOneLineError(with({"--batch", "0"}), "batch");
  expectOneLineError(with({"--batch", "1000", "--seq-len", "100"}), "too short");
  expectOneLineError(with({"--seq-len", "0"}), "seq");
  expectOneLineError(with({"--cell", "transformer"}), "transformer");
  expectOneLineError(with({"--nonlinearity", "sigmoid"}), "sigmoid");
  expectOneLineError(with({"--optimizer", "lbfgs"}), "lbfgs");
  expectOneLineError(with({"--dtype", "f16"}), "f16");
  expectOneLineError(with({"--lr", "-1"}), "learning rate");
  expectOneLineError(with({"--lr", "nan"}), "learning rate");
  expectOneLineError(with({"--momentum", "1"}), "momentum");
  expectOneLineError(with({"--val-fraction", "0.9"}), "validation fraction");
  expectOneLineError(with({"--clip", "norm", "--clip-threshold", "-1"}), "clipping threshold");
  expectOneLineError(with({"--bptt", "sometimes"}), "--bptt");
  expectOneLineError(with({"--seed", "-1"}), "--seed");  // would wrap around to 2^64 - 1
  expectOneLineError(with({"--seed", "9007199254740993"}), "--seed");  // above 2^53: config.json could not keep it
  expectOneLineError(with({"--threads", "100"}), "--threads");
  expectOneLineError(with({"--no-such-flag", "3"}), "--no-such-flag");
  expectOneLineError({"train", "--corpus", "builtin:dialogue:5000", "--steps", "-5", "--out", path("run").string()},
                     "--steps");
  expectOneLineError({"train", "--corpus", "builtin:dialogue:5000", "--out", path("run").string()}, "--steps");
  expectOneLineError({"train", "--corpus", "builtin:dialogue:5", "--steps", "2", "--out", path("run").string()}, "'5'");
  expectOneLineError({"train", "--steps", "2", "--out", path("run").string()}, "--corpus");
  expectOneLineError({"train", "--corpus", "builtin:dialogue:5000", "--steps", "2"}, "--out");
  EXPECT_FALSE(fs::exists(path("run") / "checkpoint.safetensors"));

  const auto ckpt = (train("good", {}, 2) / "checkpoint.safetensors").string();
  expectOneLineError({"sample", "--checkpoint", ckpt, "--temperature", "-1"}, "--temperature");
  expectOneLineError({"sample", "--checkpoint", ckpt, "--temperature", "nan"}, "temperature");
  expectOneLineError({"sample", "--checkpoint", ckpt, "--length", "0"}, "--length");
  expectOneLineError({"sample", "--checkpoint", ckpt, "--seed", "-1"}, "--seed");
  expectOneLineError({"sample", "--length", "3"}, "--checkpoint");
  expectOneLineError({"cells", "--checkpoint", ckpt, "--input", "abc", "--concept", "quote", "--top", "0"}, "--top");
  expectOneLineError({"cells", "--checkpoint", ckpt, "--input", "abc", "--concept", "mood"}, "mood");
  expectOneLineError({"cells", "--checkpoint", ckpt, "--input", "abc"}, "--out");
  expectOneLineError({"bench", "--hidden", "0"}, "--hidden");
  expectOneLineError({"bench", "--cell", "transformer", "--steps", "1"}, "transformer");
  expectOneLineError({"corpus", "--kind", "poetry", "--chars", "1000", "--out", path("c").string()}, "poetry");
  expectOneLineError({"corpus", "--kind", "code", "--chars", "5", "--out", path("c").string()}, "--chars");
  expectOneLineError({"corpus", "--kind", "code", "--chars", "1000", "--seed", "-1", "--out", path("c").string()},
                     "--seed");
  expectOneLineError({"corpus", "--kind", "code", "--chars", "1000", "--out", (path("no-dir") / "c").string()},
                     "cannot write");
  expectOneLineError({"grads", "--checkpoint", ckpt, "--input", "abc", "--out", (path("no-dir") / "g").string()},
                     "cannot write");
  expectOneLineError({"teleport"}, "teleport");
  expectOneLineError({}, "subcommand");
}

// A path or text with a newline in it still makes one line.
TEST_F(Cli, MessagesQuotingANewlineStayOnOneLine) {
  expectOneLineError({"train", "--corpus", path("two\nlines.txt").string(), "--steps", "2", "--out", path("run").string()},
                     "two\\nlines.txt");
  expectOneLineError({"sample", "--checkpoint", path("two\nlines.safetensors").string()}, "two\\nlines");
}

TEST_F(Cli, DivergenceIsOneLineAndKeepsNoBrokenWeights) {
  const std::vector<std::string> args = {"train", "--corpus", "builtin:dialogue:5000", "--steps", "30", "--out",
                                         path("run").string(), "--hidden", "16", "--batch", "4", "--seq-len", "16",
                                         "--cell", "rnn", "--nonlinearity", "relu", "--init", "he", "--spectral-radius",
                                         "50", "--optimizer", "sgd", "--lr", "100", "--quiet"};
  expectOneLineError(args, "diverged at step");
  EXPECT_FALSE(fs::exists(path("run") / "checkpoint.safetensors"));
  expectOneLineError(args, "no checkpoint was saved");  // there is none to be intact
}

// Corrupt checkpoints: each breaks one rule and is refused with a message naming it, by every
// command that reads a checkpoint.
TEST_F(Cli, CorruptCheckpointsAreRefusedWithOneLine) {
  const auto good = readFile(train("run", {}, 2) / "checkpoint.safetensors");
  const std::uint64_t headerSize = headerLength(good);
  const std::string header = good.substr(8, headerSize), body = good.substr(8 + headerSize);
  const auto edited = [&](const std::function<void(json&)>& edit, const std::string& extraBody = "") {
    auto j = json::parse(header);
    edit(j);
    return withLength(j.dump(), body + extraBody);
  };
  const auto config = [&](const std::function<void(json&)>& edit) {
    return edited([&](json& j) {
      auto c = json::parse(j["__metadata__"]["config"].get<std::string>());
      edit(c);
      j["__metadata__"]["config"] = c.dump();
    });
  };
  const auto vocab = json::parse(json::parse(header)["__metadata__"]["vocab"].get<std::string>());
  const auto headBias = json::parse(header)["head.bias"];
  const std::size_t headBiasBytes = headBias["data_offsets"][1].get<std::size_t>() - headBias["data_offsets"][0].get<std::size_t>();

  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "shorter than"},
      {good.substr(0, 5), "shorter than"},
      {good.substr(0, good.size() - 100), "beyond the end"},
      {std::string("\xff\xff\xff\xff\xff\xff\xff\x7f", 8) + header + body, "header length"},
      {std::string(8, '\0') + header + body, "header length is 0"},
      {withLength("{this is not json", body), "JSON"},
      {withLength("[1, 2, 3]", body), "JSON object"},
      {edited([](json& j) { j["head.bias"]["data_offsets"][1] = 1 << 30; }), "beyond the end"},
      {edited([](json& j) { j["rnn.weight_hh_l0"]["shape"] = {3, 3}; }), "shape"},
      {edited([](json& j) { j["rnn.weight_hh_l0"]["shape"] = {16, 64}; }), "rnn.weight_hh_l0"},  // right size, wrong shape
      {edited([](json& j) {
         j["head.weights"] = j["head.weight"];  // the same bytes under a name the model does not have
         j.erase("head.weight");
       }),
       "head.weight"},
      {edited(
           [&](json& j) {
             j["extra.bias"] = headBias;
             j["extra.bias"]["data_offsets"] = {body.size(), body.size() + headBiasBytes};
           },
           body.substr(body.size() - headBiasBytes)),
       "extra.bias"},
      {edited([](json& j) { j["__metadata__"]["format"] = "something/9"; }), "format"},
      {edited([](json& j) { j["__metadata__"].erase("format"); }), "format"},
      {edited([](json& j) { j["__metadata__"].erase("config"); }), "config"},
      {edited([](json& j) { j["__metadata__"]["config"] = "{not json"; }), "config"},
      {edited([](json& j) { j["__metadata__"].erase("vocab"); }), "vocab"},
      {edited([](json& j) { j["__metadata__"]["vocab"] = "\"abc\""; }), "vocab"},
      {edited([&](json& j) {
         auto v = vocab;
         v[1] = v[0];
         j["__metadata__"]["vocab"] = v.dump();
       }),
       "twice"},
      {edited([&](json& j) {
         auto v = vocab;
         v.erase(v.size() - 1);
         j["__metadata__"]["vocab"] = v.dump();
       }),
       "vocab_size"},
      {config([](json& c) { c["hidden"] = 0; }), "hidden"},
      {config([](json& c) { c["cell"] = "transformer"; }), "transformer"},
      {config([](json& c) { c["hidden"] = 32; }), "shape"},
      {edited([](json& j) { j["rnn.weight_ih_l0"]["dtype"] = "I64"; }), "dtype"},
      {edited([](json& j) { j["rnn.weight_ih_l0"]["dtype"] = "F64"; }), "data_offsets"},
  };
  int i = 0;
  for (const auto& [bytes, rule] : cases) {
    SCOPED_TRACE("case " + std::to_string(i) + ": " + rule);
    const auto file = path("bad" + std::to_string(i++) + ".safetensors").string();
    writeFile(file, bytes);
    expectOneLineError({"sample", "--checkpoint", file, "--length", "5"}, rule);
    expectOneLineError({"grads", "--checkpoint", file, "--input", "abc", "--out", path("g").string()}, rule);
    expectOneLineError({"analyze", "--checkpoint", file, "--input", "abc", "--out", path("a").string()}, rule);
    expectOneLineError({"cells", "--checkpoint", file, "--input", "abc", "--out", path("c").string()}, rule);
    EXPECT_FALSE(fs::exists(path("g")) || fs::exists(path("a")) || fs::exists(path("c")));
  }
  expectOneLineError({"sample", "--checkpoint", dir_.string()}, "not a regular file");
}

// A tiny file whose config claims a huge model (hidden 4096, 4 layers, embedding 4096: gigabytes
// of weights) is refused for its shapes before any such model is allocated: under a 1 GiB
// address-space limit the refusal still names the shapes, not memory.
TEST_F(Cli, ACheckpointClaimingAHugeModelIsRefusedBeforeAllocating) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "the sanitizers reserve terabytes of address space, so a memory limit cannot be set";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  GTEST_SKIP() << "the sanitizers reserve terabytes of address space, so a memory limit cannot be set";
#endif
#endif
  const auto good = readFile(train("run", {}, 2) / "checkpoint.safetensors");
  auto header = json::parse(good.substr(8, headerLength(good)));
  auto config = json::parse(header["__metadata__"]["config"].get<std::string>());
  config["hidden"] = 4096;
  config["layers"] = 4;
  config["embed"] = 4096;
  header["__metadata__"]["config"] = config.dump();
  writeFile(path("huge.safetensors"), withLength(header.dump(), good.substr(8 + headerLength(good))));
  expectOneLineError({"sample", "--checkpoint", path("huge.safetensors").string(), "--length", "3"}, "shape",
                     {{}, std::uint64_t(1) << 30});
}


// A recall text's answers get their own validation loss: on validation steps only, near
// guessing among the 8 keys (ln 8 = 2.08) this early, and a loss of a subset of the positions
// the whole validation loss also covers.
TEST_F(Cli, TrainScoresARecallTextsAnswersOnValidationSteps) {
  const auto out = train("recall", {"--val-every", "2"}, 4, "builtin:recall-8:6000:1");
  const auto rows = csvRows(out / "metrics.csv");
  ASSERT_EQ(rows.size(), 5u);
  ASSERT_EQ(rows[0].back(), "answer_loss");
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 11u) << i;
    EXPECT_EQ(rows[i][10].empty(), i % 2 != 0) << i;
    if (rows[i][10].empty()) continue;
    const double answers = std::stod(rows[i][10]);
    EXPECT_GT(answers, 1.5) << i;
    EXPECT_LT(answers, 4.0) << i;
  }
}

// ---- the lessons' shipped states (docs/lessons.md, "Shipped states") --------------------------

std::vector<std::string> shippedStateIds() {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(RNNSCOPE_LESSON_STATES_DIR, ec))
    if (entry.is_directory()) ids.push_back(entry.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

class ShippedLessonState : public Cli, public ::testing::WithParamInterface<std::string> {};

// What scripts/lesson_states.sh make ran, run again: the same bytes, and the same curve apart
// from the two columns that time the machine.
TEST_P(ShippedLessonState, IsWhatTheCliMakes) {
  if (!RNNSCOPE_PORTABLE_ARITHMETIC)
    GTEST_SKIP() << "this build rounds as its own machine does (-march=native, or a sanitizer build); "
                    "scripts/lesson_states.sh check runs this test in the portable build that made the states";
  const std::string id = GetParam();
  const Result lessons = run({"lessons"});
  ASSERT_EQ(lessons.exitCode, 0) << lessons.err;
  std::int64_t steps = 0;
  for (const auto& l : json::parse(lessons.out))
    if (l["id"] == id) steps = l["steps"].get<std::int64_t>();
  ASSERT_GT(steps, 0) << "resources/lesson-states/" << id << " belongs to no lesson";

  RunOptions slow;
  slow.timeoutSeconds = 900;
  const Result r = run({"train", "--lesson", id, "--steps", std::to_string(steps), "--threads", "1", "--val-every",
                        "50", "--save-every", "0", "--out", path("run").string(), "--quiet"},
                       slow);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  // what the shipped state shows is what the lesson says, in the arithmetic that made it
  for (const auto& check : lastJsonLine(r.out)["checks"])
    EXPECT_TRUE(check["passed"].get<bool>()) << id << ": " << check.dump();
  const fs::path shipped = fs::path(RNNSCOPE_LESSON_STATES_DIR) / id;
  for (const char* file : {"checkpoint.safetensors", "trainer.safetensors"}) {
    const std::string made = readFile(path("run") / file), expected = readFile(shipped / file);
    const auto differ = std::mismatch(made.begin(), made.end(), expected.begin(), expected.end());
    EXPECT_TRUE(made == expected) << file << ": " << made.size() << " bytes made, " << expected.size()
                                  << " shipped; first difference at byte " << (differ.first - made.begin());
  }
  EXPECT_EQ(metricsColumns(path("run") / "metrics.csv", {0, 1, 2, 3, 4, 5, 6, 7, 10}),
            metricsColumns(shipped / "metrics.csv", {0, 1, 2, 3, 4, 5, 6, 7, 8}));
}

INSTANTIATE_TEST_SUITE_P(All, ShippedLessonState, ::testing::ValuesIn(shippedStateIds()),
                         [](const auto& param) {
                           std::string name = param.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// ---- train --task, predict (docs/tasks.md) ----------------------------------------------------

TEST_F(Cli, TaskRunHasTheRunFolderAndPredicts) {
  const auto out = path("run");
  const auto r = run({"train", "--task", "classify", "--data", "builtin:sentiment-en-2:600", "--steps", "30", "--out",
                      out.string(), "--hidden", "16", "--batch", "16", "--val-every", "10", "--threads", "1", "--quiet"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto summary = json::parse(r.out);
  EXPECT_EQ(summary["task"], "classify");
  EXPECT_EQ(summary["steps"], 30);
  EXPECT_GE(summary["val_accuracy"].get<double>(), 0.0);
  EXPECT_LE(summary["val_accuracy"].get<double>(), 1.0);
  const auto config = json::parse(readFile(out / "config.json"));
  EXPECT_EQ(config["task"]["kind"], "classify");
  EXPECT_EQ(config["task"]["tokens"], "words");
  EXPECT_EQ(config["data"]["examples"], 600);
  const Safetensors ckpt(out / "checkpoint.safetensors");
  EXPECT_EQ(ckpt.metadata("format"), "rnnscope-task/1");
  EXPECT_EQ(ckpt.shape("head.weight"), (std::vector<long>{2, 16}));  // two labels, not the vocabulary
  auto labels = json::parse(ckpt.metadata("labels")).get<std::vector<std::string>>();
  std::sort(labels.begin(), labels.end());
  EXPECT_EQ(labels, (std::vector<std::string>{"negative", "positive"}));
  const auto rows = csvRows(out / "metrics.csv");
  ASSERT_EQ(rows.size(), 31u);
  EXPECT_EQ(rows[0][2], "accuracy");
  EXPECT_FALSE(rows[10][3].empty());  // val_accuracy at step 10
  EXPECT_TRUE(rows[11][3].empty());

  const auto p = run({"predict", "--run", out.string(), "--input", "the film good and\n\nwe watched not bad the city"});
  ASSERT_EQ(p.exitCode, 0) << p.err;
  std::istringstream lines(p.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    const auto j = json::parse(line);
    EXPECT_TRUE(j["label"] == "positive" || j["label"] == "negative") << line;
    EXPECT_NEAR(j["probabilities"]["positive"].get<double>() + j["probabilities"]["negative"].get<double>(), 1.0, 1e-5);
    ++count;
  }
  EXPECT_EQ(count, 2);  // the empty line is skipped
  expectOneLineError({"predict", "--run", out.string(), "--input", "the film zyzzyva"}, "'zyzzyva' is not in the model's vocabulary");
  // a resume whose trainer state is cut short says so in one line and leaves the run as it was
  const std::string trainerBytes = readFile(out / "trainer.safetensors");
  writeFile(out / "trainer.safetensors", trainerBytes.substr(0, trainerBytes.size() / 2));
  expectOneLineError({"train", "--resume", out.string(), "--steps", "40", "--quiet"}, "trainer.safetensors");
  EXPECT_EQ(csvRows(out / "metrics.csv").size(), 31u);
  // a checkpoint cut short is refused by predict
  const std::string bytes = readFile(out / "checkpoint.safetensors");
  writeFile(out / "checkpoint.safetensors", bytes.substr(0, bytes.size() / 2));
  expectOneLineError({"predict", "--run", out.string(), "--input", "the film"}, "checkpoint.safetensors");
}

// A task lesson trains its own task, data and settings; a flag overrides one of them.
TEST_F(Cli, ATaskLessonTrainsItsTask) {
  const auto out = path("lesson");
  const auto r = run({"train", "--lesson", "reversal", "--steps", "5", "--hidden", "12", "--out", out.string(),
                      "--threads", "1", "--quiet"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto config = json::parse(readFile(out / "config.json"));
  EXPECT_EQ(config["task"]["kind"], "seq2seq");
  EXPECT_EQ(config["data"]["source"], "builtin:reverse:20000:1");
  EXPECT_EQ(config["task"]["config"]["model"]["hidden"], 12);   // the flag
  EXPECT_EQ(config["task"]["config"]["model"]["cell"], "lstm");  // the lesson's
  EXPECT_DOUBLE_EQ(config["task"]["config"]["optimizer"]["lr"].get<double>(), 0.01);
  expectOneLineError({"train", "--lesson", "reversal", "--task", "classify", "--steps", "5", "--out", path("x").string()},
                     "names its task and data");
}

// The language model's contract for tasks too: stop, resume, and end on the same bytes.
TEST_F(Cli, TaskResumeEndsWhereAnUninterruptedRunEnds) {
  const std::vector<std::string> common = {"--task", "seq2seq", "--data", "builtin:reverse:300", "--hidden", "12",
                                           "--batch", "8", "--threads", "1", "--quiet", "--val-every", "5", "--cell", "gru"};
  auto args = [&](std::vector<std::string> a) {
    a.insert(a.end(), common.begin(), common.end());
    return a;
  };
  ASSERT_EQ(run(args({"train", "--steps", "12", "--out", path("whole").string()})).exitCode, 0);
  ASSERT_EQ(run(args({"train", "--steps", "5", "--out", path("parts").string()})).exitCode, 0);
  const auto resumed = run({"train", "--resume", path("parts").string(), "--steps", "12", "--threads", "1", "--quiet"});
  ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
  for (const char* file : {"checkpoint.safetensors", "trainer.safetensors"})
    EXPECT_TRUE(readFile(path("whole") / file) == readFile(path("parts") / file)) << file;
  const Safetensors ckpt(path("whole") / "checkpoint.safetensors");
  const auto names = ckpt.names();
  EXPECT_NE(std::find(names.begin(), names.end(), "encoder.rnn.weight_hh_l0"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "decoder.head.weight"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "encoder.head.weight"), names.end());
  EXPECT_EQ(csvRows(path("whole") / "metrics.csv").size(), csvRows(path("parts") / "metrics.csv").size());
  const auto p = run({"predict", "--run", path("whole").string(), "--input", "abc"});
  ASSERT_EQ(p.exitCode, 0) << p.err;
  EXPECT_TRUE(json::parse(p.out)["output"].is_string());
}

TEST_F(Cli, BadTaskInputGetsOneLine) {
  writeFile(path("reviews.tsv"), "positive\tgood film\nnegative bad film\n");
  expectOneLineError({"train", "--task", "classify", "--data", path("reviews.tsv").string(), "--steps", "3", "--out",
                      path("a").string()},
                     "line 2: no tab; each row must be label<TAB>text");
  EXPECT_FALSE(fs::exists(path("a") / "checkpoint.safetensors"));
  writeFile(path("tags.tsv"), "ab\t..\nabc\t..\n");
  expectOneLineError({"train", "--task", "tag", "--data", path("tags.tsv").string(), "--steps", "3", "--out", path("b").string()},
                     "line 2: 2 tags for 3 characters");
  writeFile(path("empty.tsv"), "");
  expectOneLineError({"train", "--task", "seq2seq", "--data", path("empty.tsv").string(), "--steps", "3", "--out",
                      path("c").string()},
                     "holds no examples");
  expectOneLineError({"train", "--task", "classify", "--data", path("missing.tsv").string(), "--steps", "3", "--out",
                      path("d").string()},
                     "no such file");
  expectOneLineError({"train", "--task", "classify", "--data", "builtin:reverse", "--steps", "3", "--out", path("e").string()},
                     "is for the seq2seq task");
  expectOneLineError({"train", "--task", "poetry", "--data", "builtin:reverse", "--steps", "3", "--out", path("f").string()},
                     "unknown task 'poetry'");
  expectOneLineError({"train", "--task", "classify", "--data", "builtin:sentiment-en-3", "--seq-len", "8", "--steps", "3",
                      "--out", path("g").string()},
                     "--seq-len belongs to the language model");
  expectOneLineError({"train", "--corpus", "builtin:code:20000", "--data", "builtin:reverse", "--steps", "3", "--out",
                      path("h").string()},
                     "--data needs --task");
  expectOneLineError({"predict", "--run", path("nowhere").string(), "--input", "x"}, "does not exist");
}

}  // namespace

// ---- predict with a picture: caption and vqa runs ----------------------------------------------
// (The tests below write a built-in picture with the core's own writer; their includes are here
// so that the file's head stays as it was.)
#include "core/task/picture_file.h"
#include "core/task/shapes.h"

namespace {

// The arguments of a short caption or vqa run on the built-in pictures.
std::vector<std::string> pictureRunArgs(const std::string& kind, const fs::path& out) {
  return {"train", "--task", kind, "--data", "builtin:shapes-" + kind + ":300", "--steps", "20", "--hidden", "16",
          "--batch", "16", "--threads", "1", "--quiet", "--out", out.string()};
}

// One of the built-in pictures, written as a PPM file.
void writeShapePicture(const fs::path& file) {
  const auto d = rnnscope::generateShapes(rnnscope::TaskKind::Caption, 3, 5);
  rnnscope::writePicture(file.string(), d.examples[1].image);
}

std::vector<std::string> checkpointNames(const fs::path& run, const std::string& key) {
  return json::parse(Safetensors(run / "checkpoint.safetensors").metadata(key)).get<std::vector<std::string>>();
}

TEST_F(Cli, PredictCaptionsAPicture) {
  const auto out = path("caption");
  const auto trained = run(pictureRunArgs("caption", out));
  ASSERT_EQ(trained.exitCode, 0) << trained.err;
  writeShapePicture(path("pic.ppm"));
  const auto p = run({"predict", "--run", out.string(), "--image", path("pic.ppm").string()});
  ASSERT_EQ(p.exitCode, 0) << p.err;
  ASSERT_EQ(std::count(p.out.begin(), p.out.end(), '\n'), 1) << p.out;
  const auto j = json::parse(p.out);
  ASSERT_TRUE(j["caption"].is_string()) << p.out;
  ASSERT_TRUE(j["tokens"].is_array()) << p.out;
  EXPECT_EQ(j["image"], path("pic.ppm").string());
  const auto words = checkpointNames(out, "labels");
  std::string joined;
  for (const auto& token : j["tokens"]) {
    EXPECT_NE(std::find(words.begin(), words.end(), token.get<std::string>()), words.end()) << token;
    joined += (joined.empty() ? "" : " ") + token.get<std::string>();
  }
  EXPECT_EQ(j["caption"], joined);
  // the same picture as plain text (P3) gets the same caption
  const auto rgb = rnnscope::readPicture(path("pic.ppm").string());
  std::string plain = "P3\n# the same picture\n16 16\n255\n";
  for (float v : rgb) plain += std::to_string(std::lround(v * 255)) + "\n";
  writeFile(path("pic-plain.ppm"), plain);
  const auto again = run({"predict", "--run", out.string(), "--image", path("pic-plain.ppm").string()});
  ASSERT_EQ(again.exitCode, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["caption"], j["caption"]);

  const std::string image = path("pic.ppm").string();
  expectOneLineError({"predict", "--run", out.string()}, "--image");
  expectOneLineError({"predict", "--run", out.string(), "--image", image, "--input", "a red"}, "leave out --input");
  expectOneLineError({"predict", "--run", out.string(), "--image", path("missing.ppm").string()}, "missing.ppm");
  writeFile(path("wide.ppm"), "P6\n32 16\n255\n" + std::string(32 * 16 * 3, '\0'));
  expectOneLineError({"predict", "--run", out.string(), "--image", path("wide.ppm").string()},
                     "the picture is 32x16; this model reads 16x16 pictures");
  const std::string bytes = readFile(path("pic.ppm"));
  writeFile(path("cut.ppm"), bytes.substr(0, bytes.size() / 2));
  expectOneLineError({"predict", "--run", out.string(), "--image", path("cut.ppm").string()}, "cut.ppm: the file ends after");
  writeFile(path("text.ppm"), "not a picture");
  expectOneLineError({"predict", "--run", out.string(), "--image", path("text.ppm").string()}, "not a PPM picture");
  writeFile(path("empty.ppm"), "");
  expectOneLineError({"predict", "--run", out.string(), "--image", path("empty.ppm").string()}, "empty");
}

TEST_F(Cli, PredictAnswersQuestionsAboutAPicture) {
  const auto out = path("vqa");
  const auto trained = run(pictureRunArgs("vqa", out));
  ASSERT_EQ(trained.exitCode, 0) << trained.err;
  writeShapePicture(path("pic.ppm"));
  const std::string image = path("pic.ppm").string();
  const auto answers = checkpointNames(out, "labels");
  // each line is a question about the same picture
  const auto check = [&](const Result& p, const std::vector<std::string>& questions) {
    ASSERT_EQ(p.exitCode, 0) << p.err;
    std::istringstream lines(p.out);
    std::string line;
    std::size_t count = 0;
    while (std::getline(lines, line)) {
      const auto j = json::parse(line);
      ASSERT_LT(count, questions.size()) << p.out;
      EXPECT_EQ(j["input"], questions[count]);
      EXPECT_EQ(j["image"], image);
      const std::string answer = j["answer"];
      EXPECT_NE(std::find(answers.begin(), answers.end(), answer), answers.end()) << line;
      double sum = 0, best = -1;
      std::string likeliest;
      for (const auto& [name, probability] : j["probabilities"].items()) {
        EXPECT_NE(std::find(answers.begin(), answers.end(), name), answers.end()) << name;
        sum += probability.get<double>();
        if (probability.get<double>() > best) best = probability.get<double>(), likeliest = name;
      }
      EXPECT_EQ(j["probabilities"].size(), answers.size());
      EXPECT_NEAR(sum, 1.0, 1e-4) << line;
      EXPECT_EQ(answer, likeliest) << line;  // the answer is the likeliest
      ++count;
    }
    EXPECT_EQ(count, questions.size());
  };
  check(run({"predict", "--run", out.string(), "--image", image, "--input", "what colour is the square ?"}),
        {"what colour is the square ?"});
  writeFile(path("questions.txt"), "how many shapes ?\n\nwhat shape is red ?\r\n");
  check(run({"predict", "--run", out.string(), "--image", image, "--input-file", path("questions.txt").string()}),
        {"how many shapes ?", "what shape is red ?"});

  expectOneLineError({"predict", "--run", out.string(), "--image", image, "--input", "what colour is the zyzzyva ?"},
                     "'zyzzyva' is not in the model's vocabulary");
  expectOneLineError({"predict", "--run", out.string(), "--input", "how many shapes ?"}, "--image");
  expectOneLineError({"predict", "--run", out.string(), "--image", image}, "--input");
  writeFile(path("deep.ppm"), "P3 16 16 70000\n");
  expectOneLineError({"predict", "--run", out.string(), "--image", path("deep.ppm").string(), "--input", "how many shapes ?"},
                     "the maxval is 70000");
}

TEST_F(Cli, PictureFlagsAreRefusedWhereTheyDoNotFit) {
  const auto seq = path("reverse");
  const auto r = run({"train", "--task", "seq2seq", "--data", "builtin:reverse:300", "--steps", "2", "--hidden", "8",
                      "--threads", "1", "--quiet", "--out", seq.string()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  rnnscope::writePicture(path("pic.ppm").string(), std::vector<float>(rnnscope::kShapePixels, 0.5f));
  expectOneLineError({"predict", "--run", seq.string(), "--image", path("pic.ppm").string(), "--input", "abc"},
                     "--image is for caption and vqa runs");
  expectOneLineError({"predict", "--run", seq.string(), "--image", path("pic.ppm").string()}, "--image is for caption");
}

}  // namespace
