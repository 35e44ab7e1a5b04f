// rnnscope-cli end to end: the command-line contract of DESIGN.md, run as a subprocess, and
// its answer to bad input (one line on stderr, a non-zero exit, never a crash).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

struct Result {
  int exitCode = -1;      // -1 when the process died of a signal
  std::string out, err;
  int errLines() const {
    int n = 0;
    for (char c : err) n += c == '\n';
    return n + (!err.empty() && err.back() != '\n');
  }
};

std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

class Cli : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(RNNSCOPE_TEST_TMP) / (std::string(info->test_suite_name()) + "." + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  fs::path path(const std::string& name) const { return dir_ / name; }

  // Runs rnnscope-cli with the given arguments; stdout and stderr are captured separately.
  Result run(const std::vector<std::string>& args) const {
    std::string cmd = quoted(RNNSCOPE_CLI_PATH);
    for (const auto& a : args) cmd += " " + quoted(a);
    const auto out = path("stdout.txt"), err = path("stderr.txt");
    cmd += " >" + quoted(out.string()) + " 2>" + quoted(err.string()) + " </dev/null";
    const int status = std::system(cmd.c_str());
    Result r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = readFile(out);
    r.err = readFile(err);
    return r;
  }

  // A short training run on the generated dialogue; returns its run directory.
  fs::path train(const std::string& name, std::vector<std::string> extra, int steps = 6) const {
    const auto out = path(name);
    std::vector<std::string> args = {"train", "--corpus", "builtin:dialogue:20000", "--steps", std::to_string(steps),
                                     "--out", out.string(), "--hidden", "16", "--batch", "4", "--seq-len", "16",
                                     "--val-every", "3", "--save-every", "0", "--quiet", "--threads", "1"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return out;
  }

  // Asserts the contract for bad input: non-zero exit, no signal, one line naming the problem.
  void expectOneLineError(const std::vector<std::string>& args, const std::string& mentions) const {
    const auto r = run(args);
    std::string all;
    for (const auto& a : args) all += a + " ";
    EXPECT_GT(r.exitCode, 0) << all << "\n" << r.err;
    EXPECT_EQ(r.errLines(), 1) << all << "\n" << r.err;
    EXPECT_NE(r.err.find(mentions), std::string::npos) << all << "\nstderr: " << r.err << "\nexpected to mention: " << mentions;
  }

  fs::path dir_;
};

nlohmann::json lastJsonLine(const std::string& out) {
  const auto end = out.find_last_not_of('\n');
  const auto start = out.rfind('\n', end);
  return nlohmann::json::parse(out.substr(start == std::string::npos ? 0 : start + 1, end + 1));
}

// Tensor names, dtypes and shapes of a safetensors file, read straight from its header.
std::map<std::string, std::pair<std::string, std::vector<long>>> tensorsOf(const fs::path& file) {
  const std::string bytes = readFile(file);
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = n << 8 | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  const auto header = nlohmann::json::parse(bytes.substr(8, n));
  std::map<std::string, std::pair<std::string, std::vector<long>>> out;
  for (const auto& [name, t] : header.items())
    if (name != "__metadata__") out[name] = {t["dtype"], t["shape"].get<std::vector<long>>()};
  return out;
}

std::vector<std::string> csvColumn(const fs::path& file, int column) {
  std::ifstream in(file);
  std::string row;
  std::getline(in, row);
  std::vector<std::string> values;
  while (std::getline(in, row)) {
    std::stringstream s(row);
    std::string field;
    for (int i = 0; i <= column; ++i) std::getline(s, field, ',');
    values.push_back(field);
  }
  return values;
}

TEST_F(Cli, TrainWritesTheRunDirectoryAndOneJsonLine) {
  const auto out = path("run");
  const auto r = run({"train", "--corpus", "builtin:dialogue:20000", "--steps", "8", "--out", out.string(), "--hidden",
                      "16", "--batch", "4", "--seq-len", "16", "--val-every", "4", "--threads", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;  // stdout: the summary only
  const auto summary = nlohmann::json::parse(r.out);
  EXPECT_EQ(summary["steps"], 8);
  EXPECT_GT(summary["loss"].get<double>(), 0.5);
  EXPECT_LT(summary["loss"].get<double>(), 6.0);
  EXPECT_TRUE(summary["val_loss"].is_number());
  EXPECT_GT(summary["chars_per_sec"].get<double>(), 0);
  EXPECT_FALSE(r.err.empty());  // the progress bar went to stderr

  const auto config = nlohmann::json::parse(readFile(out / "config.json"));
  EXPECT_EQ(config["train"]["model"]["hidden"], 16);
  EXPECT_EQ(config["corpus"]["source"], "builtin:dialogue:20000");
  const auto steps = csvColumn(out / "metrics.csv", 0), losses = csvColumn(out / "metrics.csv", 1),
             validation = csvColumn(out / "metrics.csv", 2);
  ASSERT_EQ(steps.size(), 8u);
  for (std::size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(std::stoi(steps[i]), static_cast<int>(i) + 1);
    EXPECT_TRUE(std::isfinite(std::stod(losses[i])));
  }
  EXPECT_TRUE(validation[2].empty());
  EXPECT_FALSE(validation[3].empty());  // step 4: validated

  const auto tensors = tensorsOf(out / "checkpoint.safetensors");
  EXPECT_EQ(tensors.at("rnn.weight_hh_l0").second, (std::vector<long>{64, 16}));  // LSTM by default: G = 4
  EXPECT_EQ(tensors.at("rnn.weight_hh_l0").first, "F32");
  EXPECT_EQ(tensors.count("embed.weight"), 1u);
}

// Resume must end bit for bit where an uninterrupted run ends: 12 steps straight against
// 5 steps, then --resume up to 12, for several cells and optimisers.
TEST_F(Cli, ResumeEndsBitForBitWhereAnUninterruptedRunEnds) {
  const std::vector<std::vector<std::string>> settings = {
      {"--cell", "lstm", "--optimizer", "adam"},
      {"--cell", "gru", "--optimizer", "nesterov", "--lr", "0.05", "--clip", "value", "--clip-threshold", "0.5"},
      {"--cell", "rnn", "--optimizer", "rmsprop", "--lr", "0.003", "--layers", "2", "--dtype", "f64"}};
  int i = 0;
  for (const auto& s : settings) {
    const auto straight = train("straight" + std::to_string(i), s, 12);
    const auto resumed = train("resumed" + std::to_string(i), s, 5);
    const auto r = run({"train", "--resume", resumed.string(), "--steps", "12", "--quiet", "--threads", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(lastJsonLine(r.out)["steps"], 12);
    EXPECT_EQ(readFile(straight / "checkpoint.safetensors"), readFile(resumed / "checkpoint.safetensors")) << s[1];
    EXPECT_EQ(readFile(straight / "trainer.safetensors"), readFile(resumed / "trainer.safetensors")) << s[1];
    EXPECT_EQ(csvColumn(straight / "metrics.csv", 1), csvColumn(resumed / "metrics.csv", 1)) << s[1];
    ++i;
  }
}

TEST_F(Cli, SameSeedSameWeightsOtherSeedOtherWeights) {
  const auto a = train("a", {"--seed", "5"}), b = train("b", {"--seed", "5"}), c = train("c", {"--seed", "6"});
  EXPECT_EQ(readFile(a / "checkpoint.safetensors"), readFile(b / "checkpoint.safetensors"));
  EXPECT_NE(readFile(a / "checkpoint.safetensors"), readFile(c / "checkpoint.safetensors"));
}

TEST_F(Cli, SampleContinuesThePrimeAndRepeatsWithItsSeed) {
  const auto ckpt = (train("run", {}) / "checkpoint.safetensors").string();
  const auto sample = [&](const std::string& seed, const std::string& temperature) {
    const auto r = run({"sample", "--checkpoint", ckpt, "--prime", "\"Hello", "--length", "40", "--temperature",
                        temperature, "--seed", seed});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  };
  const std::string a = sample("1", "1.0");
  EXPECT_EQ(a.rfind("\"Hello", 0), 0u) << a;
  EXPECT_GE(a.size(), 6u + 40u);  // the prime, then 40 characters (some may take several bytes)
  EXPECT_EQ(sample("1", "1.0"), a);
  EXPECT_NE(sample("2", "1.0"), a);
  EXPECT_EQ(sample("1", "0"), sample("2", "0"));  // temperature 0: always the likeliest character
}

TEST_F(Cli, GradsWritesEveryParameterInTheCheckpointsDtype) {
  for (const std::string dtype : {"f32", "f64"}) {
    const auto run_dir = train("run" + dtype, {"--dtype", dtype, "--cell", "gru", "--layers", "2"});
    const auto out = path("grads" + dtype + ".safetensors");
    const auto r = run({"grads", "--checkpoint", (run_dir / "checkpoint.safetensors").string(), "--input",
                        "\"Where is Mai?\" asked Lan.", "--out", out.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto summary = nlohmann::json::parse(r.out);
    EXPECT_EQ(summary["positions"], 25);  // 26 characters: 25 predictions
    EXPECT_GT(summary["loss"].get<double>(), 0);
    const auto weights = tensorsOf(run_dir / "checkpoint.safetensors"), grads = tensorsOf(out);
    EXPECT_EQ(grads.size(), weights.size());
    for (const auto& [name, t] : weights) {
      ASSERT_EQ(grads.count(name), 1u) << name;
      EXPECT_EQ(grads.at(name).second, t.second) << name;
      EXPECT_EQ(grads.at(name).first, dtype == "f32" ? "F32" : "F64") << name;
    }
  }
}

TEST_F(Cli, AnalyzeReportsGradientNormsAndSpectraPerLayer) {
  const auto ckpt = (train("run", {"--layers", "2"}) / "checkpoint.safetensors").string();
  const std::string input = "\"It is late,\" said Mai. \"Not yet.\"";
  const auto r = run({"analyze", "--checkpoint", ckpt, "--input", input, "--out", path("a.json").string()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto a = nlohmann::json::parse(readFile(path("a.json")));
  const std::size_t T = input.size() - 1;
  ASSERT_EQ(a["layers"].size(), 2u);
  for (const auto& layer : a["layers"]) {
    EXPECT_EQ(layer["dloss_dh_norm"].size(), T);
    EXPECT_EQ(layer["dloss_dc_norm"].size(), T);  // LSTM
    ASSERT_EQ(layer["jacobian_sv"].size(), T);
    for (const auto& sv : layer["jacobian_sv"]) {
      const auto v = sv.get<std::vector<double>>();
      EXPECT_EQ(v.size(), 32u);  // [h; c]: 2H
      EXPECT_TRUE(std::is_sorted(v.rbegin(), v.rend()));
      EXPECT_GE(v.back(), 0);
    }
    const auto whh = layer["whh_sv"].get<std::vector<double>>();
    EXPECT_EQ(whh.size(), 16u);
    EXPECT_TRUE(std::is_sorted(whh.rbegin(), whh.rend()));
    for (double g : layer["dloss_dh_norm"].get<std::vector<double>>()) EXPECT_TRUE(std::isfinite(g) && g >= 0);
  }
}

TEST_F(Cli, CellsWritesActivationsAndRanksCells) {
  const auto lstm = (train("lstm", {}) / "checkpoint.safetensors").string();
  const auto gru = (train("gru", {"--cell", "gru"}) / "checkpoint.safetensors").string();
  const std::string input = "He said, \"Look at the lamp!\" and left.";
  auto r = run({"cells", "--checkpoint", lstm, "--input", input, "--out", path("lstm.safetensors").string(),
                "--concept", "quote", "--top", "5"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const long T = static_cast<long>(input.size());
  const auto acts = tensorsOf(path("lstm.safetensors"));
  for (const char* name : {"h_l0", "c_l0", "i_l0", "f_l0", "g_l0", "o_l0"})
    EXPECT_EQ(acts.at(name).second, (std::vector<long>{T, 16})) << name;
  const auto ranking = nlohmann::json::parse(r.out);
  EXPECT_EQ(ranking["concept"], "quote");
  ASSERT_EQ(ranking["cells"].size(), 5u);
  double previous = 2;
  for (const auto& c : ranking["cells"]) {
    const double score = c["abs_pearson"];
    EXPECT_LE(score, previous);
    EXPECT_LE(score, 1.0);
    EXPECT_NEAR(std::abs(c["pearson"].get<double>()), score, 1e-12);
    previous = score;
  }

  r = run({"cells", "--checkpoint", gru, "--input", input, "--out", path("gru.safetensors").string()});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto gates = tensorsOf(path("gru.safetensors"));
  for (const char* name : {"h_l0", "r_l0", "z_l0", "n_l0"}) EXPECT_EQ(gates.count(name), 1u) << name;
  EXPECT_EQ(gates.count("c_l0"), 0u);
}

TEST_F(Cli, BenchPrintsBothThroughputs) {
  const auto r = run({"bench", "--cell", "gru", "--hidden", "16", "--batch", "2", "--seq-len", "8", "--steps", "3",
                      "--threads", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_GT(j["train_chars_per_sec"].get<double>(), 0);
  EXPECT_GT(j["infer_chars_per_sec"].get<double>(), 0);
}

TEST_F(Cli, CorpusIsReproducibleAndNearTheAskedSize) {
  for (const std::string kind : {"dialogue", "code"}) {
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "3", "--out", path("a").string()}).exitCode, 0);
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "3", "--out", path("b").string()}).exitCode, 0);
    ASSERT_EQ(run({"corpus", "--kind", kind, "--chars", "5000", "--seed", "4", "--out", path("c").string()}).exitCode, 0);
    const auto a = readFile(path("a"));
    EXPECT_EQ(a, readFile(path("b")));
    EXPECT_NE(a, readFile(path("c")));
    EXPECT_GT(a.size(), 4500u);
    EXPECT_LT(a.size(), 6000u);  // code points, and the generated text is nearly all ASCII
  }
}

// ---- bad input -------------------------------------------------------------------------------

TEST_F(Cli, BadTextsAreRefusedWithOneLine) {
  const auto trainOn = [&](const fs::path& corpus) {
    return std::vector<std::string>{"train", "--corpus", corpus.string(), "--steps", "2", "--out", path("run").string()};
  };
  expectOneLineError(trainOn(path("missing.txt")), "missing.txt");
  writeFile(path("empty.txt"), "");
  expectOneLineError(trainOn(path("empty.txt")), "empty");
  writeFile(path("binary.bin"), std::string("PK\x03\x04\0\0\x14\0binary\0data", 20));
  expectOneLineError(trainOn(path("binary.bin")), "binary");
  writeFile(path("latin1.txt"), "caf\xe9" " cr\xe8" "me br\xfb" "l\xe9" "e, a text in Latin-1 and not in UTF-8");
  expectOneLineError(trainOn(path("latin1.txt")), "UTF-8");
  EXPECT_FALSE(fs::exists(path("run") / "checkpoint.safetensors"));
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
  expectOneLineError(with({"--layers", "9"}), "layers");
  expectOneLineError(with({"--seq-len", "0"}), "seq");
  expectOneLineError(with({"--cell", "transformer"}), "transformer");
  expectOneLineError(with({"--lr", "-1"}), "learning rate");
  expectOneLineError({"train", "--corpus", "builtin:dialogue:5000", "--steps", "-5", "--out", path("run").string()},
                     "--steps");
  expectOneLineError({"sample", "--checkpoint", path("none.safetensors").string(), "--temperature", "-1"},
                     "--temperature");
  expectOneLineError({"teleport"}, "subcommand");
  expectOneLineError({"train", "--resume", path("not-a-run").string(), "--steps", "3"}, "config.json");
}

// Corrupt checkpoints: each breaks one rule and is refused with a message naming it.
TEST_F(Cli, CorruptCheckpointsAreRefusedWithOneLine) {
  const auto good = readFile(train("run", {}) / "checkpoint.safetensors");
  std::uint64_t headerSize = 0;
  for (int i = 7; i >= 0; --i) headerSize = headerSize << 8 | static_cast<unsigned char>(good[static_cast<std::size_t>(i)]);
  const std::string header = good.substr(8, headerSize), body = good.substr(8 + headerSize);
  const auto withHeader = [&](const std::string& h) {
    std::string size(8, '\0');
    for (int i = 0; i < 8; ++i) size[static_cast<std::size_t>(i)] = static_cast<char>(h.size() >> (8 * i) & 0xff);
    return size + h + body;
  };
  auto edited = [&](const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(header);
    edit(j);
    return withHeader(j.dump());
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {good.substr(0, 5), "shorter than"},
      {good.substr(0, good.size() - 100), "beyond the end"},
      {std::string("\xff\xff\xff\xff\xff\xff\xff\x7f", 8) + header + body, "header"},
      {withHeader("{this is not json"), "JSON"},
      {edited([](auto& j) { j["head.bias"]["data_offsets"][1] = 1 << 30; }), "offset"},
      {edited([](auto& j) { j["rnn.weight_hh_l0"]["shape"] = {3, 3}; }), "shape"},
      {edited([](auto& j) {
         j["head.weights"] = j["head.weight"];  // the same bytes under a name the model does not have
         j.erase("head.weight");
       }),
       "head.weight"},
      {edited([](auto& j) { j["__metadata__"]["format"] = "something/9"; }), "format"},
      {edited([](auto& j) { j["rnn.weight_ih_l0"]["dtype"] = "I64"; }), "dtype"},
  };
  int i = 0;
  for (const auto& [bytes, rule] : cases) {
    const auto file = path("bad" + std::to_string(i++) + ".safetensors");
    writeFile(file, bytes);
    expectOneLineError({"sample", "--checkpoint", file.string(), "--length", "5"}, rule);
    expectOneLineError({"grads", "--checkpoint", file.string(), "--input", "abc", "--out", path("g").string()}, rule);
  }
}

}  // namespace
