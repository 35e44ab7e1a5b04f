#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <Eigen/Core>

#include "app/cli/commands.h"
#include "core/util/error.h"

namespace rnnscope::cli {

void setThreads(int threads) {
  if (threads > 0) Eigen::setNbThreads(threads);
}

int threadCount() { return Eigen::nbThreads(); }

CLI::Validator notNegative() {
  return CLI::Validator(
      [](std::string& s) {
        const auto first = s.find_first_not_of(" \t");
        return first != std::string::npos && s[first] == '-' ? "must not be negative, got " + s : std::string();
      },
      "NON-NEGATIVE");
}

std::string inputText(const std::string& literal, const std::string& file) {
  if (!file.empty() && !literal.empty()) throw Error("give either --input or --input-file, not both");
  if (file.empty()) {
    if (literal.empty()) throw Error("--input TEXT (or --input-file FILE) is required and must not be empty");
    return literal;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error("cannot open the input file " + file);
  std::ostringstream s;
  s << in.rdbuf();
  if (s.str().empty()) throw Error("the input file " + file + " is empty");
  return s.str();
}

void truncateMetricsRows(const std::string& file, std::int64_t step, const std::string& currentHeader) {
  std::ifstream in(file);
  std::string header, row, kept;
  // A run begun before a column was added gets the current header; its old rows leave the new
  // trailing columns empty.
  if (!std::getline(in, header) || header.empty() || std::string_view(currentHeader).starts_with(header))
    header = currentHeader;
  kept = header + "\n";
  for (int line = 2; std::getline(in, row); ++line) {
    const std::string field = row.substr(0, row.find(','));
    std::int64_t rowStep = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), rowStep);
    if (ec != std::errc() || end != field.data() + field.size())
      throw Error("cannot resume: line " + std::to_string(line) + " of " + file + " does not start with a step number");
    if (rowStep > step) break;
    kept += row + "\n";
  }
  in.close();
  std::ofstream(file, std::ios::trunc) << kept;
}

std::ofstream openMetrics(const RunFolder& files, std::int64_t step, bool resuming, const std::string& header) {
  if (resuming) truncateMetricsRows(files.metrics().string(), step, header);
  std::ofstream metrics(files.metrics(), resuming ? std::ios::app : std::ios::trunc);
  if (!metrics) throw Error("cannot write " + files.metrics().string());
  if (!resuming) metrics << header << '\n';
  return metrics;
}

Error divergedError(std::int64_t step, const RunFolder& files) {
  return Error("training diverged at step " + std::to_string(step) + " (the loss or gradient is not finite); " +
               (std::filesystem::exists(files.checkpoint()) ? "the last saved checkpoint in " + files.dir.string() + " is intact"
                                                            : "no checkpoint was saved") +
               ". Try a lower learning rate or gradient clipping.");
}

}  // namespace rnnscope::cli
