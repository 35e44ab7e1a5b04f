#include "core/io/safetensors.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <set>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/util/error.h"

namespace rnnscope {

// Tensors and the header length are copied byte for byte between file and memory; that is
// only right on a little-endian machine, which is every machine rnnscope builds for.
static_assert(std::endian::native == std::endian::little, "safetensors I/O assumes a little-endian machine");

namespace {

using nlohmann::json;

constexpr std::uint64_t kMaxHeader = 100ull << 20;         // the reference reader's limit
constexpr std::uint64_t kMaxFile = 4ull << 30;             // far above any rnnscope model
constexpr std::size_t kMaxDepth = 3;                       // header → entry → shape/offsets
constexpr const char* kMetadataKey = "__metadata__";

std::uint64_t itemSize(DType d) { return d == DType::F64 ? 8 : 4; }
const char* dtypeName(DType d) { return d == DType::F64 ? "F64" : "F32"; }

// count * item == bytes, decided without ever forming an overflowing product.
bool sizeMatches(std::uint64_t count, std::uint64_t item, std::uint64_t bytes) {
  return count <= bytes / item && count * item == bytes;
}

template <class S>
constexpr DType dtypeOf() {
  static_assert(std::is_same_v<S, float> || std::is_same_v<S, double>, "safetensors holds float or double");
  return std::is_same_v<S, double> ? DType::F64 : DType::F32;
}

// Every refusal of the reader reads "<source> is not a valid safetensors file: <rule>".
struct Refuse {
  std::string source;
  [[noreturn]] void operator()(const std::string& rule) const {
    throw Error(source + " is not a valid safetensors file: " + rule);
  }
};

// nlohmann keeps only the last of repeated keys, which would hide a second tensor of the
// same name; the callback sees every key, so repeats are caught while parsing. It also
// stops absurd nesting early, since no valid header nests deeper than kMaxDepth.
json parseHeader(const std::string& text, const Refuse& refuse) {
  std::vector<std::set<std::string>> open;  // keys seen so far in each open container
  auto watch = [&](int, json::parse_event_t event, json& parsed) {
    using E = json::parse_event_t;
    if (event == E::object_start || event == E::array_start) {
      if (open.size() == kMaxDepth) refuse("its header nests deeper than a safetensors header can");
      open.emplace_back();
    } else if (event == E::object_end || event == E::array_end) {
      if (!open.empty()) open.pop_back();
    } else if (event == E::key && !open.empty()) {
      const auto& key = parsed.get_ref<const std::string&>();
      if (!open.back().insert(key).second) refuse("its header repeats the key '" + key + "'");
    }
    return true;
  };
  json parsed = json::parse(text, watch, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) refuse("its header is not valid JSON");
  if (!parsed.is_object()) refuse("its header is not a JSON object");
  if (text.front() != '{') refuse("its header does not start with '{'");
  return parsed;
}

struct Entry {
  SafeTensor tensor;
  std::uint64_t begin = 0, end = 0;
};

void checkEntryKeys(const std::string& name, const json& e, const Refuse& refuse) {
  if (!e.is_object()) refuse("the entry of tensor '" + name + "' is not a JSON object");
  for (const auto& item : e.items())
    if (item.key() != "dtype" && item.key() != "shape" && item.key() != "data_offsets")
      refuse("tensor '" + name + "' has the unknown key '" + item.key() + "'");
  for (const char* key : {"dtype", "shape", "data_offsets"})
    if (!e.contains(key)) refuse("tensor '" + name + "' is missing the key '" + key + "'");
}

DType parseDtype(const std::string& name, const json& j, const Refuse& refuse) {
  if (!j.is_string()) refuse("the dtype of tensor '" + name + "' is not a string");
  const auto& s = j.get_ref<const std::string&>();
  if (s == "F32") return DType::F32;
  if (s == "F64") return DType::F64;
  refuse("dtype " + s + " of tensor '" + name + "' is not supported: rnnscope reads F32 and F64");
}

// nlohmann stores every non-negative integer literal as unsigned and negative ones as
// signed, so "unsigned" is exactly "a non-negative integer".
std::vector<std::int64_t> parseShape(const std::string& name, const json& j, const Refuse& refuse) {
  if (!j.is_array()) refuse("the shape of tensor '" + name + "' is not an array");
  std::vector<std::int64_t> shape;
  for (const auto& d : j) {
    if (!d.is_number_unsigned()) refuse("the shape of tensor '" + name + "' holds something other than non-negative integers");
    if (d.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
      refuse("the shape of tensor '" + name + "' has a dimension too large to count");
    shape.push_back(d.get<std::int64_t>());
  }
  return shape;
}

// Multiplies with a bound check at every step, so a hostile shape cannot overflow the count.
std::uint64_t boundedCount(const std::string& name, const std::vector<std::int64_t>& shape, std::uint64_t maxCount,
                           const Refuse& refuse) {
  if (std::find(shape.begin(), shape.end(), 0) != shape.end()) return 0;
  std::uint64_t n = 1;
  for (auto d : shape) {
    const auto du = static_cast<std::uint64_t>(d);
    if (du > maxCount / n) refuse("the shape of tensor '" + name + "' needs more bytes than the file's data holds");
    n *= du;
  }
  return n;
}

void parseOffsets(const std::string& name, const json& j, std::uint64_t dataSize, Entry& out, const Refuse& refuse) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_number_unsigned())
    refuse("data_offsets of tensor '" + name + "' must be two non-negative integers");
  out.begin = j[0].get<std::uint64_t>();
  out.end = j[1].get<std::uint64_t>();
  if (out.begin > out.end) refuse("data_offsets of tensor '" + name + "' end before they begin");
  if (out.end > dataSize) refuse("data_offsets of tensor '" + name + "' point beyond the end of the data");
}

Entry parseEntry(const std::string& name, const json& e, std::uint64_t dataSize, const Refuse& refuse) {
  if (name.empty()) refuse("a tensor has an empty name");
  checkEntryKeys(name, e, refuse);
  Entry out;
  out.tensor.name = name;
  out.tensor.dtype = parseDtype(name, e["dtype"], refuse);
  out.tensor.shape = parseShape(name, e["shape"], refuse);
  parseOffsets(name, e["data_offsets"], dataSize, out, refuse);
  const std::uint64_t item = itemSize(out.tensor.dtype);
  const std::uint64_t need = boundedCount(name, out.tensor.shape, dataSize / item, refuse) * item;
  if (need != out.end - out.begin)
    refuse("data_offsets of tensor '" + name + "' span " + std::to_string(out.end - out.begin) +
           " bytes but its shape and dtype need " + std::to_string(need));
  return out;
}

std::map<std::string, std::string> parseMetadata(const json& j, const Refuse& refuse) {
  if (!j.is_object()) refuse("__metadata__ is not a JSON object");
  std::map<std::string, std::string> out;
  for (const auto& item : j.items()) {
    if (!item.value().is_string()) refuse("__metadata__ entry '" + item.key() + "' is not a string");
    out[item.key()] = item.value().get<std::string>();
  }
  return out;
}

// Sorted by offset, each tensor must begin exactly where the previous one ended and the last
// must end at the end of the data: no overlaps, no hidden bytes.
void checkTiling(std::vector<Entry>& entries, std::uint64_t dataSize, const Refuse& refuse) {
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::uint64_t cursor = 0;
  const std::string* previous = nullptr;
  for (const auto& e : entries) {
    if (e.begin < cursor) refuse("tensors '" + *previous + "' and '" + e.tensor.name + "' overlap in the data");
    if (e.begin > cursor) refuse("the data has a hole of " + std::to_string(e.begin - cursor) + " bytes before tensor '" + e.tensor.name + "'");
    cursor = e.end;
    previous = &e.tensor.name;
  }
  if (cursor != dataSize) refuse("the data has a hole: its last " + std::to_string(dataSize - cursor) + " bytes belong to no tensor");
}

// Shapes and sizes the reader would refuse must not be written in the first place.
void checkWritable(const SafetensorsFile& file) {
  std::set<std::string_view> names;
  for (const auto& t : file.tensors) {
    if (t.name.empty()) throw Error("cannot write a safetensors tensor with an empty name");
    if (t.name == kMetadataKey) throw Error("cannot write a tensor named __metadata__: the name is reserved");
    if (!names.insert(t.name).second) throw Error("cannot write two safetensors tensors named '" + t.name + "'");
    if (!sizeMatches(static_cast<std::uint64_t>(t.numel()), itemSize(t.dtype), t.bytes.size()))
      throw Error("tensor '" + t.name + "' holds " + std::to_string(t.bytes.size()) + " bytes, which do not match its shape and dtype");
  }
}

std::string headerText(const SafetensorsFile& file) {
  json header = json::object();
  std::uint64_t offset = 0;
  for (const auto& t : file.tensors) {
    header[t.name] = {{"dtype", dtypeName(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.bytes.size()}}};
    offset += t.bytes.size();
  }
  if (!file.metadata.empty()) header[kMetadataKey] = file.metadata;
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');  // keeps the data 8-byte aligned, as the reference writer does
  return text;
}

std::filesystem::path temporaryBeside(const std::filesystem::path& target) {
  std::random_device entropy;
  std::string name = target.filename().string();
  name.insert(name.begin(), '.');  // hidden, so file browsers do not show it while it is written
  name += ".tmp-" + std::to_string(entropy()) + std::to_string(entropy());
  return target.parent_path() / name;
}

std::vector<std::uint8_t> readWholeFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw Error("cannot read " + path + ": no such file");
  if (!fs::is_regular_file(status)) throw Error("cannot read " + path + ": it is not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) throw Error("cannot read " + path + ": its size is unknown (" + ec.message() + ")");
  if (size > kMaxFile) throw Error("cannot read " + path + ": it is larger than 4 GiB, far beyond any rnnscope file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path + ": it cannot be opened (permission denied?)");
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (static_cast<std::uint64_t>(in.gcount()) != size) throw Error("cannot read " + path + ": it ended early while being read");
  return bytes;
}

}  // namespace

std::int64_t SafeTensor::numel() const {
  std::int64_t n = 1;
  for (auto d : shape) {
    if (d < 0) throw Error("tensor '" + name + "' has a negative dimension");
    if (d != 0 && n > std::numeric_limits<std::int64_t>::max() / d)
      throw Error("tensor '" + name + "' has more elements than 64 bits can count");
    n *= d;
  }
  return n;
}

const SafeTensor* SafetensorsFile::find(std::string_view name) const {
  for (const auto& t : tensors)
    if (t.name == name) return &t;
  return nullptr;
}

SafetensorsFile parseSafetensors(std::span<const std::uint8_t> file, std::string_view sourceName) {
  const Refuse refuse{std::string(sourceName)};
  if (file.size() < 8) refuse("it is shorter than the 8-byte header length");
  std::uint64_t n = 0;
  std::memcpy(&n, file.data(), 8);
  if (n == 0) refuse("its header length is 0");
  if (n > kMaxHeader) refuse("its header length " + std::to_string(n) + " is above the 100 MiB limit");
  if (n > file.size() - 8) refuse("its header length " + std::to_string(n) + " is larger than the rest of the file");
  const json header = parseHeader(std::string(reinterpret_cast<const char*>(file.data() + 8), n), refuse);
  const std::uint64_t dataSize = file.size() - 8 - n;
  const std::uint8_t* data = file.data() + 8 + n;

  SafetensorsFile out;
  std::vector<Entry> entries;
  for (const auto& item : header.items()) {
    if (item.key() == kMetadataKey) out.metadata = parseMetadata(item.value(), refuse);
    else entries.push_back(parseEntry(item.key(), item.value(), dataSize, refuse));
  }
  checkTiling(entries, dataSize, refuse);
  for (auto& e : entries) {
    e.tensor.bytes.assign(data + e.begin, data + e.end);
    out.tensors.push_back(std::move(e.tensor));
  }
  return out;
}

SafetensorsFile readSafetensors(const std::string& path) { return parseSafetensors(readWholeFile(path), path); }

std::vector<std::uint8_t> serializeSafetensors(const SafetensorsFile& file) {
  checkWritable(file);
  const std::string text = headerText(file);
  const std::uint64_t n = text.size();
  std::vector<std::uint8_t> out(8 + text.size());
  std::memcpy(out.data(), &n, 8);
  std::memcpy(out.data() + 8, text.data(), text.size());
  for (const auto& t : file.tensors) out.insert(out.end(), t.bytes.begin(), t.bytes.end());
  return out;
}

// Readers never see a half-written file: the bytes go to a uniquely named temporary in the
// same directory (so the rename stays within one filesystem), which then replaces the target.
void writeSafetensors(const std::string& path, const SafetensorsFile& file) {
  namespace fs = std::filesystem;
  const auto bytes = serializeSafetensors(file);
  const fs::path target = fs::absolute(path);
  std::error_code ec;
  if (!fs::is_directory(target.parent_path(), ec)) throw Error("cannot write " + path + ": its folder does not exist");
  const fs::path temp = temporaryBeside(target);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write " + path + ": its folder is not writable");
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temp, ec);
      throw Error("cannot write all of " + path + " (is the disk full?)");
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    const auto reason = ec.message();
    fs::remove(temp, ec);
    throw Error("cannot write " + path + ": replacing it failed (" + reason + ")");
  }
}

template <class S>
SafeTensor makeTensor(std::string name, std::vector<std::int64_t> shape, const S* data) {
  SafeTensor t;
  t.name = std::move(name);
  t.dtype = dtypeOf<S>();
  t.shape = std::move(shape);
  const auto count = static_cast<std::uint64_t>(t.numel());
  if (count > std::numeric_limits<std::size_t>::max() / sizeof(S)) throw Error("tensor '" + t.name + "' is too large to hold in memory");
  if (count != 0 && data == nullptr) throw Error("tensor '" + t.name + "' has elements but no data");
  t.bytes.resize(count * sizeof(S));
  if (count != 0) std::memcpy(t.bytes.data(), data, t.bytes.size());
  return t;
}

template <class S>
std::vector<S> tensorValues(const SafeTensor& t) {
  constexpr DType want = dtypeOf<S>();
  if (t.dtype != want) throw Error("tensor '" + t.name + "' is " + dtypeName(t.dtype) + ", expected " + dtypeName(want));
  const auto count = static_cast<std::uint64_t>(t.numel());
  if (!sizeMatches(count, sizeof(S), t.bytes.size()))
    throw Error("tensor '" + t.name + "' holds " + std::to_string(t.bytes.size()) + " bytes, which do not match its shape");
  std::vector<S> v(count);
  if (count != 0) std::memcpy(v.data(), t.bytes.data(), t.bytes.size());
  return v;
}

template SafeTensor makeTensor<float>(std::string, std::vector<std::int64_t>, const float*);
template SafeTensor makeTensor<double>(std::string, std::vector<std::int64_t>, const double*);
template std::vector<float> tensorValues<float>(const SafeTensor&);
template std::vector<double> tensorValues<double>(const SafeTensor&);

}  // namespace rnnscope
