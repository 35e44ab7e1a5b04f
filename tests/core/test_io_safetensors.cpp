#include "core/io/safetensors.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/util/error.h"

namespace rnnscope {
namespace {

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

// A file of our own making: little-endian length, the header exactly as given, then data.
Bytes fileFrom(const std::string& header, const Bytes& data = {}) {
  Bytes out;
  out.reserve(8 + header.size() + data.size());
  const std::uint64_t n = header.size();
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(n >> (8 * i)));
  out.insert(out.end(), header.begin(), header.end());
  out.insert(out.end(), data.begin(), data.end());
  return out;
}

// The message of the Error the parser throws, or "" when it accepts the file.
std::string refusal(const Bytes& file) {
  try {
    parseSafetensors(file, "test.safetensors");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::string entry(const std::string& dtype, const std::string& shape, const std::string& offsets) {
  return R"({"dtype":)" + dtype + R"(,"shape":)" + shape + R"(,"data_offsets":)" + offsets + "}";
}

SafetensorsFile sampleFile() {
  const std::vector<float> w = {1.f, -2.5f, 3.25f, 0.f, 1e-7f, -1e30f};
  const std::vector<double> b = {0.1, -0.2, 1e300};
  SafetensorsFile f;
  f.tensors.push_back(makeTensor("rnn.weight", {2, 3}, w.data()));
  f.tensors.push_back(makeTensor("rnn.bias", {3}, b.data()));
  f.metadata = {{"format", "rnnscope/1"}, {"config", R"({"hidden":3})"}, {"unicode", "\xC3\xA9\xE2\x82\xAC"}};
  return f;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("rnnscope_st_test_" + std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, ec);
    fs::remove_all(path, ec);
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    return out;
  }
};

TEST(Safetensors, RoundTripKeepsValuesMetadataAndBytes) {
  const auto original = sampleFile();
  const Bytes bytes = serializeSafetensors(original);
  const auto parsed = parseSafetensors(bytes, "mem");

  ASSERT_EQ(parsed.tensors.size(), 2u);
  EXPECT_EQ(parsed.tensors[0].name, "rnn.weight");  // data order, not name order
  EXPECT_EQ(parsed.tensors[1].name, "rnn.bias");
  EXPECT_EQ(parsed.metadata, original.metadata);
  const SafeTensor* w = parsed.find("rnn.weight");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->dtype, DType::F32);
  EXPECT_EQ(w->shape, (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(tensorValues<float>(*w), (std::vector<float>{1.f, -2.5f, 3.25f, 0.f, 1e-7f, -1e30f}));
  const SafeTensor* b = parsed.find("rnn.bias");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->dtype, DType::F64);
  EXPECT_EQ(tensorValues<double>(*b), (std::vector<double>{0.1, -0.2, 1e300}));
  EXPECT_EQ(parsed.find("missing"), nullptr);

  EXPECT_EQ(serializeSafetensors(parsed), bytes);
}

TEST(Safetensors, HeaderIsPaddedToEightBytesAndOmitsEmptyMetadata) {
  auto f = sampleFile();
  f.metadata.clear();
  const Bytes bytes = serializeSafetensors(f);
  std::uint64_t n = 0;
  std::memcpy(&n, bytes.data(), 8);
  EXPECT_EQ(n % 8, 0u);
  const std::string header(bytes.begin() + 8, bytes.begin() + 8 + static_cast<std::ptrdiff_t>(n));
  EXPECT_EQ(header.find("__metadata__"), std::string::npos);
  EXPECT_EQ(bytes.size(), 8 + n + 6 * 4 + 3 * 8);
  EXPECT_TRUE(parseSafetensors(bytes, "mem").metadata.empty());
}

TEST(Safetensors, HandBuiltFileParsesToKnownValues) {
  const std::string header =
      R"({"z":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
      R"("a":{"dtype":"F64","shape":[1,1],"data_offsets":[8,16]},"__metadata__":{"k":"v"}}         )";
  ASSERT_EQ(header.size(), 144u);
  Bytes file = {144, 0, 0, 0, 0, 0, 0, 0};
  file.insert(file.end(), header.begin(), header.end());
  const Bytes data = {0x00, 0x00, 0xC0, 0x3F,                           // 1.5f
                      0x00, 0x00, 0x00, 0xC0,                           // -2.0f
                      0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xD0, 0x3F};  // 0.25
  file.insert(file.end(), data.begin(), data.end());

  const auto f = parseSafetensors(file, "hand");
  ASSERT_EQ(f.tensors.size(), 2u);
  EXPECT_EQ(f.tensors[0].name, "z");
  EXPECT_EQ(f.tensors[1].name, "a");
  EXPECT_EQ(tensorValues<float>(f.tensors[0]), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_EQ(f.tensors[1].shape, (std::vector<std::int64_t>{1, 1}));
  EXPECT_EQ(tensorValues<double>(f.tensors[1]), (std::vector<double>{0.25}));
  EXPECT_EQ(f.metadata, (std::map<std::string, std::string>{{"k", "v"}}));
}

TEST(Safetensors, EmptyAndZeroSizedTensorsRoundTrip) {
  EXPECT_TRUE(parseSafetensors(serializeSafetensors({}), "mem").tensors.empty());

  SafetensorsFile f;
  const float one = 7.f;
  f.tensors.push_back(makeTensor<float>("empty_rows", {0, 5}, nullptr));
  f.tensors.push_back(makeTensor<double>("empty_cols", {3, 0}, nullptr));
  f.tensors.push_back(makeTensor("scalar", {}, &one));
  const auto parsed = parseSafetensors(serializeSafetensors(f), "mem");
  ASSERT_EQ(parsed.tensors.size(), 3u);
  EXPECT_EQ(parsed.find("empty_rows")->shape, (std::vector<std::int64_t>{0, 5}));
  EXPECT_EQ(parsed.find("empty_cols")->numel(), 0);
  EXPECT_EQ(tensorValues<float>(*parsed.find("scalar")), (std::vector<float>{7.f}));
}

struct Corruption {
  const char* rule;
  Bytes file;
  std::vector<std::string> keyWords;
};

std::vector<Corruption> corruptions() {
  const Bytes d8(8, 0), d12(12, 0);
  const auto one = [](const std::string& e) { return R"({"a":)" + e + "}"; };
  Bytes hugeHeader = fileFrom("{}");
  hugeHeader[3] = 0x10;  // N = 256 MiB + 2
  return {
      {"short", {1, 2, 3}, {"shorter than the 8-byte header length"}},
      {"zero length", fileFrom(""), {"header length is 0"}},
      {"length past end", [] { auto f = fileFrom("{}"); f[0] = 3; return f; }(), {"header length 3", "larger than the rest"}},
      {"length above limit", hugeHeader, {"above the 100 MiB limit"}},
      {"bad json", fileFrom("{\"a\":"), {"not valid JSON"}},
      {"bad utf8", fileFrom("{\"__metadata__\":{\"k\":\"\xFF\"}}"), {"not valid JSON"}},
      {"not object", fileFrom("[1,2]"), {"not a JSON object"}},
      {"leading space", fileFrom(" {}"), {"does not start with '{'"}},
      {"too deep", fileFrom(R"({"a":{"shape":[[[[1]]]]}})"), {"nests deeper"}},
      {"entry not object", fileFrom(R"({"a":5})"), {"entry of tensor 'a' is not a JSON object"}},
      {"extra key", fileFrom(one(R"({"dtype":"F32","shape":[2],"data_offsets":[0,8],"x":1})"), d8), {"tensor 'a'", "unknown key 'x'"}},
      {"missing key", fileFrom(one(R"({"dtype":"F32","data_offsets":[0,8]})"), d8), {"tensor 'a'", "missing the key 'shape'"}},
      {"dtype not string", fileFrom(one(entry("4", "[2]", "[0,8]")), d8), {"dtype of tensor 'a' is not a string"}},
      {"dtype unsupported", fileFrom(one(entry("\"BF16\"", "[4]", "[0,8]")), d8),
       {"dtype BF16 of tensor 'a' is not supported: rnnscope reads F32 and F64"}},
      {"shape not array", fileFrom(one(entry("\"F32\"", "2", "[0,8]")), d8), {"shape of tensor 'a' is not an array"}},
      {"shape negative", fileFrom(one(entry("\"F32\"", "[-2]", "[0,8]")), d8), {"shape of tensor 'a'", "non-negative integers"}},
      {"shape fraction", fileFrom(one(entry("\"F32\"", "[2.0]", "[0,8]")), d8), {"shape of tensor 'a'", "non-negative integers"}},
      {"shape huge dim", fileFrom(one(entry("\"F32\"", "[18446744073709551615]", "[0,8]")), d8), {"dimension too large to count"}},
      {"shape overflow", fileFrom(one(entry("\"F64\"", "[4294967296,4294967296,4294967296,0]", "[0,8]")), d8),
       {"span 8 bytes", "need 0"}},
      {"shape beyond data", fileFrom(one(entry("\"F64\"", "[4294967296,4294967296,4294967296]", "[0,8]")), d8),
       {"shape of tensor 'a' needs more bytes than the file's data holds"}},
      {"offsets one", fileFrom(one(entry("\"F32\"", "[2]", "[8]")), d8), {"data_offsets of tensor 'a' must be two non-negative integers"}},
      {"offsets negative", fileFrom(one(entry("\"F32\"", "[2]", "[-8,0]")), d8), {"two non-negative integers"}},
      {"offsets text", fileFrom(one(entry("\"F32\"", "[2]", "[\"0\",8]")), d8), {"two non-negative integers"}},
      {"offsets reversed", fileFrom(one(entry("\"F32\"", "[0]", "[8,4]")), d8), {"end before they begin"}},
      {"offsets past data", fileFrom(one(entry("\"F32\"", "[3]", "[0,12]")), d8), {"beyond the end of the data"}},
      {"size mismatch", fileFrom(one(entry("\"F32\"", "[3]", "[0,8]")), d12), {"tensor 'a' span 8 bytes but its shape and dtype need 12"}},
      {"overlap",
       fileFrom("{\"a\":" + entry("\"F32\"", "[2]", "[0,8]") + ",\"b\":" + entry("\"F32\"", "[2]", "[4,12]") + "}", d12),
       {"tensors 'a' and 'b' overlap"}},
      {"hole between",
       fileFrom("{\"a\":" + entry("\"F32\"", "[1]", "[0,4]") + ",\"b\":" + entry("\"F32\"", "[1]", "[8,12]") + "}", d12),
       {"hole of 4 bytes before tensor 'b'"}},
      {"hole at end", fileFrom(one(entry("\"F32\"", "[1]", "[0,4]")), d8), {"hole", "last 4 bytes belong to no tensor"}},
      {"metadata not object", fileFrom(R"({"__metadata__":["x"]})"), {"__metadata__ is not a JSON object"}},
      {"metadata not string", fileFrom(R"({"__metadata__":{"k":1}})"), {"__metadata__ entry 'k' is not a string"}},
      {"duplicate tensor",
       fileFrom("{\"a\":" + entry("\"F32\"", "[1]", "[0,4]") + ",\"a\":" + entry("\"F32\"", "[1]", "[4,8]") + "}", d8),
       {"repeats the key 'a'"}},
      {"duplicate entry key", fileFrom(one(R"({"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]})"), d8),
       {"repeats the key 'dtype'"}},
      {"empty name", fileFrom("{\"\":" + entry("\"F32\"", "[2]", "[0,8]") + "}", d8), {"empty name"}},
  };
}

TEST(Safetensors, EveryBrokenRuleIsRefusedByName) {
  for (const auto& c : corruptions()) {
    const std::string message = refusal(c.file);
    ASSERT_FALSE(message.empty()) << c.rule << ": the file was accepted";
    EXPECT_EQ(message.rfind("test.safetensors is not a valid safetensors file: ", 0), 0u) << c.rule << ": " << message;
    for (const auto& words : c.keyWords)
      EXPECT_NE(message.find(words), std::string::npos) << c.rule << ": '" << message << "' lacks '" << words << "'";
  }
}

TEST(Safetensors, EveryTruncationIsRefused) {
  const Bytes full = serializeSafetensors(sampleFile());
  for (std::size_t len = 0; len < full.size(); ++len) {
    const Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(len));
    EXPECT_THROW(parseSafetensors(cut, "cut"), Error) << "length " << len;
  }
}

// Whatever survives the reader must be something the writer can write back.
TEST(Safetensors, RandomByteFlipsNeverCrash) {
  const Bytes original = serializeSafetensors(sampleFile());
  std::mt19937_64 rng(20261122);
  int accepted = 0, refused = 0;
  for (int trial = 0; trial < 2000; ++trial) {
    Bytes mutated = original;
    const int flips = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < flips; ++k) mutated[rng() % mutated.size()] = static_cast<std::uint8_t>(rng());
    try {
      const auto f = parseSafetensors(mutated, "fuzz");
      EXPECT_NO_THROW(parseSafetensors(serializeSafetensors(f), "again")) << "trial " << trial;
      ++accepted;
    } catch (const Error&) {
      ++refused;
    }
  }
  EXPECT_GT(accepted, 0);
  EXPECT_GT(refused, 0);
}

TEST(Safetensors, TensorValuesChecksTheDtype) {
  const double x = 1.0;
  const SafeTensor t = makeTensor("x", {1}, &x);
  try {
    tensorValues<float>(t);
    FAIL() << "an F64 tensor was read as F32";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "tensor 'x' is F64, expected F32");
  }
  SafeTensor bad = t;
  bad.bytes.pop_back();
  EXPECT_THROW(tensorValues<double>(bad), Error);
}

TEST(Safetensors, WriterRefusesWhatTheReaderWouldRefuse) {
  const float v[2] = {1.f, 2.f};
  SafetensorsFile dup;
  dup.tensors = {makeTensor("a", {2}, v), makeTensor("a", {2}, v)};
  EXPECT_THROW(serializeSafetensors(dup), Error);

  SafetensorsFile reserved;
  reserved.tensors = {makeTensor("__metadata__", {2}, v)};
  EXPECT_THROW(serializeSafetensors(reserved), Error);

  SafetensorsFile unnamed;
  unnamed.tensors = {makeTensor("", {2}, v)};
  EXPECT_THROW(serializeSafetensors(unnamed), Error);

  SafetensorsFile shortBytes;
  shortBytes.tensors = {makeTensor("a", {2}, v)};
  shortBytes.tensors[0].shape = {3};
  EXPECT_THROW(serializeSafetensors(shortBytes), Error);

  EXPECT_THROW(makeTensor("neg", {-1, 2}, v), Error);
}

TEST(Safetensors, AtomicWriteReplacesTheFileAndLeavesNoTemporary) {
  TempDir dir;
  const std::string path = (dir.path / "model.safetensors").string();
  writeSafetensors(path, sampleFile());
  auto second = sampleFile();
  second.metadata["format"] = "rnnscope/2";
  writeSafetensors(path, second);

  EXPECT_EQ(dir.names(), std::vector<std::string>{"model.safetensors"});
  const auto back = readSafetensors(path);
  EXPECT_EQ(back.metadata.at("format"), "rnnscope/2");
  EXPECT_EQ(tensorValues<double>(*back.find("rnn.bias")), (std::vector<double>{0.1, -0.2, 1e300}));
}

TEST(Safetensors, FailedWritesAreErrorsAndLeaveNoTemporary) {
  TempDir dir;
  EXPECT_THROW(writeSafetensors((dir.path / "no_such_dir" / "m.safetensors").string(), sampleFile()), Error);

  fs::create_directory(dir.path / "occupied");  // a directory cannot be replaced by a file
  EXPECT_THROW(writeSafetensors((dir.path / "occupied").string(), sampleFile()), Error);
  EXPECT_EQ(dir.names(), std::vector<std::string>{"occupied"});
}

TEST(Safetensors, UnwritableFolderIsAnError) {
  TempDir dir;
  fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(dir.path.c_str(), W_OK) == 0) GTEST_SKIP() << "permissions do not bind this user (root?)";
  try {
    writeSafetensors((dir.path / "m.safetensors").string(), sampleFile());
    FAIL() << "wrote into a read-only folder";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("not writable"), std::string::npos) << e.what();
  }
}

TEST(Safetensors, ReadingRefusesMissingFilesAndDirectories) {
  TempDir dir;
  try {
    readSafetensors((dir.path / "absent.safetensors").string());
    FAIL() << "a missing file was read";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no such file"), std::string::npos) << e.what();
  }
  EXPECT_THROW(readSafetensors(dir.path.string()), Error);

  const auto path = dir.path / "garbage.safetensors";
  std::ofstream(path, std::ios::binary) << "not a safetensors file at all";
  try {
    readSafetensors(path.string());
    FAIL() << "garbage was read";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path.string() + " is not a valid safetensors file", 0), 0u) << e.what();
  }
}

}  // namespace
}  // namespace rnnscope
