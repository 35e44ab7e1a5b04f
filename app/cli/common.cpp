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

}  // namespace rnnscope::cli
