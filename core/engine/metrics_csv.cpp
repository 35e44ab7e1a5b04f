#include "core/engine/metrics_csv.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "core/util/error.h"

namespace rnnscope {

std::string csvNumber(double v) {
  if (std::isnan(v)) return "";
  std::ostringstream s;
  s.precision(9);
  s << v;
  return s.str();
}

std::string metricsCsvRow(const MetricsPoint& p, double charsPerSecond, double elapsedSeconds) {
  std::ostringstream row;
  row << p.step << ',' << csvNumber(p.loss) << ',' << csvNumber(p.validationLoss) << ',' << csvNumber(p.gradNormBefore)
      << ',' << csvNumber(p.gradNormAfter) << ',' << (p.clipped ? 1 : 0) << ',' << p.epoch << ','
      << csvNumber(p.learningRate) << ',' << csvNumber(charsPerSecond) << ',' << csvNumber(elapsedSeconds) << ','
      << csvNumber(p.answerLoss);
  return row.str();
}

namespace {

std::vector<std::string_view> splitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t comma = line.find(',', start);
    fields.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return fields;
    start = comma + 1;
  }
}

// The column of each field MetricsPoint has; -1 where the file lacks it.
struct Columns {
  int step = -1, loss = -1, validation = -1, gradBefore = -1, gradAfter = -1, clipped = -1, lr = -1, answer = -1,
      epoch = -1;
};

Columns findColumns(const std::vector<std::string_view>& header) {
  Columns c;
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    const std::string_view name = header[static_cast<std::size_t>(i)];
    int* slot = name == "step"                ? &c.step
                : name == "loss"              ? &c.loss
                : name == "val_loss"          ? &c.validation
                : name == "grad_norm"         ? &c.gradBefore
                : name == "grad_norm_clipped" ? &c.gradAfter
                : name == "clipped"           ? &c.clipped
                : name == "lr"                ? &c.lr
                : name == "answer_loss"       ? &c.answer
                : name == "epoch"             ? &c.epoch
                                              : nullptr;
    if (slot) *slot = i;
  }
  return c;
}

}  // namespace

std::vector<MetricsPoint> parseMetricsCsv(std::string_view text, const std::string& source) {
  std::vector<MetricsPoint> points;
  Columns columns;
  int line = 0;
  std::size_t fieldCount = 0;
  for (std::size_t start = 0; start < text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(start, end - start);
    start = end + 1;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    const auto fields = splitFields(row);
    const auto fail = [&](const std::string& why) {
      return Error(source + ", line " + std::to_string(line + 1) + ": " + why);
    };
    if (line == 0) {
      columns = findColumns(fields);
      if (columns.step < 0 || columns.loss < 0) throw fail("the header must name the columns step and loss");
      fieldCount = fields.size();
      continue;
    }
    if (row.empty()) continue;
    // Fewer fields: a row written before a column was added (the new ones are empty).
    if (fields.size() > fieldCount)
      throw fail("expected at most " + std::to_string(fieldCount) + " fields, found " + std::to_string(fields.size()));
    const auto number = [&](int column, const char* name) {
      if (column < 0 || static_cast<std::size_t>(column) >= fields.size()) return double(NAN);
      const std::string_view f = fields[static_cast<std::size_t>(column)];
      if (f.empty()) return double(NAN);
      double v = 0;
      const auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
      if (ec != std::errc() || ptr != f.data() + f.size()) throw fail(std::string("'") + name + "' is not a number");
      return v;
    };
    MetricsPoint p;
    const double step = number(columns.step, "step");
    if (!(step >= 0 && step == std::floor(step) && step < 9e15)) throw fail("'step' is not a step number");
    p.step = static_cast<std::int64_t>(step);
    if (!points.empty() && p.step <= points.back().step) throw fail("the steps must increase");
    p.loss = number(columns.loss, "loss");
    p.validationLoss = number(columns.validation, "val_loss");
    p.gradNormBefore = number(columns.gradBefore, "grad_norm");
    p.gradNormAfter = number(columns.gradAfter, "grad_norm_clipped");
    p.clipped = number(columns.clipped, "clipped") == 1;
    p.learningRate = number(columns.lr, "lr");
    p.answerLoss = number(columns.answer, "answer_loss");
    const double epoch = number(columns.epoch, "epoch");
    p.epoch = epoch >= 0 && epoch < 9e15 ? static_cast<std::int64_t>(epoch) : 0;
    points.push_back(p);
  }
  if (line == 0) throw Error(source + " is empty: it has no header");
  return points;
}

}  // namespace rnnscope
